import { z } from 'zod';
import { addMonths, cite, SOURCES, type BirthDate, type IsoDate, type Reason, type Result } from '../model/index.js';
import { BirthDateField, BsnField, IsoDateField, issuesFromZod, reason, text, UsageError } from '../model/internal.js';

/**
 * Lists a municipality can request and take up besides the creditors' signals (De signaalreis,
 * 003, "De CAK-lijst"):
 * - `cak` — residents in the defaulters' scheme for health-insurance premium (wanbetalersregeling);
 * - `bronheffing` — the health insurer's list of residents whose premium is withheld at source,
 *   which the insurer must provide (Zorgverzekeringswet).
 * @category Intake lists
 */
export const INTAKE_LIST_SOURCES = ['cak', 'bronheffing'] as const;
/** Where an intake list comes from. @category Intake lists */
export type IntakeListSource = (typeof INTAKE_LIST_SOURCES)[number];

const Entry = z
  .strictObject({
    bsn: BsnField.optional(),
    pseudonym: z.string().trim().min(1).max(200).optional(),
    birthDate: BirthDateField.optional(),
  })
  .superRefine((entry, ctx) => {
    if (entry.bsn === undefined && entry.pseudonym === undefined) {
      ctx.addIssue({ code: 'custom', path: ['bsn'], params: { code: 'missing_entry_key' }, message: 'Give the BSN or a pseudonym' });
    }
  });

/**
 * An intake list as received: where it comes from, the date it was requested, and its entries,
 * each identified by BSN or by a pseudonym (a keyed hash, as the research helpers make), with an
 * optional birth date for the age filter.
 * @category Intake lists
 */
export const IntakeListSchema = z.strictObject({
  source: z.enum(INTAKE_LIST_SOURCES),
  requestedOn: IsoDateField,
  entries: z.array(Entry),
});
/** A validated intake list. @category Intake lists */
export type IntakeList = z.output<typeof IntakeListSchema>;
/** The input form of an intake list. @category Intake lists */
export type IntakeListInput = z.input<typeof IntakeListSchema>;

/**
 * How a municipality takes up a list: how often it requests it, which cross-section (an age band:
 * "alleen jongeren"), and in what order staff work through the new entries.
 * @category Intake lists
 */
export const IntakePolicySchema = z.strictObject({
  cadence: z.enum(['monthly', 'quarterly']).describe('How often the list is requested: "periodiek (maandelijks of elk kwartaal)"'),
  age: z.strictObject({ atLeast: z.number().int().min(0).optional(), atMost: z.number().int().min(0).optional() }).optional()
    .describe('Only residents in this age band (whole years on the request date), e.g. young people 18–27'),
  order: z.enum(['youngest-first', 'list-order']).default('youngest-first'),
});
/** The input form of an intake policy. @category Intake lists */
export type IntakePolicyInput = z.input<typeof IntakePolicySchema>;

/** What happened to one entry of a list. @category Intake lists */
export type IntakeEntryStatus = 'new' | 'seen-before' | 'duplicate' | 'outside-age' | 'age-unknown';

/**
 * The decision about one entry. It names the entry by its position in the list, never by its
 * BSN or pseudonym.
 * @category Intake lists
 */
export interface IntakeEntryDecision {
  /** Position in the list. */
  readonly index: number;
  /** `new` entries are taken up; the others are not, with the reason. */
  readonly status: IntakeEntryStatus;
  /** Age in whole years on the request date, or `null` when the birth date gives none. */
  readonly ageYears: number | null;
  /** Why. */
  readonly reasons: readonly Reason[];
}

/**
 * What taking up a list means: the entries to act on (in the policy's order), the decision about
 * every entry (in list order), the obligation that came with requesting it, and when the next
 * list is due.
 * @category Intake lists
 */
