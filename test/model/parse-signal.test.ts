import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBirthDate, parseDateInput, parseSignal, parseSignals, isValidBsn } from '../../src/model/index.js';
import { SignalSchema } from '../../src/model/internal.js';
import { signalInput } from '../support/signals.js';

describe('parseSignal: accepts the forms real exports use', () => {
  it('normalises postcode, amounts, dates and house letter', () => {
    const r = parseSignal(
      signalInput({
        receivedDate: '15-03-2023',
        address: { postcode: '2011 ab', houseNumber: '12', houseLetter: 'a' },
        arrears: { total: '1.234,56', termAmount: '140,00', oldestDueDate: '31-01-2023' },
      }),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.receivedDate).toBe('2023-03-15');
    expect(r.value.address).toMatchObject({ postcode: '2011AB', houseNumber: 12, houseLetter: 'A' });
    expect(r.value.arrears).toMatchObject({ total: '1234.56', termAmount: '140.00', oldestDueDate: '2023-01-31' });
  });

  it('accepts a name as one string and defaults kind and legal form', () => {
    const r = parseSignal(signalInput({ kind: undefined, debtor: { name: { fullName: 'Berg, A.M. van der' } } }));
    expect(r.ok && r.value.kind).toBe('early');
    expect(r.ok && r.value.debtor.legalForm).toBe('natural-person');
  });

  it('keeps health-insurance parts separately', () => {
    const r = parseSignal(
      signalInput({ arrears: { total: '612,40', health: { premium: '412,40', deductible: '200', ownContribution: '' } } }),
    );
    expect(r.ok && r.value.arrears.health).toEqual({ premium: '412.40', deductible: '200.00', ownContribution: undefined });
  });

  it('reads incomplete and placeholder birth dates', () => {
    expect(parseBirthDate('19800300')).toEqual({ year: 1980, month: 3, day: null, placeholder: false });
    expect(parseBirthDate('19800000')).toEqual({ year: 1980, month: null, day: null, placeholder: false });
    expect(parseBirthDate('00000000')).toEqual({ year: null, month: null, day: null, placeholder: false });
    expect(parseBirthDate('1-1-2000')).toEqual({ year: 2000, month: 1, day: 1, placeholder: true });
    expect(parseBirthDate('1980-02-30')).toBeNull();
  });

  it('reads dates day-first and ISO, and rejects impossible dates', () => {
    expect(parseDateInput('2023-03-15')).toBe('2023-03-15');
    expect(parseDateInput('5/3/2023')).toBe('2023-03-05');
    expect(parseDateInput('20230315')).toBe('2023-03-15');
    expect(parseDateInput('31-04-2023')).toBeNull();
    expect(parseDateInput('03/15/2023')).toBeNull();
  });

  it('validates a BSN with the eleven-test', () => {
    expect(isValidBsn('111222333')).toBe(true);
    expect(isValidBsn('123456789')).toBe(false);
  });
});

