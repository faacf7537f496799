/**
 * Learn reach and help-accepted rates per channel and per stratum from a sample with outcomes:
 * partial pooling across strata (beta-binomial, empirical Bayes), 95% intervals, an adjustment
 * for the historic assignment, and "no evidence" — never a zero rate — where a channel was not
 * tried.
 * @module
 */
import type { DetectionOptions } from '../../detection/index.js';
import type { EligibilityOptions } from '../../eligibility/index.js';
import { UsageError, type IsoDate, type LocalizedText, type Reason, type SignalKind, type SourceRef } from '../../model/index.js';
import { reason, requireObjects, text } from '../../model/internal.js';
import type { Capacities, Channel, TriageDecision } from '../../triage/index.js';
import { prepareSample, type PreparedSample } from '../prepare.js';
import type { PolicyRef } from '../replay-options.js';
import type { SampleRecord } from '../sample-schema.js';
import { compilePolicyRef, triageByMonth } from '../triage-months.js';
import { fitMeans, posteriorOf, priorModel, productOf, type BetaPrior, type PoolingCentre, type PriorModel } from './pooling.js';
import { refineStrata, type AdjustmentMethod } from './propensity.js';
import { buildStrata, cellOf, keyOf, labelOf, valuesOf, type Strata, type StrataOptions, type StratumDimension } from './strata.js';
import {
  caseOutcome, DEFAULT_CHANNEL_RANK, exclusionOf, LEARNABLE_CHANNELS,
  type CaseOutcome, type Exclusion, type LeadRule, type LearnableChannel, type NotLearned,
} from './treatment.js';

/** Options of {@link learnOutcomes}. @category Learning */
export interface LearnOptions {
  /** How to cut signals into strata (default {@link DEFAULT_STRATA}). */
  readonly strata?: StrataOptions;
  /**
   * The policy the history was triaged under, when known (a preset name, a policy, or a compiled
   * policy). The strata are then refined on the features it used; without it, propensities are
   * estimated per stratum from the observed channel frequencies.
   */
  readonly historicPolicy?: PolicyRef;
  /** Monthly capacities the historic policy ran with, overriding its own. */
  readonly historicCapacities?: Capacities;
  /** How a case's leading channel is read from its attempts (default `strongest`). */
  readonly lead?: LeadRule;
  /** Channel rank for `strongest`, strongest first (default {@link DEFAULT_CHANNEL_RANK}). */
  readonly channelRank?: readonly LearnableChannel[];
  /** What each stratum's prior is centred on: its features' prediction (default) or the channel's overall rate. */
  readonly pooling?: PoolingCentre;
  /** Interval level (default 0.95). */
  readonly level?: number;
  /** Fewer cases than this in a stratum make its evidence `thin` (default 5). */
  readonly minCases?: number;
  /** A channel tried in a smaller share of a stratum's cases than this has `thin` evidence there (default 0.05). */
  readonly minPropensity?: number;
  /** Kinds that are crisis signals, kept out of learning (default eviction notices and end-of-supply signals). */
  readonly crisisKinds?: readonly SignalKind[];
  /** Date for the steps before triage (default: the latest signal date). */
  readonly asOf?: IsoDate;
  /** Options of detection (match and recidivism windows). */
  readonly detection?: Partial<DetectionOptions>;
  /** Options of the eligibility check for records with creditor fields. */
  readonly eligibility?: Omit<EligibilityOptions, 'asOf'>;
}

/** How much a stratum says about a channel: never tried, tried but little, or enough. @category Learning */
export type Evidence = 'none' | 'thin' | 'adequate';

/** How an estimate was made. @category Learning */
export interface EstimateMethod {
  /** Always `beta-binomial`: partial pooling across strata (strength by marginal likelihood), posterior Beta per stratum. */
  readonly pooling: 'beta-binomial';
  /** What the prior is centred on. */
  readonly centre: PoolingCentre;
  readonly adjustment: AdjustmentMethod;
  /** Interval level, e.g. 0.95. */
  readonly level: number;
}

