import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('vroegsignalering match (CLI)', () => {
  it('prints one result per signal line, in order, and exits 1 when a signal is invalid', () => {
    let stdout = '';
    let status = 0;
    try {
      stdout = execFileSync(
        process.execPath,
        ['--import', 'tsx', 'src/cli/index.ts', 'match', '--register', 'examples/data/matching-register.jsonl', 'examples/data/matching-signals.jsonl'],
        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
      );
    } catch (e) {
      const err = e as { status: number; stdout: string };
      status = err.status;
      stdout = err.stdout;
    }
    const lines = stdout.trim().split('\n').map((l) => JSON.parse(l) as { line: number; ok: boolean; id?: string; decision?: string; outcome?: string });
    expect(lines.map((l) => l.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(lines[0]).toMatchObject({ ok: true, id: 'W-1001', decision: 'match', outcome: 'resident-at-address' });
    expect(lines[4]).toMatchObject({ decision: 'review', outcome: 'ambiguous' });
    expect(lines[10]!.ok).toBe(false);
    expect(status).toBe(1);
  });
});
