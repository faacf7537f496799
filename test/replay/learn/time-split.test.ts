/**
 * The time-split check on the bundled SYNTHETIC sample (examples/data/sample-signals.jsonl):
 * learn on 2023-01 to 2023-07, compare with what was observed from 2023-08 on. The figures are in
 * docs/recommend.md.
 */
import { describe, expect, it } from 'vitest';
import { validateTimeSplit } from '../../../src/replay/learn/time-split.js';
import { bundledSample } from '../helpers.js';

const sample = bundledSample();

describe('validateTimeSplit on the bundled sample', () => {
  const v = validateTimeSplit(sample);

  it('splits at the month that halves the sample and learns only on the months before it', () => {
    expect(v.splitDate).toBe('2023-08-01');
    expect(v.pastMonths).toEqual(['2023-01', '2023-02', '2023-03', '2023-04', '2023-05', '2023-06', '2023-07']);
    expect(v.futureMonths[0]).toBe('2023-08');
    expect(v.pastCases + v.futureCases).toBeLessThanOrEqual(sample.length);
    expect(v.pastCases).toBeGreaterThan(1000);
    expect(v.futureCases).toBeGreaterThan(1000);
  });

  it('gives per channel the learned and the observed acceptance, each with an interval around it', () => {
    for (const c of v.channels.filter((x) => x.futureCases > 0)) {
      for (const cmp of [c.helpAccepted, c.reach]) {
        for (const i of [cmp.learned!, cmp.observed!, cmp.predicted!]) {
          expect(i.lo).toBeLessThanOrEqual(i.mean);
          expect(i.hi).toBeGreaterThanOrEqual(i.mean);
        }
        // The prediction for the observed rate adds binomial noise to the learned uncertainty.
        expect(cmp.predicted!.hi - cmp.predicted!.lo).toBeGreaterThanOrEqual(cmp.learned!.hi - cmp.learned!.lo);
      }
    }
    const phone = v.channels.find((c) => c.channel === 'phone')!;
    expect(phone.futureCases).toBeGreaterThan(500);
    expect(phone.helpAccepted.consistent).toBe(true);
  });

  it('finds the sample\'s rates stable over time: every channel\'s observed acceptance falls within its prediction', () => {
    expect(v.channels.every((c) => c.helpAccepted.consistent !== false)).toBe(true);
    expect(v.reasons[0]).toMatchObject({ code: 'learn.time-split', outcome: 'pass' });
  });

  it('takes a split date, and a later split learns on more', () => {
    const later = validateTimeSplit(sample, { splitDate: '2023-10-01' });
    expect(later.pastCases).toBeGreaterThan(v.pastCases);
    expect(later.futureMonths[0]).toBe('2023-10');
  });
});
