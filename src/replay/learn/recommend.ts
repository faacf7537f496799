/**
 * Fallbacks of the written policy: the current policy's for the kept channels; for a scarce
 * channel used by a rule, when full, the unlimited channel that does best for its rules' signals;
 * for a channel that needs contact data, when it is missing, the best channel that needs none.
 */
function fallbacksFor(
  targets: readonly Target[],
  current: Policy,
  keep: ReadonlySet<Channel>,
  allowed: readonly LearnableChannel[],
  capped: (c: Channel) => boolean,
  rate: (stratum: string, c: LearnableChannel) => number,
): PolicyInput['fallbacks'] {
  const bestFor = (from: Channel, candidates: readonly LearnableChannel[]): LearnableChannel | null => {
    let best: { c: LearnableChannel; v: number } | null = null;
    for (const c of candidates) {
      let v = 0;
      for (const t of targets) if (t.channel === from || t.upgrade === from) v += t.mass * rate(t.stratum, c);
      if (!best || v > best.v) best = { c, v };
    }
    return best?.c ?? null;
  };
  const fallbacks: Record<string, { whenFull?: Channel; whenNoContact?: Channel }> = {};
  for (const c of keep) if (current.fallbacks[c]) fallbacks[c] = { ...current.fallbacks[c] };
  for (const c of new Set<Channel>(targets.flatMap((t) => (t.upgrade ? [t.channel, t.upgrade] : [t.channel])))) {
    if (!LEARNABLE.has(c)) continue;
    const need = CONTACT_NEEDS[c];
    const fb: { whenFull?: Channel; whenNoContact?: Channel } = {};
    const full = capped(c) ? bestFor(c, allowed.filter((x) => x !== c && !capped(x) && (CONTACT_NEEDS[x] === 'none' || CONTACT_NEEDS[x] === need))) : null;
    if (full) fb.whenFull = full;
    const noContact = need === 'none' ? null : bestFor(c, allowed.filter((x) => !capped(x) && CONTACT_NEEDS[x] === 'none'));
    if (noContact) fb.whenNoContact = noContact;
    if (fb.whenFull || fb.whenNoContact) fallbacks[c] = fb;
  }
  return fallbacks;
}

/**
 * Recommend the triage policy that helps the most residents within this month's capacity:
 * learn the rates (see `outcomes.ts`), assign each stratum's signals to channels exactly (a
 * transportation problem solved as a minimum-cost flow, with subgroup floors as Lagrange
 * multipliers, see `guards.ts`), write the assignment as a policy in the triage JSON format
 * (see `policy-writer.ts`), triage the sample under it month by month, and show the trade-off
 * against the current policy with intervals from the posterior.
 * @module
 */
import { type IsoDate, type LocalizedText, type Reason } from '../../model/index.js';
import { addMonths, parseOrThrow, reason, text } from '../../model/internal.js';
import {
  CHANNEL_NAMES, parsePolicy, type Capacities, type Channel, type Policy, type PolicyInput, type TriageDecision,
} from '../../triage/index.js';
import { CapacitySchema, CONTACT_NEEDS } from '../../triage/internal.js';
import type { PolicyRef } from '../replay-options.js';
import type { SampleRecord } from '../sample-schema.js';
import { compilePolicyRef, triageByMonth } from '../triage-months.js';
import { betaInterval } from './beta.js';
import { solveGuarded } from './guards.js';
import { learnFromPrepared, OWN_HISTORY, prepareFor, type LearnOptions, type Learning, type OutcomeModel, type RateEstimate } from './outcomes.js';
import { writePolicy, type Target, type TargetEvidence } from './policy-writer.js';
import { simulate, type Comparison, type SimulationCell } from './trade-off.js';
import { LEARNABLE_CHANNELS, type Exclusion, type LearnableChannel } from './treatment.js';

/** What the recommender maximises: help accepted (the default) or reach. @category Learning */
export type Objective = 'help-accepted' | 'reach';

/** A subgroup dimension whose expected reach may not fall far below the current policy's. @category Learning */
export type GuardedSubgroup = 'age' | 'sector' | 'amount';

/** The guards of a recommendation. @category Learning */
export interface RecommendGuards {
  /** Largest loss of expected reach, in percentage points, any subgroup may take (default 5). */
  readonly maxReachLoss?: number;
  /** Subgroup dimensions to guard (default age, sector, amount; those the strata hold). */
  readonly subgroups?: readonly GuardedSubgroup[];
  /**
   * Channels whose rules are kept from the current policy, with the signals they route
   * (default `case-director`, `known-at-debt-help`, `not-picked-up`): crisis signals keep their
   * route, and who is picked up is not learned.
   */
  readonly keep?: readonly Channel[];
}

