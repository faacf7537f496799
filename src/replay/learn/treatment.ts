/**
 * What a case's history says for learning: which channel led its handling (the "treatment"),
 * whether the resident was reached and accepted help (the outcomes), and which signals are
 * never learned from nor assigned a channel (legal persons, ineligible signals, crisis signals,
 * residents already known at debt help).
 * @module
 */
import { LEGAL_FORMS, type LegalForm, type SignalKind } from '../../model/index.js';
import type { Channel } from '../../triage/index.js';
import type { AttemptChannel } from '../contact-channels.js';
import type { EligibilityCheck } from '../prepare.js';
import type { SampleRecord } from '../sample-schema.js';

/**
 * The channels the learner estimates rates for: the contact channels a triage policy assigns and
 * a sample's attempts record (DDAS `soort`: Brief, Mail, SMS/Whatsapp, Telefoon, Huisbezoek,
 * Kaartje). Youth workers and case directors are executors whose attempts are recorded by their
 * channel, so they are not learned as channels of their own.
 * @category Learning
 */
export const LEARNABLE_CHANNELS = ['letter', 'email', 'sms', 'phone', 'home-visit', 'card'] as const satisfies readonly Channel[];
/** A channel the learner estimates rates for. @category Learning */
export type LearnableChannel = (typeof LEARNABLE_CHANNELS)[number];

/**
 * Which channel led a case with several attempts, strongest first: a visit usually follows a
 * letter and a call, and a call that fails is followed by a message or a card (De signaalreis,
 * Bijlage 1, Gemeente 4: "Telefoon lukt niet → mail/app/sms → handgeschreven kaartje").
 * @category Learning
 */
export const DEFAULT_CHANNEL_RANK: readonly LearnableChannel[] = ['home-visit', 'phone', 'sms', 'email', 'card', 'letter'];

/**
 * How the leading channel of a case is read from its attempts: `strongest` (the highest in the
 * channel rank among its attempts, the default) or `first` (the first attempt with a learnable
 * channel, for histories where a letter is never sent before a call).
 * @category Learning
 */
export type LeadRule = 'strongest' | 'first';

/**
 * Why a signal is kept out of the assignment (and of learning): a legal person (bv, nv and
 * other legal persons may not be followed up under the Wgs unless personally liable), an
 * eligibility check that says no, a crisis signal (it keeps its route), or a resident already
 * known at debt help.
 * @category Learning
 */
export type Exclusion = 'legal-person' | 'ineligible' | 'crisis' | 'known-at-debt-help';

/** Why a case teaches nothing: excluded, no outcome recorded, not picked up, or no attempt with a learnable channel. @category Learning */
export type NotLearned = Exclusion | 'no-outcome' | 'not-picked-up' | 'no-channel';

/** Natural persons, including the business forms De signaalreis counts as such ("Ondernemers en vroegsignalering"). */
const NATURAL_PERSON_FORMS: ReadonlySet<LegalForm> = new Set<LegalForm>(['natural-person', 'sole-trader', 'maatschap', 'vof', 'cv']);

/**
 * The legal forms whose signals are never followed up: every form that is not a natural person
 * (bv, nv, foundation, association, and an unnamed other form, which is not assumed to be a
 * natural person). The recommended policy sets them aside in its first rules (a `legalForm`
 * condition), so the exclusion here and the written policy agree.
 * @category Learning
 */
export const LEGAL_PERSON_FORMS: readonly LegalForm[] = LEGAL_FORMS.filter((f) => !NATURAL_PERSON_FORMS.has(f));

/**
 * Why a record is kept out, or null. A legal person is kept out even when its eligibility check
 * found personal liability: a policy rule cannot see liability, and the presets' convention is
 * that the caller then records the liable natural person as the debtor (docs/triage.md).
 */
export function exclusionOf(record: SampleRecord, check: EligibilityCheck | null, crisisKinds: readonly SignalKind[]): Exclusion | null {
  if (!NATURAL_PERSON_FORMS.has(record.debtor.legalForm)) return 'legal-person';
  if (check?.ok === true && !check.eligible) return 'ineligible';
  if (crisisKinds.includes(record.kind)) return 'crisis';
  if (record.knownAtDebtHelp === true) return 'known-at-debt-help';
  return null;
}

const LEARNABLE: ReadonlySet<AttemptChannel> = new Set<AttemptChannel>(LEARNABLE_CHANNELS);

/** The channel that led a case's attempts, or null when none has a learnable channel. */
export function leadChannel(
  attempts: readonly { readonly channel: AttemptChannel }[],
  lead: LeadRule,
  rank: readonly LearnableChannel[],
): LearnableChannel | null {
  let best: LearnableChannel | null = null;
  for (const a of attempts) {
    if (!LEARNABLE.has(a.channel)) continue;
    const c = a.channel as LearnableChannel;
    if (lead === 'first') return c;
    if (best === null || rank.indexOf(c) < rank.indexOf(best)) best = c;
  }
  return best;
}

/** What one case teaches: its leading channel and whether the resident was reached and accepted help. */
export interface CaseOutcome {
  readonly channel: LearnableChannel;
  readonly reached: boolean;
  readonly accepted: boolean;
}

/** The outcome of a record that is not excluded, or why it teaches nothing. */
export function caseOutcome(record: SampleRecord, lead: LeadRule, rank: readonly LearnableChannel[]): CaseOutcome | NotLearned {
  const o = record.outcome;
  if (o === undefined) return 'no-outcome';
  if (o.class === 'not-picked-up') return 'not-picked-up';
  const channel = leadChannel(o.attempts, lead, rank);
  if (channel === null) return 'no-channel';
  return { channel, reached: o.class === 'reached-no-help' || o.class === 'help-accepted', accepted: o.class === 'help-accepted' };
}
