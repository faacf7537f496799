/** `vroegsignalering recommend` on the bundled SYNTHETIC sample. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const cli = (args: string[]): string =>
  execFileSync(process.execPath, ['--import', 'tsx', '--conditions=source', 'src/cli/index.ts', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

describe('vroegsignalering recommend', () => {
  it('writes a policy that passes policy check, the recommendation as JSON, and prints the trade-off and a time split', () => {
    // A directory of its own: other test runs on the machine write files of the same names.
    const dir = mkdtempSync(join(tmpdir(), 'recommend-cli-'));
    const policy = join(dir, 'recommended.json');
    const figures = join(dir, 'recommendation.json');
    const out = cli(['recommend', 'examples/data/sample-signals.jsonl', '--current', 'M4', '--capacity', 'home-visit=20,phone=50',
      '--policy-out', policy, '--recommendation-json', figures, '--draws', '200', '--time-split']);
    expect(out).toMatch(/^Learned from 2,608 SYNTHETIC cases \(2023-01 to 2024-01\); adjustment: estimated-propensity/);
    expect(out).toMatch(/residents helped per month: current [\d.]+ \[[\d.]+, [\d.]+\] -> recommended/);
    expect(out).toMatch(/home visit: [\d.]+ -> [\d.]+ a month of 20 \(busiest month 20;/);
    expect(out).toMatch(/Time split at 2023-08-01: learned on \d+ cases/);
    expect(cli(['policy', 'check', policy])).toMatch(/: ok — M4 \(geleerd\)/);
    const data = JSON.parse(readFileSync(figures, 'utf8')) as { tradeOff: { helped: { recommended: { mean: number } } } };
    expect(data.tradeOff.helped.recommended.mean).toBeGreaterThan(0);
    rmSync(dir, { recursive: true, force: true });
  });
});