/** Options of {@link recommendPolicy}. @category Learning */
export interface RecommendOptions extends LearnOptions {
  /** Monthly capacity per channel (e.g. `{ 'home-visit': 20, phone: 50 }`), over the current policy's; absent channels are unlimited. */
  readonly capacities: Capacities;
  /** The current policy: a preset name, a policy, or a compiled policy. */
  readonly current: PolicyRef;
  /** What to maximise (default `help-accepted`). */
  readonly objective?: Objective;
  readonly guards?: RecommendGuards;
  /** Channels the recommendation may assign (default all learnable channels). */
  readonly channels?: readonly LearnableChannel[];
  /**
   * A channel never tried in a stratum: `predict` (the default) values it at what the stratum's
   * features predict (its prior, with that prediction's uncertainty), and the rule's source says
   * so; `exclude` never assigns it there.
   */
  readonly untried?: 'predict' | 'exclude';
  /** Posterior simulation of the trade-off (default 1,000 draws, seed 1). */
  readonly simulation?: { readonly draws?: number; readonly seed?: number };
  /** Name, version and start date of the written policy (defaults: `<current> (geleerd)`, `learned-<last month>`, the next month's first day). */
  readonly policy?: { readonly name?: string; readonly version?: string; readonly effectiveFrom?: IsoDate };
}

/** Why a signal's channel was not up to the recommender. @category Learning */
export type Fixed = Exclusion | 'kept-rule' | 'not-comparable';

/** One signal under both policies. @category Learning */
export interface Route {
  readonly signalId: string;
  /** Its stratum key. */
  readonly stratum: string;
  /** Channel under the current policy (triaged month by month within the capacities). */
  readonly current: Channel;
  /**
   * Channel under the recommended policy: `not-picked-up` for a legal person (the policy's
   * legal-form rule sets it aside); null for an ineligible signal, which the eligibility check
   * takes out before triage (a policy rule cannot test eligibility).
   */
  readonly recommended: Channel | null;
  /** Why the recommender did not choose its channel, or null when it did. */
  readonly fixed: Fixed | null;
}

/** A stratum the recommender assigned: its key, its words, and its signals per month. @category Learning */
export interface StratumRef {
  readonly stratum: string;
  readonly label: LocalizedText;
  /** Signals per month the recommender assigned. */
  readonly signalsPerMonth: number;
}

/** A stratum's signals per month by channel, current and planned. @category Learning */
export interface StratumPlan extends StratumRef {
  readonly current: Readonly<Partial<Record<Channel, number>>>;
  readonly planned: Readonly<Partial<Record<Channel, number>>>;
}

/** A stratum whose channel changes, and why. @category Learning */
export interface StratumChange extends StratumRef {
  /** Share of the stratum per channel, current and planned. */
  readonly from: Readonly<Partial<Record<Channel, number>>>;
  readonly to: Readonly<Partial<Record<Channel, number>>>;
  /** Expected gain in the objective per month (residents helped, or reached). */
  readonly gainPerMonth: number;
  readonly why: LocalizedText;
}

/** A channel's use against its capacity. @category Learning */
export interface ChannelUse {
  readonly channel: Channel;
  /** Monthly capacity, or null when unlimited. */
  readonly capacityPerMonth: number | null;
  /** Current policy: signals per calendar month on average, and in the busiest month. */
  readonly current: { readonly perMonth: number; readonly busiestMonth: number };
  /** Recommended policy as written, triaged month by month; `overflow` moved on because the channel was full. */
  readonly recommended: { readonly perMonth: number; readonly busiestMonth: number; readonly overflow: number };
  /** The optimiser's plan per calendar month on average, including signals it did not move. */
  readonly plannedPerMonth: number;
  /** Value of one more unit of capacity a month, in the objective (0 when not full). */
  readonly shadowPrice: number;
}

/** The trade-off, as plain data for a report. @category Learning */
export interface TradeOff {
  readonly objective: Objective;
  /** Months the sample covers (totals are per month); a month with fewer signals than the median month counts as its share of one. */
  readonly months: number;
  readonly draws: number;
  readonly seed: number;
  readonly level: number;
  /** Expected residents helped per month, current versus recommended. */
  readonly helped: Comparison;
  /** Expected residents reached per month. */
  readonly reached: Comparison;
  readonly channels: readonly ChannelUse[];
  readonly changes: readonly StratumChange[];
  /** What the totals cover. */
  readonly coverage: {
    /** Signals valued on both sides. */
    readonly signals: number;
    /** Signals sent to a channel never tried in their stratum (valued by the channel's prior), per side. */
    readonly extrapolated: { readonly current: number; readonly recommended: number };
    /** Signals left out: kept routes, legal persons and ineligible signals, channels that are not learned. */
    readonly leftOut: number;
  };
}

/** A subgroup's expected reach, current and recommended, against its floor. @category Learning */
export interface FloorCheck {
  readonly dimension: GuardedSubgroup;
  readonly value: string;
  /** Signals per month in the subgroup that the recommender assigned. */
  readonly signalsPerMonth: number;
  readonly current: number;
  readonly floor: number;
  /** In the optimiser's plan. */
  readonly planned: number;
  /** Under the written policy, triaged month by month. */
  readonly policy: number;
  readonly holds: boolean;
}

/** The guards and whether they held. @category Learning */
export interface GuardReport {
  /** Signals routed by kept rules (crisis, known at debt help, not picked up) and how many changed route. */
  readonly keptRoutes: { readonly signals: number; readonly changed: number; readonly rules: readonly string[] };
  /**
   * Legal persons and ineligible signals: never assigned a channel. `assigned` counts the legal
   * persons the written policy itself (triaged again) does not set aside, plus ineligible signals
   * given a channel; 0 when the guard holds.
   */
  readonly lawful: { readonly legalPersons: number; readonly ineligible: number; readonly assigned: number };
  readonly maxReachLoss: number;
  readonly floors: readonly FloorCheck[];
  readonly reasons: readonly Reason[];
}

