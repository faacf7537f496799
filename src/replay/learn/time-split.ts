/**
 * Validate learned rates with a time split: learn on the first months, then compare what was
 * learned with what happened in the later months, per channel. The later months' cases are
 * valued with the strata and rates of the earlier months (their own outcomes are not used), so
 * the comparison tests the two assumptions the recommender rests on: no unmeasured confounding
 * beyond the strata, and rates that stay the same over time.
 * @module
 */
import { type IsoDate, type Reason } from '../../model/index.js';
import { reason, text } from '../../model/internal.js';
import type { PreparedSample } from '../prepare.js';
import type { SampleRecord } from '../sample-schema.js';
import { betaInterval } from './beta.js';
import { learnFromPrepared, OWN_HISTORY, prepareFor, type LearnOptions } from './outcomes.js';
import { cellOf, keyOf } from './strata.js';
import type { Interval } from './trade-off.js';
import { caseOutcome, DEFAULT_CHANNEL_RANK, exclusionOf, LEARNABLE_CHANNELS, type LearnableChannel } from './treatment.js';

/** Options of {@link validateTimeSplit}. @category Learning */
export interface TimeSplitOptions extends LearnOptions {
  /** First date of the evaluation period; by default the first day of the month that halves the sample's months. */
  readonly splitDate?: IsoDate;
}

/** One outcome of one channel: learned on the past versus observed in the future. @category Learning */
export interface SplitComparison {
  /** The mean of the learned rates of the future cases' strata, with its posterior interval (a Beta with the same mean and variance); null without future cases. */
  readonly learned: Interval | null;
  /** The future cases' observed rate, with its interval (Jeffreys); null without future cases. */
  readonly observed: Interval | null;
  /** Where the observed rate should fall if the learned rates hold: the learned uncertainty plus binomial noise (a Beta with that mean and variance). */
  readonly predicted: Interval | null;
  /** Whether the observed rate lies within `predicted` (within half a case). */
  readonly consistent: boolean | null;
}

/** One channel in a time split. @category Learning */
export interface ChannelSplit {
  readonly channel: LearnableChannel;
  /** Cases in the past that the channel led. */
  readonly pastCases: number;
  /** Cases in the future that the channel led. */
  readonly futureCases: number;
  /** Future cases in strata where the past never tried the channel (valued by what the features predict). */
  readonly extrapolated: number;
  readonly helpAccepted: SplitComparison;
  readonly reach: SplitComparison;
}

/** The result of {@link validateTimeSplit}. @category Learning */
export interface TimeSplitValidation {
  readonly splitDate: IsoDate;
  /** Months learned on and months evaluated (`YYYY-MM`). */
  readonly pastMonths: readonly string[];
  readonly futureMonths: readonly string[];
  readonly pastCases: number;
  readonly futureCases: number;
  readonly level: number;
  readonly channels: readonly ChannelSplit[];
  readonly reasons: readonly Reason[];
}

/** A prepared sample restricted to some of its records (in order). */
function subset(prepared: PreparedSample, keep: readonly number[]): PreparedSample {
  const months = new Map<string, number[]>();
  keep.forEach((i, j) => {
    const month = prepared.records[i]!.receivedDate.slice(0, 7);
    let list = months.get(month);
    if (!list) months.set(month, (list = []));
    list.push(j);
  });
  return {
    records: keep.map((i) => prepared.records[i]!),
    inputs: keep.map((i) => prepared.inputs[i]!),
    eligibility: keep.map((i) => prepared.eligibility[i]!),
    register: keep.map((i) => prepared.register[i]!),
    detection: keep.map((i) => prepared.detection[i]!),
    months,
    asOf: prepared.asOf,
  };
}

/** The Jeffreys interval of k in n, with the usual ends at 0 of n and n of n (Brown, Cai & DasGupta 2001). */
function jeffreys(k: number, n: number, level: number): Interval {
  const [lo, hi] = betaInterval(k + 0.5, n - k + 0.5, level);
  return { mean: k / n, lo: k === 0 ? 0 : lo, hi: k === n ? 1 : hi };
}

/** The central interval of a Beta with this mean and variance. */
function momentInterval(mean: number, variance: number, level: number): Interval {
  const strength = Math.max(1e-6, (mean * (1 - mean)) / Math.max(variance, 1e-12) - 1);
  const [lo, hi] = betaInterval(Math.max(1e-9, mean * strength), Math.max(1e-9, (1 - mean) * strength), level);
  return { mean, lo, hi };
}

/** Cases of the future per stratum, with the Beta of the learned rate there. */
type Cells = Map<string, { readonly alpha: number; readonly beta: number; count: number }>;

/**
 * Learn on the months before `splitDate` and compare, per channel, the learned acceptance (and
 * reach) of the later cases with what was observed for them. The later cases are placed in the
 * strata learned on the past (detection runs over the whole sample, so a later signal still
 * sees its resident's earlier ones). Returns, per channel, the learned rate with its posterior
 * interval, the observed rate with its interval, and whether the observed rate falls where the
 * learned rates say it should.
 * @example
 * const v = validateTimeSplit(sample, { splitDate: '2023-09-01' });
 * for (const c of v.channels) console.log(c.channel, c.helpAccepted.learned, c.helpAccepted.observed);
 * @category Learning
 */