/**
 * One learned rate: n, the posterior mean and its interval, the method and the reasons. With
 * `evidence: 'none'` the rate and interval are null: never tried is not a zero rate.
 * @category Learning
 */
export interface RateEstimate {
  /** Cases in the stratum that the channel led. */
  readonly n: number;
  /** Of those, reached (reach) or accepted help (help accepted). */
  readonly successes: number;
  /** Posterior mean, or null without evidence. */
  readonly rate: number | null;
  /** Central posterior interval, or null without evidence. */
  readonly interval: readonly [number, number] | null;
  /** The raw share successes / n, or null without evidence. */
  readonly observed: number | null;
  /** Posterior Beta parameters, or null without evidence. */
  readonly posterior: { readonly alpha: number; readonly beta: number } | null;
  readonly evidence: Evidence;
  readonly method: EstimateMethod;
  readonly reasons: readonly Reason[];
}

/** A channel in a stratum: how often it was tried there, and its learned rates. @category Learning */
export interface ChannelEstimate {
  readonly channel: LearnableChannel;
  /** Share of the stratum's cases this channel led (the estimated propensity). */
  readonly propensity: number;
  readonly reach: RateEstimate;
  readonly helpAccepted: RateEstimate;
}

/** What was learned about one stratum. @category Learning */
export interface StratumOutcomes {
  /** Stable key, e.g. `amount=300-500|match=no|…`. */
  readonly key: string;
  /** Value per dimension. */
  readonly values: Readonly<Partial<Record<StratumDimension, string>>>;
  readonly label: LocalizedText;
  /** Signals in the stratum that may be assigned a channel (not excluded). */
  readonly signals: number;
  /** Of those, cases with an outcome and a leading channel (learned from). */
  readonly cases: number;
  /** Per channel: propensity and rates. */
  readonly channels: Readonly<Record<LearnableChannel, ChannelEstimate>>;
  /** With a known historic policy: the channel it gave most of the stratum, and that share. */
  readonly historic: { readonly channel: Channel; readonly share: number } | null;
}

/** One outcome of a channel across strata. @category Learning */
export interface ChannelRate {
  /** The fitted prior: the channel's rate across strata and how much strata differ. */
  readonly prior: BetaPrior;
  /** The raw rate over all its cases (confounded by who got the channel), or null when never tried. */
  readonly observed: number | null;
  /**
   * The rate standardised to the signals of the strata where it was tried (each stratum's
   * posterior mean weighted by its signals): what the channel would reach if all of them got it.
   */
  readonly standardised: number | null;
  /** Share of signals in strata where the channel was tried. */
  readonly coverage: number;
}

/** A channel across strata. @category Learning */
export interface ChannelSummary {
  readonly channel: LearnableChannel;
  /** Cases it led. */
  readonly cases: number;
  /** Strata where it was tried. */
  readonly strata: number;
  readonly reach: ChannelRate;
  readonly helpAccepted: ChannelRate;
}

/** How the learner adjusted for the historic assignment, and why. @category Learning */
export interface Adjustment {
  readonly method: AdjustmentMethod;
  /** The historic policy (`name@version`), when known. */
  readonly policy: string | null;
  /** Condition keys the historic policy used. */
  readonly featuresUsed: readonly string[];
  /** How the strata were refined on its features. */
  readonly refined: readonly string[];
  /** Features it used that no stratum holds: confounding within strata remains possible through them. */
  readonly notStratified: readonly string[];
  /** Share of learned cases whose leading channel is the one the historic policy gave (null without it). */
  readonly agreement: number | null;
  /** Share of learned cases in strata where the historic policy chose one channel for everyone (null without it). */
  readonly purity: number | null;
  /** Channel–stratum pairs tried, but in fewer than `minPropensity` of the stratum's cases. */
  readonly lowOverlap: number;
  readonly reasons: readonly Reason[];
}