/** How the assignment was found. @category Learning */
export interface OptimisationReport {
  readonly method: 'min-cost-flow';
  /** The plan's expected objective per month (posterior means). */
  readonly value: number;
  /** The current policy's, on the same signals. */
  readonly currentValue: number;
  /** An upper bound on what any assignment within capacities and floors can reach (per month). */
  readonly bound: number;
  /** (bound − value) / bound: 0 when no floor binds (the flow is then exact). */
  readonly gap: number;
  /** Subgroup floors that bound (non-zero multiplier). */
  readonly bindingFloors: number;
  /** Strata kept on their current channels because a floor could not be met otherwise. */
  readonly pinnedStrata: number;
  /** Share of assigned signals the written policy routes as planned. */
  readonly agreement: number;
}

/** The result of {@link recommendPolicy}. @category Learning */
export interface Recommendation {
  /** The recommended policy, in the triage JSON format (it passes `parsePolicy`). */
  readonly policy: PolicyInput;
  readonly tradeOff: TradeOff;
  readonly plan: readonly StratumPlan[];
  readonly guards: GuardReport;
  readonly optimisation: OptimisationReport;
  readonly outcomes: OutcomeModel;
  readonly routes: readonly Route[];
  readonly reasons: readonly Reason[];
}

/** An upgrade the plan did not ask for is written only when it gains at least this share of the channel's shadow price. */
const EXTRA_UPGRADE_SHARE = 0.75;
const DEFAULT_KEEP: readonly Channel[] = ['case-director', 'known-at-debt-help', 'not-picked-up'];
const DEFAULT_SUBGROUPS: readonly GuardedSubgroup[] = ['age', 'sector', 'amount'];
const LEARNABLE: ReadonlySet<Channel> = new Set<Channel>(LEARNABLE_CHANNELS);

type Outcome = 'reach' | 'helpAccepted';
const outcomeOf = (objective: Objective): Outcome => (objective === 'reach' ? 'reach' : 'helpAccepted');
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

/** The rate of a channel in a stratum to value a route with: the posterior, else the channel's prior, else null. */
function rateFor(learning: Learning, stratum: string, channel: Channel, outcome: Outcome): { alpha: number; beta: number; mean: number; prior: boolean } | null {
  if (!LEARNABLE.has(channel)) return null;
  const c = channel as LearnableChannel;
  const est = learning.byKey.get(stratum)?.channels[c][outcome];
  if (est?.posterior) return { ...est.posterior, mean: est.rate!, prior: false };
  const p = learning.priorOf(learning.cells.get(stratum)!, c, outcome);
  return { ...p, mean: p.alpha / (p.alpha + p.beta), prior: true };
}

function perChannel(counts: ReadonlyMap<Channel, number>, divide: number): Partial<Record<Channel, number>> {
  return Object.fromEntries([...counts.entries()].filter(([, n]) => n > 0).map(([c, n]) => [c, n / divide]));
}

function estimateText(channel: Channel, e: RateEstimate | undefined): LocalizedText {
  const name = CHANNEL_NAMES[channel];
  if (!e || e.rate === null || !e.interval) return text(`${name.nl}: geen bewijs`, `${name.en}: no evidence`);
  const r = `${pct(e.rate)} [${pct(e.interval[0])}, ${pct(e.interval[1])}], n=${e.n}`;
  return text(`${name.nl} ${r}`, `${name.en} ${r}`);
}

/**
 * The months a sample covers: each calendar month counts once, except a month with fewer signals
 * than the median month (the start or end of an export), which counts as its share of it.
 */
function monthsCovered(months: ReadonlyMap<string, readonly number[]>): number {
  const counts = [...months.values()].map((list) => list.length).sort((a, b) => a - b);
  if (counts.length === 0) return 1;
  const median = counts[Math.floor(counts.length / 2)]!;
  return counts.reduce((a, n) => a + Math.min(1, n / median), 0);
}

/** The first day of the month after `month` (`YYYY-MM`). */
function nextMonth(month: string): IsoDate {
  return addMonths(`${month}-01` as IsoDate, 1);
}

interface Work {
  readonly key: string;
  free: number;
  /** Free signals with a phone number, and with an e-mail address. */
  phones: number;
  emails: number;
  readonly current: Map<Channel, number>;
  readonly notComparable: Map<Channel, number>;
}

