/**
 * A fast path for sample records already in canonical form (as this library writes them:
 * ISO dates, amounts like `212.85`, booleans, English channel names). It builds the same
 * record the schema would, without the schema's per-field machinery, and returns `null` for
 * anything else, which then goes through the schema (and gets its errors). A property test
 * checks that both paths agree.
 * @module
 */
import { isIsoDate } from '../model/index.js';
import { LEGAL_FORMS, parseBirthDate, SECTORS, SIGNAL_KINDS } from '../model/index.js';
import { AGE_BAND_LABELS } from './age-bands.js';
import { ATTEMPT_CHANNELS } from './contact-channels.js';
import { DEBT_DEVELOPMENTS } from './outcome-classes.js';
import { classifyOutcome, type Outcome, type SampleRecord } from './sample-schema.js';

type Obj = Record<string, unknown>;

const KINDS: ReadonlySet<unknown> = new Set(SIGNAL_KINDS);
const SECTOR_SET: ReadonlySet<unknown> = new Set(SECTORS);
const LEGAL: ReadonlySet<unknown> = new Set(LEGAL_FORMS);
const BANDS: ReadonlySet<unknown> = new Set(AGE_BAND_LABELS);
const CHANNEL_SET: ReadonlySet<unknown> = new Set(ATTEMPT_CHANNELS);
const DEVELOPMENTS: ReadonlySet<unknown> = new Set(DEBT_DEVELOPMENTS);
const EURO_RE = /^(0|[1-9]\d*)\.\d{2}$/;
const AREA_RE = /^[1-9]\d{3}(?:[A-Z]{2})?$/;

/** Thrown inside the fast path when a value is not canonical; caught at its entry. */
const NOT_CANONICAL = Symbol('not canonical');

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Whether a character code is printable ASCII other than a space. */
function plainAscii(code: number): boolean {
  return code > 32 && code < 127;
}

/** Whether a string is non-empty and trimming would not change it (cheap check for ASCII ends). */
function trimmed(v: string): boolean {
  if (v.length === 0) return false;
  return (plainAscii(v.charCodeAt(0)) && plainAscii(v.charCodeAt(v.length - 1))) || v.trim() === v;
}

/** A trimmed, non-empty text as the schema would output it; `undefined` stays absent. */
function text(v: unknown): string | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || !trimmed(v)) throw NOT_CANONICAL;
  return v;
}

function id(v: unknown): string {
  if (typeof v !== 'string' || !trimmed(v)) throw NOT_CANONICAL;
  return v;
}

function bool(v: unknown): boolean | undefined {
  if (v === undefined || typeof v === 'boolean') return v;
  throw NOT_CANONICAL;
}

function date(v: unknown): string {
  if (typeof v !== 'string' || v.length !== 10 || !isIsoDate(v)) throw NOT_CANONICAL;
  return v;
}

function euro(v: unknown): string {
  if (typeof v !== 'string' || !EURO_RE.test(v)) throw NOT_CANONICAL;
  return v;
}

function member<T>(set: ReadonlySet<unknown>, v: unknown): T {
  if (!set.has(v)) throw NOT_CANONICAL;
  return v as T;
}

/** Set `key` on `out` when `value` is defined (absent optional fields stay absent, as in the schema's output). */
function put(out: Obj, key: string, value: unknown): void {
  if (value !== undefined) out[key] = value;
}

function nameOf(n: Obj): Obj {
  const out: Obj = {};
  put(out, 'givenNames', text(n['givenNames']));
  put(out, 'initials', text(n['initials']));
  put(out, 'surnamePrefix', text(n['surnamePrefix']));
  put(out, 'surname', text(n['surname']));
  put(out, 'fullName', text(n['fullName']));
  return out;
}

function debtorOf(v: unknown): SampleRecord['debtor'] {
  if (v === undefined) v = {};
  if (!isObj(v)) throw NOT_CANONICAL;
  const n = v['name'];
  if (n !== undefined && !isObj(n)) throw NOT_CANONICAL;
  const b = v['birthDate'];
  const birthDate = b === undefined ? undefined : typeof b === 'string' ? parseBirthDate(b) : null;
  if (birthDate === null) throw NOT_CANONICAL;
  // Every key present (undefined when absent): one object shape for all records keeps later steps fast.
  return {
    name: n === undefined ? undefined : nameOf(n),
    birthDate,
    ageBand: v['ageBand'] === undefined ? undefined : member(BANDS, v['ageBand']),
    legalForm: v['legalForm'] === undefined ? 'natural-person' : member(LEGAL, v['legalForm']),
    phone: text(v['phone']),
    email: text(v['email']),
    hasPhone: bool(v['hasPhone']),
    hasEmail: bool(v['hasEmail']),
  } as SampleRecord['debtor'];
}

