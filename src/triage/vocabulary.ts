import { type LegalForm, type LocalizedText, type Sector, type SignalKind } from '../model/index.js';
import { text } from '../model/internal.js';

/**
 * Contact channels a triage policy can assign (De signaalreis, 003, "Het contact leggen met de
 * inwoner" and Bijlage 1):
 * - `letter` (brief), `email` (mail), `sms` (sms/app), `phone` (telefoon, often a call centre),
 *   `home-visit` (huisbezoek, HB), `card` (handwritten or personalised card without envelope,
 *   when no contact data is known);
 * - `youth-worker` (jongerenwerker, residents aged 18–27), `case-director` (regisseur, for
 *   crisis signals);
 * - `not-picked-up` (niet opgepakt, e.g. below the municipality's floor),
 *   `known-at-debt-help` (reeds bekend bij schuldhulpverlening), `manual-review` (a person decides).
 * @category Triage vocabulary
 */
export const CHANNELS = [
  'letter', 'email', 'sms', 'phone', 'home-visit', 'card', 'youth-worker', 'case-director',
  'not-picked-up', 'known-at-debt-help', 'manual-review',
] as const;
/** A contact channel. @category Triage vocabulary */
export type Channel = (typeof CHANNELS)[number];

/**
 * Who carries out the contact (De signaalreis, 003: "Wie de uitvoering doet, verschilt per
 * gemeente"): the municipality's early-signalling team, a district team (wijkteam), a call
 * centre, general social work (algemeen maatschappelijk werk), debt-help workers
 * (schuldhulpverleners) or youth workers (jongerenwerkers).
 * @category Triage vocabulary
 */
export const EXECUTORS = ['municipality', 'district-team', 'call-centre', 'social-work', 'debt-help', 'youth-work'] as const;
/** Who carries out a contact. @category Triage vocabulary */
export type Executor = (typeof EXECUTORS)[number];

/**
 * The order a batch is processed in (and so who gets scarce capacity first), one key after the
 * other, highest first; ties are broken by received date, then signal id, then input position.
 * - `crisis`: the signal's kind is one of the policy's `crisisKinds`;
 * - `eviction-notice`, `end-of-supply`, `warm-referral`: the signal is of that kind;
 * - `match`: the resident has signals from two or more creditors;
 * - `housing`: a housing creditor is involved (this signal or the match);
 * - `recidivist`: the resident was signalled before (any earlier signal);
 * - `amount-desc` / `amount-asc`: the resident's amount (summed over a match), high or low first;
 * - `creditors-desc`: more creditors first;
 * - `rule-order`: signals decided by earlier rules first.
 * @category Triage vocabulary
 */
export const PRIORITY_KEYS = [
  'crisis', 'eviction-notice', 'end-of-supply', 'warm-referral', 'match', 'housing', 'recidivist',
  'amount-desc', 'amount-asc', 'creditors-desc', 'rule-order',
] as const;
/** One key of a policy's priority order. @category Triage vocabulary */
export type PriorityKey = (typeof PRIORITY_KEYS)[number];

/** The contact data a channel needs before it can be used. @category Triage vocabulary */
export type ContactNeed = 'phone' | 'email' | 'none';

/**
 * Contact data each channel needs: phone and SMS need a phone number, e-mail needs an e-mail
 * address; letters, cards and visits go to the address every signal has.
 * @category Triage vocabulary
 */
export const CONTACT_NEEDS: Readonly<Record<Channel, ContactNeed>> = {
  letter: 'none',
  email: 'email',
  sms: 'phone',
  phone: 'phone',
  'home-visit': 'none',
  card: 'none',
  'youth-worker': 'none',
  'case-director': 'none',
  'not-picked-up': 'none',
  'known-at-debt-help': 'none',
  'manual-review': 'none',
};

/** Dutch and English names of the channels, for explanations. @category Triage vocabulary */
export const CHANNEL_NAMES: Readonly<Record<Channel, LocalizedText>> = {
  letter: text('brief', 'letter'),
  email: text('e-mail', 'e-mail'),
  sms: text('sms/app', 'SMS/app'),
  phone: text('telefoon', 'phone call'),
  'home-visit': text('huisbezoek', 'home visit'),
  card: text('kaartje', 'card'),
  'youth-worker': text('jongerenwerker', 'youth worker'),
  'case-director': text('regisseur (crisis)', 'case director (crisis)'),
  'not-picked-up': text('niet opgepakt', 'not picked up'),
  'known-at-debt-help': text('reeds bekend bij schuldhulpverlening', 'already known at debt help'),
  'manual-review': text('handmatige beoordeling', 'manual review'),
};

/** Dutch and English names of the executors, for explanations. @category Triage vocabulary */
export const EXECUTOR_NAMES: Readonly<Record<Executor, LocalizedText>> = {
  municipality: text('gemeente (team vroegsignalering)', 'municipality (early-signalling team)'),
  'district-team': text('wijkteam', 'district team'),
  'call-centre': text('callcenter', 'call centre'),
  'social-work': text('algemeen maatschappelijk werk', 'general social work'),
  'debt-help': text('schuldhulpverleners', 'debt-help workers'),
  'youth-work': text('jongerenwerk', 'youth work'),
};

/** Dutch names of creditor sectors, for explanations. @category Triage vocabulary */
export const SECTOR_NAMES_NL: Readonly<Record<Sector, string>> = {
  housing: 'huur', energy: 'energie', water: 'drinkwater', 'health-insurance': 'zorgverzekering', mortgage: 'hypotheek', other: 'overig',
};

/** Dutch names of signal kinds, for explanations. @category Triage vocabulary */
export const KIND_NAMES_NL: Readonly<Record<SignalKind, string>> = {
  early: 'vroegsignaal', 'end-of-supply': 'eindeleveringssignaal', 'warm-referral': 'warme doorverwijzing', 'eviction-notice': 'aanzegging ontruiming', 'cak-list': 'CAK-melding',
};

/** Dutch names of legal forms, for explanations. @category Triage vocabulary */
export const LEGAL_FORM_NAMES_NL: Readonly<Record<LegalForm, string>> = {
  'natural-person': 'natuurlijk persoon', 'sole-trader': 'eenmanszaak', maatschap: 'maatschap', vof: 'vof', cv: 'commanditaire vennootschap',
  bv: 'bv', nv: 'nv', foundation: 'stichting', association: 'vereniging', other: 'overige rechtsvorm',
};

/**
 * Where a triage rule can refer a resident to instead of (or besides) the early-signalling
 * contact: `entrepreneur-desk` — the municipality's help for entrepreneurs (Bbz, ondernemersloket).
 * De signaalreis, 003, Gemeente 3: "Ze ondersteunen ook natuurlijke personen die eigenlijk
 * zakelijk zijn - verwijzen ze door naar andere type hulp (specifiek voor ondernemers)."
 * @category Triage vocabulary
 */
export const REFERRAL_TARGETS = ['entrepreneur-desk'] as const;
/** Where a rule refers a resident to. @category Triage vocabulary */
export type ReferralTarget = (typeof REFERRAL_TARGETS)[number];

/** Dutch and English names of the referral targets. @category Triage vocabulary */
export const REFERRAL_TARGET_NAMES: Readonly<Record<ReferralTarget, LocalizedText>> = {
  'entrepreneur-desk': text('hulp voor ondernemers (Bbz/ondernemersloket)', 'help for entrepreneurs (Bbz / entrepreneurs\' desk)'),
};
