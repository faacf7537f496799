/**
 * The learner and the recommender on a SYNTHETIC history with a known truth (tools/synthetic-history):
 * true per-channel, per-stratum rates, and a historic policy that sends the hardest cases to
 * home visits within 25 visits and 80 calls a month. Done when (issue "Learn from history"):
 * the 95% intervals cover the true rate in at least 90% of the strata with evidence; the
 * recommended policy's true expected help accepted is within 5% of the best achievable under the
 * same capacities and above the historic policy's; the guards hold; the written policy parses and
 * every rule carries its evidence.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { replay, type SampleRecord } from '../../../src/replay/index.js';
import type { PreparedSample } from '../../../src/replay/internal.js';
import { learnOutcomes } from '../../../src/replay/learn/outcomes.js';
import { recommendPolicy, type Recommendation } from '../../../src/replay/learn/recommend.js';
import { LEARNABLE_CHANNELS } from '../../../src/replay/learn/treatment.js';
import { parsePolicy } from '../../../src/triage/index.js';
import {
  generateHistory, parseAll, prepareAll, trueFeatures, trueRates, type SyntheticHistory, type TrueFeatures,
} from '../../../tools/synthetic-history/history.js';
import { coverageOf, judge } from '../../../tools/synthetic-history/truth.js';

/** Two years of a municipality receiving 500 signals a month; staff deviate from the policy in a quarter of the cases. */
const HISTORY = { seed: 7, signals: 12_000, months: 24, deviation: 0.25 } as const;

let history: SyntheticHistory;
let sample: SampleRecord[];
let prepared: PreparedSample;
let features: TrueFeatures[];
let rec: Recommendation;

beforeAll(() => {
  history = generateHistory(HISTORY);
  sample = parseAll(history.records);
  prepared = prepareAll(sample);
  features = prepared.inputs.map(trueFeatures);
  rec = recommendPolicy(sample, {
    current: history.historicPolicy,
    historicPolicy: history.historicPolicy,
    capacities: history.capacities,
    simulation: { draws: 300, seed: 3 },
  });
}, 120_000);

/** The first record of each stratum (the truth is the same for every record of a stratum). */
function representatives(): Map<string, number> {
  const first = new Map<string, number>();
  rec.routes.forEach((r, i) => {
    if (!first.has(r.stratum)) first.set(r.stratum, i);
  });
  return first;
}

describe('learnOutcomes on the synthetic history', () => {
  it('covers the true rate with its 95% interval in at least 90% of the strata with evidence', () => {
    const coverage = coverageOf(rec.outcomes, rec.routes, features);
    expect(coverage.cells).toBeGreaterThan(2000);
    expect(coverage.share).toBeGreaterThanOrEqual(0.9);
  });

  it('says "no evidence" where a channel was never tried, never a zero rate, and every estimate carries n, rate, interval, method and reasons', () => {
    let none = 0;
    for (const stratum of rec.outcomes.strata) {
      for (const channel of LEARNABLE_CHANNELS) {
        for (const e of [stratum.channels[channel].reach, stratum.channels[channel].helpAccepted]) {
          expect(e.reasons.length).toBeGreaterThan(0);
          expect(e.method).toMatchObject({ pooling: 'beta-binomial', centre: 'features', adjustment: 'historic-policy', level: 0.95 });
          if (e.n === 0) {
            none++;
            expect(e).toMatchObject({ evidence: 'none', rate: null, interval: null });
            expect(e.reasons[0]!.code).toBe('learn.no-evidence');
          } else {
            expect(e.rate).toBeGreaterThan(0);
            expect(e.interval![0]).toBeLessThanOrEqual(e.rate!);
            expect(e.interval![1]).toBeGreaterThanOrEqual(e.rate!);
          }
        }
      }
    }
    expect(none).toBeGreaterThan(0);
  });

  it('knows the historic policy: says inverse probability weighting is degenerate and stratifies on the features it used', () => {
    const a = rec.outcomes.adjustment;
    expect(a.method).toBe('historic-policy');
    expect(a.featuresUsed).toEqual(expect.arrayContaining(['match', 'recidivism', 'amount', 'age', 'hasPhone', 'hasEmail']));
    expect(a.refined).toContain('email switched on');
    expect(a.reasons[0]!.message.en).toMatch(/inverse probability weighting is degenerate/);
    expect(a.agreement).toBeGreaterThan(0.7);
  });

  it('without the historic policy estimates propensities per stratum, and standardising undoes the confounding of the raw channel rates', () => {
    const model = learnOutcomes(sample, { strata: rec.outcomes.strataOptions });
    expect(model.adjustment.method).toBe('estimated-propensity');
    const some = model.strata.find((s) => s.cases > 20)!;
    expect(LEARNABLE_CHANNELS.reduce((a, c) => a + some.channels[c].propensity, 0)).toBeCloseTo(1, 9);
    // What each channel would do for all signals of the strata where it was tried, by the truth.
    const first = representatives();
    for (const channel of ['home-visit', 'phone', 'sms'] as const) {
      let n = 0;
      let truth = 0;
      for (const s of model.strata) {
        if (s.channels[channel].helpAccepted.n === 0) continue;
        n += s.signals;
        truth += s.signals * trueRates(features[first.get(s.key)!]!, channel)!.help;
      }
      const rate = model.channels[channel].helpAccepted;
      // The channels were given to chosen residents: the raw rate is off, the standardised one close.
      expect(Math.abs(rate.standardised! - truth / n)).toBeLessThan(Math.abs(rate.observed! - truth / n));
    }
  });
});