function addressOf(v: unknown): SampleRecord['address'] {
  if (!isObj(v) || typeof v['postcode'] !== 'string' || !AREA_RE.test(v['postcode'])) throw NOT_CANONICAL;
  const h = v['houseNumber'];
  if (v['houseLetter'] !== undefined || v['houseNumberAddition'] !== undefined) throw NOT_CANONICAL;
  if (h === undefined) return { postcode: v['postcode'] } as SampleRecord['address'];
  if (!(typeof h === 'number' && Number.isInteger(h) && h >= 1 && h <= 99999)) throw NOT_CANONICAL;
  return { postcode: v['postcode'], houseNumber: h } as SampleRecord['address'];
}

function arrearsOf(v: unknown): SampleRecord['arrears'] {
  if (!isObj(v)) throw NOT_CANONICAL;
  const out: Obj = { total: euro(v['total']) };
  const { termAmount, unpaidTerms, oldestDueDate, newestDueDate } = v;
  if (termAmount !== undefined) out['termAmount'] = euro(termAmount);
  if (unpaidTerms !== undefined) {
    if (!(typeof unpaidTerms === 'number' && Number.isInteger(unpaidTerms) && unpaidTerms >= 0)) throw NOT_CANONICAL;
    out['unpaidTerms'] = unpaidTerms;
  }
  if (oldestDueDate !== undefined) out['oldestDueDate'] = date(oldestDueDate);
  if (newestDueDate !== undefined) out['newestDueDate'] = date(newestDueDate);
  return out as SampleRecord['arrears'];
}

function attemptOf(a: unknown): Outcome['attempts'][number] {
  if (!isObj(a)) throw NOT_CANONICAL;
  const out: Obj = { date: date(a['date']), channel: member(CHANNEL_SET, a['channel']) };
  put(out, 'reached', bool(a['reached']));
  return out as Outcome['attempts'][number];
}

function outcomeOf(v: unknown): Outcome {
  if (!isObj(v)) throw NOT_CANONICAL;
  const raw = v['attempts'] ?? [];
  if (!Array.isArray(raw)) throw NOT_CANONICAL;
  const out: Obj = { attempts: raw.map(attemptOf) };
  put(out, 'pickedUp', bool(v['pickedUp']));
  put(out, 'reached', bool(v['reached']));
  put(out, 'helpAccepted', bool(v['helpAccepted']));
  if (v['closedDate'] !== undefined) out['closedDate'] = date(v['closedDate']);
  const d = v['debt'];
  if (d !== undefined) {
    if (!(isObj(d) && typeof d['afterMonths'] === 'number' && Number.isInteger(d['afterMonths']) && d['afterMonths'] >= 0 && DEVELOPMENTS.has(d['development']))) throw NOT_CANONICAL;
    out['debt'] = { afterMonths: d['afterMonths'], development: d['development'] };
  }
  const o = out as Omit<Outcome, 'class'>;
  return { ...o, class: classifyOutcome(o) };
}

/**
 * The sample record of a canonical input, or `null` when the input is not canonical (then parse
 * it with the schema, which reads every accepted form and reports errors).
 * @category Samples
 */
export function readCanonicalSample(input: unknown): SampleRecord | null {
  if (!isObj(input) || input['eligibility'] !== undefined) return null;
  try {
    const c = input['creditor'];
    if (!isObj(c)) return null;
    const creditor: Obj = { id: id(c['id']), sector: member(SECTOR_SET, c['sector']) };
    put(creditor, 'name', text(c['name']));
    // Every key present (undefined when absent): one object shape for all records keeps later steps fast.
    const out: Obj = {
      id: id(input['id']),
      kind: input['kind'] === undefined ? 'early' : member(KINDS, input['kind']),
      caseId: input['caseId'] === undefined ? undefined : id(input['caseId']),
      household: input['household'] === undefined ? undefined : id(input['household']),
      person: input['person'] === undefined ? undefined : id(input['person']),
      creditor,
      receivedDate: date(input['receivedDate']),
      debtor: debtorOf(input['debtor']),
      address: input['address'] === undefined ? undefined : addressOf(input['address']),
      arrears: arrearsOf(input['arrears']),
      knownAtDebtHelp: bool(input['knownAtDebtHelp']),
      crisis: bool(input['crisis']),
      synthetic: bool(input['synthetic']),
      eligibility: undefined,
      outcome: input['outcome'] === undefined ? undefined : outcomeOf(input['outcome']),
    };
    return out as SampleRecord;
  } catch (e) {
    if (e === NOT_CANONICAL) return null;
    throw e;
  }
}
