import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/model/index.js';
import { assessEligibility, assessEligibilityBatch, parseArrearsCase, type ArrearsCase } from '../../src/eligibility/index.js';
import { anyInputArb, dateArb, validCaseArb } from './arbitraries.js';

function parsed(input: unknown): ArrearsCase {
  const r = parseArrearsCase(input);
  if (!r.ok) throw new Error(`arbitrary produced an invalid case: ${JSON.stringify(r.issues)}`);
  return r.value;
}

describe('batch invariants', () => {
  it('returns exactly one item per input, in order, and never throws', () => {
    fc.assert(
      fc.property(fc.array(anyInputArb, { maxLength: 30 }), dateArb, (inputs, asOf) => {
        const items = assessEligibilityBatch(inputs, { asOf });
        expect(items).toHaveLength(inputs.length);
        items.forEach((item, i) => {
          expect(item.index).toBe(i);
          if (!item.ok) expect(item.issues.length).toBeGreaterThan(0);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('keeps case ids and gives structured issues for null, garbage and bad records', () => {
    const items = assessEligibilityBatch(
      [{ id: 'A', sector: 'water', arrears: { total: '1', oldestDueDate: '2023-01-01' } }, null, 'garbage', { id: 7, sector: 'gas' }],
      { asOf: '2023-03-01' },
    );
    expect(items.map((i) => [i.index, i.ok, i.ok ? i.value.caseId : undefined])).toEqual([[0, true, 'A'], [1, false, undefined], [2, false, undefined], [3, false, undefined]]);
    expect(items[3]).toMatchObject({ ok: false, issues: expect.arrayContaining([expect.objectContaining({ field: 'sector' })]) });
  });

  it('takes parsed cases and raw records alike, with the same results', () => {
    fc.assert(
      fc.property(fc.array(validCaseArb, { maxLength: 10 }), dateArb, (raws, asOf) => {
        const parsedCases = raws.map(parsed);
        expect(assessEligibilityBatch(parsedCases, { asOf })).toEqual(assessEligibilityBatch(raws, { asOf }));
        // a parsed case parses again to itself (parsing is idempotent)
        for (const c of parsedCases) expect(parseArrearsCase(structuredClone(c))).toEqual({ ok: true, value: c });
      }),
      { numRuns: 60 },
    );
  });

  it('throws UsageError for bad options before reading any record', () => {
    expect(() => assessEligibilityBatch([null], { asOf: '2023-02-30' })).toThrow(/Invalid eligibility options: asOf/);
  });
});

describe('assessment invariants', () => {
  it('is eligible exactly when no rule fails, and lists a reason for every evaluated rule', () => {
    fc.assert(
      fc.property(validCaseArb, dateArb, (input, asOf) => {
        const r = assessEligibility(parsed(input), { asOf });
        expect(r.eligible).toBe(r.status === 'eligible');
        expect(r.reasons.some((x) => x.outcome === 'fail')).toBe(!r.eligible);
        if (r.eligible) expect(r.eligibleFrom).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('eligibleFrom is the first later date on which the case is eligible; without it, none comes', () => {
    fc.assert(
      // Assess around the day the arrears fall due, where the windows open and close.
      fc.property(validCaseArb, fc.integer({ min: -20, max: 140 }), (input, offset) => {
        const c = parsed(input);
        const asOf = addDays(c.arrears.oldestDueDate, offset);
        const r = assessEligibility(c, { asOf });
        if (r.eligible) return;
        const horizon = r.eligibleFrom ?? addDays(asOf, 1200);
        for (let d = addDays(asOf, 1); d < horizon; d = addDays(d, 1)) {
          expect(assessEligibility(c, { asOf: d }).eligible, `eligible on ${d} before ${horizon}`).toBe(false);
        }
        if (r.eligibleFrom) {
          expect(r.eligibleFrom > asOf).toBe(true);
          expect(assessEligibility(c, { asOf: r.eligibleFrom }).eligible).toBe(true);
        }
      }),
      { numRuns: 120 },
    );
  });

  it('is deterministic: the same case and date give the same result', () => {
    fc.assert(
      fc.property(validCaseArb, dateArb, (input, asOf) => {
        const c = parsed(input);
        expect(assessEligibility(c, { asOf })).toEqual(assessEligibility(structuredClone(c), { asOf }));
      }),
      { numRuns: 100 },
    );
  });
});
