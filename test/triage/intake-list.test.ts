import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/model/index.js';
import { parseIntakeList, selectIntake, type IntakePolicyInput } from '../../src/triage/index.js';
import { runGoldenCases } from '../support/golden.js';

// Golden cases as data: test/fixtures/intake-lists/*.jsonl, each quoting De signaalreis.
runGoldenCases('intake-lists', (golden) => {
  const { list, earlier } = golden.input as { list: unknown; earlier: unknown[] };
  const r = selectIntake(list, { earlier, policy: golden.options as IntakePolicyInput });
  return r.ok ? r.value : { issues: r.issues };
});

describe('intake lists at the boundary', () => {
  it('an entry needs a BSN or a pseudonym; issues name the field, never the number', () => {
    const r = parseIntakeList({ source: 'cak', requestedOn: '2025-05-01', entries: [{ birthDate: '2001-01-01' }, { bsn: '123456789' }] });
    expect(r.ok).toBe(false);
    const issues = !r.ok ? r.issues : [];
    expect(issues.map((i) => i.field)).toEqual(['entries[0].bsn', 'entries[1].bsn']);
    expect(JSON.stringify(issues)).not.toContain('123456789');
  });

  it('an invalid earlier list is reported under its position; an invalid policy is a usage error', () => {
    const list = { source: 'cak', requestedOn: '2025-05-01', entries: [] };
    const r = selectIntake(list, { earlier: [list, { source: 'cak', entries: [] }], policy: { cadence: 'monthly' } });
    expect(!r.ok && r.issues.map((i) => i.field)).toEqual(['earlier[1].requestedOn']);
    expect(() => selectIntake(list, { policy: { cadence: 'weekly' } as never })).toThrow(UsageError);
  });

  it('the selection says the list obliges action and when the next list is due', () => {
    const r = selectIntake({ source: 'cak', requestedOn: '2025-01-31', entries: [{ pseudonym: 'x' }] }, { policy: { cadence: 'monthly' } });
    expect(r.ok && [r.value.mustAct, r.value.nextRequestOn]).toEqual([true, '2025-02-28']);
    expect(r.ok && r.value.reasons[0]!.message.nl).toBe('Lijst opgevraagd op 2025-01-31: op alle 1 geselecteerde inwoners moet actie volgen');
    expect(r.ok && r.value.reasons[0]!.source.clause).toContain('als je de lijst opvraagt, moet je er wel actie op ondernemen');
  });
});
