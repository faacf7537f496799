/**
 * Learning and recommending on a SYNTHETIC history with a known truth (tools/synthetic-history):
 * two years of 500 signals a month, a historic policy that sends the hardest cases to home
 * visits (25 visits, 80 calls a month), staff deviating in a quarter of the cases. Per seed: the
 * time to learn and to recommend (which learns again), the share of 95% intervals that hold the
 * true rate, and the recommended policy's gap to the best achievable under the same monthly
 * capacities, by the true rates. `RECOMMEND_BENCH_SEEDS=7,11,13` runs several seeds and adds the
 * median and worst gap.
 */
import { learnOutcomes } from '../src/replay/learn/outcomes.js';
import { recommendPolicy } from '../src/replay/learn/recommend.js';
import { generateHistory, parseAll, prepareAll, trueFeatures } from '../tools/synthetic-history/history.js';
import { coverageOf, judge } from '../tools/synthetic-history/truth.js';
import { now, round, type Bench } from './harness.js';

const SEEDS = (process.env['RECOMMEND_BENCH_SEEDS'] ?? '7').split(',').map(Number);

const bench: Bench = {
  name: 'recommend',
  run() {
    const runs = SEEDS.map((seed) => {
      const history = generateHistory({ seed, signals: 12_000, months: 24, deviation: 0.25 });
      const sample = parseAll(history.records);
      const features = prepareAll(sample).inputs.map(trueFeatures);
      let t = now();
      const model = learnOutcomes(sample, { historicPolicy: history.historicPolicy });
      const learnMs = now() - t;
      t = now();
      const rec = recommendPolicy(sample, { current: history.historicPolicy, historicPolicy: history.historicPolicy, capacities: history.capacities });
      const recommendMs = now() - t;
      const j = judge(rec, sample, features, history.capacities);
      return {
        seed,
        signals: sample.length,
        strata: model.strata.length,
        learnMs: Math.round(learnMs),
        recommendMs: Math.round(recommendMs),
        coverage: round(coverageOf(rec.outcomes, rec.routes, features).share, 3),
        gapToBest: round(j.gap, 3),
        helpedPerMonth: { recommended: round(j.recommended / rec.tradeOff.months, 3), best: round(j.best / rec.tradeOff.months, 3), historic: round(j.historicPolicy / rec.tradeOff.months, 3) },
        rules: rec.policy.rules.length,
        agreement: round(rec.optimisation.agreement, 3),
      };
    });
    const gaps = runs.map((r) => r.gapToBest).sort((a, b) => a - b);
    return { runs, medianGap: gaps[Math.floor(gaps.length / 2)], worstGap: gaps[gaps.length - 1], goalGap: 0.05 };
  },
};
export default bench;
