/**
 * The research sample format: one anonymised signal per record (the model's signal fields,
 * pseudonymised) with optional outcomes. JSONL holds nested objects; CSV uses dotted headers
 * (`creditor.sector`, `outcome.attempts`) and the compact attempts text.
 *
 * The format is one table of entries over the model's field readers, the same readers that
 * read a signal: a sample's date, amount, birth date, house number or yes/no is read exactly as
 * a signal's. The sections (for every form and every issue) and the lean reader (for records
 * without issues, see `parse-sample.ts`) are both written over this table.
 * @module
 */
import { type BirthDate, type Euro, type IsoDate, type LegalForm, type Sector, type SignalKind, isIsoDate, LEGAL_FORMS, SECTORS, SIGNAL_KINDS } from '../model/index.js';
import { birthDateReader, isBirthDateAfter, type SectionIssue, choiceReader, countReader, dateReader, emailReader, euroReader, houseLetterReader, houseNumberAdditionReader, houseNumberReader, idReader, optional, optionalSection, required, section, splitHouseNumberField, textReader, withDefault } from '../model/internal.js';
import { AGE_BAND_LABELS, type AgeBandLabel } from './age-bands.js';
import type { AttemptChannel } from './contact-channels.js';
import { DEBT_DEVELOPMENTS, type DebtDevelopment, type OutcomeClass } from './outcome-classes.js';
import { channelReader, postcodeOrAreaReader, yesNoReader } from './sample-fields.js';
import { entry, field, SKIP, yesNoAsText } from './sample-table.js';

/**
 * The study's outcome class of a case (De signaalreis): help accepted beats reached, which
 * beats not reached; a case that was not picked up, or of which nothing is known, is
 * `not-picked-up`. "Reached" is the `reached` field, or any attempt that reached the resident.
 */
export function classifyOutcome(o: {
  readonly pickedUp?: boolean | undefined;
  readonly attempts: readonly { readonly reached?: boolean | undefined }[];
  readonly reached?: boolean | undefined;
  readonly helpAccepted?: boolean | undefined;
}): OutcomeClass {
  if (o.pickedUp === false) return 'not-picked-up';
  if (o.helpAccepted === true) return 'help-accepted';
  if (o.reached ?? o.attempts.some((a) => a.reached === true)) return 'reached-no-help';
  if (o.pickedUp === true || o.attempts.length > 0 || o.reached === false) return 'not-reached';
  return 'not-picked-up';
}

/** The canonical form of an amount as the library writes it (`212.85`), which the euro reader gives back unchanged. */
const CANONICAL_EURO = /^(0|[1-9]\d*)\.\d{2}$/;
const isCanonicalEuro = (value: string): boolean => CANONICAL_EURO.test(value);

/** Text that reading would not change: non-empty, nothing to trim (printable ASCII at both ends, the common case, checked first). */
function isTrimmed(value: string): boolean {
  const n = value.length;
  if (n === 0) return false;
  const first = value.charCodeAt(0);
  const last = value.charCodeAt(n - 1);
  return (first > 32 && first < 127 && last > 32 && last < 127) || value.trim() === value;
}
/** A postcode as the library writes it (`1234AB`) or its four digits, which the reader gives back unchanged. */
const CANONICAL_POSTCODE = /^[1-9]\d{3}(?:[A-Z]{2})?$/;
const isCanonicalPostcode = (value: string): boolean => CANONICAL_POSTCODE.test(value);

// The table: every field of the format and the model reader that reads it.
const ID = entry(required(idReader), { canonical: isTrimmed });
const OPTIONAL_ID = entry(optional(idReader), { canonical: isTrimmed });
const TEXT = entry(optional(textReader), { canonical: isTrimmed });
const DATE = entry(required(dateReader), { canonical: isIsoDate });
const OPTIONAL_DATE = entry(optional(dateReader), { canonical: isIsoDate });
const EURO = entry(required(euroReader), { canonical: isCanonicalEuro });
const OPTIONAL_EURO = entry(optional(euroReader), { canonical: isCanonicalEuro });
const YES_NO = entry(optional(yesNoReader), { booleans: true });
const COUNT = entry(optional(countReader));

