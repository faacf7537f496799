import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  BIRTH_YEAR_RANGE, EuroField, MAX_EURO, OptionalText, TEXT_LIMITS, UsageError, fromCents, parseBirthDate, parseDateInput,
  parseEuro, parseSignal, readEuro, safeParseWith, splitHouseNumber, sumEuro, unflatten,
} from '../../src/model/internal.js';
import { signalInput } from '../support/signals.js';

/** Keys of Object.prototype, to check nothing was added to it. */
const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

function prototypeUntouched(): boolean {
  const plain: Record<string, unknown> = {};
  return (
    JSON.stringify(Object.getOwnPropertyNames(Object.prototype).sort()) === JSON.stringify(PROTOTYPE_KEYS) &&
    plain['x'] === undefined && plain['sector'] === undefined
  );
}

describe('unflatten: keys from data never reach a prototype (issue 14, item 1)', () => {
  it.each([
    ['__proto__.x'],
    ['__proto__.sector'],
    ['constructor.prototype.x'],
    ['a.__proto__.x'],
    ['prototype'],
  ])('refuses the column %s with an issue, not a throw, and leaves Object.prototype alone', (column) => {
    const result = unflatten({ [column]: '1', id: 'S1' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ code: 'forbidden_column_name' });
    expect(prototypeUntouched()).toBe(true);
  });

  it('refuses an own __proto__ key as JSON.parse makes it', () => {
    const row = JSON.parse('{"__proto__": "housing", "id": "S1"}') as Record<string, unknown>;
    const result = unflatten(row);
    expect(result.ok).toBe(false);
    expect(prototypeUntouched()).toBe(true);
  });

  it('builds records without a prototype', () => {
    const result = unflatten({ 'address.postcode': '1234AB', id: 'S1', 'creditor.sector': '' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.getPrototypeOf(result.value)).toBeNull();
    expect(Object.getPrototypeOf(result.value['address'])).toBeNull();
    expect(JSON.stringify(result.value)).toBe('{"address":{"postcode":"1234AB"},"id":"S1"}');
  });

  it('refuses empty parts, and a column that is both a value and a parent (it used to overwrite one with the other)', () => {
    expect(unflatten({ 'a..b': '1' })).toMatchObject({ ok: false, issues: [{ code: 'invalid_column_name' }] });
    expect(unflatten({ address: 'x', 'address.postcode': '1234AB' })).toMatchObject({ ok: false, issues: [{ code: 'conflicting_columns' }] });
  });

  it('a record built from a polluting header is not a valid signal afterwards, and strict parsers still work', () => {
    unflatten({ '__proto__.sector': 'housing' });
    const withoutSector = signalInput({ creditor: { id: 'W1', sector: undefined } });
    expect(parseSignal(withoutSector).ok).toBe(false);
    expect(prototypeUntouched()).toBe(true);
  });
});

describe('linear readers on hostile text (issue 14, item 2)', () => {
  const timed = (run: () => unknown): number => {
    const start = performance.now();
    run();
    return performance.now() - start;
  };

  it('reads a house number followed by 150 spaces and a stray character quickly (it took 12 s)', () => {
    const houseNumber = `1${' '.repeat(150)}!`;
    const ms = timed(() => parseSignal(signalInput({ address: { postcode: '1234AB', houseNumber } })));
    expect(ms).toBeLessThan(50);
    expect(splitHouseNumber(`1${' '.repeat(100_000)}!`)).toBeNull();
  });

  it('splits house numbers as before', () => {
    expect(splitHouseNumber('12-A')).toEqual({ houseNumber: 12, houseLetter: 'A' });
    expect(splitHouseNumber('12 hs')).toEqual({ houseNumber: 12, houseNumberAddition: 'hs' });
    expect(splitHouseNumber('12A-2')).toEqual({ houseNumber: 12, houseLetter: 'A', houseNumberAddition: '2' });
    expect(splitHouseNumber('12bis')).toEqual({ houseNumber: 12, houseNumberAddition: 'bis' });
    expect(splitHouseNumber(' 12 - - 2 ')).toEqual({ houseNumber: 12, houseNumberAddition: '2' });
    expect(splitHouseNumber('123456A')).toBeNull(); // six digits are no house number (it read 12345 + "6A")
    expect(splitHouseNumber('0A')).toBeNull();
    expect(splitHouseNumber('12 abcde')).toBeNull();
  });

  it('checks a 50,000-character e-mail address quickly and refuses it as too long (it took 6–11 s)', () => {
    const email = `a@${'.'.repeat(50_000)}`;
    let result: ReturnType<typeof parseSignal> | undefined;
    const ms = timed(() => (result = parseSignal(signalInput({ debtor: { name: { surname: 'Jansen' }, email } }))));
    expect(ms).toBeLessThan(50);
    expect(result).toMatchObject({ ok: false, issues: [{ field: 'debtor.email', code: 'too_long' }] });
  });

  it('still tells a plausible e-mail address from a bad one', () => {
    const email = (value: string) => parseSignal(signalInput({ debtor: { name: { surname: 'Jansen' }, email: value } })).ok;
    expect(email('a.b@example.org')).toBe(true);
    expect(email('a@b.c.')).toBe(true);
    expect(email('a@.c')).toBe(false);
    expect(email('a@bc')).toBe(false);
    expect(email('a@b@c.d')).toBe(false);
    expect(email('a b@c.d')).toBe(false);
    expect(email('@c.d')).toBe(false);
  });

  it('caps names, ids and free text at documented, generous limits with a clear error', () => {
    const r = parseSignal(signalInput({ id: 'x'.repeat(TEXT_LIMITS.id + 1), debtor: { name: { surname: 'J'.repeat(TEXT_LIMITS.name + 1) } } }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.field, i.code])).toEqual([['id', 'too_long'], ['debtor.name.surname', 'too_long']]);
    expect(r.issues[1]!.message).toBe(`Text is longer than ${TEXT_LIMITS.name} characters (geslachtsnaam)`);
    expect(parseSignal(signalInput({ debtor: { name: { surname: 'J'.repeat(TEXT_LIMITS.name) } } })).ok).toBe(true);
    expect(OptionalText.safeParse('x'.repeat(TEXT_LIMITS.text + 1)).success).toBe(false);
  });
});

