/**
 * A SYNTHETIC history to test the outcome learner and the policy recommender against a known
 * truth. The signals come from the seeded sample generator (`tools/synthetic/sample.ts`,
 * pseudonymised form); this file adds what a history has and a test needs:
 * - true reach and help-accepted rates per channel for every combination of the features the
 *   learner stratifies on (amount band, single or match, returning, sector, age band, phone
 *   known), from an additive logistic model with channel-specific effects;
 * - a historic policy that sends the hardest cases to home visits (matches, and returning
 *   residents with high arrears: the hardest to reach), calls the larger amounts and writes to
 *   the rest, within capacities, as De signaalreis describes the municipalities doing;
 * - staff deviating from the policy in a share of cases (a random other channel), which is what
 *   gives the learner channels to compare within a stratum;
 * - outcomes drawn from the true rates of the channel each case got, written as contact
 *   attempts (a letter first, then the channel's attempts) as a sample records them;
 * - a few legal persons (bv), to test that they never get a channel.
 * Every record is marked `synthetic: true`.
 */
import { seededRandom } from '../../bench/harness.js';
import {
  parseSample, prepareSample, triageByMonth, compilePolicyRef,
  type PreparedSample, type SampleRecord, type SampleRecordInput,
} from '../../src/replay/index.js';
import type { Capacities, PolicyInput, TriageInput } from '../../src/triage/index.js';
import { generateSample } from '../synthetic/sample.js';

/** The features the truth depends on (and the learner's default strata hold). */
export interface TrueFeatures {
  /** 0: below €100, 1: €100–300, 2: €300–500, 3: €500 and more. */
  readonly amountBand: number;
  readonly match: boolean;
  /** Signalled before within 6 months. */
  readonly returning: boolean;
  readonly sector: string;
  /** 0: 0–17, 1: 18–27, 2: 28–44, 3: 45–66, 4: 67+, 5: unknown. */
  readonly ageBand: number;
  readonly phone: boolean;
  readonly email: boolean;
}

/** The learnable channels the truth knows. */
export const TRUE_CHANNELS = ['letter', 'email', 'sms', 'phone', 'home-visit', 'card'] as const;
/** A channel of the truth. */
export type TrueChannel = (typeof TRUE_CHANNELS)[number];

/** Options of {@link generateHistory}. */
export interface HistoryOptions {
  readonly seed: number;
  /** Signals in the history (default 9,000). */
  readonly signals?: number;
  /** Months of the history (default 18). */
  readonly months?: number;
  /** Share of cases where staff deviate from the policy (default 0.2). */
  readonly deviation?: number;
  /** Share of legal persons (default 0.01). */
  readonly legalPersons?: number;
}

/** A synthetic history with its truth. */
export interface SyntheticHistory {
  readonly records: SampleRecordInput[];
  /** The policy the history was triaged under. */
  readonly historicPolicy: PolicyInput;
  /** Its monthly capacities. */
  readonly capacities: Capacities;
}

const AMOUNT_CUTS = [10_000, 30_000, 50_000];
const AGE_CUTS = [18, 28, 45, 67];

/** The true features of a triage input (written independently of the learner's strata). */
export function trueFeatures(input: TriageInput): TrueFeatures {
  const cents = Math.round(Number(input.signal.arrears.total) * 100);
  const age = input.context?.ageYears;
  return {
    amountBand: AMOUNT_CUTS.filter((c) => cents >= c).length,
    match: input.context?.match?.isMatch === true,
    returning: input.context?.recidivismMonths != null && input.context.recidivismMonths <= 6,
    sector: input.signal.creditor.sector,
    ageBand: age === undefined ? 5 : AGE_CUTS.filter((c) => age >= c).length,
    phone: Boolean(input.signal.debtor.phone),
    email: Boolean(input.signal.debtor.email),
  };
}

const logit = (p: number): number => Math.log(p / (1 - p));
const expit = (x: number): number => 1 / (1 + Math.exp(-x));

const BASE_REACH: Readonly<Record<TrueChannel, number>> = { letter: 0.08, card: 0.12, email: 0.2, sms: 0.26, phone: 0.42, 'home-visit': 0.58 };
const BASE_ACCEPT: Readonly<Record<TrueChannel, number>> = { letter: 0.3, card: 0.3, email: 0.25, sms: 0.25, phone: 0.38, 'home-visit': 0.5 };

/**
 * The true rates of a channel for a case with these features, or null when the channel cannot
 * be used (a call or SMS without a phone number, an e-mail without an address).
 * Hard to reach: matches, returning residents, high arrears; the young answer messages, the old
 * the phone and the door; help is accepted more when arrears are high or several.
 */
export function trueRates(f: TrueFeatures, channel: TrueChannel): { reach: number; help: number } | null {
  if ((channel === 'phone' || channel === 'sms') && !f.phone) return null;
  if (channel === 'email' && !f.email) return null;
  const young = f.ageBand === 1;
  const old = f.ageBand === 4;
  let r = logit(BASE_REACH[channel]) - (f.match ? 0.35 : 0) - (f.returning ? 0.45 : 0) - (f.amountBand === 3 ? 0.2 : 0);
  if (young) r += channel === 'sms' ? 0.6 : channel === 'email' ? 0.3 : channel === 'home-visit' ? -0.4 : 0;
  if (old) r += channel === 'sms' ? -0.9 : channel === 'email' ? -0.7 : channel === 'phone' ? 0.3 : channel === 'home-visit' ? 0.4 : 0;
  if (f.sector === 'housing' && channel === 'home-visit') r += 0.3;
  if (f.returning && channel === 'home-visit') r += 0.5;
  let a = logit(BASE_ACCEPT[channel]) + (f.match ? 0.5 : 0) + (f.amountBand === 3 ? 0.4 : f.amountBand === 0 ? -0.5 : 0) + (f.returning ? 0.2 : 0);
  if (f.sector === 'housing') a += 0.3;
  if (f.sector === 'health-insurance') a -= 0.2;
  const reach = expit(r);
  return { reach, help: reach * expit(a) };
}