const NAME = { givenNames: TEXT, initials: TEXT, surnamePrefix: TEXT, surname: TEXT, fullName: TEXT };
const DEBTOR = {
  birthDate: entry(optional(birthDateReader)),
  ageBand: entry(optional(choiceReader(AGE_BAND_LABELS))),
  legalForm: entry(withDefault(choiceReader(LEGAL_FORMS), 'natural-person')),
  phone: TEXT,
  email: entry(optional(emailReader)),
  hasPhone: YES_NO,
  hasEmail: YES_NO,
};
const ADDRESS = {
  postcode: entry(required(postcodeOrAreaReader), { canonical: isCanonicalPostcode }),
  houseNumber: entry(optional(houseNumberReader)),
  houseLetter: entry(optional(houseLetterReader)),
  houseNumberAddition: entry(optional(houseNumberAdditionReader)),
};
const CREDITOR = { id: ID, name: TEXT, sector: entry(required(choiceReader(SECTORS))) };
const ARREARS = { total: EURO, termAmount: OPTIONAL_EURO, unpaidTerms: COUNT, oldestDueDate: OPTIONAL_DATE, newestDueDate: OPTIONAL_DATE };
const ROOT = {
  id: ID,
  kind: entry(withDefault(choiceReader(SIGNAL_KINDS), 'early')),
  caseId: OPTIONAL_ID,
  household: OPTIONAL_ID,
  person: OPTIONAL_ID,
  receivedDate: DATE,
  knownAtDebtHelp: YES_NO,
  crisis: YES_NO,
  synthetic: YES_NO,
  note: TEXT,
};
const ATTEMPT = { date: DATE, channel: entry(required(channelReader)), reached: YES_NO };
const OUTCOME = { pickedUp: YES_NO, reached: YES_NO, helpAccepted: YES_NO, closedDate: OPTIONAL_DATE };
const DEBT = { afterMonths: entry(required(countReader)), development: entry(required(choiceReader(DEBT_DEVELOPMENTS))) };

// The sections: the model's section() over the table.

const NameSection = section(NAME);
const DebtorSection = section({ name: optionalSection(NameSection), ...DEBTOR }, { prepare: yesNoAsText(['hasPhone', 'hasEmail']) });

const ROOT_YES_NO = yesNoAsText(['knownAtDebtHelp', 'crisis', 'synthetic']);

/** An absent debtor reads as an empty one (its legal form then defaults to a natural person). */
function prepareRecord(raw: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out = ROOT_YES_NO(raw);
  const debtor = out['debtor'];
  return debtor === undefined || debtor === null || debtor === '' ? { ...out, debtor: {} } : out;
}

/** A birth date after the signal date is refused, as the model's signal reader refuses it. */
function birthDateNotAfterSignal(r: { readonly receivedDate: IsoDate; readonly debtor: { readonly birthDate?: BirthDate | undefined } }): SectionIssue | null {
  const birth = r.debtor.birthDate;
  return birth !== undefined && isBirthDateAfter(birth, r.receivedDate)
    ? { path: ['debtor', 'birthDate'], code: 'birth_date_after_signal', message: 'Birth date lies after the signal date' }
    : null;
}

/** The record without its outcome and eligibility fields (read separately, see `parseSampleRecord`). */
export const SampleSection = section(
  {
    id: ROOT.id,
    kind: ROOT.kind,
    caseId: ROOT.caseId,
    household: ROOT.household,
    person: ROOT.person,
    creditor: section(CREDITOR),
    receivedDate: ROOT.receivedDate,
    debtor: DebtorSection,
    address: optionalSection(section(ADDRESS, { prepare: splitHouseNumberField })),
    arrears: section(ARREARS),
    knownAtDebtHelp: ROOT.knownAtDebtHelp,
    crisis: ROOT.crisis,
    synthetic: ROOT.synthetic,
    note: ROOT.note,
  },
  { prepare: prepareRecord, check: birthDateNotAfterSignal },
);

/** One contact attempt, as a sample's outcome records it. */
export const AttemptSection = section(ATTEMPT, { prepare: yesNoAsText(['reached']) });

