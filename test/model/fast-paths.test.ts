import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBirthDate, parseDateInput, parseEuro } from '../../src/model/index.js';
import { postcodeReader } from '../../src/model/internal.js';

/**
 * The readers recognise the forms exports write most (`2023-03-15`, `15-3-2023`, `1.234,56`,
 * `1234 ab`, `1980-03-00`) in one pass without a regular expression. A leading space always
 * sends a value down the general path (which trims), so each reader must give the same answer
 * for a value and for the value with a space before it.
 */
const near = (...patterns: RegExp[]) =>
  fc.oneof(
    ...patterns.map((p) => fc.stringMatching(p)),
    fc.string({ unit: fc.constantFrom('0', '1', '2', '3', '9', '-', '/', '.', ',', 'a', 'Z', ' '), maxLength: 12 }),
  );

describe('fast paths of the readers agree with the general path', () => {
  it('calendar dates', () => {
    fc.assert(fc.property(near(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/, /^[0-9]{1,2}[-/.][0-9]{1,2}[-/.][0-9]{4}$/), (s) => {
      expect(parseDateInput(s)).toBe(parseDateInput(` ${s}`));
    }), { numRuns: 5000, seed: 17 });
    expect(parseDateInput('2024-02-29')).toBe('2024-02-29');
    expect(parseDateInput('29.2.2023')).toBeNull();
    expect(parseDateInput('5/3/2023')).toBe('2023-03-05');
  });

  it('birth dates', () => {
    fc.assert(fc.property(near(/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/), (s) => {
      expect(parseBirthDate(s)).toEqual(parseBirthDate(` ${s}`));
    }), { numRuns: 3000, seed: 17 });
    expect(parseBirthDate('1980-03-00')).toEqual({ year: 1980, month: 3, day: null, placeholder: false });
  });

  it('amounts', () => {
    fc.assert(fc.property(near(/^[0-9]{1,3}(\.[0-9]{3}){0,3},[0-9]{2}$/, /^0?[0-9]{1,9}[.,][0-9]{2}$/), (s) => {
      expect(parseEuro(s)).toBe(parseEuro(` ${s}`));
    }), { numRuns: 5000, seed: 17 });
    expect(parseEuro('1.234.567,89')).toBe('1234567.89');
    expect(parseEuro('10.000.000,01')).toBeNull(); // above the maximum
  });

  it('postcodes', () => {
    fc.assert(fc.property(near(/^[0-9]{4} ?[A-Za-z]{2}$/), (s) => {
      expect(postcodeReader.read(s)).toBe(postcodeReader.read(` ${s}`));
    }), { numRuns: 3000, seed: 17 });
    expect(postcodeReader.read('1234 ab')).toBe('1234AB');
  });
});