/** Who the learner learned from. @category Learning */
export interface LearnedPopulation {
  /** Records in the sample. */
  readonly records: number;
  /** Cases learned from. */
  readonly cases: number;
  /** Records not learned from, by reason. */
  readonly notLearned: Readonly<Partial<Record<NotLearned, number>>>;
  /** Months of the sample (`YYYY-MM`), in order. */
  readonly months: readonly string[];
}

/** The result of {@link learnOutcomes}. @category Learning */
export interface OutcomeModel {
  readonly strata: readonly StratumOutcomes[];
  readonly channels: Readonly<Record<LearnableChannel, ChannelSummary>>;
  readonly adjustment: Adjustment;
  readonly population: LearnedPopulation;
  /** The strata options used (after refinement on a historic policy). */
  readonly strataOptions: StrataOptions;
  readonly dimensions: readonly StratumDimension[];
  readonly level: number;
  readonly reasons: readonly Reason[];
}

/** The source of every learned figure: the sample's own outcomes. */
export const OWN_HISTORY: SourceRef = Object.freeze({ id: 'own-history', document: 'Eigen uitkomsten van de gemeente (de steekproef)', clause: 'learnOutcomes' });

/** Crisis kinds when the caller names none: the triage policy's default. */
const DEFAULT_CRISIS_KINDS: readonly SignalKind[] = ['eviction-notice', 'end-of-supply'];

/** Everything learned, per record too, for the recommender. */
export interface Learning {
  readonly prepared: PreparedSample;
  readonly strata: Strata;
  /** Per record: its stratum key. */
  readonly keys: readonly string[];
  /** Per record: why it is excluded from assignment, or null. */
  readonly exclusions: readonly (Exclusion | null)[];
  readonly model: OutcomeModel;
  /** Stratum outcomes by key. */
  readonly byKey: ReadonlyMap<string, StratumOutcomes>;
  /** The cell (value index per dimension) of each stratum key. */
  readonly cells: ReadonlyMap<string, readonly number[]>;
  /** The prior of a channel's rate in a cell (what its features predict), for cells never tried. */
  priorOf(cell: readonly number[], channel: LearnableChannel, outcome: 'reach' | 'helpAccepted'): { readonly alpha: number; readonly beta: number };
}

type Outcome = 'reach' | 'helpAccepted';
const OUTCOMES: readonly Outcome[] = ['reach', 'helpAccepted'];
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

function estimate(
  count: { n: number; k: number }, prior: { alpha: number; beta: number }, method: EstimateMethod, evidence: Evidence, outcome: Outcome, channel: LearnableChannel,
): RateEstimate {
  const what = outcome === 'reach' ? text('bereik', 'reach') : text('hulpacceptatie', 'help accepted');
  const predicted = prior.alpha / (prior.alpha + prior.beta);
  if (count.n === 0) {
    return {
      n: 0, successes: 0, rate: null, interval: null, observed: null, posterior: null, evidence: 'none', method,
      reasons: [reason('learn.no-evidence', 'info', OWN_HISTORY, text(
        `${channel} is in deze groep nooit ingezet: geen bewijs (geen nul). Wat de kenmerken voorspellen (${what.nl} ${pct(predicted)}) is geen bewijs.`,
        `${channel} was never tried in this group: no evidence (not a zero rate). What the features predict (${what.en} ${pct(predicted)}) is not evidence.`,
      ), { channel, predicted })],
    };
  }
  const post = posteriorOf(prior, count.n, count.k, method.level);
  const weight = prior.alpha + prior.beta;
  const reasons = [reason('learn.pooled', 'info', OWN_HISTORY, text(
    `${what.nl} ${pct(post.mean)} [${pct(post.interval[0])}, ${pct(post.interval[1])}]: ${count.k} van ${count.n} zaken in deze groep, samen met een verwachting van ${pct(predicted)} uit de andere groepen (gewicht ${weight.toFixed(1)} zaken).`,
    `${what.en} ${pct(post.mean)} [${pct(post.interval[0])}, ${pct(post.interval[1])}]: ${count.k} of ${count.n} cases in this group, with an expectation of ${pct(predicted)} from the other groups (worth ${weight.toFixed(1)} cases).`,
  ), { n: count.n, successes: count.k, rate: post.mean, lo: post.interval[0], hi: post.interval[1], predicted, priorWeight: weight })];
  if (evidence === 'thin') {
    reasons.push(reason('learn.thin', 'info', OWN_HISTORY, text(
      'Weinig bewijs: weinig zaken, of het kanaal werd hier zelden ingezet; de schatting leunt op de andere groepen.',
      'Thin evidence: few cases, or the channel was rarely tried here; the estimate leans on the other groups.',
    ), { n: count.n }));
  }
  return {
    n: count.n, successes: count.k, rate: post.mean, interval: post.interval, observed: count.k / count.n,
    posterior: { alpha: post.alpha, beta: post.beta }, evidence, method, reasons,
  };
}

