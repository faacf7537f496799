import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_RULEBOOK } from '../../src/eligibility/index.js';
import { runCli } from '../support/cli.js';

type Line = { line: number; ok: boolean; caseId?: string; status?: string; eligibleFrom?: string; ruleVersion?: string; signalAmount?: string; flags?: string[]; issues?: { field: string }[] };

describe('vroegsignalering eligibility', () => {
  it('assesses a JSONL batch with a creditor preset: one line per record, counts on stderr', () => {
    const run = runCli(['eligibility', '--as-of', '2024-03-01', '--creditor-policy', 'energy-supplier-a', 'examples/data/eligibility-cases.jsonl']);
    const lines = run.lines as Line[];
    expect(lines.map((l) => l.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    expect(lines.map((l) => l.status ?? 'invalid')).toEqual([
      'eligible', 'not-yet', 'excluded', 'excluded', 'excluded', 'eligible', 'excluded', 'eligible', 'eligible', 'excluded', 'eligible', 'invalid', 'eligible',
    ]);
    expect(lines[1]).toMatchObject({ caseId: 'E-1002', eligibleFrom: '2024-03-06', ruleVersion: 'nl-vroegsignalering+energy-supplier-a@2023-02-01' });
    // the €400 deposit goes out of the amount, the late end-of-supply signal is flagged: both stay
    expect(lines[7]).toMatchObject({ caseId: 'E-1008', signalAmount: '130.00', flags: ['arrears.uninvoiced-costs'] });
    expect(lines[12]).toMatchObject({ caseId: 'E-1013', flags: ['end-of-supply.notice'] });
    expect(lines[11]?.issues?.[0]?.field).toBe('arrears.total');
    expect(run.stderr).toContain('13 records on 2024-03-01: 6 eligible, 1 not yet, 0 too late, 5 excluded, 1 invalid');
    expect(run.status).toBe(1);
  });

  it('reads CSV with Dutch amounts, day-first dates, ja/nee and a date list', () => {
    const run = runCli(['eligibility', '--as-of', '2024-03-01', 'examples/data/eligibility-cases.csv']);
    expect((run.lines as Line[]).map((l) => [l.caseId, l.status ?? 'invalid'])).toEqual([
      ['W-1', 'eligible'], ['H-1', 'eligible'], ['Z-1', 'too-late'], ['Z-2', 'not-yet'], [undefined, 'invalid'],
    ]);
    // Z-1's arrangement lapsed: only insurer A's own practice looks at the newest claim
    const insurerA = runCli(['eligibility', '--as-of', '2024-03-01', '--creditor-policy', 'insurer-a', 'examples/data/eligibility-cases.csv']);
    expect((insurerA.lines as Line[])[2]).toMatchObject({ caseId: 'Z-1', status: 'eligible' });
  });

  it('uses a rulebook from a JSON file, or the built-in seed reading', () => {
    const dir = mkdtempSync(join(tmpdir(), 'elig-'));
    const strict = {
      ...DEFAULT_RULEBOOK, id: 'strict',
      rules: DEFAULT_RULEBOOK.rules.map((r) => (r.type === 'window' ? { ...r, versions: r.versions.map((v) => ({ ...v, value: { ...v.value, minDays: 60 } })) } : r)),
    };
    writeFileSync(join(dir, 'strict.json'), JSON.stringify(strict));
    const run = runCli(['eligibility', '--as-of', '2024-03-01', '--rulebook', join(dir, 'strict.json'), 'examples/data/eligibility-cases.csv']);
    expect((run.lines as Line[])[0]).toMatchObject({ caseId: 'W-1', status: 'not-yet', ruleVersion: 'strict@2023-02-01' });
    const seeds = runCli(['eligibility', '--as-of', '2024-03-01', '--rulebook', 'signaalreis', 'examples/data/eligibility-cases.csv']);
    expect((seeds.lines as Line[])[0]?.ruleVersion).toBe('nl-vroegsignalering-seeds@2023-02-01');
  });

  it('stops with exit 2 and field paths when the rulebook is invalid', () => {
    const dir = mkdtempSync(join(tmpdir(), 'elig-'));
    const basis = DEFAULT_RULEBOOK.rules[0]!;
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ id: 'bad', name: 'bad', rules: [{ ...basis, versions: [{ ...basis.versions[0], from: 'soon' }] }] }));
    const run = runCli(['eligibility', '--as-of', '2024-03-01', '--rulebook', join(dir, 'bad.json'), 'examples/data/eligibility-cases.csv']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('rules[0].versions[0].from');
    const badDate = runCli(['eligibility', '--as-of', '2024-02-30', 'examples/data/eligibility-cases.csv']);
    expect([badDate.status, badDate.lines.length]).toEqual([2, 0]);
    expect(runCli(['eligibility', '--without-rule', 'no.such.rule', 'examples/data/eligibility-cases.csv']).status).toBe(2);
  });

  it('switches rules off with --without-rule', () => {
    const run = runCli(['eligibility', '--as-of', '2024-03-01', '--without-rule', 'water.written-reminder', '--without-rule', 'water.debt-help-pointer', 'examples/data/eligibility-cases.csv']);
    const w1 = (run.lines as (Line & { reasons: { code: string }[] })[])[0]!;
    expect(w1.reasons.map((r) => r.code)).not.toContain('water.written-reminder');
  });
});