/** The outcome's fields other than its attempts. */
export const OutcomeSection = section(
  { ...OUTCOME, debt: optionalSection(section(DEBT)) },
  { prepare: yesNoAsText(['pickedUp', 'reached', 'helpAccepted']) },
);

/** A name as a sample may keep it (pseudonymised samples leave it out). @category Samples */
export interface SampleName {
  readonly givenNames?: string;
  readonly initials?: string;
  readonly surnamePrefix?: string;
  readonly surname?: string;
  readonly fullName?: string;
}

/** The debtor of a sample record. @category Samples */
export interface SampleDebtor {
  readonly name?: SampleName;
  /** Birth date, possibly incomplete (a pseudonymised sample keeps the year). */
  readonly birthDate?: BirthDate;
  /** Age band, when the sample keeps that instead of a birth date. */
  readonly ageBand?: AgeBandLabel;
  readonly legalForm: LegalForm;
  readonly phone?: string;
  readonly email?: string;
  /** Whether a phone number is known (a pseudonymised sample keeps only this). */
  readonly hasPhone?: boolean;
  /** Whether an e-mail address is known. */
  readonly hasEmail?: boolean;
}

/** The address of a sample record: a full postcode (`1234AB`) or its four digits (`1234`). @category Samples */
export interface SampleAddress {
  readonly postcode: string;
  readonly houseNumber?: number;
  readonly houseLetter?: string;
  readonly houseNumberAddition?: string;
}

/** The arrears of a sample record. @category Samples */
export interface SampleArrears {
  readonly total: Euro;
  readonly termAmount?: Euro;
  readonly unpaidTerms?: number;
  readonly oldestDueDate?: IsoDate;
  readonly newestDueDate?: IsoDate;
}

/** One contact attempt of an outcome. @category Samples */
export interface Attempt {
  readonly date: IsoDate;
  readonly channel: AttemptChannel;
  /** Whether it reached the resident, when known. */
  readonly reached?: boolean;
}

/** How the debt developed some months after the signal (De signaalreis: five). @category Samples */
export interface DebtAfter {
  readonly afterMonths: number;
  readonly development: DebtDevelopment;
}

/** The outcome of a signal's case, as far as the sample knows it; `class` is derived. @category Samples */
export interface Outcome {
  readonly pickedUp?: boolean;
  readonly reached?: boolean;
  readonly helpAccepted?: boolean;
  readonly closedDate?: IsoDate;
  readonly debt?: DebtAfter;
  /** Contact attempts, in the order given. */
  readonly attempts: readonly Attempt[];
  /** The study's outcome class (see `OUTCOME_CLASSES`). */
  readonly class: OutcomeClass;
}

/** A parsed sample record: every field read by the model's readers. @category Samples */
export interface SampleRecord {
  readonly id: string;
  readonly kind: SignalKind;
  readonly caseId?: string;
  readonly household?: string;
  readonly person?: string;
  readonly creditor: { readonly id: string; readonly name?: string; readonly sector: Sector };
  readonly receivedDate: IsoDate;
  readonly debtor: SampleDebtor;
  readonly address?: SampleAddress;
  readonly arrears: SampleArrears;
  readonly knownAtDebtHelp?: boolean;
  readonly crisis?: boolean;
  /** True when the record is invented (a synthetic sample or a reconstruction). */
  readonly synthetic?: boolean;
  readonly note?: string;
  /** Creditor fields for the eligibility check, as given. */
  readonly eligibility?: Readonly<Record<string, unknown>>;
  /** The outcome of the signal's case, when the sample knows it. */
  readonly outcome?: Outcome;
}

/** The outcome without its attempts and class, as both readers read it. */
type OutcomeFields = Omit<Outcome, 'attempts' | 'class'>;
/** The record without eligibility and outcome, as both readers read it. */
type RecordFields = Omit<SampleRecord, 'eligibility' | 'outcome'>;

/** A yes/no as samples write it: a boolean, `ja`/`nee`, `waar`/`onwaar`, `true`/`false`, `1`/`0`; empty means absent. @category Samples */
export type YesNoInput = boolean | string | number | null;
/** A text cell as a sample file holds it: text, or null for an empty cell. @category Samples */
export type TextInput = string | null;

