import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import * as model from '../../src/model/internal.js';
import type { FieldReader } from '../../src/model/internal.js';
import { SEED, echoes, flatRow, messagesIn, prototypeUntouched, scalar, signal, text, value } from './arbitraries.js';

/**
 * Fuzz every public parser of the model (issue 14): no throw, one result per input in order,
 * no planted BSN or name in any issue, `Object.prototype` untouched. Fixed seed, small budget;
 * `npm run fuzz` runs the same properties on 1,000,000 cases.
 */
const RUNS = 400;
const options = { seed: SEED, numRuns: RUNS };

const exported = Object.entries(model as Record<string, unknown>);
const readers = exported.filter(([, v]) => typeof (v as { read?: unknown } | null)?.read === 'function') as [string, FieldReader<unknown, unknown>][];
const schemas = exported.filter(([, v]) => typeof (v as { safeParse?: unknown } | null)?.safeParse === 'function') as [string, z.ZodType][];

afterAll(() => expect(prototypeUntouched()).toBe(true));

describe('fuzz: parseSignal and parseSignals', () => {
  it('never throw, keep counts and order, and never echo a planted value', () => {
    fc.assert(
      fc.property(fc.array(signal, { maxLength: 6 }), (inputs) => {
        const results = model.parseSignals(inputs);
        expect(results).toHaveLength(inputs.length);
        results.forEach((r, i) => expect(r).toEqual(model.parseSignal(inputs[i])));
        for (const r of results) if (!r.ok) expect(echoes(messagesIn({ issues: r.issues }))).toBe(false);
        expect(prototypeUntouched()).toBe(true);
      }),
      options,
    );
  });

  it('normalise what they accept: ISO dates, two-decimal amounts within the bound, 9-digit BSNs', () => {
    fc.assert(
      fc.property(signal, (input) => {
        const r = model.parseSignal(input);
        if (!r.ok) return;
        const s = r.value;
        expect(model.isIsoDate(s.receivedDate)).toBe(true);
        for (const euro of [s.arrears.total, s.arrears.termAmount].filter((x): x is string => x !== undefined)) {
          expect(euro).toMatch(/^\d{1,8}\.\d{2}$/);
          expect(model.toCents(euro)).toBeLessThanOrEqual(model.MAX_CENTS);
        }
        if (s.debtor.bsn !== undefined) expect(model.isValidBsn(s.debtor.bsn)).toBe(true);
        if (s.debtor.birthDate?.year != null) expect(s.debtor.birthDate.year).toBeLessThanOrEqual(model.BIRTH_YEAR_RANGE.max);
      }),
      options,
    );
  });
});

describe('fuzz: every field reader, field schema and text reader', () => {
  it('never throws on any scalar, and refuses with a code and a message that does not echo', () => {
    fc.assert(
      fc.property(scalar, (input) => {
        for (const [, reader] of readers) {
          if (typeof input === 'string' || (typeof input === 'number' && reader.acceptsNumbers)) reader.read(input);
        }
        for (const [, schema] of schemas) {
          const parsed = model.safeParseWith(schema, input);
          if (!parsed.ok) expect(echoes(messagesIn({ issues: parsed.issues }))).toBe(false);
        }
      }),
      options,
    );
  });

  it('money, dates, birth dates and house numbers: no throw, and only well-formed results', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.double()), (input) => {
        const euro = model.readEuro(input as string | number);
        if (euro.ok) expect(Math.abs(model.toCents(euro.value))).toBeLessThanOrEqual(model.MAX_CENTS);
        else expect(euro.issues[0]!.code).toMatch(/^(invalid_amount|ambiguous_amount|amount_too_large|too_many_decimals)$/);
        if (typeof input !== 'string') return;
        const date = model.parseDateInput(input);
        if (date !== null) expect(model.isIsoDate(date)).toBe(true);
        const birth = model.parseBirthDate(input, { notAfter: '2024-01-01' });
        if (birth?.year != null) expect(birth.year).toBeLessThanOrEqual(2024);
        const house = model.splitHouseNumber(input);
        if (house) expect(house.houseNumber).toBeGreaterThanOrEqual(1);
        model.readYesNo(input);
      }),
      options,
    );
  });
});

describe('fuzz: unflatten', () => {
  it('never throws, refuses reserved keys, builds objects without a prototype, leaves Object.prototype alone', () => {
    fc.assert(
      fc.property(flatRow, (row) => {
        const r = model.unflatten(row);
        const reserved = Object.keys(row).some((k) => k.split('.').some((p) => ['__proto__', 'constructor', 'prototype'].includes(p)));
        if (reserved) expect(r.ok).toBe(false);
        if (r.ok) expect(Object.getPrototypeOf(r.value)).toBeNull();
        else expect(echoes(messagesIn({ issues: r.issues }))).toBe(false);
        expect(prototypeUntouched()).toBe(true);
      }),
      options,
    );
  });

  it('a row of any values read through unflatten and parseSignal never throws', () => {
    fc.assert(
      fc.property(flatRow, value, (row, v) => {
        const r = model.unflatten({ ...row, 'arrears.total': v });
        if (r.ok) model.parseSignal(r.value);
      }),
      options,
    );
  });
});