interface StratumTally {
  readonly cell: number[];
  signals: number;
  cases: number;
  readonly counts: Record<LearnableChannel, { n: number; reach: number; accepted: number }>;
  readonly historic: Map<Channel, number>;
}

function emptyCounts(): Record<LearnableChannel, { n: number; reach: number; accepted: number }> {
  return Object.fromEntries(LEARNABLE_CHANNELS.map((c) => [c, { n: 0, reach: 0, accepted: 0 }])) as Record<LearnableChannel, { n: number; reach: number; accepted: number }>;
}

function adjustmentReasons(method: AdjustmentMethod, policy: string | null, refined: readonly string[], notStratified: readonly string[], agreement: number | null, lowOverlap: number): Reason[] {
  const out: Reason[] = [];
  if (method === 'historic-policy') {
    out.push(reason('learn.adjustment.historic-policy', 'info', OWN_HISTORY, text(
      `Het historische beleid (${policy}) is bekend en deterministisch: inverse-kansweging is ontaard (kansen 0 of 1). De groepen zijn verfijnd op de kenmerken die het gebruikte${refined.length ? ` (${refined.join('; ')})` : ''}; verschil in kanaal binnen een groep komt van volle capaciteit, ontbrekende contactgegevens en afwijkingen van het beleid (${pct(1 - (agreement ?? 1))} van de zaken).`,
      `The historic policy (${policy}) is known and deterministic: inverse probability weighting is degenerate (propensities 0 or 1). The groups are refined on the features it used${refined.length ? ` (${refined.join('; ')})` : ''}; channels differ within a group only through full capacity, missing contact data and deviations from the policy (${pct(1 - (agreement ?? 1))} of cases).`,
    ), { policy, agreement }));
  } else {
    out.push(reason('learn.adjustment.estimated-propensity', 'info', OWN_HISTORY, text(
      'Het historische beleid is niet opgegeven: de kans op elk kanaal is per groep geschat uit hoe vaak het werd ingezet. Binnen een groep is inverse-kansweging dan gelijk aan het ruwe percentage; over groepen heen zijn de kanaalpercentages gestandaardiseerd.',
      'The historic policy was not given: each channel\'s propensity is estimated per group from how often it was tried. Within a group inverse probability weighting then equals the raw rate; across groups the channel rates are standardised.',
    )));
  }
  if (notStratified.length > 0) {
    out.push(reason('learn.adjustment.not-stratified', 'info', OWN_HISTORY, text(
      `Het historische beleid gebruikte kenmerken die de groepen niet bevatten (${notStratified.join(', ')}): binnen groepen kan daardoor nog vertekening zitten.`,
      `The historic policy used features the groups do not hold (${notStratified.join(', ')}): confounding within groups remains possible through them.`,
    ), { features: notStratified.join(', ') }));
  }
  if (lowOverlap > 0) {
    out.push(reason('learn.low-overlap', 'info', OWN_HISTORY, text(
      `${lowOverlap} combinaties van groep en kanaal zijn zelden ingezet (weinig overlap); hun schattingen leunen op de andere groepen.`,
      `${lowOverlap} group–channel pairs were rarely tried (little overlap); their estimates lean on the other groups.`,
    ), { pairs: lowOverlap }));
  }
  out.push(reason('learn.assumptions', 'info', OWN_HISTORY, text(
    'Aannames: geen vertekening door kenmerken buiten de groepen (wie welk kanaal kreeg hing alleen af van de vastgelegde kenmerken), en percentages die in de tijd gelijk blijven. Toets dit met een splitsing in de tijd (validateTimeSplit).',
    'Assumptions: no unmeasured confounding beyond the recorded features (who got which channel depended only on them), and rates that are stable over time. Check with a time split (validateTimeSplit).',
  )));
  return out;
}