export function validateTimeSplit(sample: readonly SampleRecord[], options: TimeSplitOptions = {}): TimeSplitValidation {
  const prepared = prepareFor(sample, options);
  const months = [...prepared.months.keys()];
  const splitDate = options.splitDate ?? (`${months[Math.ceil(months.length / 2)] ?? months[months.length - 1] ?? '1970-01'}-01` as IsoDate);
  const past: number[] = [];
  const future: number[] = [];
  prepared.records.forEach((r, i) => (r.receivedDate < splitDate ? past : future).push(i));
  const learning = learnFromPrepared(subset(prepared, past), options);
  const level = learning.model.level;
  const lead = options.lead ?? 'strongest';
  const rank = options.channelRank ?? DEFAULT_CHANNEL_RANK;
  const crisis = options.crisisKinds ?? ['eviction-notice', 'end-of-supply'];
  const per = Object.fromEntries(LEARNABLE_CHANNELS.map((c) => [c, { n: 0, reached: 0, accepted: 0, extrapolated: 0, help: new Map() as Cells, reach: new Map() as Cells }]));
  let futureCases = 0;
  for (const i of future) {
    const record = prepared.records[i]!;
    if (exclusionOf(record, prepared.eligibility[i]!, crisis) !== null) continue;
    const outcome = caseOutcome(record, lead, rank);
    if (typeof outcome === 'string') continue;
    futureCases++;
    const cell = cellOf(learning.strata, prepared.inputs[i]!);
    const key = keyOf(learning.strata, cell);
    const tally = per[outcome.channel]!;
    tally.n++;
    if (outcome.reached) tally.reached++;
    if (outcome.accepted) tally.accepted++;
    const estimates = learning.byKey.get(key)?.channels[outcome.channel];
    if (!estimates?.helpAccepted.posterior) tally.extrapolated++;
    for (const o of ['helpAccepted', 'reach'] as const) {
      const posterior = estimates?.[o].posterior ?? learning.priorOf(cell, outcome.channel, o);
      const cells = o === 'helpAccepted' ? tally.help : tally.reach;
      const c = cells.get(key) ?? { alpha: posterior.alpha, beta: posterior.beta, count: 0 };
      c.count++;
      cells.set(key, c);
    }
  }
  const compare = (cells: Cells, k: number, n: number): SplitComparison => {
    if (n === 0) return { learned: null, observed: null, predicted: null, consistent: null };
    // The learned mean over these cases is a weighted sum of independent Betas: its mean and variance.
    let mean = 0;
    let variance = 0;
    for (const c of cells.values()) {
      const s = c.alpha + c.beta;
      mean += (c.count / n) * (c.alpha / s);
      variance += (c.count / n) ** 2 * ((c.alpha * c.beta) / (s * s * (s + 1)));
    }
    const observed = jeffreys(k, n, level);
    const predicted = momentInterval(mean, variance + (mean * (1 - mean)) / n, level);
    // Counts are whole: half a case either side of the observed rate (so 0 of 144 is consistent with 0.1%).
    const consistent = observed.mean + 0.5 / n >= predicted.lo && observed.mean - 0.5 / n <= predicted.hi;
    return { learned: momentInterval(mean, variance, level), observed, predicted, consistent };
  };
  const channels: ChannelSplit[] = LEARNABLE_CHANNELS.map((channel) => {
    const t = per[channel]!;
    return {
      channel,
      pastCases: learning.model.channels[channel].cases,
      futureCases: t.n,
      extrapolated: t.extrapolated,
      helpAccepted: compare(t.help, t.accepted, t.n),
      reach: compare(t.reach, t.reached, t.n),
    };
  });
  const inconsistent = channels.filter((c) => c.helpAccepted.consistent === false).map((c) => c.channel);
  const reasons: Reason[] = [
    reason('learn.time-split', inconsistent.length === 0 ? 'pass' : 'fail', OWN_HISTORY, text(
      `Geleerd op ${learning.model.population.cases} zaken vóór ${splitDate}, getoetst op ${futureCases} zaken daarna. ${inconsistent.length === 0 ? 'Per kanaal valt de waargenomen hulpacceptatie binnen wat het geleerde voorspelt.' : `Buiten de voorspelling: ${inconsistent.join(', ')} — de percentages veranderden in de tijd, of er is vertekening buiten de groepen.`}`,
      `Learned on ${learning.model.population.cases} cases before ${splitDate}, tested on ${futureCases} cases after. ${inconsistent.length === 0 ? 'Per channel the observed help accepted falls within what the learned rates predict.' : `Outside the prediction: ${inconsistent.join(', ')} — rates changed over time, or there is confounding beyond the groups.`}`,
    ), { splitDate, inconsistent: inconsistent.join(', ') }),
  ];
  return {
    splitDate,
    pastMonths: months.filter((m) => `${m}-01` < splitDate),
    futureMonths: months.filter((m) => `${m}-01` >= splitDate),
    pastCases: learning.model.population.cases,
    futureCases,
    level,
    channels,
    reasons,
  };
}