/** The input form of a contact attempt. @category Samples */
export interface AttemptInput {
  /** Date, ISO or day-first. */
  date: string;
  /** Channel in Dutch or English (`Telefoon`, `phone`, `huisbezoek`, …). */
  channel: string;
  /** Whether the attempt reached the resident. */
  reached?: YesNoInput;
}

/** The input form of an outcome: attempts as objects (JSONL) or as compact text (CSV). @category Samples */
export interface OutcomeInput {
  pickedUp?: YesNoInput;
  /** Attempts, or their compact text `2023-04-05 phone no; 2023-04-07 phone yes`. */
  attempts?: string | AttemptInput[] | null;
  reached?: YesNoInput;
  helpAccepted?: YesNoInput;
  closedDate?: TextInput;
  /** How the debt developed after some months (De signaalreis: five). */
  debt?: { afterMonths: string | number; development: DebtDevelopment } | null;
}

/** The input form of a sample record (what `parseSampleRecord` accepts). @category Samples */
export interface SampleRecordInput {
  id: string | number;
  kind?: SignalKind | null;
  /** Case number (an xxllnc Meldingnummer groups the signals of one case). */
  caseId?: string | number | null;
  /** Pseudonymised household key. */
  household?: string | number | null;
  /** Pseudonymised person key. */
  person?: string | number | null;
  creditor: { id: string | number; name?: TextInput; sector: Sector };
  receivedDate: string;
  debtor?: {
    name?: { givenNames?: TextInput; initials?: TextInput; surnamePrefix?: TextInput; surname?: TextInput; fullName?: TextInput } | null;
    birthDate?: TextInput;
    ageBand?: AgeBandLabel | null;
    legalForm?: LegalForm | null;
    phone?: TextInput;
    email?: TextInput;
    hasPhone?: YesNoInput;
    hasEmail?: YesNoInput;
  } | null;
  /** Postcode in full or its four digits; house number with letter or addition. */
  address?: { postcode: string | number; houseNumber?: string | number | null; houseLetter?: TextInput; houseNumberAddition?: TextInput } | null;
  arrears: { total: string | number; termAmount?: string | number | null; unpaidTerms?: string | number | null; oldestDueDate?: TextInput; newestDueDate?: TextInput };
  knownAtDebtHelp?: YesNoInput;
  crisis?: YesNoInput;
  /** Whether the record is invented (a synthetic sample or a reconstruction); reports say so. */
  synthetic?: YesNoInput;
  /** A free note (e.g. which passage of a report a reconstructed record stands for). */
  note?: TextInput;
  /** Creditor fields for the eligibility check (the eligibility module's arrears case). */
  eligibility?: Record<string, unknown> | null;
  outcome?: OutcomeInput | null;
}

// The lean reader: the same table, field by field, for records the sections would read without
// an issue. `field()` throws SKIP wherever the sections must judge; the property tests in
// test/replay/one-reader.test.ts check that both give the same record.

type Raw = Readonly<Record<string, unknown>>;

function objectOrSkip(value: unknown): Raw {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw SKIP;
  return value as Raw;
}

/**
 * A section the lean reader meets rarely (a name, a debt), read entry by entry in the table's
 * order. The sections the reader meets in every record are written out below: straight-line
 * property reads keep it as fast as the hand-written fast path it replaced.
 */
function leanEntries<T>(entries: Readonly<Record<string, Parameters<typeof field>[0]>>, value: unknown): T {
  const raw = objectOrSkip(value);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(entries)) out[key] = field(entries[key]!, raw[key]);
  return out as T;
}

function leanDebtor(value: unknown): SampleDebtor {
  const d = objectOrSkip(value);
  const name = d['name'];
  return {
    name: name === undefined ? undefined : leanEntries<SampleName>(NAME, name),
    birthDate: field(DEBTOR.birthDate, d['birthDate']),
    ageBand: field(DEBTOR.ageBand, d['ageBand']),
    legalForm: field(DEBTOR.legalForm, d['legalForm']),
    phone: field(DEBTOR.phone, d['phone']),
    email: field(DEBTOR.email, d['email']),
    hasPhone: field(DEBTOR.hasPhone, d['hasPhone']),
    hasEmail: field(DEBTOR.hasEmail, d['hasEmail']),
  };
}

