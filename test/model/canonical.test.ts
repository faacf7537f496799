import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatBirthDate } from '../../src/model/index.js';
import { birthDateReader, canonicalCheck, dateReader, euroReader, houseNumberReader, idReader, postcodeReader, textReader, type FieldReader } from '../../src/model/internal.js';

/** The definition: the reader gives the value back unchanged (and its extra check passes). */
function readsBack(reader: FieldReader<string | number, unknown>, value: unknown): boolean {
  if (value === '' || (typeof value !== 'string' && !(typeof value === 'number' && reader.acceptsNumbers))) return false;
  const read = reader.read(value as string);
  return read === value && reader.check?.(read as never) == null;
}

/** Values wide enough to hit every branch: the reader's own forms, near misses, empties, whitespace, other types. */
const near = (...patterns: RegExp[]) =>
  fc.oneof(
    fc.string({ maxLength: 14 }),
    fc.string({ unit: fc.constantFrom(' ', '\u00a0', '\t', 'a', 'A', '0', '1', '9', '.', ',', '-', '€'), maxLength: 14 }),
    ...patterns.map((p) => fc.stringMatching(p)),
    fc.constantFrom('', ' ', null, undefined, 0, 7, -1, 1.5, 99999, 100000, Number.NaN, {}, []),
  );

describe('canonicalCheck agrees with the reader it is built for', () => {
  const cases: [string, FieldReader<string | number, unknown>, fc.Arbitrary<unknown>][] = [
    ['dates', dateReader as FieldReader<string | number, unknown>, near(/^[0-9]{4}-[0-1][0-9]-[0-3][0-9]$/, /^[0-9]{1,4}-[0-9]{1,2}-[0-9]{1,2}$/)],
    ['amounts', euroReader as FieldReader<string | number, unknown>, near(/^-?0?[0-9]{0,13}\.[0-9]{2}$/, /^[0-9]{1,3}([.,][0-9]{3})*[.,]?[0-9]{0,3}$/)],
    ['postcodes', postcodeReader as FieldReader<string | number, unknown>, near(/^ ?[0-9]{4} ?[A-Za-z]{2} ?$/)],
    ['texts', textReader as FieldReader<string | number, unknown>, near(/^\s?[A-Za-zÀ-ÿ' -]{0,8}\s?$/)],
    ['ids', idReader as FieldReader<string | number, unknown>, near(/^\s?[A-Z]{0,3}-?[0-9]{0,4}\s?$/)],
    ['house numbers', houseNumberReader as FieldReader<string | number, unknown>, near(/^[0-9]{1,6}$/)],
  ];
  for (const [name, reader, arbitrary] of cases) {
    it(`${name}: accepted exactly when the reader gives the value back`, () => {
      const check = canonicalCheck(reader);
      fc.assert(fc.property(arbitrary, (value) => {
        expect(check(value)).toBe(readsBack(reader, value));
      }), { numRuns: 4000, seed: 7 });
    });
  }

  it('an absent value is accepted only where the caller says it may be absent', () => {
    expect(canonicalCheck(dateReader)(undefined)).toBe(false);
    expect(canonicalCheck(dateReader, true)(undefined)).toBe(true);
  });

  it('birth dates: an object is accepted exactly when the reader, reading its register text, gives the same date and flag', () => {
    const part = (max: number) => fc.oneof(fc.integer({ min: 0, max }), fc.constant(null), fc.constantFrom(-1, 1.5, '3' as unknown as number));
    const arbitrary = fc.oneof(
      fc.record({ year: part(2300), month: part(13), day: part(32), placeholder: fc.boolean() }),
      fc.constantFrom(null, 'x', [], { year: 1980 }),
    );
    const check = canonicalCheck(birthDateReader);
    fc.assert(fc.property(arbitrary, (value) => {
      const v = value as { year: number | null; month: number | null; day: number | null; placeholder: boolean } | null;
      const ints = v !== null && typeof v === 'object' && !Array.isArray(v)
        && [v.year, v.month, v.day].every((n) => n === null || (Number.isInteger(n) && n >= 0));
      const read = ints ? birthDateReader.read(formatBirthDate(v!)) : null;
      const expected = read !== null && read.year === v!.year && read.month === v!.month && read.day === v!.day && read.placeholder === v!.placeholder;
      expect(check(value)).toBe(expected);
    }), { numRuns: 5000, seed: 3 });
  });
});
