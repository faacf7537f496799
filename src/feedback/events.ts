import { z } from 'zod';
import { isIsoDate } from '../model/index.js';
import { type Result } from '../model/index.js';
import { issuesFromZod } from '../model/internal.js';
import { CaseSignalSchema, CASE_SIGNAL_LABELS } from './case-signal.js';
import { CONTACT_CHANNEL_NAMES } from './channels.js';
import { FEEDBACK_CODE_NAMES } from './codes.js';

/**
 * What can happen to a case. The transition table ({@link TRANSITIONS}) says in which states
 * each is allowed and where it leads.
 * @category Lifecycle
 */
export const CASE_EVENT_TYPES = [
  'register-matched', 'register-fallout', 'register-manual-review',
  'picked-up', 'known-at-debt-help', 'not-picked-up', 'unjustified', 'repeated-signal',
  'contact-not-reached', 'contact-reached', 'contact-given-up', 'contact-lost',
  'help-accepted', 'help-declined', 'own-action', 'other-trajectory', 'help-completed',
  'deceased', 'moved-away', 'auto-close', 'signal-added', 'feedback-sent',
  'plan-ready', 'data-quality-note',
] as const;
/** A case event type. @category Lifecycle */
export type CaseEventType = (typeof CASE_EVENT_TYPES)[number];

/**
 * What accepted help led to, as DDAS v1.2 distinguishes it (`EnumEindresultaat`).
 * @category Lifecycle
 */
export const HELP_RESULTS = [
  'advice-or-quick-fix', 'follow-up', 'follow-up-financial', 'follow-up-non-financial', 'referral-without-resident',
] as const;
/** A help result. @category Lifecycle */
export type HelpResult = (typeof HELP_RESULTS)[number];

/**
 * What a register (BRP) fallout turned out to be, when the municipality reviewed it (De
 * signaalreis, BRP-controle: Haarlem found 10 of 40 fallouts to be real residents, and among the
 * right ones a garage box and residents who had moved):
 * - `not-resident`: the person does not (or no longer) live in the municipality;
 * - `not-a-dwelling`: the address is not living space (e.g. a garage box): the signal should not
 *   have been sent under the Bgs;
 * - `not-reviewed`: dropped without review (the default) — it may well be a resident.
 * A fallout that turns out to be a resident is not a fallout: review it (`register-manual-review`)
 * and continue with `register-matched`.
 * @category Lifecycle
 */
export const REGISTER_FALLOUT_FINDINGS = ['not-resident', 'not-a-dwelling', 'not-reviewed'] as const;
/** A register fallout finding. @category Lifecycle */
export type RegisterFalloutFinding = (typeof REGISTER_FALLOUT_FINDINGS)[number];

/**
 * What a municipality can tell a creditor about the data of a signal, beside the feedback code
 * (De signaalreis, 003, Bijlage 1, terugkoppeling van gemeente aan zorgverzekeraars: "Soms wordt via mail gemeld: Contactgegevens
 * kloppen niet; Adres klopt niet meer; Zonder vast verblijfadres. Dan wordt dit aangepast of
 * (adressen) geblokkeerd voor aanlevering."):
 * - `contact-data-wrong`: the phone number or e-mail address is wrong;
 * - `address-outdated`: the resident no longer lives at the address;
 * - `no-fixed-address`: the resident has no fixed address.
 * @category Feedback
 */
export const DATA_QUALITY_NOTES = ['contact-data-wrong', 'address-outdated', 'no-fixed-address'] as const;
/** A data-quality note. @category Feedback */
export type DataQualityNote = (typeof DATA_QUALITY_NOTES)[number];

const INSTANT_RE = /^(\d{4}-\d{2}-\d{2})T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)$/;

/**
 * An instant with an explicit offset (`2025-05-02T09:30:00+02:00` or `…Z`); out: UTC ISO
 * (`2025-05-02T07:30:00.000Z`), so that instants compare as strings.
 * @category Lifecycle
 */
