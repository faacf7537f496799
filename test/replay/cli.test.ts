import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const cli = (args: string[]) =>
  execFileSync(process.execPath, ['--import', 'tsx', '--conditions=source', 'src/cli/index.ts', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('vroegsignalering replay', () => {
  it('replays the bundled sample under two policies, prints a summary and writes the report', () => {
    const report = '/tmp/replay-cli-test.html';
    rmSync(report, { force: true });
    const out = cli(['replay', 'examples/data/sample-signals.jsonl', '--policy', 'M4', '--compare', 'M6', '--register', 'examples/data/sample-register.jsonl', '--report', report]);
    const lines = out.trim().split('\n');
    expect(lines[0]).toMatch(/^Replayed 3,000 SYNTHETIC signals \(2023-01 to 2024-01\) under M4@/);
    expect(out).toMatch(/capacity home visit: 20\/month/);
    expect(out).toMatch(/register: resident-at-address [\d,]+/);
    // the contact plan (M4: 3 calls → app/SMS → card; ≤ 7 calls a day): attempts per channel and day, and per channel the share not completed
    expect(out).toMatch(/^ {4}phone call: 1,800 attempts on [\d,]+ days, [\d.]+ a day on average, up to 7 a day \(limit 7, reached on [\d,]+ days\)$/m);
    expect(out).toMatch(/^ {2}plans not completed within capacity: .*phone call 0% of 600.*home visit 0% of 241/m);
    expect(out).toMatch(/Compared with M6@[^:]+: [\d,]+ signals change channel/);
    expect(lines[lines.length - 1]).toBe(`Report: ${report}`);
    expect(readFileSync(report, 'utf8')).toContain('<svg');
  });

  it('reads CSV, lists invalid records by line on stderr and exits 1, without dropping them silently', () => {
    const file = '/tmp/replay-cli-test.csv';
    writeFileSync(file, 'id,creditor.id,creditor.sector,receivedDate,household,arrears.total\nS1,ZV1,health-insurance,2023-03-01,h1,212.85\nS2,ZV1,health-insurance,31-02-2023,h2,100\n');
    let status = 0;
    let stderr = '';
    try {
      cli(['replay', file, '--policy', 'M3']);
    } catch (e) {
      status = (e as { status: number }).status;
      stderr = String((e as { stderr: string }).stderr);
    }
    expect(status).toBe(1);
    expect(stderr).toContain('1 record(s)');
    expect(stderr).toContain('row 3: receivedDate');
    expect(existsSync(file)).toBe(true);
  });
});