/**
 * Learn from a prepared sample (see `prepareSample`): the model, and per record its stratum and
 * exclusion, for the recommender.
 */
export function learnFromPrepared(prepared: PreparedSample, options: LearnOptions = {}): Learning {
  const level = options.level ?? 0.95;
  if (!(level > 0 && level < 1)) throw new RangeError('level must be between 0 and 1');
  const minCases = options.minCases ?? 5;
  const minPropensity = options.minPropensity ?? 0.05;
  const lead = options.lead ?? 'strongest';
  const rank = options.channelRank ?? DEFAULT_CHANNEL_RANK;
  const crisisKinds = options.crisisKinds ?? DEFAULT_CRISIS_KINDS;
  const records = prepared.records;

  const historic = options.historicPolicy === undefined ? null : compilePolicyRef(options.historicPolicy);
  const refinement = historic ? refineStrata(options.strata ?? {}, historic.policy) : null;
  const strata = buildStrata(refinement?.options ?? options.strata ?? {});
  const routes: TriageDecision[] | null = historic ? triageByMonth(prepared, historic, options.historicCapacities) : null;

  const tallies = new Map<string, StratumTally>();
  const keys = new Array<string>(records.length);
  const exclusions = new Array<Exclusion | null>(records.length);
  const notLearned: Partial<Record<NotLearned, number>> = {};
  let cases = 0;
  let agreeing = 0;
  for (let i = 0; i < records.length; i++) {
    const record = records[i]!;
    const cell = cellOf(strata, prepared.inputs[i]!);
    const key = keyOf(strata, cell);
    keys[i] = key;
    const excluded = exclusionOf(record, prepared.eligibility[i]!, crisisKinds);
    exclusions[i] = excluded;
    if (excluded) {
      notLearned[excluded] = (notLearned[excluded] ?? 0) + 1;
      continue;
    }
    let t = tallies.get(key);
    if (!t) tallies.set(key, (t = { cell, signals: 0, cases: 0, counts: emptyCounts(), historic: new Map() }));
    t.signals++;
    const outcome: CaseOutcome | NotLearned = caseOutcome(record, lead, rank);
    if (typeof outcome === 'string') {
      notLearned[outcome] = (notLearned[outcome] ?? 0) + 1;
      continue;
    }
    cases++;
    t.cases++;
    const c = t.counts[outcome.channel];
    c.n++;
    if (outcome.reached) c.reach++;
    if (outcome.accepted) c.accepted++;
    if (routes) {
      const channel = routes[i]!.channel;
      t.historic.set(channel, (t.historic.get(channel) ?? 0) + 1);
      if (channel === outcome.channel) agreeing++;
    }
  }

  const method = historic ? 'historic-policy' : 'estimated-propensity';
  const centre = options.pooling ?? 'features';
  const tallyList = [...tallies.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const offsets: number[] = [];
  const dimensionOf: number[] = [];
  strata.dimensions.forEach((d, di) => {
    offsets.push(dimensionOf.length);
    for (let v = 0; v < d.values.length; v++) dimensionOf.push(di);
  });
  const columnsOf = (cell: readonly number[]): number[] => cell.map((v, i) => offsets[i]! + v);
  // Help accepted = reached × accepted once reached: the reach model rests on many more events.
  const rowsOf = (count: (c: { n: number; reach: number; accepted: number }) => { n: number; k: number }) =>
    LEARNABLE_CHANNELS.map((channel) => tallyList.map(([, t]) => ({ ...count(t.counts[channel]), columns: columnsOf(t.cell) })));
  const reachRows = rowsOf((c) => ({ n: c.n, k: c.reach }));
  const helpRows = rowsOf((c) => ({ n: c.n, k: c.accepted }));
  const reachMeans = fitMeans(reachRows, dimensionOf, centre);
  const acceptMeans = fitMeans(rowsOf((c) => ({ n: c.reach, k: c.accepted })), dimensionOf, centre);
  const priors = Object.fromEntries(LEARNABLE_CHANNELS.map((channel, c) => [channel, {
    reach: priorModel(reachRows[c]!, reachMeans[c]!, centre),
    helpAccepted: priorModel(helpRows[c]!, productOf(reachMeans[c]!, acceptMeans[c]!), centre),
  }])) as Record<LearnableChannel, Record<Outcome, PriorModel>>;
  const methods = Object.fromEntries(LEARNABLE_CHANNELS.map((channel) => [channel, Object.freeze({
    pooling: 'beta-binomial', centre, adjustment: method, level,
  })])) as Record<LearnableChannel, EstimateMethod>;

  let lowOverlap = 0;
  let pureCases = 0;
  const strataOut: StratumOutcomes[] = tallyList.map(([key, t]) => {
    const channels = Object.fromEntries(LEARNABLE_CHANNELS.map((channel) => {
      const c = t.counts[channel];
      const propensity = t.cases === 0 ? 0 : c.n / t.cases;
      const rare = c.n > 0 && propensity < minPropensity;
      if (rare) lowOverlap++;
      const evidence: Evidence = c.n === 0 ? 'none' : c.n < minCases || rare ? 'thin' : 'adequate';
      return [channel, {
        channel,
        propensity,
        reach: estimate({ n: c.n, k: c.reach }, priors[channel].reach.priorOf(columnsOf(t.cell)), methods[channel], evidence, 'reach', channel),
        helpAccepted: estimate({ n: c.n, k: c.accepted }, priors[channel].helpAccepted.priorOf(columnsOf(t.cell)), methods[channel], evidence, 'helpAccepted', channel),
      } satisfies ChannelEstimate];
    })) as Record<LearnableChannel, ChannelEstimate>;
    let top: { channel: Channel; share: number } | null = null;
    for (const [channel, n] of t.historic) if (!top || n / t.cases > top.share) top = { channel, share: n / t.cases };
    if (top && t.historic.size === 1) pureCases += t.cases;
    return { key, values: valuesOf(strata, t.cell), label: labelOf(strata, t.cell), signals: t.signals, cases: t.cases, channels, historic: top };
  });

  const totalSignals = strataOut.reduce((a, s) => a + s.signals, 0);
  const channelSummaries = Object.fromEntries(LEARNABLE_CHANNELS.map((channel) => {
    const tried = strataOut.filter((s) => s.channels[channel].reach.n > 0);
    const triedSignals = tried.reduce((a, s) => a + s.signals, 0);
    const rate = (o: Outcome): ChannelRate => {
      const n = tried.reduce((a, s) => a + s.channels[channel][o].n, 0);
      const k = tried.reduce((a, s) => a + s.channels[channel][o].successes, 0);
      const standardised = triedSignals === 0 ? null : tried.reduce((a, s) => a + s.signals * s.channels[channel][o].rate!, 0) / triedSignals;
      return { prior: priors[channel][o].summary, observed: n === 0 ? null : k / n, standardised, coverage: totalSignals === 0 ? 0 : triedSignals / totalSignals };
    };
    return [channel, {
      channel, cases: tried.reduce((a, s) => a + s.channels[channel].reach.n, 0), strata: tried.length, reach: rate('reach'), helpAccepted: rate('helpAccepted'),
    } satisfies ChannelSummary];
  })) as Record<LearnableChannel, ChannelSummary>;

  const agreement = historic ? (cases === 0 ? null : agreeing / cases) : null;
  const adjustment: Adjustment = {
    method,
    policy: historic?.label ?? null,
    featuresUsed: refinement?.featuresUsed ?? [],
    refined: refinement?.refined ?? [],
    notStratified: refinement?.notStratified ?? [],
    agreement,
    purity: historic ? (cases === 0 ? null : pureCases / cases) : null,
    lowOverlap,
    reasons: adjustmentReasons(method, historic?.label ?? null, refinement?.refined ?? [], refinement?.notStratified ?? [], agreement, lowOverlap),
  };
  const model: OutcomeModel = {
    strata: strataOut,
    channels: channelSummaries,
    adjustment,
    population: { records: records.length, cases, notLearned, months: [...prepared.months.keys()] },
    strataOptions: strata.options,
    dimensions: strata.dimensions.map((d) => d.key),
    level,
    reasons: adjustment.reasons,
  };
  const cells = new Map(tallyList.map(([key, t]) => [key, t.cell]));
  return {
    prepared, strata, keys, exclusions, model, cells,
    byKey: new Map(strataOut.map((s) => [s.key, s])),
    priorOf: (cell, channel, o) => priors[channel][o].priorOf(columnsOf(cell)),
  };
}

/** The latest signal date of a sample (the default `asOf`). */
export function latestDate(sample: readonly SampleRecord[]): IsoDate {
  let max = '';
  for (const r of sample) if (r.receivedDate > max) max = r.receivedDate;
  return max as IsoDate;
}

/**
 * Learn reach and help-accepted rates per channel and per stratum from a sample with outcomes
 * (or an imported xxllnc export). Each case's channel is the one that led its attempts
 * (`strongest` by default: a visit after a letter counts as a visit). Small strata borrow from
 * the others through a beta-binomial prior fitted per channel across strata (empirical Bayes);
 * every estimate carries n, its posterior mean, a 95% interval, the method and reasons. A
 * channel never tried in a stratum has `evidence: 'none'` and no rate. With `historicPolicy`
 * the strata are refined on the features that policy used (inverse probability weighting is
 * degenerate for a deterministic policy); without it, propensities are estimated per stratum.
 * Legal persons, ineligible signals, crisis signals and residents known at debt help are not
 * learned from. Throws `UsageError` for an empty sample or an invalid historic policy.
 * @example
 * const model = learnOutcomes(sample, { historicPolicy: 'M4' });
 * const phone = model.strata[0]?.channels.phone.helpAccepted; // { n, rate, interval, evidence, … }
 * model.channels['home-visit'].helpAccepted.standardised // home visits' rate for everyone, not only the hardest cases
 * @category Learning
 */
export function learnOutcomes(sample: readonly SampleRecord[], options: LearnOptions = {}): OutcomeModel {
  return learnFromPrepared(prepareFor(sample, options), options).model;
}

/** Run the steps before triage for learning; throws `UsageError` for an empty sample. */
export function prepareFor(sample: readonly SampleRecord[], options: Pick<LearnOptions, 'asOf' | 'detection' | 'eligibility'>): PreparedSample {
  requireObjects(sample, 'sample', 'parsed sample records (parseSample)');
  if (sample.length === 0) {
    throw new UsageError('sample', [{ code: 'empty_sample', path: [], field: '(sample)', label: 'steekproef', message: 'There is nothing to learn from: the sample has no records (steekproef)' }]);
  }
  return prepareSample(sample, {
    asOf: options.asOf ?? latestDate(sample),
    ...(options.detection ? { detection: options.detection } : {}),
    ...(options.eligibility ? { eligibility: options.eligibility } : {}),
  });
}