/**
 * Recommend the triage policy that maximises expected help accepted (or reach) per month within
 * each channel's monthly capacity, learned from the municipality's own history.
 *
 * The rates come from {@link learnOutcomes}. Each stratum's signals are assigned to channels by
 * an exact method: the assignment of stratum mass to channels under capacities is a
 * transportation problem, solved as a minimum-cost flow (whole signals, integral optimum). The
 * guards: rules for crisis signals, residents known at debt help and signals not picked up are
 * kept from the current policy with their routes; no subgroup (age band, sector, amount band)
 * loses more than `maxReachLoss` points of expected reach (Lagrange multipliers, with a bound
 * on the gap); legal persons and ineligible signals are never assigned a channel (rules of law
 * are not learned away: the written policy sets legal persons aside with a `legalForm` rule, the
 * current policy's own or one added for the forms it leaves open). Signals the current policy sends to a channel the recommender cannot
 * compare (never tried in their stratum, or not learnable) keep their channel.
 *
 * The result holds the policy in the triage JSON format, with the evidence of every learned
 * rule in its `source`; the trade-off (expected residents helped per month, current versus
 * recommended, with intervals from a seeded simulation over the posterior; channel use against
 * capacity; the strata that change channel and why); the guards; and every signal's route.
 * Throws `UsageError` for an invalid policy or capacities.
 * @example
 * const rec = recommendPolicy(sample, { current: 'M4', capacities: { 'home-visit': 20, phone: 50 } });
 * writeFileSync('recommended.json', JSON.stringify(rec.policy, null, 2));
 * rec.tradeOff.helped.recommended // { mean, lo, hi } residents helped per month
 * @category Learning
 */