/**
 * The historic policy: the hardest cases to home visits, larger amounts called, residents up to
 * 44 with a phone number an SMS, others with an e-mail address above €100 an e-mail, the rest a
 * letter.
 */
export const HISTORIC_POLICY: PolicyInput = {
  name: 'Historisch (synthetisch)',
  version: '1',
  effectiveFrom: '2020-01-01',
  description: 'SYNTHETIC: the hardest cases (matches, returning residents with high arrears) get a home visit.',
  capacity: { 'home-visit': 25, phone: 80 },
  fallbacks: { 'home-visit': { whenFull: 'phone' }, phone: { whenFull: 'letter', whenNoContact: 'letter' }, sms: { whenNoContact: 'letter' } },
  priority: ['crisis', 'match', 'amount-desc'],
  rules: [
    { id: 'crisis', when: { crisis: true }, then: { channel: 'case-director' } },
    { id: 'known', when: { knownAtDebtHelp: true }, then: { channel: 'known-at-debt-help' } },
    { id: 'hv-match', when: { match: true }, then: { channel: 'home-visit' } },
    { id: 'hv-returning-high', when: { recidivism: { withinMonths: 6 }, amount: { atLeast: '500.00' } }, then: { channel: 'home-visit' } },
    { id: 'phone-300', when: { amount: { atLeast: '300.00' } }, then: { channel: 'phone' } },
    { id: 'sms-young', when: { age: { atMost: 44 }, hasPhone: true }, then: { channel: 'sms' } },
    { id: 'email-known', when: { hasEmail: true, amount: { atLeast: '100.00' } }, then: { channel: 'email' } },
  ],
  otherwise: { channel: 'letter' },
};

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Parse records that the generator wrote (all valid by construction). */
export function parseAll(records: readonly SampleRecordInput[]): SampleRecord[] {
  return parseSample(records).map((r, i) => {
    if (!r.ok) throw new Error(`synthetic record ${i} does not parse: ${r.issues.map((x) => x.message).join('; ')}`);
    return r.value;
  });
}

/** Prepare parsed records as the learner does (as of the last signal date). */
export function prepareAll(sample: readonly SampleRecord[]): PreparedSample {
  const asOf = sample.reduce((m, r) => (r.receivedDate > m ? r.receivedDate : m), '');
  return prepareSample(sample, { asOf });
}

/**
 * Generate a synthetic history: signals, the historic channel of each (the policy within its
 * capacities, month by month, or a staff deviation), and outcomes from the true rates.
 * @example
 * const { records, historicPolicy } = generateHistory({ seed: 7 });
 */
export function generateHistory(options: HistoryOptions): SyntheticHistory {
  const rnd = seededRandom(options.seed * 7919 + 17);
  const months = options.months ?? 18;
  const records = generateSample({ seed: options.seed, signals: options.signals ?? 9000, months, personal: false, outcomes: false });
  for (const r of records) if (rnd() < (options.legalPersons ?? 0.01)) (r.debtor as { legalForm?: string }).legalForm = 'bv';
  const prepared = prepareAll(parseAll(records));
  const routes = triageByMonth(prepared, compilePolicyRef(HISTORIC_POLICY), undefined);
  const deviation = options.deviation ?? 0.2;
  records.forEach((record, i) => {
    const route = routes[i]!.channel;
    if (!(TRUE_CHANNELS as readonly string[]).includes(route)) {
      record.outcome = { pickedUp: route !== 'not-picked-up' };
      return;
    }
    const f = trueFeatures(prepared.inputs[i]!);
    let channel = route as TrueChannel;
    if (rnd() < deviation) {
      const possible = TRUE_CHANNELS.filter((c) => trueRates(f, c) !== null);
      channel = possible[Math.floor(rnd() * possible.length)]!;
    }
    const truth = trueRates(f, channel)!;
    const reached = rnd() < truth.reach;
    const accepted = reached && rnd() < truth.help / truth.reach;
    const received = record.receivedDate;
    const attempts: Array<{ date: string; channel: string; reached: boolean }> = [];
    let day = 2 + Math.floor(rnd() * 4);
    if (channel !== 'letter') attempts.push({ date: addDays(received, day), channel: 'letter', reached: false });
    const tries = channel === 'phone' || channel === 'home-visit' ? 1 + Math.floor(rnd() * 3) : 1;
    for (let t = 0; t < tries; t++) {
      day += 2 + Math.floor(rnd() * 5);
      const last = t === tries - 1;
      attempts.push({ date: addDays(received, day), channel, reached: reached && last });
    }
    record.outcome = { pickedUp: true, attempts, helpAccepted: accepted, closedDate: addDays(received, Math.max(28, day + 1)) };
  });
  return { records, historicPolicy: HISTORIC_POLICY, capacities: HISTORIC_POLICY.capacity! };
}
