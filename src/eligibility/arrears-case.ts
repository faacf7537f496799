import { z } from 'zod';
import { LEGAL_FORMS, SECTORS, type Result } from '../model/index.js';
import { CountField, EuroField, IsoDateField, YesNoField, frozenCopy, issuesFromZod, toCents } from '../model/internal.js';
import { DateListField } from './fields.js';

/**
 * Creditor sectors and experiments an arrears case can come from: the sectors of the signal
 * model, plus the two Wgs art. 10 experiments with a creditor outside the fixed charges
 * (`tax-office`: Belastingdienst / Dienst Toeslagen; `municipal-taxes`: gemeentelijke belastingen).
 * @category Eligibility
 */
export const ELIGIBILITY_SECTORS = [...SECTORS, 'tax-office', 'municipal-taxes'] as const;
/** A sector an arrears case can come from. @category Eligibility */
export type EligibilitySector = (typeof ELIGIBILITY_SECTORS)[number];

/**
 * Kinds of signal a creditor can send: an early signal (vroegsignaal), an end-of-supply signal
 * (eindeleveringssignaal, energy and water) or a warm referral (warme doorverwijzing).
 * @category Eligibility
 */
export const ELIGIBILITY_KINDS = ['early', 'end-of-supply', 'warm-referral'] as const;
/** A kind of signal a creditor can send. @category Eligibility */
export type EligibilityKind = (typeof ELIGIBILITY_KINDS)[number];

/** Whether the customer still has a contract with the creditor. @category Eligibility */
export const CUSTOMER_STATUSES = ['current', 'ex-customer'] as const;

/**
 * State of a payment arrangement (betalingsregeling): none, running and honoured, not honoured
 * (broken), or ended because it was not honoured (lapsed).
 * @category Eligibility
 */
export const ARRANGEMENT_STATES = ['none', 'honoured', 'broken', 'lapsed'] as const;

/**
 * Yes/no facts about a case that rules can require. Absent from a record, each has a default;
 * which way the default goes differs per fact, on purpose (docs/eligibility.md lists each):
 * - defaults that **block** until the creditor says otherwise: `socialCollectionDone`,
 *   `personalContactAttempted`, `debtHelpPointerGiven`, `reminderMentionedDataSharing`,
 *   `customerAskedForHelp`, `personallyLiable` (no, read only for a bv or nv), `arrangementOffered`
 *   (read by no rule of the default rulebook);
 * - defaults that **let through** because the fact is one the creditor must record when it is
 *   so (Update vroegsignalering: an objection "moet de signaalpartner zelf administreren"):
 *   `objectionRegistered`, `knownDebtArrangement`, `paymentDeferral`, `handedToCollectionAgency`
 *   (all no) and `dwelling` (yes);
 * - `priorEarlySignal` (no) only raises a flag on an energy end-of-supply signal from 2026.
 * @category Eligibility
 */
export const CASE_FLAGS = [
  'objectionRegistered', 'knownDebtArrangement', 'personallyLiable', 'dwelling', 'socialCollectionDone',
  'personalContactAttempted', 'arrangementOffered', 'debtHelpPointerGiven', 'reminderMentionedDataSharing',
  'paymentDeferral', 'handedToCollectionAgency', 'priorEarlySignal', 'customerAskedForHelp',
] as const;
/** The name of a yes/no fact of a case. @category Eligibility */
export type CaseFlag = (typeof CASE_FLAGS)[number];

const no = YesNoField.default(false);

const ArrearsSchema = z.object({
  total: EuroField,
  premium: EuroField.optional(),
  uninvoicedCosts: EuroField.optional(),
  termAmount: EuroField.optional(),
  unpaidTerms: CountField.optional(),
  oldestDueDate: IsoDateField,
  newestDueDate: IsoDateField.optional(),
  oldestPremiumDueDate: IsoDateField.optional(),
});

const CaseObject = z.object({
  id: z.union([z.string().trim().min(1), z.number().transform(String)]).optional(),
  creditorId: z.union([z.string().trim().min(1), z.number().transform(String)]).optional(),
  sector: z.enum(ELIGIBILITY_SECTORS),
  kind: z.enum(ELIGIBILITY_KINDS).default('early'),
  customerStatus: z.enum(CUSTOMER_STATUSES).default('current'),
  legalForm: z.enum(LEGAL_FORMS).default('natural-person'),
  paymentArrangement: z.enum(ARRANGEMENT_STATES).default('none'),
  arrears: ArrearsSchema,
  reminders: z
    .object({ count: CountField.optional(), dates: DateListField.optional() })
    .default({})
    .transform((r) => ({ count: r.count ?? r.dates?.length ?? 0, dates: r.dates })),
  contractEndDate: IsoDateField.optional(),
  objectionRegistered: no,
  knownDebtArrangement: no,
  personallyLiable: no,
  dwelling: YesNoField.default(true),
  socialCollectionDone: no,
  personalContactAttempted: no,
  arrangementOffered: no,
  debtHelpPointerGiven: no,
  reminderMentionedDataSharing: no,
  paymentDeferral: no,
  handedToCollectionAgency: no,
  priorEarlySignal: no,
  customerAskedForHelp: no,
});

/**
 * Copy a parsed object with every key of its schema, in schema order, absent ones as
 * `undefined`: all parsed cases then share one object shape, which keeps the rules' property
 * reads fast however sparse the input rows are.
 */
function stableShape<T extends object>(value: T, keys: readonly string[]): T {
  const out: Record<string, unknown> = {};
  for (const key of keys) out[key] = (value as Record<string, unknown>)[key];
  return out as T;
}

const CASE_KEYS = Object.keys(CaseObject.shape);
const ARREARS_KEYS = Object.keys(ArrearsSchema.shape);

