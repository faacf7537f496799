import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

describe('vroegsignalering validate', () => {
  it('prints one result per JSONL record, a summary, and exits 1 when any is invalid', () => {
    const run = runCli(['validate', 'examples/data/signals-mixed.jsonl']);
    expect(run.status).toBe(1);
    expect(run.lines).toHaveLength(6);
    expect(run.lines.map((l) => (l as { ok: boolean }).ok)).toEqual([true, true, true, false, false, false]);
    expect(run.lines[5]).toMatchObject({ line: 6, issues: [{ code: 'invalid_json' }] });
    expect(run.stderr).toContain('6 records: 3 valid, 3 invalid');
  });

  it('reads CSV (quoted amounts with commas) with dotted headers, rows numbered as Excel shows them', () => {
    const run = runCli(['validate', 'examples/data/signals-mixed.csv']);
    expect(run.lines).toHaveLength(4);
    expect(run.lines.slice(0, 3)).toEqual([
      { line: 2, ok: true, id: 'C-0001' },
      { line: 3, ok: true, id: 'C-0002' },
      { line: 4, ok: true, id: 'C-0003' },
    ]);
    const bad = run.lines[3] as { issues: { field: string }[] };
    expect(bad.issues.map((e) => e.field)).toEqual([
      'receivedDate', 'debtor.birthDate', 'address.postcode', 'address.houseNumber', 'arrears.total',
    ]);
    expect(run.status).toBe(1);
  });

  it('exits 0 when every record is valid', () => {
    const run = runCli(['validate', '--format', 'csv', 'examples/data/signals-valid.csv']);
    expect(run.stderr).toContain('2 records: 2 valid, 0 invalid');
    expect(run.status).toBe(0);
  });

  it('lists the commands in --help', () => {
    const run = runCli(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('validate');
  });
});
