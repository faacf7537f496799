import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseName } from '../../src/matching/index.js';
import { addressKey, compareBirthDates, dutchPhoneticKey, foldText, normaliseAddress, normaliseBirthDate } from '../../src/matching/internal.js';
import { compareAddresses } from '../../src/matching/address.js';
import { compareNames } from '../../src/matching/compare-names.js';
import { jaroWinkler } from '../../src/matching/jaro-winkler.js';
import { parseSignal } from '../../src/model/index.js';

/** `f` never throws on any text and gives the same result on its own output. */
function expectIdempotent<T>(f: (input: string | T) => T): void {
  fc.assert(fc.property(fc.string(), (s) => {
    const once = f(s);
    expect(f(once)).toEqual(once);
  }), { numRuns: 300 });
}

/** An address as a parsed signal carries it (the model reads postcode and house number). */
function parsedAddress(address: Record<string, unknown>) {
  const parsed = parseSignal({ id: 'S', creditor: { id: 'C', sector: 'water' }, receivedDate: '2026-01-05', debtor: { name: { surname: 'X' } }, address, arrears: { total: '1' } });
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => i.field).join());
  return parsed.value.address;
}

describe('normaliseName', () => {
  const cases: ReadonlyArray<readonly [string, { given: string[]; initials: string; prefix: string; surname: string; parts?: string[] }]> = [
    ['Jan van den Berg', { given: ['jan'], initials: 'j', prefix: 'van den', surname: 'berg' }],
    ['van den Berg, Jan', { given: ['jan'], initials: 'j', prefix: 'van den', surname: 'berg' }],
    ['Berg, J.P. van den', { given: [], initials: 'jp', prefix: 'van den', surname: 'berg' }],
    ['Jan-Willem de Vries', { given: ['jan', 'willem'], initials: 'jw', prefix: 'de', surname: 'vries' }],
    ['J.P. Aedel-Groenen', { given: [], initials: 'jp', prefix: '', surname: 'aedel', parts: ['aedel', 'groenen'] }],
    ['Jan Pieter Jansen-van Dam', { given: ['jan', 'pieter'], initials: 'jp', prefix: '', surname: 'jansen', parts: ['jansen', 'dam'] }],
    ["Anna 't Hart", { given: ['anna'], initials: 'a', prefix: "'t", surname: 'hart' }],
    ['ÖMER ÇELİK', { given: ['omer'], initials: 'o', prefix: '', surname: 'celik' }],
    ['Piet Kluijt', { given: ['piet'], initials: 'p', prefix: '', surname: 'kluyt' }],
    ['Mohammed El Amrani', { given: ['mohammed'], initials: 'm', prefix: 'el', surname: 'amrani' }],
    ["Sophie d'Ancona", { given: ['sophie'], initials: 's', prefix: "d'", surname: 'ancona' }],
  ];
  it.each(cases)('%s', (input, expected) => {
    const n = normaliseName(input);
    expect(n.givenNames).toEqual(expected.given);
    expect(n.initials).toBe(expected.initials);
    expect(n.prefix).toBe(expected.prefix);
    expect(n.surname).toBe(expected.surname);
    expect(n.surnameParts).toEqual(expected.parts ?? [expected.surname]);
  });

  it('writes IJ and Y alike, so Kluijt and Kluyt are the same surname', () => {
    expect(normaliseName({ surname: 'Kluijt' }).surname).toBe(normaliseName({ surname: 'KLUYT' }).surname);
    expect(normaliseName({ surname: 'Ĳzerman' }).surname).toBe(normaliseName({ surname: 'IJzerman' }).surname);
  });

  it('applies the name-use codes with the partner surname (BRP aanduidingNaamgebruik)', () => {
    const partner = { surname: 'Aedel' };
    expect(normaliseName({ initials: 'F.', surname: 'Groenen', nameUse: 'E', partner }).surnameParts).toEqual(['groenen', 'aedel']);
    expect(normaliseName({ initials: 'F.', surname: 'Groenen', nameUse: 'P', partner }).surname).toBe('aedel');
    expect(normaliseName({ initials: 'F.', surname: 'Groenen', nameUse: 'V', partner }).surnameParts).toEqual(['aedel', 'groenen']);
    expect(normaliseName({ initials: 'F.', surname: 'Groenen', nameUse: 'N', partner }).surnameParts).toEqual(['groenen', 'aedel']);
  });

  it('treats the register surname "." as unknown', () => {
    expect(normaliseName({ givenNames: 'Saba', surname: '.' }).surname).toBe('');
  });

  it('never throws and is idempotent on its own comparison form', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.string(), (given, prefix, surname) => {
        const n = normaliseName({ givenNames: given, surnamePrefix: prefix, surname });
        const again = normaliseName({ givenNames: n.givenNames.join(' '), surnamePrefix: n.prefix, surname: n.surnameParts.join('-') });
        expect(again.surnameParts).toEqual(n.surnameParts);
        expect(again.givenNames).toEqual(n.givenNames);
        expect(() => normaliseName(given + surname)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});

describe('dutchPhoneticKey', () => {
  it.each([
    ['Kluyt', 'Kluit'], ['Kluit', 'Kluijt'], ['Fortuin', 'Fortuyn'], ['van der Meijer', 'Meyer'], ['Meijer', 'Maier'],
    ['Mohammed', 'Mohamed'], ['de Vries', 'Fries'], ['van den Berg', 'Vandenberg'], ['Janssen', 'Jansen'], ['Smit', 'Smid'],
    ['Philips', 'Filips'], ['Gerritsen', 'Gerritszen'],
  ])('%s sounds like %s', (a, b) => {
    expect(dutchPhoneticKey(a)).toBe(dutchPhoneticKey(b));
  });

  it.each([['Jansen', 'Bakker'], ['de Vries', 'de Boer'], ['Dekker', 'Ekker']])('%s does not sound like %s', (a, b) => {
    expect(dutchPhoneticKey(a)).not.toBe(dutchPhoneticKey(b));
  });

  it('never throws and is idempotent', () => expectIdempotent(dutchPhoneticKey));
});

describe('foldText and jaroWinkler', () => {
  it('folds diacritics, ligatures and apostrophes, idempotently', () => {
    expect(foldText('Çelik-Müller ’t Hart ß')).toBe("celik-muller 't hart ss");
    fc.assert(fc.property(fc.string(), (s) => {
      expect(foldText(foldText(s))).toBe(foldText(s));
    }), { numRuns: 300 });
  });

  it('gives the textbook Jaro-Winkler values and stays within [0, 1]', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.9611, 3);
    expect(jaroWinkler('dwayne', 'duane')).toBeCloseTo(0.84, 2);
    expect(jaroWinkler('', 'abc')).toBe(0);
    fc.assert(fc.property(fc.string(), fc.string(), (a, b) => {
      const s = jaroWinkler(a, b);
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(1);
      expect(jaroWinkler(a, a)).toBe(1);
    }), { numRuns: 300 });
  });
});

describe('birth dates', () => {
  const d = normaliseBirthDate;
  it.each([
    ['1985-06-12', '1985-06-12', 'exact'],
    ['1985-06-12', '12-06-1985', 'exact'],
    ['1985-06-12', '1985-06-13', 'one-typo'],
    ['1985-06-12', '1985-06-21', 'one-typo'],
    ['1985-06-12', '1985-12-06', 'day-month-swapped'],
    ['1985-06-12', '19850600', 'incomplete-agrees'],
    ['1985-06-12', '19850000', 'incomplete-agrees'],
    ['1985-06-12', '1985-01-01', 'placeholder-same-year'],
    ['1985-06-12', '2000-01-01', 'placeholder'],
    ['2000-01-01', '2000-01-01', 'placeholder-agrees'],
    ['1985-06-12', '1985-09-30', 'same-year'],
    ['1985-06-12', '1962-11-30', 'different'],
    ['1985-06-12', '00000000', 'unknown'],
    ['1985-06-12', 'not a date', 'unknown'],
  ] as const)('%s vs %s → %s', (a, b, level) => {
    expect(compareBirthDates(d(a), d(b))).toBe(level);
    expect(compareBirthDates(d(b), d(a))).toBe(level);
  });

  it("keeps the year of a register's 1 January, not of a signal's", () => {
    // signal first, register second: a register 1-1-2000 is the person's registered date, its year counts.
    expect(compareBirthDates(d('1985-06-12'), d('2000-01-01'), true)).toBe('different');
    expect(compareBirthDates(d('1985'), d('2000-01-01'), true)).toBe('different');
    expect(compareBirthDates(d('2000-01-01'), d('1985-06-12'), true)).toBe('placeholder');
    expect(compareBirthDates(d('2000-01-01'), d('1985-01-01'), true)).toBe('placeholder');
    expect(compareBirthDates(d('1985-06-12'), d('2000-01-01'))).toBe('placeholder');
  });

  it('reads the register forms YYYYMM00, YYYY0000 and 00000000', () => {
    expect(d('19800300')).toMatchObject({ year: 1980, month: 3, day: null, precision: 'month', code: 19800300 });
    expect(d('19800000')).toMatchObject({ precision: 'year', code: 19800000 });
    expect(d('00000000').precision).toBe('unknown');
    expect(d('1-1-2000').placeholder).toBe(true);
  });

  it('never throws and is idempotent', () => expectIdempotent(d));
});

describe('addresses', () => {
  it.each([
    ['12A', '1234AB|12|a'], ['12 a', '1234AB|12|a'], ['12-A', '1234AB|12|a'], ['12-2', '1234AB|12|2'],
    ['12 hs', '1234AB|12|hs'], ['12 huis', '1234AB|12|hs'], ['12 bis', '1234AB|12|bis'], ['12', '1234AB|12|'],
  ])('house number %s (read by the model, compared by matching)', (houseNumber, key) => {
    expect(addressKey(normaliseAddress(parsedAddress({ postcode: '1234 ab', houseNumber })))).toBe(key);
  });

  it('compares letter and addition from separate fields and attached forms alike', () => {
    const a = normaliseAddress({ postcode: '1234AB', houseNumber: 12, houseLetter: 'A' });
    expect(compareAddresses(a, normaliseAddress(parsedAddress({ postcode: '1234 AB', houseNumber: '12-a' })))).toBe('exact');
    expect(compareAddresses(a, normaliseAddress({ postcode: '1234AB', houseNumber: 12 }))).toBe('same-house-number');
    expect(compareAddresses(a, normaliseAddress({ postcode: '1234AB', houseNumber: 14 }))).toBe('same-postcode');
    expect(compareAddresses(a, normaliseAddress({ postcode: '9999ZZ', houseNumber: 12 }))).toBe('different');
    expect(compareAddresses(a, normaliseAddress({ postcode: 'garbage', houseNumber: 12 }))).toBe('unknown');
  });

  it('never throws and is idempotent', () => {
    fc.assert(fc.property(fc.string(), fc.integer(), fc.string(), (postcode, houseNumber, addition) => {
      const once = normaliseAddress({ postcode, houseNumber, houseNumberAddition: addition });
      const again = normaliseAddress({ postcode: once.postcode, houseNumber: once.houseNumber, houseNumberAddition: once.addition });
      expect(again).toEqual(once);
    }), { numRuns: 300 });
  });
});

describe('compareNames', () => {
  const cmp = (a: Parameters<typeof normaliseName>[0], b: Parameters<typeof normaliseName>[0]) => compareNames(normaliseName(a), normaliseName(b));
  it.each([
    [{ givenNames: 'Ali', surname: 'Mohammed' }, 'Mohammed Ali', 'swapped', 'swapped'],
    ['Jan van den Berg', 'J. Berg', 'exact', 'initials'],
    ['Jan Vandenberg', 'Jan van den Berg', 'exact', 'exact'],
    ['Sanne Janssen', 'Sanne Jansen', 'phonetic', 'exact'],
    ['Sanne Jahnsen', 'Sanne Jansen', 'phonetic', 'exact'],
    ['Sanne Jensen', 'Sanne Jansen', 'phonetic', 'exact'],
    ['Sanne Jnasen', 'Sanne Jansen', 'close', 'exact'],
    ['Mohamed Amrani', 'Mohammed Amrani', 'exact', 'close'],
    ['Piet Bakker', 'Pieter Johannes Bakker', 'exact', 'close'],
    ['Johannes Bakker', 'Pieter Johannes Bakker', 'exact', 'first-exact'],
    ['Maria Aedel', { givenNames: 'Maria', surname: 'Groenen', nameUse: 'E', partner: { surname: 'Aedel' } }, 'alternate', 'exact'],
    ['Kees Bakker', 'Lieke Visser', 'different', 'different'],
  ] as const)('%o vs %o', (a, b, surname, given) => {
    expect(cmp(a, b)).toEqual({ surname, givenNames: given });
  });
});
