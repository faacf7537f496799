/**
 * No state that leaks (issue 11): whatever a caller does to a result or an exported constant,
 * the next caller gets the same answer.
 */
import { describe, expect, it } from 'vitest';
import {
  AGE_BANDS, ATTEMPT_CHANNELS, comparePolicies, DEBT_DEVELOPMENTS, DEFAULT_REACH_ASSUMPTIONS, OUTCOME_CLASSES, OUTCOME_LABELS,
  parseSampleRecord, replay, researchFigures, withReachRates, type SampleRecord,
} from '../../src/replay/index.js';

const input = {
  id: 'S1', household: 'h1', person: 'p1', creditor: { id: 'ZV1', sector: 'health-insurance' }, receivedDate: '2023-03-01',
  arrears: { total: '300.00' }, outcome: { attempts: '2023-03-10 telefoon nee; 2023-03-21 telefoon ja', closedDate: '2023-04-05' },
};

function sample(): SampleRecord[] {
  const r = parseSampleRecord(input);
  if (!r.ok) throw new Error('does not parse');
  return [r.value];
}

/** Try to change a value in every way a careless caller might; frozen values refuse (and throw in strict mode). */
function scribble(value: unknown): void {
  if (Array.isArray(value)) {
    try { value.push('x'); } catch { /* frozen */ }
    try { value.reverse(); } catch { /* frozen */ }
  } else if (typeof value === 'object' && value !== null) {
    for (const key of Object.keys(value)) {
      const v = (value as Record<string, unknown>)[key];
      if (typeof v === 'object' && v !== null) scribble(v);
      else try { (value as Record<string, unknown>)[key] = 'changed'; } catch { /* frozen */ }
    }
  }
}

describe('no state leaks between callers', () => {
  it('exported vocabularies and defaults cannot be changed', () => {
    const before = JSON.stringify([AGE_BANDS, ATTEMPT_CHANNELS, DEBT_DEVELOPMENTS, OUTCOME_CLASSES, OUTCOME_LABELS, DEFAULT_REACH_ASSUMPTIONS]);
    for (const value of [AGE_BANDS, ATTEMPT_CHANNELS, DEBT_DEVELOPMENTS, OUTCOME_CLASSES, OUTCOME_LABELS, DEFAULT_REACH_ASSUMPTIONS]) scribble(value);
    expect(JSON.stringify([AGE_BANDS, ATTEMPT_CHANNELS, DEBT_DEVELOPMENTS, OUTCOME_CLASSES, OUTCOME_LABELS, DEFAULT_REACH_ASSUMPTIONS])).toBe(before);
    expect(DEFAULT_REACH_ASSUMPTIONS.reach.letter!.rate).toBeCloseTo(1 / 12);
  });

  it('a replay result, its deadlines and reasons: changing one does not change the next replay', () => {
    const first = replay(sample(), { policy: 'M4', asOf: '2023-12-31' });
    const expected = JSON.stringify(first);
    scribble(first);
    expect(JSON.stringify(replay(sample(), { policy: 'M4', asOf: '2023-12-31' }))).toBe(expected);
  });

  it('a comparison and its assumptions, and overridden rates: the defaults stay as they were', () => {
    const cmp = comparePolicies(sample(), ['M4', 'M6'], { asOf: '2023-12-31' });
    const expected = JSON.stringify(comparePolicies(sample(), ['M4', 'M6'], { asOf: '2023-12-31' }));
    scribble(cmp);
    scribble(withReachRates({ phone: 0.9 }, 'ours'));
    expect(JSON.stringify(comparePolicies(sample(), ['M4', 'M6'], { asOf: '2023-12-31' }))).toBe(expected);
    expect(DEFAULT_REACH_ASSUMPTIONS.reach.phone!.rate).toBeCloseTo(22 / 48);
  });

  it('research figures: changing one does not change the next', () => {
    const expected = JSON.stringify(researchFigures(sample()));
    scribble(researchFigures(sample()));
    expect(JSON.stringify(researchFigures(sample()))).toBe(expected);
  });
});