describe('money: bounded, exact, never guessed (issue 14, item 6)', () => {
  it.each([
    [1e308, 'amount_too_large'],
    [Number.POSITIVE_INFINITY, 'amount_too_large'],
    [Number.NaN, 'invalid_amount'],
    ['10000000.01', 'amount_too_large'],
    ['99999999999999999999', 'amount_too_large'],
    ['0.500', 'ambiguous_amount'],
    ['0,005', 'ambiguous_amount'],
    ['00.123', 'ambiguous_amount'],
    ['12,3456', 'too_many_decimals'],
    [0.005, 'too_many_decimals'],
    ['1e308', 'invalid_amount'],
  ])('refuses %j with %s', (input, code) => {
    expect(readEuro(input)).toMatchObject({ ok: false, issues: [{ code }] });
    expect(parseEuro(input)).toBeNull();
  });

  it('keeps reading the real forms, up to the documented maximum', () => {
    expect(parseEuro('1.234,56')).toBe('1234.56');
    expect(parseEuro('212,85')).toBe('212.85');
    expect(parseEuro('1.234')).toBe('1234.00');
    expect(parseEuro('0,50')).toBe('0.50');
    expect(parseEuro(MAX_EURO)).toBe('10000000.00');
    expect(parseEuro('€ 10.000.000,00')).toBe('10000000.00');
    expect(parseEuro(0.1 + 0.2)).toBe('0.30');
    expect(parseEuro(212.85)).toBe('212.85');
  });

  it('gives the specific reason in a signal and in EuroField', () => {
    const r = parseSignal(signalInput({ arrears: { total: '0,005' } }));
    expect(r).toMatchObject({ ok: false, issues: [{ field: 'arrears.total', code: 'ambiguous_amount' }] });
    expect(safeParseWith(EuroField, 1e308)).toMatchObject({ ok: false, issues: [{ code: 'amount_too_large' }] });
    expect(JSON.stringify(parseSignal(signalInput({ arrears: { total: 1e308 } })))).not.toContain('Infinity');
  });

  it('sums exactly beyond 2^53 cents and refuses to print a non-finite number of cents', () => {
    const big = Array.from({ length: 1000 }, () => '9007199254740.99');
    expect(sumEuro(big)).toBe('9007199254740990.00');
    expect(sumEuro(['0.10', '0.20', '-0.05'])).toBe('0.25');
    expect(fromCents(2n ** 60n)).toBe('11529215046068469.76');
    expect(() => fromCents(Number.POSITIVE_INFINITY)).toThrow(UsageError);
    expect(() => fromCents(Number.NaN)).toThrow(UsageError);
  });
});

describe('dates: a time part must be a real time; birth years bounded (issue 14, item 6)', () => {
  it.each(['2023-03-15 garbage', '2023-03-15T99:99', '2023-03-15T24:00', '2023-03-15T10:60', '2023-03-15T', '2023-03-15T10:00+25:00'])(
    'refuses %j',
    (input) => expect(parseDateInput(input)).toBeNull(),
  );

  it.each([
    ['2023-03-15T10:00', '2023-03-15'],
    ['2023-03-15 10:00:59', '2023-03-15'],
    ['2023-03-15T10:00:00.123Z', '2023-03-15'],
    ['2023-03-15T23:59:59+01:00', '2023-03-15'],
  ])('reads %j as %s', (input, expected) => expect(parseDateInput(input)).toBe(expected));

  it('refuses birth years after 2100 and birth dates after the signal date', () => {
    expect(BIRTH_YEAR_RANGE.max).toBe(2100);
    expect(parseBirthDate('2150')).toBeNull();
    expect(parseBirthDate('21500101')).toBeNull();
    expect(parseBirthDate('2024-05', { notAfter: '2024-03-01' })).toBeNull();
    expect(parseBirthDate('2024-03', { notAfter: '2024-03-01' })).toMatchObject({ year: 2024, month: 3 });
    const r = parseSignal(signalInput({ receivedDate: '2023-03-15', debtor: { name: { surname: 'Jansen' }, birthDate: '16-03-2023' } }));
    expect(r).toMatchObject({ ok: false, issues: [{ field: 'debtor.birthDate', code: 'birth_date_after_signal' }] });
  });
});

describe('issues never echo unknown keys that may be values (issue 14, item 11)', () => {
  it('counts unknown keys and suggests the known field a typo is near, never naming the key', () => {
    const result = safeParseWith(z.strictObject({ channel: z.string() }), { channel: 'x', chanel: 'y', '123456782': 'z', 'Jan Jansen': 'w' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]!.message).toBe('Unknown field(s): 3 key(s) not shown; did you mean channel?');
  });
});
