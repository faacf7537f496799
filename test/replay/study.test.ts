import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSample, researchFigures, type SampleRecord } from '../../src/replay/index.js';

/**
 * The study's sample as data (De signaalreis, 003, "Inzichten uit steekproef van 66 signalen"):
 * 66 signals of March 2023 from two health insurers and an energy supplier in six municipalities.
 */
function studySample(): SampleRecord[] {
  const lines = readFileSync(new URL('./fixtures/study-66.jsonl', import.meta.url), 'utf8').split('\n').filter(Boolean);
  const results = parseSample(lines.map((l) => JSON.parse(l) as unknown));
  return results.map((r) => {
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    return r.value;
  });
}

describe("the study's figures (De signaalreis, 003)", () => {
  const f = researchFigures(studySample());
  const pct = (x: number) => Math.round(x * 100);

  it('66 signals: 56% not reached, 23% reached without help, 12% (8) accepted', () => {
    expect(f.signals).toBe(66);
    expect(f.outcomes['not-reached'].count).toBe(37);
    expect(pct(f.outcomes['not-reached'].share)).toBe(56);
    expect(pct(f.outcomes['reached-no-help'].share)).toBe(23);
    expect(f.outcomes['help-accepted'].count).toBe(8);
    expect(pct(f.outcomes['help-accepted'].share)).toBe(12);
    expect(f.outcomes['not-picked-up'].count).toBe(6);
  });

  it('88% of acceptances had a phone call', () => {
    expect(pct(f.phoneShareOfAccepted)).toBe(88);
  });

  it('of the 60 picked up, 12 got only a letter and 11 of those were not reached', () => {
    expect(f.attemptsPerCase.n).toBe(60);
    expect(f.letterOnly).toEqual({ cases: 12, notReached: 11 });
  });

  it('3 residents were already known at debt help', () => {
    expect(Math.round(f.knownAtDebtHelp * 66)).toBe(3);
  });

  it('debt after five months: 23% grew, 14% at a bailiff, 20% paid but new arrears, 26% reduced, 18% unknown', () => {
    const all = f.debtDevelopment.all;
    expect([all.grown, all.bailiff, all['paid-new-arrears'], all.reduced, all.unknown].map((n) => pct(n / 66))).toEqual([23, 14, 20, 26, 18]);
    const notReached = f.debtDevelopment['not-reached'];
    expect(pct((notReached.grown + notReached.bailiff) / 37)).toBe(49); // "bij 49% van deze signalen"
  });

  it('reach rate 35% and days to reach counted from the signal', () => {
    expect(pct(f.reachRate)).toBe(35);
    expect(f.daysToReach.n).toBe(23);
    expect(f.daysToReach.median).toBeGreaterThan(0);
  });
});