export interface IntakeSelection {
  /** The list's source. */
  readonly source: IntakeListSource;
  /** When it was requested. */
  readonly requestedOn: IsoDate;
  /** The positions of the entries to act on, youngest first (or in list order). */
  readonly selected: readonly number[];
  /** Every entry, in list order. */
  readonly entries: readonly IntakeEntryDecision[];
  /** Requesting the list obliges the municipality to act on every selected entry: true when any is selected. */
  readonly mustAct: boolean;
  /** The date the next list is due by the cadence. */
  readonly nextRequestOn: IsoDate;
  /** Why: the obligation and the cadence. */
  readonly reasons: readonly Reason[];
}

/** Options of {@link selectIntake}. @category Intake lists */
export interface SelectIntakeOptions {
  /** Lists received before (raw or validated): their entries are not new. */
  readonly earlier?: readonly unknown[];
  /** Cadence, age band and order. */
  readonly policy: IntakePolicyInput;
}

const CAK = (passage: string) => cite(SOURCES.signaalreis, `De CAK-lijst: ${passage}`);
const OBLIGATION = CAK('"Het is niet verplicht om de CAK-lijst op te vragen. Maar als je de lijst opvraagt, moet je er wel actie op ondernemen."');
const CROSS_SECTION = CAK('"Hierbij kun je verschillende dwarsdoorsnedes uitvragen, bijv. alle nieuwe meldingen of alleen jongeren."');
const NEW_ONLY = cite(SOURCES.signaalreis, 'Bijlage 1, Gemeente 2: "Ook CAK-lijst wordt ingelezen in RIS. Alleen de nieuw aangemeld bij CAK. Het zijn ca. 80 CAK-meldingen per maand."');
const CADENCE = cite(SOURCES.signaalreis, '"Sommige gemeenten nemen periodiek (maandelijks of elk kwartaal) ook CAK-meldingen mee"');
const BRONHEFFING = cite(SOURCES.signaalreis, 'De CAK-lijst: "Volgens de zorgverzekeringswet is de zorgverzekeraar verplicht deze lijst aan de gemeente te leveren"');

/** The key an entry is compared by: its BSN, else its pseudonym (kept apart, so they never collide). */
const keyOf = (e: IntakeList['entries'][number]): string => (e.bsn !== undefined ? `bsn:${e.bsn}` : `pseudonym:${e.pseudonym!}`);

/** Whole years from a birth date to a date; `null` when the year is unknown (a missing month or day counts as passed). */
function ageOn(birth: BirthDate | undefined, date: IsoDate): number | null {
  if (birth?.year == null) return null;
  const [y, m, d] = [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
  const passed = birth.month === null || m > birth.month || (m === birth.month && (birth.day === null || d >= birth.day));
  return y - birth.year - (passed ? 0 : 1);
}

const LABELS: Readonly<Record<string, string>> = { source: 'bron', requestedOn: 'datum opgevraagd', entries: 'regels', bsn: 'burgerservicenummer', pseudonym: 'pseudoniem', birthDate: 'geboortedatum' };

/**
 * Validate an intake list at the boundary. Never throws; issues never echo a BSN.
 * @category Intake lists
 */
export function parseIntakeList(input: unknown): Result<IntakeList> {
  const parsed = IntakeListSchema.safeParse(input);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, issues: issuesFromZod(parsed.error, LABELS) };
}

function entryReason(code: string, outcome: Reason['outcome'], source: Reason['source'], nl: string, en: string, values: Record<string, string | number | null>): Reason {
  return reason(`intake.${code}`, outcome, source, text(nl, en), values);
}

/**
 * Take up an intake list (the CAK list or an insurer's bronheffing list): keep only entries not on
 * an earlier list (by BSN or pseudonym) and not twice on this one, keep the age band the policy
 * requests, order the rest youngest first, and flag that requesting the list obliges the
 * municipality to act on them ("als je de lijst opvraagt, moet je er wel actie op ondernemen").
 * Returns the issues of the list or of an earlier list (with its position in `earlier`) when they
 * do not validate; throws `UsageError` for an invalid policy.
 * @example
 * const r = selectIntake(list, { earlier: [lastMonth], policy: { cadence: 'monthly', age: { atLeast: 18, atMost: 27 } } });
 * if (r.ok) r.value.selected // positions of the new young residents, youngest first
 * @category Intake lists
 */