export function recommendPolicy(sample: readonly SampleRecord[], options: RecommendOptions): Recommendation {
  const current = compilePolicyRef(options.current);
  const capacities: Capacities = { ...current.policy.capacity, ...parseOrThrow(CapacitySchema, options.capacities, 'capacities') };
  const objective = options.objective ?? 'help-accepted';
  const outcome = outcomeOf(objective);
  const keep = new Set<Channel>(options.guards?.keep ?? DEFAULT_KEEP);
  const maxLoss = (options.guards?.maxReachLoss ?? 5) / 100;
  const allowed: readonly LearnableChannel[] = LEARNABLE_CHANNELS.filter((c) => (options.channels ?? LEARNABLE_CHANNELS).includes(c));
  const prepared = prepareFor(sample, options);
  const learning = learnFromPrepared(prepared, { ...options, crisisKinds: options.crisisKinds ?? current.policy.crisisKinds });
  const { model } = learning;
  const months = monthsCovered(prepared.months);
  const level = model.level;
  const currentRoutes = triageByMonth(prepared, current, capacities);

  // Which signals the recommender may move; the rest keep their route (or get none).
  const fixed = new Array<Fixed | null>(prepared.records.length);
  const work = new Map<string, Work>();
  const fixedUse = new Map<Channel, number>();
  currentRoutes.forEach((route, i) => {
    const key = learning.keys[i]!;
    const excluded = learning.exclusions[i]!;
    const ruleChannel = route.decided;
    let why: Fixed | null = excluded ?? (keep.has(ruleChannel) || keep.has(route.channel) ? 'kept-rule' : null);
    const est = LEARNABLE.has(route.channel) ? learning.byKey.get(key)?.channels[route.channel as LearnableChannel][outcome] : undefined;
    if (why === null && (!allowed.includes(route.channel as LearnableChannel) || !est || est.evidence === 'none')) why = 'not-comparable';
    fixed[i] = why;
    if (why !== null && why !== 'legal-person' && why !== 'ineligible') fixedUse.set(route.channel, (fixedUse.get(route.channel) ?? 0) + 1);
    if (why !== null && why !== 'not-comparable') return;
    let w = work.get(key);
    if (!w) work.set(key, (w = { key, free: 0, phones: 0, emails: 0, current: new Map(), notComparable: new Map() }));
    if (why === 'not-comparable') w.notComparable.set(route.channel, (w.notComparable.get(route.channel) ?? 0) + 1);
    else {
      const debtor = prepared.inputs[i]!.signal.debtor;
      if (debtor.phone) w.phones++;
      if (debtor.email) w.emails++;
      w.free++;
      w.current.set(route.channel, (w.current.get(route.channel) ?? 0) + 1);
    }
  });

  // The assignment problem over the strata with signals to move.
  const sources = [...work.values()].filter((w) => w.free > 0).sort((a, b) => (a.key < b.key ? -1 : 1));
  const estimateOf = (key: string, c: LearnableChannel, o: Outcome): RateEstimate | undefined => learning.byKey.get(key)?.channels[c][o];
  // A channel that needs contact data only where most of the stratum has it (the rest follow the fallback).
  const reachable = (w: Work, c: LearnableChannel): boolean =>
    CONTACT_NEEDS[c] === 'none' || 2 * (CONTACT_NEEDS[c] === 'phone' ? w.phones : w.emails) >= w.free;
  const predictUntried = (options.untried ?? 'predict') === 'predict';
  const valueTable = (o: Outcome) => sources.map((w) => allowed.map((c) => {
    if (!reachable(w, c) && (w.current.get(c) ?? 0) === 0) return null;
    const e = estimateOf(w.key, c, o);
    if (e && e.evidence !== 'none') return e.rate;
    if (!predictUntried) return null;
    const p = learning.priorOf(learning.cells.get(w.key)!, c, o);
    return p.alpha / (p.alpha + p.beta);
  }));
  const value = valueTable(outcome);
  const reach = valueTable('reach');
  const capPerMonth = (c: Channel): number | null => capacities[c] ?? null;
  const capacity = allowed.map((c) => {
    const cap = capPerMonth(c);
    return cap === null ? Infinity : Math.max(0, Math.floor(cap * months) - (fixedUse.get(c) ?? 0));
  });
  const currentFlow = sources.map((w) => allowed.map((c) => w.current.get(c) ?? 0));
  const subgroups = (options.guards?.subgroups ?? DEFAULT_SUBGROUPS).filter((d) => model.dimensions.includes(d));
  const groupDefs: Array<{ dimension: GuardedSubgroup; value: string; strata: number[] }> = [];
  for (const dimension of subgroups) {
    const byValue = new Map<string, number[]>();
    sources.forEach((w, s) => {
      const v = learning.byKey.get(w.key)!.values[dimension]!;
      byValue.set(v, [...(byValue.get(v) ?? []), s]);
    });
    for (const [v, strata] of [...byValue.entries()].sort()) groupDefs.push({ dimension, value: v, strata });
  }
  const solution = solveGuarded({
    supply: sources.map((w) => w.free), capacity, value, reach, current: currentFlow, groups: groupDefs.map((g) => g.strata), maxLoss,
  });

  // Write the plan as a policy.
  const lastMonth = [...prepared.months.keys()].pop() ?? prepared.asOf.slice(0, 7);
  const capped = (c: Channel): boolean => capPerMonth(c) !== null;
  const targets: Target[] = [];
  for (const w of work.values()) {
    const s = sources.indexOf(w);
    const cell = learning.cells.get(w.key)!;
    const notComparable = [...w.notComparable.values()].reduce((a, b) => a + b, 0);
    if (s < 0 || notComparable > w.free) {
      const [channel] = [...w.notComparable.entries()].sort((a, b) => b[1] - a[1])[0]!;
      targets.push({ stratum: w.key, cell, mass: w.free + notComparable, channel, upgrade: null, gain: 0, evidence: null, upgradeEvidence: null });
      continue;
    }
    // Scarce channels go by upgrade: each rule names the stratum's best unlimited channel and, while
    // capacity is left, the scarce channel the plan gives it. Upgrades are served in rule order
    // (rules ordered by gain), so each month the scarce capacity goes to the largest gains first.
    const row = solution.flow[s]!;
    const v = value[s]!;
    const evidenceOf = (c: LearnableChannel): TargetEvidence => {
      const est = estimateOf(w.key, c, outcome);
      const posterior = est?.posterior ?? learning.priorOf(cell, c, outcome);
      return { cases: est?.n ?? 0, alpha: posterior.alpha, beta: posterior.beta, predicted: !est?.posterior };
    };
    const byValue = (a: { ci: number }, b: { ci: number }): number => v[b.ci]! - v[a.ci]!;
    const usable = allowed.map((c, ci) => ({ c, ci })).filter((x) => v[x.ci] !== null);
    const base = usable.filter((x) => !capped(x.c)).sort(byValue)[0];
    const planned = usable.filter((x) => capped(x.c) && row[x.ci]! > 0).sort((a, b) => row[b.ci]! - row[a.ci]!)[0];
    if (!base) {
      const main = planned ?? usable.sort(byValue)[0]!;
      targets.push({ stratum: w.key, cell, mass: w.free + notComparable, channel: main.c, upgrade: null, gain: 0, evidence: evidenceOf(main.c), upgradeEvidence: null });
      continue;
    }
    // Without a planned scarce channel, upgrade to the one that gains most net of its shadow price, so
    // capacity left in a quiet month still goes where it helps; gains well below the price would
    // hardly ever be served, and are left out to keep the policy short.
    const extra = usable
      .filter((x) => capped(x.c) && v[x.ci]! > v[base.ci]! && v[x.ci]! - v[base.ci]! >= EXTRA_UPGRADE_SHARE * solution.prices[x.ci]!)
      .sort((a, b) => v[b.ci]! - solution.prices[b.ci]! - (v[a.ci]! - solution.prices[a.ci]!))[0];
    const scarce = planned ?? extra;
    targets.push({
      stratum: w.key, cell, mass: w.free + notComparable, channel: base.c, upgrade: scarce?.c ?? null,
      gain: scarce ? v[scarce.ci]! - v[base.ci]! : 0,
      evidence: evidenceOf(base.c),
      upgradeEvidence: scarce ? evidenceOf(scarce.c) : null,
    });
  }
  const fallbacks = fallbacksFor(targets, current.policy, keep, allowed, capped, (stratum, c) => rateFor(learning, stratum, c, outcome)?.mean ?? 0);
  const name = options.policy?.name ?? `${current.policy.name} (geleerd)`;
  const policyInput = writePolicy({
    strata: learning.strata,
    targets,
    current: current.policy,
    keep,
    capacity: capacities,
    fallbacks,
    name,
    version: options.policy?.version ?? `learned-${lastMonth}`,
    effectiveFrom: options.policy?.effectiveFrom ?? nextMonth(lastMonth),
    description:
      `Geleerd uit ${model.population.cases} zaken (${model.population.months[0] ?? '?'} t/m ${lastMonth}) met recommendPolicy; doel: ${objective === 'reach' ? 'bereik' : 'hulpacceptatie'} per maand binnen de capaciteit. ` +
      `Regels voor ${[...keep].join(', ')} komen ongewijzigd uit ${current.label}; geen leeftijdsgroep, sector of bedragklasse verliest meer dan ${Math.round(maxLoss * 100)} punten verwacht bereik. ` +
      'Signalen over rechtspersonen (bv, nv, stichting, vereniging, overige rechtsvorm) worden in de eerste regels niet opgepakt (De signaalreis: "Signalen over rechtspersonen mogen op basis van de Wgs niet worden opgevolgd"); niet-ontvankelijke signalen vallen vóór triage uit via de ontvankelijkheidstoets.',
    source: `Learned from the municipality's own history: ${model.population.cases} cases over ${months.toFixed(1)} months, adjustment ${model.adjustment.method}`,
    objective: objective === 'reach' ? 'reach' : 'help accepted',
    level,
    interval: betaInterval,
  });
  const parsed = parsePolicy(policyInput);
  if (!parsed.ok) throw new Error(`The written policy does not validate: ${parsed.issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`);
  const written = compilePolicyRef(parsed.value);
  const recommendedRoutes = triageByMonth(prepared, written, capacities);

  return assemble({
    learning, sources, allowed, solution, groupDefs, reach, currentRoutes, recommendedRoutes, fixed, months, level, objective, maxLoss,
    capacities, options, policy: policyInput, keepRules: current.policy.rules.filter((r) => keep.has(r.then.channel)).map((r) => r.id),
  });
}