function leanAddress(value: unknown): SampleAddress {
  const a = splitHouseNumberField(objectOrSkip(value));
  const out: { postcode: string; houseNumber?: number; houseLetter?: string; houseNumberAddition?: string } = { postcode: field(ADDRESS.postcode, a['postcode']) };
  if (a['houseNumber'] !== undefined) out.houseNumber = field(ADDRESS.houseNumber, a['houseNumber']);
  if (a['houseLetter'] !== undefined) out.houseLetter = field(ADDRESS.houseLetter, a['houseLetter']);
  if (a['houseNumberAddition'] !== undefined) out.houseNumberAddition = field(ADDRESS.houseNumberAddition, a['houseNumberAddition']);
  return out;
}

function leanAttempt(value: unknown): Attempt {
  const a = objectOrSkip(value);
  return { date: field(ATTEMPT.date, a['date']), channel: field(ATTEMPT.channel, a['channel']), reached: field(ATTEMPT.reached, a['reached']) };
}

function leanOutcome(value: unknown): Outcome {
  const o = objectOrSkip(value);
  const d = o['debt'];
  const debt = d === undefined ? undefined : leanEntries<DebtAfter>(DEBT, d);
  const list = o['attempts'];
  if (list !== undefined && !Array.isArray(list)) throw SKIP;
  const attempts = list === undefined ? [] : list.map(leanAttempt);
  const outcome = {
    pickedUp: field(OUTCOME.pickedUp, o['pickedUp']),
    reached: field(OUTCOME.reached, o['reached']),
    helpAccepted: field(OUTCOME.helpAccepted, o['helpAccepted']),
    closedDate: field(OUTCOME.closedDate, o['closedDate']),
    debt,
    attempts,
    class: 'not-picked-up' as OutcomeClass,
  };
  outcome.class = classifyOutcome(outcome);
  return outcome;
}

function leanRecord(value: unknown): SampleRecord {
  const record = leanFields(value);
  if (birthDateNotAfterSignal(record)) throw SKIP; // the sections report it
  return record;
}

function leanFields(value: unknown): SampleRecord {
  const r = objectOrSkip(value);
  const c = objectOrSkip(r['creditor']);
  const address = r['address'];
  const outcome = r['outcome'];
  const eligibility = r['eligibility'];
  return {
    id: field(ROOT.id, r['id']),
    kind: field(ROOT.kind, r['kind']),
    caseId: field(ROOT.caseId, r['caseId']),
    household: field(ROOT.household, r['household']),
    person: field(ROOT.person, r['person']),
    creditor: c['name'] === undefined
      ? { id: field(CREDITOR.id, c['id']), sector: field(CREDITOR.sector, c['sector']) }
      : { id: field(CREDITOR.id, c['id']), name: field(CREDITOR.name, c['name']), sector: field(CREDITOR.sector, c['sector']) },
    receivedDate: field(ROOT.receivedDate, r['receivedDate']),
    debtor: leanDebtor(r['debtor'] ?? {}),
    address: address === undefined ? undefined : leanAddress(address),
    arrears: leanArrears(r['arrears']),
    knownAtDebtHelp: field(ROOT.knownAtDebtHelp, r['knownAtDebtHelp']),
    crisis: field(ROOT.crisis, r['crisis']),
    synthetic: field(ROOT.synthetic, r['synthetic']),
    note: field(ROOT.note, r['note']),
    eligibility: eligibility === undefined ? undefined : { ...objectOrSkip(eligibility) },
    outcome: outcome === undefined ? undefined : leanOutcome(outcome),
  };
}

