import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

  it('names candidates only for match and review, and hashes them with --hash-candidate-ids', () => {
    const keyFile = join(mkdtempSync(join(tmpdir(), 'vs-match-')), 'key');
    writeFileSync(keyFile, 'een geheime sleutel van de gemeente');
    const run = (extra: string[]) => {
      let stdout = '';
      try {
        stdout = execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'match', ...extra, '--register', 'examples/data/matching-register.jsonl', 'examples/data/matching-signals.jsonl'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      } catch (e) {
        stdout = (e as { stdout: string }).stdout;
      }
      return stdout.trim().split('\n').map((l) => JSON.parse(l) as { ok: boolean; decision?: string; person?: { recordId: string } | null; candidates?: { recordId: string | null }[] }).filter((l) => l.ok);
    };
    const plain = run([]);
    const hashed = run(['--hash-candidate-ids', keyFile]);
    const registerIds = new Set(plain.flatMap((l) => l.candidates!.map((c) => c.recordId)).filter((id) => id !== null));
    expect(registerIds.size).toBeGreaterThan(0);
    for (const [i, line] of plain.entries()) {
      if (line.decision === 'no-match') expect(line.candidates!.every((c) => c.recordId === null)).toBe(true);
      const other = hashed[i]!;
      expect(other.person).toEqual(line.person);
      for (const c of other.candidates!) {
        expect(registerIds.has(c.recordId!)).toBe(false);
        if (c.recordId !== null) expect(c.recordId).toMatch(/^[0-9a-f]{64}$/);
      }
    }
  });
});