interface AssembleInput {
  readonly learning: Learning;
  readonly sources: readonly Work[];
  readonly allowed: readonly LearnableChannel[];
  readonly solution: ReturnType<typeof solveGuarded>;
  readonly groupDefs: ReadonlyArray<{ dimension: GuardedSubgroup; value: string; strata: number[] }>;
  /** Expected reach per signal of each source stratum on each allowed channel, as the optimiser used it. */
  readonly reach: readonly (readonly (number | null)[])[];
  readonly currentRoutes: readonly TriageDecision[];
  readonly recommendedRoutes: readonly TriageDecision[];
  readonly fixed: readonly (Fixed | null)[];
  readonly months: number;
  readonly level: number;
  readonly objective: Objective;
  readonly maxLoss: number;
  readonly capacities: Capacities;
  readonly options: RecommendOptions;
  readonly policy: PolicyInput;
  readonly keepRules: readonly string[];
}

/** Gather the routes, trade-off, guards and plan into the result. */
function assemble(a: AssembleInput): Recommendation {
  const { learning, sources, allowed, solution, currentRoutes, recommendedRoutes, fixed, months } = a;
  const outcome = outcomeOf(a.objective);
  const records = learning.prepared.records;
  const routes: Route[] = records.map((r, i) => ({
    signalId: r.id,
    stratum: learning.keys[i]!,
    current: currentRoutes[i]!.channel,
    recommended: fixed[i] === 'ineligible' ? null : recommendedRoutes[i]!.channel,
    fixed: fixed[i]!,
  }));

  // Trade-off: value every signal the recommender assigned (or could not compare) on both sides.
  const cells = new Map<string, { help: SimulationCell & { current: number; recommended: number }; reach: SimulationCell & { current: number; recommended: number } }>();
  let valuedSignals = 0;
  let leftOut = 0;
  const extrapolated = { current: 0, recommended: 0 };
  const add = (stratum: string, channel: Channel, side: 'current' | 'recommended'): boolean => {
    const help = rateFor(learning, stratum, channel, 'helpAccepted');
    const reach = rateFor(learning, stratum, channel, 'reach');
    if (!help || !reach) return false;
    const key = `${stratum}#${channel}`;
    let cell = cells.get(key);
    if (!cell) {
      cells.set(key, (cell = {
        help: { alpha: help.alpha, beta: help.beta, current: 0, recommended: 0 },
        reach: { alpha: reach.alpha, beta: reach.beta, current: 0, recommended: 0 },
      }));
    }
    cell.help[side]++;
    cell.reach[side]++;
    if (help.prior) extrapolated[side]++;
    return true;
  };
  routes.forEach((route) => {
    if (route.fixed !== null && route.fixed !== 'not-comparable') {
      leftOut++;
      return;
    }
    const ok = add(route.stratum, route.current, 'current');
    const ok2 = route.recommended !== null && add(route.stratum, route.recommended, 'recommended');
    if (ok && ok2) valuedSignals++;
    else leftOut++;
  });
  const sim = { draws: a.options.simulation?.draws ?? 1000, seed: a.options.simulation?.seed ?? 1, level: a.level, per: months };
  const helped = simulate([...cells.values()].map((c) => c.help), sim);
  const reached = simulate([...cells.values()].map((c) => c.reach), { ...sim, seed: sim.seed + 1 });

  // Channel use against capacity, per calendar month (capacity is given per calendar month).
  const monthOf = records.map((r) => r.receivedDate.slice(0, 7));
  const calendarMonths = Math.max(1, learning.prepared.months.size);
  const useOf = (list: readonly TriageDecision[], channel: Channel) => {
    const byMonth = new Map<string, number>();
    let total = 0;
    let overflow = 0;
    list.forEach((r, i) => {
      if (r.channel === channel) {
        total++;
        byMonth.set(monthOf[i]!, (byMonth.get(monthOf[i]!) ?? 0) + 1);
      }
      if (r.moves.some((m) => m.from === channel && m.because === 'full')) overflow++;
    });
    return { perMonth: total / calendarMonths, busiestMonth: Math.max(0, ...byMonth.values()), overflow };
  };
  const channelSet = new Set<Channel>([...Object.keys(a.capacities) as Channel[], ...currentRoutes.map((r) => r.channel), ...recommendedRoutes.map((r) => r.channel)]);
  const plannedFixed = new Map<Channel, number>();
  routes.forEach((r) => {
    if (r.fixed !== null && r.fixed !== 'legal-person' && r.fixed !== 'ineligible') plannedFixed.set(r.current, (plannedFixed.get(r.current) ?? 0) + 1);
  });
  const channels: ChannelUse[] = [...channelSet].sort().map((channel) => {
    const ci = allowed.indexOf(channel as LearnableChannel);
    const planned = (ci < 0 ? 0 : solution.flow.reduce((s, row) => s + row[ci]!, 0)) + (plannedFixed.get(channel) ?? 0);
    const cur = useOf(currentRoutes, channel);
    return {
      channel,
      capacityPerMonth: a.capacities[channel] ?? null,
      current: { perMonth: cur.perMonth, busiestMonth: cur.busiestMonth },
      recommended: useOf(recommendedRoutes, channel),
      plannedPerMonth: planned / calendarMonths,
      shadowPrice: ci < 0 ? 0 : solution.prices[ci]!,
    };
  });

  // The plan per stratum, the changes and why.
  const plan: StratumPlan[] = [];
  const changes: StratumChange[] = [];
  const objectiveWords = a.objective === 'reach' ? text('bereik', 'reach') : text('hulpacceptatie', 'help accepted');
  sources.forEach((w, s) => {
    const stratum = learning.byKey.get(w.key)!;
    const planned = new Map<Channel, number>(allowed.map((c, ci) => [c, solution.flow[s]![ci]!]));
    plan.push({ stratum: w.key, label: stratum.label, signalsPerMonth: w.free / months, current: perChannel(w.current, months), planned: perChannel(planned, months) });
    const mainOf = (m: ReadonlyMap<Channel, number>): Channel => [...m.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]![0];
    const from = mainOf(w.current);
    const to = mainOf(planned);
    if (from === to) return;
    let gain = 0;
    allowed.forEach((c, ci) => {
      const v = stratum.channels[c][outcome].rate ?? 0;
      gain += v * ((planned.get(c) ?? 0) - (w.current.get(c) ?? 0));
    });
    const fromEst = LEARNABLE.has(from) ? stratum.channels[from as LearnableChannel][outcome] : undefined;
    const toEst = LEARNABLE.has(to) ? stratum.channels[to as LearnableChannel][outcome] : undefined;
    const fromPrice = solution.prices[allowed.indexOf(from as LearnableChannel)] ?? 0;
    const ft = estimateText(from, fromEst);
    const tt = estimateText(to, toEst);
    const capacityNote = (toEst?.rate ?? 0) < (fromEst?.rate ?? 0) && fromPrice > 0
      ? text(` ${CHANNEL_NAMES[from].nl} is vol en levert elders meer op (${fromPrice.toFixed(3)} per inzet extra).`, ` ${CHANNEL_NAMES[from].en} is full and gains more elsewhere (${fromPrice.toFixed(3)} per use).`)
      : text('', '');
    changes.push({
      stratum: w.key,
      label: stratum.label,
      signalsPerMonth: w.free / months,
      from: perChannel(w.current, w.free),
      to: perChannel(planned, w.free),
      gainPerMonth: gain / months,
      why: text(`${objectiveWords.nl}: ${tt.nl} tegen ${ft.nl}.${capacityNote.nl}`, `${objectiveWords.en}: ${tt.en} against ${ft.en}.${capacityNote.en}`),
    });
  });
  changes.sort((x, y) => Math.abs(y.gainPerMonth) - Math.abs(x.gainPerMonth) || (x.stratum < y.stratum ? -1 : 1));

  // Guards.
  const keptSignals = routes.filter((r) => r.fixed === 'kept-rule' || r.fixed === 'crisis' || r.fixed === 'known-at-debt-help');
  const changedKept = keptSignals.filter((r) => r.recommended !== r.current).length;
  const indexOfSource = new Map(sources.map((w, s) => [w.key, s]));
  const floors: FloorCheck[] = a.groupDefs.map((g) => {
    const members = new Set(g.strata);
    let n = 0;
    let cur = 0;
    let pol = 0;
    routes.forEach((r) => {
      if (r.fixed !== null) return;
      const s = indexOfSource.get(r.stratum);
      if (s === undefined || !members.has(s)) return;
      n++;
      cur += rateFor(learning, r.stratum, r.current, 'reach')?.mean ?? 0;
      pol += r.recommended === null ? 0 : (rateFor(learning, r.stratum, r.recommended, 'reach')?.mean ?? 0);
    });
    let planned = 0;
    for (const s of g.strata) allowed.forEach((_, ci) => (planned += solution.flow[s]![ci]! * (a.reach[s]![ci] ?? 0)));
    const current = n === 0 ? 0 : cur / n;
    const floor = current - a.maxLoss;
    const plannedRate = n === 0 ? 0 : planned / n;
    const policyRate = n === 0 ? 0 : pol / n;
    return { dimension: g.dimension, value: g.value, signalsPerMonth: n / months, current, floor, planned: plannedRate, policy: policyRate, holds: plannedRate >= floor - 1e-9 && policyRate >= floor - 1e-9 };
  });
  const legalPersons = routes.filter((r) => r.fixed === 'legal-person').length;
  const ineligible = routes.filter((r) => r.fixed === 'ineligible').length;
  const lawfulAssigned = routes.filter((r) => (r.fixed === 'legal-person' && r.recommended !== 'not-picked-up') || (r.fixed === 'ineligible' && r.recommended !== null)).length;
  const guardReasons: Reason[] = [
    reason('recommend.guard.kept-routes', changedKept === 0 ? 'pass' : 'fail', OWN_HISTORY, text(
      `${keptSignals.length} signalen via de bewaarde regels (${a.keepRules.join(', ') || 'geen'}); ${changedKept} krijgen een andere route.`,
      `${keptSignals.length} signals routed by the kept rules (${a.keepRules.join(', ') || 'none'}); ${changedKept} change route.`,
    ), { signals: keptSignals.length, changed: changedKept }),
    reason('recommend.guard.floors', floors.every((f) => f.holds) ? 'pass' : 'fail', OWN_HISTORY, text(
      `Geen subgroep verliest meer dan ${Math.round(a.maxLoss * 100)} punten verwacht bereik: ${floors.filter((f) => f.holds).length} van ${floors.length} houden stand.`,
      `No subgroup loses more than ${Math.round(a.maxLoss * 100)} points of expected reach: ${floors.filter((f) => f.holds).length} of ${floors.length} hold.`,
    ), { floors: floors.length, holding: floors.filter((f) => f.holds).length }),
    reason('recommend.guard.lawful', lawfulAssigned === 0 ? 'pass' : 'fail', OWN_HISTORY, text(
      `${legalPersons} signalen over rechtspersonen worden door de rechtsvormregel van het aanbevolen beleid niet opgepakt (De signaalreis: "Signalen over rechtspersonen mogen op basis van de Wgs niet worden opgevolgd"), ${lawfulAssigned} krijgen toch een kanaal; ${ineligible} niet-ontvankelijke signalen vallen vóór triage uit (de ontvankelijkheidstoets; een beleidsregel kan die niet toetsen).`,
      `${legalPersons} signals about legal persons are not picked up by the recommended policy's legal-form rule, ${lawfulAssigned} still get a channel; ${ineligible} ineligible signals drop out before triage (the eligibility check; a policy rule cannot test it).`,
    ), { legalPersons, ineligible, assigned: lawfulAssigned }),
  ];

  // Optimisation report.
  const got = new Map<string, number>();
  for (const r of routes) if (r.fixed === null && r.recommended) got.set(`${r.stratum}#${r.recommended}`, (got.get(`${r.stratum}#${r.recommended}`) ?? 0) + 1);
  let assigned = 0;
  let agreeing = 0;
  sources.forEach((w, s) => {
    allowed.forEach((c, ci) => (agreeing += Math.min(solution.flow[s]![ci]!, got.get(`${w.key}#${c}`) ?? 0)));
    assigned += w.free;
  });
  let currentValue = 0;
  sources.forEach((w, s) => allowed.forEach((c) => (currentValue += (w.current.get(c) ?? 0) * (learning.byKey.get(sources[s]!.key)!.channels[c][outcome].rate ?? 0))));
  const optimisation: OptimisationReport = {
    method: 'min-cost-flow',
    value: solution.value / months,
    currentValue: currentValue / months,
    bound: solution.bound / months,
    gap: solution.bound > 0 ? Math.max(0, (solution.bound - solution.value) / solution.bound) : 0,
    bindingFloors: solution.multipliers.filter((m) => m > 0).length,
    pinnedStrata: solution.pinned.length,
    agreement: assigned === 0 ? 1 : agreeing / assigned,
  };
  const reasons: Reason[] = [
    reason('recommend.method', 'info', OWN_HISTORY, text(
      `Toewijzing van groepen aan kanalen binnen de capaciteit als transportprobleem, exact opgelost (minimale-kostenstroom); ${optimisation.bindingFloors} bodems voor subgroepen bonden, kloof tot de bovengrens ${pct(optimisation.gap)}.`,
      `Assignment of groups to channels within capacity as a transportation problem, solved exactly (minimum-cost flow); ${optimisation.bindingFloors} subgroup floors bound, gap to the upper bound ${pct(optimisation.gap)}.`,
    ), { gap: optimisation.gap, agreement: optimisation.agreement }),
    ...learning.model.reasons,
    ...guardReasons,
  ];
  return {
    policy: a.policy,
    tradeOff: {
      objective: a.objective, months, draws: sim.draws, seed: sim.seed, level: a.level, helped, reached, channels, changes,
      coverage: { signals: valuedSignals, extrapolated, leftOut },
    },
    plan,
    guards: {
      keptRoutes: { signals: keptSignals.length, changed: changedKept, rules: a.keepRules },
      lawful: { legalPersons, ineligible, assigned: lawfulAssigned },
      maxReachLoss: a.maxLoss * 100,
      floors,
      reasons: guardReasons,
    },
    optimisation,
    outcomes: learning.model,
    routes,
    reasons,
  };
}
