import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const record = (id: string, date: string, creditor: string, sector: string, personId: string) =>
  JSON.stringify({
    id, creditor: { id: creditor, sector }, receivedDate: date, personId,
    debtor: { name: { surname: 'Jansen' } }, address: { postcode: '2011 AB', houseNumber: 12 }, arrears: { total: '150,00' },
  });

describe('vroegsignalering detect', () => {
  it('labels one month, writes the state, and uses it for the next month', () => {
    const dir = mkdtempSync(join(tmpdir(), 'detect-'));
    const state = join(dir, 'state.json');
    const march = join(dir, 'march.jsonl');
    const april = join(dir, 'april.jsonl');
    writeFileSync(march, `${record('E1', '15-03-2023', 'EN-A', 'energy', 'P1')}\n{not json\n`);
    writeFileSync(april, `${record('W1', '2023-04-02', 'WA-A', 'water', 'P1')}\n`);

    const first = runCli(['detect', march, '--state', state]);
    expect(first.status).toBe(1);
    expect(first.lines).toMatchObject([
      { line: 1, ok: true, signalId: 'E1', labels: ['single'] },
      { line: 2, ok: false, issues: [{ code: 'invalid_json' }] },
    ]);
    const afterMarch = readFileSync(state, 'utf8');
    const again = runCli(['detect', march, '--state', state]);
    expect(again.status).toBe(1);
    expect(again.lines[0]).toMatchObject({ line: 1, ok: false, issues: [{ code: 'duplicate_id' }] });
    expect(again.stderr).toContain('already detected 1');
    expect(readFileSync(state, 'utf8')).toBe(afterMarch);
    expect(JSON.parse(readFileSync(state, 'utf8'))).toMatchObject({ version: 1, lastDate: '2023-03-15' });

    const second = runCli(['detect', april, '--state', state]);
    expect(second.status).toBe(0);
    expect(second.lines).toMatchObject([{ line: 1, signalId: 'W1', labels: ['person-match', 'recidivism'], match: { partnerSignalIds: ['E1'] } }]);
    expect(second.stderr).toContain('person-match 1');
  });

  it('refuses a broken state file without touching it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'detect-'));
    const state = join(dir, 'state.json');
    const file = join(dir, 'signals.jsonl');
    writeFileSync(state, '{"version": 2}');
    writeFileSync(file, `${record('E1', '2023-03-15', 'EN-A', 'energy', 'P1')}\n`);
    const run = runCli(['detect', file, '--state', state]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('version');
    expect(readFileSync(state, 'utf8')).toBe('{"version": 2}');
  });
});