export const InstantField = z.string().transform((value, ctx) => {
  const m = INSTANT_RE.exec(value);
  // Date.parse rolls 30 February over to 2 March: check the calendar date first
  const ms = m !== null && isIsoDate(m[1]!) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(ms)) {
    ctx.addIssue({
      code: 'custom', params: { code: 'invalid_instant' }, input: value,
      message: 'Expected a timestamp with an offset, such as 2025-05-02T09:30:00+02:00',
    });
    return z.NEVER;
  }
  return new Date(ms).toISOString();
});

const base = {
  caseId: z.string().trim().min(1),
  at: InstantField,
  actor: z.string().trim().min(1),
};

const plain = (type: Exclude<CaseEventType, 'contact-not-reached' | 'contact-reached' | 'help-completed' | 'signal-added' | 'feedback-sent' | 'not-picked-up' | 'register-fallout' | 'data-quality-note'>) =>
  z.object({ type: z.literal(type), ...base }).strict();

/**
 * Schema of a case event: type, case id, instant (`at`), actor, and the payload its type needs.
 * @category Lifecycle
 */
export const CaseEventSchema = z.discriminatedUnion('type', [
  plain('register-matched'), plain('register-manual-review'),
  z.object({ type: z.literal('register-fallout'), ...base, finding: z.enum(REGISTER_FALLOUT_FINDINGS).optional() }).strict(),
  plain('picked-up'), plain('known-at-debt-help'), plain('unjustified'), plain('repeated-signal'),
  z.object({ type: z.literal('not-picked-up'), ...base, reason: z.string().trim().min(1).optional() }).strict(),
  z.object({ type: z.literal('contact-not-reached'), ...base, channel: z.enum(CONTACT_CHANNEL_NAMES) }).strict(),
  z.object({ type: z.literal('contact-reached'), ...base, channel: z.enum(CONTACT_CHANNEL_NAMES) }).strict(),
  plain('contact-given-up'), plain('contact-lost'),
  plain('help-accepted'), plain('help-declined'), plain('own-action'), plain('other-trajectory'),
  z.object({ type: z.literal('help-completed'), ...base, result: z.enum(HELP_RESULTS) }).strict(),
  plain('deceased'), plain('moved-away'), plain('auto-close'),
  z.object({ type: z.literal('signal-added'), ...base, signal: CaseSignalSchema }).strict(),
  z.object({ type: z.literal('feedback-sent'), ...base, code: z.enum(FEEDBACK_CODE_NAMES) }).strict(),
  plain('plan-ready'),
  z.object({
    type: z.literal('data-quality-note'), ...base, note: z.enum(DATA_QUALITY_NOTES),
    signalId: z.union([z.string().trim().min(1), z.number().transform(String)]).optional(),
  }).strict(),
]);

/** A validated case event (its `at` is a UTC ISO instant). @category Lifecycle */
export type CaseEvent = z.output<typeof CaseEventSchema>;
/** The input form of a case event. @category Lifecycle */
export type CaseEventInput = z.input<typeof CaseEventSchema>;

/** Dutch labels of the event fields, for issues. */
export const EVENT_LABELS: Readonly<Record<string, string>> = {
  type: 'gebeurtenis', caseId: 'zaak-ID', at: 'tijdstip', actor: 'medewerker', channel: 'contactsoort',
  result: 'eindresultaat', code: 'terugkoppeling', note: 'opmerking over de gegevens', signalId: 'signaal-ID', reason: 'reden', finding: 'bevinding BRP-uitval',
  ...Object.fromEntries(Object.entries(CASE_SIGNAL_LABELS).map(([k, v]) => [`signal.${k}`, v])),
};

/**
 * Validate one event at the boundary (file, queue, HTTP). Never throws. Typed events can then
 * go to {@link applyEvent} without being checked again.
 * @example
 * const r = parseEvent({ type: 'picked-up', caseId: 'Z1', at: '2025-05-06T10:00:00+02:00', actor: 'staff:42' });
 * // r.ok === true, r.value.at === '2025-05-06T08:00:00.000Z'
 * @category Lifecycle
 */
export function parseEvent(input: unknown): Result<CaseEvent> {
  const parsed = CaseEventSchema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, issues: issuesFromZod(parsed.error, EVENT_LABELS) };
}