describe('parseSignal: rejects bad input clearly', () => {
  it('names each bad field with its path and Dutch label', () => {
    const r = parseSignal(
      signalInput({
        creditor: { sector: 'gas' },
        receivedDate: '31-04-2023',
        address: { postcode: '0123 AB', houseNumber: 0 },
        arrears: { total: '12,3456' },
      }),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((e) => [e.field, e.code, e.label])).toEqual([
      ['creditor.sector', 'invalid_value', 'type signaalpartner'],
      ['receivedDate', 'invalid_date', 'signaaldatum'],
      ['address.postcode', 'invalid_postcode', 'postcode'],
      ['address.houseNumber', 'invalid_house_number', 'huisnummer'],
      ['arrears.total', 'too_many_decimals', 'achterstandsbedrag'],
    ]);
    expect(r.issues[2]!.message).toBe('Expected a Dutch postcode such as 1234 AB (postcode)');
  });

  it('reports missing fields plainly', () => {
    const r = parseSignal({ id: 'S1' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.find((e) => e.field === 'receivedDate')?.message).toBe('Required field is missing (signaaldatum)');
    expect(parseSignal(null)).toMatchObject({ ok: false, issues: [{ field: '(record)', message: 'Expected object, received null' }] });
  });

  it('never echoes personal data in messages', () => {
    const secret = 'Zyxwvut-Geheim';
    const r = parseSignal(
      signalInput({ debtor: { name: {}, email: `${secret}@`, bsn: '123456789', phone: 5 }, address: { postcode: secret } }),
    );
    expect(r.ok).toBe(false);
    expect(JSON.stringify(r)).not.toContain(secret);
    expect(JSON.stringify(r)).not.toContain('123456789');
  });

  it('rejects a house letter that is not one letter and an addition longer than 4', () => {
    const r = parseSignal(signalInput({ address: { houseLetter: 'AB', houseNumberAddition: 'bis 2' } }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((e) => e.field)).toEqual(['address.houseLetter', 'address.houseNumberAddition']);
  });
});

describe('parseSignals: batch invariants', () => {
  it('never throws and returns exactly one result per input, in order', () => {
    const anyRecord = fc.oneof(
      fc.anything(),
      fc.constant(signalInput()),
      fc.record({ id: fc.string(), receivedDate: fc.string(), arrears: fc.record({ total: fc.oneof(fc.string(), fc.double()) }) }),
    );
    fc.assert(
      fc.property(fc.array(anyRecord, { maxLength: 30 }), (inputs) => {
        const results = parseSignals(inputs);
        if (results.length !== inputs.length) return false;
        return results.every((r, i) => !r.ok || parseSignal(inputs[i]).ok);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the order of valid and invalid records', () => {
    const results = parseSignals([signalInput({ id: 'a' }), { id: 'b' }, signalInput({ id: 'c' })]);
    expect(results.map((r) => (r.ok ? r.value.id : 'invalid'))).toEqual(['a', 'invalid', 'c']);
  });
});

describe('SignalSchema and parseSignal agree', () => {
  it('give the same value and the same issues for any input', () => {
    const field = fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.constant(''), fc.constant(null), fc.constant(undefined));
    const anyRecord = fc.record({
      id: field,
      creditor: fc.oneof(field, fc.record({ id: field, sector: fc.oneof(field, fc.constantFrom('water', 'energy')) })),
      receivedDate: fc.oneof(field, fc.constantFrom('15-03-2023', '2023-03-15')),
      debtor: fc.record({ name: fc.record({ surname: field }), birthDate: field, email: field }),
      address: fc.record({ postcode: fc.oneof(field, fc.constant('1234 ab')), houseNumber: field, houseLetter: field }),
      arrears: fc.record({ total: fc.oneof(field, fc.constant('1.234,56')), health: fc.oneof(field, fc.record({ premium: field })) }),
    });
    fc.assert(
      fc.property(fc.oneof(anyRecord, fc.constant(signalInput())), (input) => {
        const viaZod = SignalSchema.safeParse(input);
        const direct = parseSignal(input);
        if (viaZod.success !== direct.ok) return false;
        if (viaZod.success && direct.ok) return JSON.stringify(viaZod.data) === JSON.stringify(direct.value);
        return !direct.ok && !viaZod.success && viaZod.error.issues.map((i) => i.path.join('.')).join() === direct.issues.map((e) => e.path.join('.')).join();
      }),
      { numRuns: 500 },
    );
  });
});

describe('house numbers written with their letter or addition', () => {
  it.each([
    ['12A', { houseNumber: 12, houseLetter: 'A' }],
    ['12 a', { houseNumber: 12, houseLetter: 'A' }],
    ['12-A', { houseNumber: 12, houseLetter: 'A' }],
    ['12-2', { houseNumber: 12, houseNumberAddition: '2' }],
    ['12 hs', { houseNumber: 12, houseNumberAddition: 'hs' }],
    ['12 bis', { houseNumber: 12, houseNumberAddition: 'bis' }],
    ['12bis', { houseNumber: 12, houseNumberAddition: 'bis' }],
    ['12A-2', { houseNumber: 12, houseLetter: 'A', houseNumberAddition: '2' }],
  ])('reads %s into the register fields', (houseNumber, expected) => {
    const r = parseSignal(signalInput({ address: { postcode: '2011AB', houseNumber, houseLetter: undefined } }));
    expect(r.ok && r.value.address).toMatchObject(expected);
    expect(r.ok && r.value.address.houseLetter).toBe((expected as { houseLetter?: string }).houseLetter);
  });

  it('does not overwrite a separate letter, and rejects what is no house number', () => {
    const both = parseSignal(signalInput({ address: { houseNumber: '12B', houseLetter: 'A' } }));
    expect(both.ok).toBe(false);
    const bad = parseSignal(signalInput({ address: { houseNumber: 'twaalf', houseLetter: undefined } }));
    expect(!bad.ok && bad.issues[0]).toMatchObject({ field: 'address.houseNumber', code: 'invalid_house_number' });
  });
});
