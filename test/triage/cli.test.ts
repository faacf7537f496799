import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', '--conditions=source', 'src/cli/index.ts', ...args], { encoding: 'utf8', cwd: new URL('../..', import.meta.url).pathname });

describe('vroegsignalering triage / policy check', () => {
  it('triage prints one result per record, in order, under a preset', () => {
    const run = cli('triage', '--policy', 'M4', '--capacity', 'home-visit=2', '--explain', 'examples/data/triage-signals.jsonl');
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as { line: number; ok: boolean; channel: string; reasons: unknown[] });
    expect(lines.map((l) => l.line)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(lines.every((l) => l.ok && l.reasons.length > 0)).toBe(true);
    expect(lines.filter((l) => l.channel === 'home-visit')).toHaveLength(2);
    expect(run.stderr).toContain('40 records under M4@2023-03');
  });

  it('policy check names every problem with its path and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'triage-cli-'));
    const file = join(dir, 'policy.json');
    writeFileSync(file, JSON.stringify({
      name: 'X', version: '1', effectiveFrom: '2024-01-01',
      rules: [{ id: 'all', then: { channel: 'letter' } }, { id: 'match', when: { match: true }, then: { channel: 'home-visit' } }],
      otherwise: { channel: 'letter' },
    }));
    const bad = cli('policy', 'check', file);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain("rules[1]: Rule 'match' can never decide: every signal it matches is already decided by the earlier rule 'all' (rules[0])");
    const good = cli('policy', 'check', 'examples/policies/m6.json');
    expect(good.status).toBe(0);
    expect(good.stdout).toContain('ok — M6 version 2023-03, effective from 2023-03-01, 3 rules');
  });
});