/**
 * Schema of one arrears case as a creditor holds it. Accepts JSON and CSV forms (Dutch amounts,
 * day-first dates, `ja`/`nee`), outputs a normalised {@link ArrearsCase}.
 * @category Eligibility
 */
export const ArrearsCaseSchema = CaseObject
  .superRefine((c, ctx) => {
    const issue = (path: (string | number)[], code: string, message: string) =>
      ctx.addIssue({ code: 'custom', path, message, params: { code } });
    const a = c.arrears;
    if (a.newestDueDate !== undefined && a.newestDueDate < a.oldestDueDate) {
      issue(['arrears', 'newestDueDate'], 'newest_before_oldest', 'The newest due date must not be before the oldest due date');
    }
    if (a.oldestPremiumDueDate !== undefined && a.oldestPremiumDueDate < a.oldestDueDate) {
      issue(['arrears', 'oldestPremiumDueDate'], 'premium_before_oldest', 'The oldest premium due date must not be before the oldest due date of all claims');
    }
    if (c.sector === 'health-insurance' && a.premium === undefined) {
      issue(['arrears', 'premium'], 'missing_premium', 'Health insurers decide on the premium arrears: give the premium part');
    }
    if (a.premium !== undefined && toCents(a.premium) > toCents(a.total)) {
      issue(['arrears', 'premium'], 'premium_above_total', 'The premium part must not exceed the total arrears');
    }
    if (a.uninvoicedCosts !== undefined && toCents(a.uninvoicedCosts) > toCents(a.total)) {
      issue(['arrears', 'uninvoicedCosts'], 'costs_above_total', 'Costs not yet invoiced must not exceed the total arrears');
    }
    if (c.kind === 'end-of-supply' && c.contractEndDate === undefined) {
      issue(['contractEndDate'], 'missing_contract_end', 'An end-of-supply signal needs the date the contract ends');
    }
  })
  .transform((c) => ({ ...stableShape(c, CASE_KEYS), arrears: stableShape(c.arrears, ARREARS_KEYS) }));

/** The input form of an arrears case (what {@link parseArrearsCase} accepts). @category Eligibility */
export type ArrearsCaseInput = z.input<typeof ArrearsCaseSchema>;
/** A parsed, normalised arrears case: what {@link assessEligibility} assesses. @category Eligibility */
export type ArrearsCase = z.output<typeof ArrearsCaseSchema>;

/**
 * Dutch labels of the case fields, keyed by dotted path; error messages end with them.
 * @category Eligibility
 */
export const ARREARS_CASE_FIELD_LABELS: Readonly<Record<string, string>> = {
  id: 'dossiernummer',
  creditorId: 'signaalpartner-ID',
  sector: 'type signaalpartner',
  kind: 'soort signaal',
  customerStatus: 'klantstatus',
  legalForm: 'rechtsvorm',
  paymentArrangement: 'betalingsregeling',
  arrears: 'achterstand',
  'arrears.total': 'achterstandsbedrag',
  'arrears.premium': 'premieachterstand',
  'arrears.uninvoicedCosts': 'nog niet gefactureerde kosten',
  'arrears.termAmount': 'termijnbedrag',
  'arrears.unpaidTerms': 'aantal onbetaalde termijnen',
  'arrears.oldestDueDate': 'oudste vervaldatum',
  'arrears.newestDueDate': 'jongste vervaldatum',
  'arrears.oldestPremiumDueDate': 'oudste vervaldatum premie',
  reminders: 'herinneringen',
  'reminders.count': 'aantal herinneringen',
  'reminders.dates': 'data herinneringen',
  contractEndDate: 'einddatum contract',
  objectionRegistered: 'bezwaar geregistreerd',
  knownDebtArrangement: 'bekende schuldregeling',
  personallyLiable: 'persoonlijk aansprakelijk',
  dwelling: 'woning',
  socialCollectionDone: 'sociale incasso gevoerd',
  personalContactAttempted: 'persoonlijk contact gezocht',
  arrangementOffered: 'betalingsregeling aangeboden',
  debtHelpPointerGiven: 'gewezen op schuldhulp',
  reminderMentionedDataSharing: 'herinnering noemt gegevensdeling',
  paymentDeferral: 'uitstel van betaling',
  handedToCollectionAgency: 'overgedragen aan incasso/deurwaarder',
  priorEarlySignal: 'eerder vroegsignaal',
  customerAskedForHelp: 'klant vroeg om hulp',
};

/** Cases this module parsed: deeply frozen, so a batch can take them without parsing them again. */
const parsedCases = new WeakSet<object>();

/**
 * Parse one arrears case. Never throws: returns the normalised case (deeply frozen), or the
 * issues (field path, Dutch label, plain message that never repeats the value) that prevent it.
 * @example
 * const r = parseArrearsCase({ sector: 'water', arrears: { total: '123,45', oldestDueDate: '01-02-2023' } });
 * // r.ok === true, r.value.arrears.total === '123.45', r.value.kind === 'early'
 * @category Eligibility
 */
export function parseArrearsCase(input: unknown): Result<ArrearsCase> {
  const parsed = ArrearsCaseSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: issuesFromZod(parsed.error, ARREARS_CASE_FIELD_LABELS) };
  const value = frozenCopy(parsed.data);
  parsedCases.add(value);
  return { ok: true, value };
}

/** A raw record parsed, or a case this module parsed before taken as it is. @internal */
export function readCase(input: unknown): Result<ArrearsCase> {
  return typeof input === 'object' && input !== null && parsedCases.has(input) ? { ok: true, value: input as ArrearsCase } : parseArrearsCase(input);
}