function leanArrears(value: unknown): SampleArrears {
  const a = objectOrSkip(value);
  const out: { -readonly [K in keyof SampleArrears]: SampleArrears[K] } = { total: field(ARREARS.total, a['total']) };
  if (a['termAmount'] !== undefined) out.termAmount = field(ARREARS.termAmount, a['termAmount']);
  if (a['unpaidTerms'] !== undefined) out.unpaidTerms = field(ARREARS.unpaidTerms, a['unpaidTerms']);
  if (a['oldestDueDate'] !== undefined) out.oldestDueDate = field(ARREARS.oldestDueDate, a['oldestDueDate']);
  if (a['newestDueDate'] !== undefined) out.newestDueDate = field(ARREARS.newestDueDate, a['newestDueDate']);
  return out;
}

/**
 * Read a record the sections would read without an issue, field by field over the same table;
 * `SKIP` for anything else (then read it with the sections, which report its issues).
 */
export function leanSampleRecord(value: unknown): SampleRecord | typeof SKIP {
  try {
    return leanRecord(value);
  } catch (e) {
    if (e === SKIP) return SKIP;
    throw e;
  }
}

/** An outcome from its fields and attempts, in the lean reader's order of keys. */
export function outcomeOf(fields: OutcomeFields, attempts: Attempt[]): Outcome {
  const outcome = { ...fields, attempts, class: 'not-picked-up' as OutcomeClass };
  outcome.class = classifyOutcome(outcome);
  return outcome;
}

/** An object without its undefined keys. */
function defined<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (v !== undefined) out[key] = v;
  return out as T;
}

/**
 * A record from the sections' fields, eligibility and outcome, in the lean reader's shape: the
 * creditor, address and arrears keep only the fields given (small objects, as most records
 * carry few of them); the record and its debtor keep every key.
 */
export function recordOf(fields: RecordFields, eligibility: Readonly<Record<string, unknown>> | undefined, outcome: Outcome | undefined): SampleRecord {
  return {
    ...fields,
    creditor: defined(fields.creditor),
    address: fields.address === undefined ? undefined : defined(fields.address),
    arrears: defined(fields.arrears),
    eligibility,
    outcome,
  };
}

/** Dutch labels of the sample fields, for error messages. */
export const SAMPLE_FIELD_LABELS: Readonly<Record<string, string>> = {
  id: 'signaal-ID',
  kind: 'soort signaal',
  caseId: 'meldingnummer',
  household: 'huishouden (hash)',
  person: 'persoon (hash)',
  'creditor.id': 'signaalpartner-ID',
  'creditor.name': 'naam signaalpartner',
  'creditor.sector': 'type signaalpartner',
  receivedDate: 'signaaldatum',
  'debtor.birthDate': 'geboortedatum',
  'debtor.ageBand': 'leeftijdsklasse',
  'debtor.legalForm': 'rechtsvorm',
  'debtor.email': 'e-mailadres',
  'debtor.hasPhone': 'telefoonnummer bekend',
  'debtor.hasEmail': 'e-mailadres bekend',
  'address.postcode': 'postcode',
  'address.houseNumber': 'huisnummer',
  'address.houseLetter': 'huisletter',
  'address.houseNumberAddition': 'huisnummertoevoeging',
  'arrears.total': 'achterstandsbedrag',
  'arrears.termAmount': 'termijnbedrag',
  'arrears.unpaidTerms': 'aantal onbetaalde termijnen',
  'arrears.oldestDueDate': 'oudste vervaldatum',
  'arrears.newestDueDate': 'jongste vervaldatum',
  knownAtDebtHelp: 'bekend bij schuldhulpverlening',
  crisis: 'crisissignaal',
  synthetic: 'synthetisch',
  note: 'toelichting',
  eligibility: 'gegevens signaalpartner',
  outcome: 'uitkomst',
  'outcome.pickedUp': 'opgepakt',
  'outcome.attempts': 'contactpogingen',
  'outcome.attempts.date': 'datum contactpoging',
  'outcome.attempts.channel': 'wijze van contactpoging',
  'outcome.attempts.reached': 'persoon bereikt',
  'outcome.reached': 'bereikt',
  'outcome.helpAccepted': 'wil hulp',
  'outcome.closedDate': 'afgerond d.d.',
  'outcome.debt.afterMonths': 'maanden na signaal',
  'outcome.debt.development': 'ontwikkeling schuld',
};
