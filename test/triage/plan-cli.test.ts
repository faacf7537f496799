import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', '--conditions=source', 'src/cli/index.ts', ...args], { encoding: 'utf8', cwd: new URL('../..', import.meta.url).pathname });

interface Row { signalId: string; status: string; date: string | null; channel: string; attempt: number; of: number; window?: string; because?: string }

describe('vroegsignalering plan', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plan-cli-'));
  const triaged = join(dir, 'triaged.jsonl');
  const triage = cli('triage', '--policy', 'M4', 'examples/data/triage-signals.jsonl');
  writeFileSync(triaged, triage.stdout);

  it('prints the dated attempts of triage output in date order, each phone signal with M4\'s 3 calls, an SMS and a card', () => {
    const run = cli('plan', '--policy', 'M4', triaged, '--as-of', '2026-12-01', '--closed', '2026-12-24');
    expect(run.status).toBe(0);
    const rows = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Row);
    const dates = rows.map((r) => r.date!);
    expect(dates).toEqual([...dates].sort());
    expect(dates).not.toContain('2026-12-24');
    expect(dates).not.toContain('2026-12-25');
    const phoneSignals = new Set(rows.filter((r) => r.channel === 'phone' && r.attempt === 1).map((r) => r.signalId));
    expect(phoneSignals.size).toBeGreaterThan(0);
    for (const id of phoneSignals) {
      expect(rows.filter((r) => r.signalId === id).map((r) => `${r.channel} ${r.attempt}/${r.of}`)).toEqual(['phone 1/3', 'phone 2/3', 'phone 3/3', 'sms 1/1', 'card 1/1']);
    }
    expect(rows.some((r) => r.channel === 'not-picked-up')).toBe(false);
    expect(run.stderr).toMatch(/^40 signals under M4@2023-03 from 2026-12-01: \d+ attempts planned \(.*phone \d+/);
  });

  it('writes CSV with --output-format, and reports a record it cannot read with exit code 1', () => {
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"signalId":"S1","channel":"phone"}\n{"signalId":"S2","channel":"pigeon"}\n');
    const run = cli('plan', '--policy', 'm4', bad, '--as-of', '2026-12-01', '--output-format', 'csv');
    expect(run.status).toBe(1);
    const lines = run.stdout.trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/^line,id,ok,issues/);
    expect(lines.filter((l) => l.includes('S1,planned'))).toHaveLength(5);
    expect(run.stderr).toContain('1 invalid');
  });

  it('refuses an invalid --as-of', () => {
    const run = cli('plan', '--policy', 'M4', triaged, '--as-of', '1-12-2026');
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('--as-of expects a date as YYYY-MM-DD');
  });
});
