import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseEuro, sumEuro } from '../../src/model/index.js';
import { MAX_CENTS, fromCents, toCents, wholeEuros } from '../../src/model/internal.js';

describe('parseEuro', () => {
  it.each([
    ['1234.56', '1234.56'],
    ['1.234,56', '1234.56'],
    ['1234,56', '1234.56'],
    ['1,234.56', '1234.56'],
    ['€ 1.234,56', '1234.56'],
    ['1.234', '1234.00'],
    ['1.234.567', '1234567.00'],
    ['212,5', '212.50'],
    ['  75 ', '75.00'],
    ['0,01', '0.01'],
  ])('reads %s as %s', (input, expected) => {
    expect(parseEuro(input)).toBe(expected);
  });

  it.each(['', 'abc', '12,3456', '1.23.4', '1,2,3', '12..5', '1.234,567'])('rejects %j', (input) => {
    expect(parseEuro(input)).toBeNull();
  });

  it('reads numbers exactly to the cent', () => {
    expect(parseEuro(0.1 + 0.2)).toBe('0.30');
    expect(parseEuro(Number.NaN)).toBeNull();
  });

  it('round-trips any amount written the Dutch way', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_CENTS }), (cents) => {
        const euro = fromCents(cents);
        const [whole, frac] = euro.split('.');
        const dutch = `${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${frac}`;
        return parseEuro(dutch) === euro && parseEuro(euro) === euro && toCents(euro) === cents;
      }),
    );
  });
});

describe('exact money', () => {
  it('sums without binary float errors', () => {
    expect(sumEuro(['0.10', '0.20'])).toBe('0.30');
    expect(sumEuro(Array.from({ length: 1000 }, () => '0.01'))).toBe('10.00');
  });
  it('rounds half up to whole euros for DDAS', () => {
    expect(wholeEuros('212.50')).toBe(213);
    expect(wholeEuros('212.49')).toBe(212);
  });
  it('converts cents both ways', () => {
    expect(toCents('1234.56')).toBe(123456);
    expect(toCents('-0.05')).toBe(-5);
    expect(fromCents(-5)).toBe('-0.05');
  });
});
