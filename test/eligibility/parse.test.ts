import { describe, expect, it } from 'vitest';
import { parseArrearsCase } from '../../src/eligibility/index.js';

const base = { sector: 'health-insurance', arrears: { total: '400.00', premium: '300.00', oldestDueDate: '2024-01-01' } };

describe('parseArrearsCase', () => {
  it('normalises CSV forms: Dutch amounts, day-first dates, ja/nee, a date list in one cell', () => {
    const r = parseArrearsCase({
      sector: 'energy', socialCollectionDone: 'ja', dwelling: 'nee', objectionRegistered: '0',
      reminders: { dates: '29-03-2023; 01-03-2023 15-03-2023' },
      arrears: { total: '1.234,56', oldestDueDate: '01-02-2023', unpaidTerms: '3' },
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({
      kind: 'early', customerStatus: 'current', legalForm: 'natural-person', paymentArrangement: 'none',
      socialCollectionDone: true, dwelling: false, objectionRegistered: false, personalContactAttempted: false,
      reminders: { count: 3, dates: ['2023-03-01', '2023-03-15', '2023-03-29'] },
      arrears: { total: '1234.56', oldestDueDate: '2023-02-01', unpaidTerms: 3 },
    });
  });

  it('defaults every yes/no fact to the answer that does not unlock a signal, and dwelling to yes', () => {
    const r = parseArrearsCase({ sector: 'water', arrears: { total: 10, oldestDueDate: '2023-01-01' } });
    expect(r.ok && r.value).toMatchObject({ socialCollectionDone: false, customerAskedForHelp: false, dwelling: true, reminders: { count: 0 } });
  });

  it('requires the premium part from health insurers, with the Dutch label', () => {
    const r = parseArrearsCase({ ...base, arrears: { total: '400.00', oldestDueDate: '2024-01-01' } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toEqual([expect.objectContaining({ code: 'missing_premium', field: 'arrears.premium', label: 'premieachterstand' })]);
  });

  it.each([
    ['premium above the total', { ...base, arrears: { ...base.arrears, premium: '500.00' } }, 'premium_above_total', 'arrears.premium'],
    ['newest due date before the oldest', { ...base, arrears: { ...base.arrears, newestDueDate: '2023-12-31' } }, 'newest_before_oldest', 'arrears.newestDueDate'],
    ['end-of-supply without a contract end date', { ...base, sector: 'energy', kind: 'end-of-supply' }, 'missing_contract_end', 'contractEndDate'],
    ['deposit above the total', { ...base, arrears: { ...base.arrears, uninvoicedCosts: '999.00' } }, 'costs_above_total', 'arrears.uninvoicedCosts'],
    ['a yes/no field that is neither', { ...base, dwelling: 'misschien' }, 'invalid_yes_no', 'dwelling'],
    ['an unknown sector', { ...base, sector: 'telecom' }, 'invalid_value', 'sector'],
    ['an impossible due date', { ...base, arrears: { ...base.arrears, oldestDueDate: '31-04-2024' } }, 'invalid_date', 'arrears.oldestDueDate'],
  ])('rejects %s with a field path', (_what, input, code, field) => {
    const r = parseArrearsCase(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((e) => [e.code, e.field])).toContainEqual([code, field]);
  });

  it('never repeats the input value in a message', () => {
    const r = parseArrearsCase({ sector: 'water', id: 'X', arrears: { total: 'Jansen 123456782', oldestDueDate: 'Pietersen' } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    for (const e of r.issues) expect(e.message).not.toMatch(/Jansen|Pietersen|123456782/);
  });
});

describe('parsed cases share one shape', () => {
  it('gives every parsed case the same keys in the same order, however sparse the input', () => {
    const sparse = parseArrearsCase({ sector: 'water', arrears: { total: '1', oldestDueDate: '2023-01-01' } });
    const full = parseArrearsCase({
      id: 'X', creditorId: 'C', sector: 'energy', kind: 'end-of-supply', contractEndDate: '2023-05-01', reminders: { dates: ['2023-01-05'] },
      arrears: { total: '10', premium: '5', uninvoicedCosts: '1', termAmount: '5', unpaidTerms: 2, oldestDueDate: '2023-01-01', newestDueDate: '2023-02-01' },
    });
    if (!sparse.ok || !full.ok) throw new Error('should parse');
    expect(Object.keys(sparse.value)).toEqual(Object.keys(full.value));
    expect(Object.keys(sparse.value.arrears)).toEqual(Object.keys(full.value.arrears));
    expect(Object.keys(sparse.value.reminders)).toEqual(Object.keys(full.value.reminders));
  });
});