describe('recommendPolicy on the synthetic history', () => {
  it('helps, by the true rates, within 5% of the best achievable under the same monthly capacities, and more than the historic policy', () => {
    const j = judge(rec, sample, features, history.capacities);
    console.log(`recommendPolicy on the synthetic history: ${JSON.stringify(j)}`);
    expect(j.gap).toBeLessThanOrEqual(0.05);
    // Issue 18: above the historic policy's (measured 2026-12-01: +16% over the historic policy, see docs/recommend.md).
    expect(j.recommended).toBeGreaterThan(j.historicPolicy * 1.1);
    expect(j.recommended).toBeGreaterThan(j.historicActual * 1.1);
  });

  it('shows the trade-off with intervals from the posterior: more residents helped per month, with certainty', () => {
    const { helped, reached, channels, changes, coverage } = rec.tradeOff;
    expect(helped.recommended.mean).toBeGreaterThan(helped.current.mean);
    expect(helped.difference.lo).toBeGreaterThan(0);
    expect(helped.probabilityBetter).toBe(1);
    for (const c of [helped.current, helped.recommended, reached.current, reached.recommended]) {
      expect(c.lo).toBeLessThan(c.mean);
      expect(c.hi).toBeGreaterThan(c.mean);
    }
    const hv = channels.find((c) => c.channel === 'home-visit')!;
    expect(hv.capacityPerMonth).toBe(25);
    expect(hv.recommended.busiestMonth).toBeLessThanOrEqual(25);
    expect(hv.shadowPrice).toBeGreaterThan(0);
    expect(changes.length).toBeGreaterThan(10);
    expect(changes[0]!.why.en).toMatch(/help accepted: .* against /);
    expect(coverage.signals).toBe(rec.routes.filter((r) => r.fixed === null || r.fixed === 'not-comparable').length);
  });

  it('keeps the guards: crisis routes unchanged, no subgroup below its floor, no legal person assigned a channel by the written policy', () => {
    const crisis = rec.routes.filter((r, i) => sample[i]!.kind === 'eviction-notice' || sample[i]!.kind === 'end-of-supply');
    expect(crisis.length).toBeGreaterThan(10);
    for (const r of crisis) expect(r.recommended).toBe(r.current);
    expect(rec.guards.keptRoutes.changed).toBe(0);
    expect(rec.guards.floors.length).toBeGreaterThanOrEqual(10);
    for (const f of rec.guards.floors) {
      expect(f.planned).toBeGreaterThanOrEqual(f.current - 0.05 - 1e-9);
      expect(f.policy).toBeGreaterThanOrEqual(f.current - 0.05 - 1e-9);
    }
    const bv = rec.routes.filter((_, i) => sample[i]!.debtor.legalForm === 'bv');
    expect(bv.length).toBeGreaterThan(50);
    for (const r of bv) expect(r).toMatchObject({ recommended: 'not-picked-up', fixed: 'legal-person' });
    expect(rec.guards.lawful).toMatchObject({ legalPersons: bv.length, assigned: 0 });
    // The historic policy has no legal-form rule: the written policy adds one, first, for every legal form.
    expect(rec.policy.rules[0]).toMatchObject({ id: 'legal-person', when: { legalForm: { in: ['bv', 'nv', 'foundation', 'association', 'other'] } }, then: { channel: 'not-picked-up' } });
  });

  it('writes a policy that parses and in which every rule carries its evidence', () => {
    const parsed = parsePolicy(JSON.parse(JSON.stringify(rec.policy)));
    expect(parsed.ok).toBe(true);
    const rules = rec.policy.rules;
    expect(rules.slice(0, 3).map((r) => r.id)).toEqual(['legal-person', 'crisis', 'known']);
    for (const rule of rules) expect(rule.source).toBeTruthy();
    // A learned rule gives its cases, rate and interval; the rare group whose signals the current policy
    // sends where nothing can be compared keeps that channel and says there is no evidence.
    for (const rule of rules.slice(3)) {
      expect(rule.source).toMatch(/^(learned from \d+ cases, rate \d\.\d{3} \[\d\.\d{3}, \d\.\d{3}\] \(help accepted via [a-z-]+, 95% interval|kept from .+: no evidence to compare)/);
    }
    expect(rules.filter((r) => r.source!.startsWith('learned from')).length).toBeGreaterThan(rules.length * 0.9);
    expect(rules.some((r) => r.then.ifCapacityLeft === 'home-visit' && /upgraded to home-visit: learned from \d+ cases/.test(r.source!))).toBe(true);
  });

  it('routes the sample through the written policy exactly as the result says', () => {
    const again = replay(sample, { policy: rec.policy, asOf: prepared.asOf });
    rec.routes.forEach((r, i) => {
      if (r.recommended !== null) expect(again.signals[i]!.triage.channel).toBe(r.recommended);
    });
    expect(rec.optimisation.agreement).toBeGreaterThan(0.9);
  });
});