export function selectIntake(list: unknown, options: SelectIntakeOptions): Result<IntakeSelection> {
  const policy = IntakePolicySchema.safeParse(options.policy);
  if (!policy.success) throw new UsageError('intake policy', issuesFromZod(policy.error, {}));
  const current = parseIntakeList(list);
  if (!current.ok) return current;
  const seen = new Set<string>();
  for (const [i, raw] of (options.earlier ?? []).entries()) {
    const earlier = parseIntakeList(raw);
    if (!earlier.ok) return { ok: false, issues: earlier.issues.map((issue) => ({ ...issue, path: ['earlier', i, ...issue.path], field: `earlier[${i}].${issue.field}` })) };
    for (const e of earlier.value.entries) seen.add(keyOf(e));
  }
  const { age, order, cadence } = policy.data;
  const { requestedOn, source } = current.value;
  const here = new Set<string>();
  const entries = current.value.entries.map((e, index): IntakeEntryDecision => {
    const key = keyOf(e);
    const ageYears = ageOn(e.birthDate, requestedOn);
    const decide = (status: IntakeEntryStatus, r: Reason): IntakeEntryDecision => ({ index, status, ageYears, reasons: Object.freeze([r]) });
    if (seen.has(key)) {
      return decide('seen-before', entryReason('seen-before', 'fail', NEW_ONLY, 'Stond al op een eerdere lijst: alleen nieuwe aanmeldingen', 'On an earlier list already: new entries only', { index }));
    }
    if (here.has(key)) return decide('duplicate', entryReason('duplicate', 'fail', NEW_ONLY, 'Staat twee keer op deze lijst', 'Twice on this list', { index }));
    here.add(key);
    if (age !== undefined) {
      if (ageYears === null) {
        return decide('age-unknown', entryReason('age-unknown', 'fail', CROSS_SECTION, 'Leeftijd onbekend: valt niet binnen de opgevraagde leeftijdsgroep', 'Age unknown: not in the requested age band', { index }));
      }
      if ((age.atLeast !== undefined && ageYears < age.atLeast) || (age.atMost !== undefined && ageYears > age.atMost)) {
        return decide('outside-age', entryReason('outside-age', 'fail', CROSS_SECTION, `Leeftijd ${ageYears} valt buiten de opgevraagde groep`, `Age ${ageYears} is outside the requested band`, { index, ageYears }));
      }
    }
    return decide('new', entryReason('new', 'pass', OBLIGATION, 'Nieuw op de lijst: actie ondernemen', 'New on the list: act on it', { index, ageYears }));
  });
  const picked = entries.filter((e) => e.status === 'new');
  if (order === 'youngest-first') picked.sort((a, b) => (a.ageYears ?? Infinity) - (b.ageYears ?? Infinity) || a.index - b.index);
  const nextRequestOn = addMonths(requestedOn, cadence === 'monthly' ? 1 : 3);
  const reasons = [
    reason('intake.must-act', 'info', OBLIGATION, text(
      `Lijst opgevraagd op ${requestedOn}: op alle ${picked.length} geselecteerde inwoners moet actie volgen`,
      `List requested on ${requestedOn}: all ${picked.length} selected residents must be acted on`,
    ), { requestedOn, selected: picked.length }),
    reason('intake.cadence', 'info', CADENCE, text(`Volgende lijst opvragen op ${nextRequestOn}`, `Request the next list on ${nextRequestOn}`), { cadence, nextRequestOn }),
    ...(source === 'bronheffing' ? [reason('intake.bronheffing', 'info', BRONHEFFING, text('Bronheffingslijst van de zorgverzekeraar', "The health insurer's bronheffing list"), { source })] : []),
  ];
  return { ok: true, value: { source, requestedOn, selected: picked.map((e) => e.index), entries, mustAct: picked.length > 0, nextRequestOn, reasons } };
}
