/**
 * Every public parser and raw-input batch API as a fuzz target (issue 14): what it is fed and
 * how one case runs. Shared by `test/fuzz/targets.test.ts` (a small budget in `npm test`, and the
 * check that no exported reader is left out) and `npm run fuzz` (`scripts/fuzz.ts`, 1,000,000
 * cases). A case fails when it throws (a `UsageError` counts only where the API documents it as
 * its refusal), loses or reorders records, or echoes a planted BSN or name in any message.
 */
import fc from 'fast-check';
import * as model from '../../src/model/internal.js';
import { isWorkingDay } from '../../src/calendar/index.js';
import { DEFAULT_RULEBOOK, CREDITOR_PRESETS, assessEligibilityBatch, parseArrearsCase, parseCreditorPolicy, parseRulebook } from '../../src/eligibility/index.js';
import { createRegisterIndex, matchSignals, normaliseName, parseRegisterRecord, parseRegisterRecords } from '../../src/matching/index.js';
import { createDetectionState, detectIncremental, detectMatches, parseDetectionState } from '../../src/detection/index.js';
import { PRESETS, compilePolicy, isPresetName, parseContactPlanItem, parseIntakeList, parsePolicy, parseTriageInput, selectIntake, triageBatch } from '../../src/triage/index.js';
import { deserialiseCase, openCase, parseEvent, reconcile, replayCaseLog, serialiseCase, type Case } from '../../src/feedback/index.js';
import { createPseudonymiser, importXxllncExport, parseSample, parseSampleRecord, readXxllncWorkbook } from '../../src/replay/index.js';
import { PLANTED_BSN, baseSignal, echoes, flatRow, key, messagesIn, mutated, planted, scalar, signal, text, value } from './arbitraries.js';

/** What one case of a target gives back to be checked. */
export interface CaseOutcome {
  /** Records lost, added or moved (input count against output count and positions). */
  readonly lost?: number;
  /** Anything holding messages (issues, warnings); searched for planted values. */
  readonly messages?: unknown;
}

/** A fuzz target: its name, its share of `npm run fuzz`, the exports it exercises, its inputs and one run. */
export interface FuzzTarget<T = unknown> {
  readonly name: string;
  readonly share: number;
  /** The exported functions (by name, any subpath) this target calls on hostile input. */
  readonly covers: readonly string[];
  /** Whether a `UsageError` is the documented refusal (its message is still checked for echoes). */
  readonly usageErrorRefuses?: boolean;
  readonly arbitrary: fc.Arbitrary<T>;
  /** A valid input as `run` takes it: `test/fuzz/hostile-100k.test.ts` puts 100,000-character hostile text in each of its leaves. */
  readonly base: T;
  readonly run: (input: T) => CaseOutcome | void;
}

const target = <T>(t: FuzzTarget<T>): FuzzTarget => t as FuzzTarget;
const lost = (inputs: number, outputs: number): number => Math.abs(inputs - outputs);
/** Lost records of a batch whose items carry their `index`: a count mismatch or an item out of place. */
const lostIndexed = (inputs: number, items: readonly { index: number }[]): number => lost(inputs, items.length) + items.filter((item, i) => item.index !== i).length;
const issuesOf = (r: { ok: boolean; issues?: unknown }): unknown => (r.ok ? undefined : r.issues);
const json = <T>(v: T): Record<string, unknown> => JSON.parse(JSON.stringify(v)) as Record<string, unknown>;

const readers = Object.entries(model as Record<string, unknown>).filter(([, v]) => typeof (v as { read?: unknown } | null)?.read === 'function') as [string, model.FieldReader<unknown, unknown>][];
const schemas = Object.entries(model as Record<string, unknown>).filter(([, v]) => typeof (v as { safeParse?: unknown } | null)?.safeParse === 'function') as [string, import('zod').ZodType][];

// Valid inputs to mutate: fuzzing from them reaches the checks a random value never gets past.
const REGISTER_RECORD = { burgerservicenummer: '999990020', naam: { voornamen: 'Anna', voorvoegsel: 'van der', geslachtsnaam: 'Berg' }, geboorte: { datum: '19840721' }, verblijfplaats: { postcode: '2011AB', huisnummer: 12, huisletter: 'A' } };
const ARREARS_CASE = { id: 'E-1', sector: 'water', socialCollectionDone: true, personalContactAttempted: true, reminders: { dates: ['2024-01-05'] }, arrears: { total: '87.50', oldestDueDate: '2024-01-15' } };
const OPENED = { type: 'case-opened', caseId: 'Z-1', municipalityCode: '0546', at: '2025-05-16T08:36:00.000Z', actor: 'ris-import', signal: { id: 'S-1', kind: 'early', creditor: { id: 'C-1', sector: 'housing' }, receivedDate: '2025-05-16', amount: '453.43', originDate: '2025-03-26', client: { bsn: PLANTED_BSN } } };
const EVENT = { type: 'picked-up', caseId: 'Z-1', at: '2025-05-20T17:48:00.000Z', actor: 'staff:1' };
const opened = openCase(OPENED);
if (!opened.ok) throw new Error('the fuzz base case does not open');
const CASE: Case = opened.value;
const INTAKE_LIST = { source: 'cak', requestedOn: '2025-05-01', entries: [{ pseudonym: 'p-a' }, { bsn: PLANTED_BSN }] };
const SAMPLE_RECORD = { ...baseSignal(), synthetic: true, household: 'H1', person: 'P1', outcome: { pickedUp: true, attempts: [{ date: '2023-03-20', channel: 'letter', reached: false }] } };
const STATE = json(detectIncremental([baseSignal()], { state: createDetectionState() }).state);
const compiled = compilePolicy(PRESETS.M4);
const index = createRegisterIndex(parseRegisterRecords([REGISTER_RECORD]).flatMap((r) => (r.ok ? [r.value] : [])));
const batch = fc.array(fc.oneof({ weight: 4, arbitrary: signal }, { weight: 1, arbitrary: value }), { maxLength: 4 });
// Cells as CSV parsers and workbook readers give them, and as careless code does: objects, lists, null-prototype and nested cells (issue 14, item 7).
const xxllncCell = fc.oneof({ weight: 4, arbitrary: fc.oneof(text, planted, fc.double(), fc.constant(null)) }, { weight: 1, arbitrary: value });
const xxllncRow = fc.dictionary(fc.oneof(fc.constantFrom('Meldingnummer', 'SignaalID', 'Hash', 'Melder ID', 'Type melding', 'Datum melding', 'Achterstandsbedrag', 'Termijnbedrag', 'Postcode'), key), xxllncCell, { maxKeys: 7 });
// Sheets with holes and non-row slots (a sparse array, null, text) keep rows = mapped + unmapped.
const xxllncRows = fc.tuple(fc.array(fc.oneof({ weight: 6, arbitrary: xxllncRow }, { weight: 1, arbitrary: fc.constantFrom(null, undefined, 'row', 7) }), { maxLength: 4 }), fc.boolean())
  .map(([rows, sparse]) => {
    const out: unknown[] = [...rows];
    if (sparse && out.length > 0) delete out[0];
    return out;
  });
const XXLLNC_ROW = { Meldingnummer: 'M1', SignaalID: 'S1', Hash: 'a0b77faf', 'Melder ID': 'ZV2', 'Type melding': 'Vroegsignaal', 'Datum melding': '01-01-2023', Doorgezet: 'Ja', Achterstandsbedrag: '589,44', Leeftijd: '35', Postcode: '7749' };
const XXLLNC_CREDITOR = { ID: 'ZV2', Melder: 'Zorgverzekeraar B', 'Melder (submerk)': '', 'Type melder': 'Zorgverzekeraar' };
const NAME_PARTS = { givenNames: 'Anna', initials: 'A.', surnamePrefix: 'van der', surname: 'Berg', fullName: 'Anna van der Berg', nameUse: 'V', partner: { surnamePrefix: 'de', surname: 'Vries' } };
const TRIAGE_INPUT = { signal: baseSignal(), context: { match: true, recidivism: false, knownAtDebtHelp: false } };
const CONTACT_PLAN_ITEM = { signalId: 'S1', channel: 'phone', rank: 3, signalDate: '2025-05-02' };
/**
 * A policy's rule ids are names its author gives the rules, and checks name them on purpose
 * ("Rule 'x' can never decide: … the earlier rule 'y'"); they are no data about residents. The
 * 1,000,000-case run found the one echo there (a rule named with the planted BSN), so rule ids get
 * hostile text but not the planted values.
 */
const AUTHORED_NAMES = { names: ['id'] };
const STORED_CASE = json(JSON.parse(serialiseCase(CASE)));
const UPDATE = { creditorId: 'C-1', receivedOn: '2025-05-20', entries: [{ signalId: 'S-1', status: 'paid' }, { signalId: PLANTED_BSN, status: 'open' }] };
const PSEUDONYMISER = { key: 'k3y-with-enough-entropy-2024!', birth: 'age-band', asOf: '2024-03-01', length: 20 };
const xxllncCells = fc.array(fc.oneof({ weight: 6, arbitrary: fc.array(xxllncCell, { maxLength: 5 }) }, { weight: 1, arbitrary: value }), { maxLength: 5 });

/** Every target, with its share of `npm run fuzz`. */
export const TARGETS: readonly FuzzTarget[] = [
  target({ name: 'parseSignal', base: baseSignal(), share: 0.2, covers: ['parseSignal'], arbitrary: signal, run: (s) => ({ messages: issuesOf(model.parseSignal(s)) }) }),
  target({ name: 'readers and field schemas', base: '1234 AB', share: 0.1, covers: ['isIsoDate', 'isValidBsn'], arbitrary: scalar, run: (x) => {
    const issues: unknown[] = [];
    for (const [, reader] of readers) if (typeof x === 'string' || (typeof x === 'number' && reader.acceptsNumbers)) reader.read(x);
    for (const [, schema] of schemas) issues.push(issuesOf(model.safeParseWith(schema, x)));
    if (typeof x === 'string') model.isIsoDate(x), model.isValidBsn(x);
    return { messages: issues };
  } }),
  target({ name: 'money, dates, house numbers, yes/no', base: '1.234,56', share: 0.1, covers: ['parseEuro', 'parseDateInput', 'parseBirthDate', 'readYesNo'], arbitrary: fc.oneof(text, fc.double()), run: (x) => {
    const euro = model.readEuro(x as string | number);
    model.parseEuro(x as string | number);
    model.readYesNo(x);
    if (typeof x === 'string') {
      model.parseDateInput(x);
      model.parseBirthDate(x, { notAfter: '2024-01-01' });
      model.splitHouseNumber(x);
      model.splitHouseNumberField({ houseNumber: x });
    }
    return { messages: issuesOf(euro) };
  } }),
  target({ name: 'isPresetName and isWorkingDay', base: '2024-03-01', share: 0.01, covers: ['isPresetName', 'isWorkingDay'], arbitrary: text, run: (x) => {
    isPresetName(x);
    if (typeof x === 'string') isWorkingDay(x as model.IsoDate); // typed IsoDate: text of any kind, never a TypeError
  } }),
  target({ name: 'unflatten', base: { id: 'S1', 'address.postcode': '1234AB', 'arrears.total': '1.234,56' }, share: 0.08, covers: ['unflatten'], arbitrary: flatRow, run: (row) => ({ messages: issuesOf(model.unflatten(row)) }) }),
  target({ name: 'parseSignals', base: [baseSignal()], share: 0.04, covers: ['parseSignals'], arbitrary: batch, run: (xs) => {
    const out = model.parseSignals(xs);
    return { lost: lost(xs.length, out.length), messages: out.map(issuesOf) };
  } }),
  target({ name: 'parseArrearsCase', base: ARREARS_CASE, share: 0.03, covers: ['parseArrearsCase'], arbitrary: mutated(ARREARS_CASE), run: (x) => ({ messages: issuesOf(parseArrearsCase(x)) }) }),
  target({ name: 'assessEligibilityBatch', base: [ARREARS_CASE], share: 0.03, covers: ['assessEligibilityBatch'], arbitrary: fc.array(fc.oneof(mutated(ARREARS_CASE), signal), { maxLength: 4 }), run: (xs) => {
    const out = assessEligibilityBatch(xs, { asOf: '2024-03-01' });
    return { lost: lostIndexed(xs.length, out), messages: out.map(issuesOf) };
  } }),
  target({ name: 'parseRulebook', base: json(DEFAULT_RULEBOOK), share: 0.02, covers: ['parseRulebook'], arbitrary: mutated(json(DEFAULT_RULEBOOK)), run: (x) => ({ messages: issuesOf(parseRulebook(x)) }) }),
  target({ name: 'parseCreditorPolicy', base: json(Object.values(CREDITOR_PRESETS)[0]), share: 0.02, covers: ['parseCreditorPolicy'], arbitrary: mutated(json(Object.values(CREDITOR_PRESETS)[0])), run: (x) => ({ messages: issuesOf(parseCreditorPolicy(x)) }) }),
  target({ name: 'parseRegisterRecord(s)', base: [REGISTER_RECORD], share: 0.04, covers: ['parseRegisterRecord', 'parseRegisterRecords'], arbitrary: fc.array(mutated(REGISTER_RECORD), { maxLength: 4 }), run: (xs) => {
    const out = parseRegisterRecords(xs);
    return { lost: lostIndexed(xs.length, out), messages: [out.map(issuesOf), xs.map((x) => issuesOf(parseRegisterRecord(x)))] };
  } }),
  target({ name: 'normaliseName', base: NAME_PARTS, share: 0.02, covers: ['normaliseName'], arbitrary: fc.oneof(text, mutated(NAME_PARTS)), run: (x) => void normaliseName(x as string) }),
  target({ name: 'matchSignals', base: [baseSignal()], share: 0.03, covers: ['matchSignals'], arbitrary: batch, run: (xs) => {
    const out = matchSignals(xs, index);
    return { lost: lostIndexed(xs.length, out), messages: out.map((m) => (m.ok ? m.value.reasons : m.issues)) };
  } }),
  target({ name: 'detectMatches', base: [baseSignal()], share: 0.03, covers: ['detectMatches'], arbitrary: batch, run: (xs) => {
    const out = [...detectMatches(xs)];
    return { lost: lostIndexed(xs.length, out), messages: out.map(issuesOf) };
  } }),
  target({ name: 'parseDetectionState and detectIncremental', base: [STATE, [baseSignal()]], share: 0.03, covers: ['parseDetectionState', 'detectIncremental'], arbitrary: fc.tuple(mutated(STATE), batch), run: ([state, xs]) => {
    const parsed = parseDetectionState(state);
    const out = [...detectIncremental(xs, { state: parsed.ok ? parsed.value : createDetectionState() }).items];
    return { lost: lostIndexed(xs.length, out), messages: [issuesOf(parsed), out.map(issuesOf)] };
  } }),
  target({ name: 'parsePolicy', base: json(PRESETS.M4), share: 0.03, covers: ['parsePolicy'], arbitrary: mutated(json(PRESETS.M4), AUTHORED_NAMES), run: (x) => ({ messages: issuesOf(parsePolicy(x)) }) }),
  target({ name: 'compilePolicy', base: json(PRESETS.M6), share: 0.01, covers: ['compilePolicy'], usageErrorRefuses: true, arbitrary: mutated(json(PRESETS.M6), AUTHORED_NAMES), run: (x) => void compilePolicy(x as never) }),
  target({ name: 'parseContactPlanItem', base: CONTACT_PLAN_ITEM, share: 0.01, covers: ['parseContactPlanItem'], arbitrary: mutated(CONTACT_PLAN_ITEM), run: (x) => ({ messages: issuesOf(parseContactPlanItem(x)) }) }),
  target({ name: 'parseTriageInput and triageBatch', base: [TRIAGE_INPUT], share: 0.03, covers: ['parseTriageInput', 'triageBatch'], arbitrary: fc.array(fc.oneof(signal, mutated(TRIAGE_INPUT)), { maxLength: 4 }), run: (xs) => {
    const items = triageBatch(xs, compiled);
    return { lost: lostIndexed(xs.length, items), messages: [items.map((item) => (item.ok ? item.value.reasons : item.issues)), xs.map((x) => issuesOf(parseTriageInput(x)))] };
  } }),
  target({ name: 'parseIntakeList and selectIntake', base: [INTAKE_LIST, INTAKE_LIST], share: 0.02, covers: ['parseIntakeList', 'selectIntake'], arbitrary: fc.tuple(mutated(INTAKE_LIST), mutated(INTAKE_LIST)), run: ([list, earlier]) => {
    const parsed = parseIntakeList(list);
    const selected = selectIntake(list, { earlier: [earlier], policy: { cadence: 'monthly' } });
    return { messages: [issuesOf(parsed), issuesOf(selected)] };
  } }),
  target({ name: 'parseEvent and replayCaseLog', base: [EVENT, OPENED], share: 0.03, covers: ['parseEvent', 'replayCaseLog'], arbitrary: fc.array(fc.oneof(mutated(EVENT), mutated(OPENED)), { maxLength: 4 }), run: (xs) => {
    const records = [OPENED, ...xs];
    const { items } = replayCaseLog(records);
    return { lost: lostIndexed(records.length, items), messages: [items.map(issuesOf), xs.map((x) => issuesOf(parseEvent(x)))] };
  } }),
  target({ name: 'deserialiseCase', share: 0.02, covers: ['deserialiseCase'], base: STORED_CASE, arbitrary: fc.oneof(mutated(STORED_CASE), mutated(STORED_CASE).map((c) => JSON.stringify(c) ?? ''), text), run: (x) => ({ messages: issuesOf(deserialiseCase(x)) }) }),
  target({ name: 'reconcile', base: UPDATE, share: 0.02, covers: ['reconcile'], arbitrary: mutated(UPDATE), run: (update) => ({ messages: issuesOf(reconcile([CASE], update, { at: '2025-05-20T10:00:00+02:00', actor: 'staff:7' })) }) }),
  target({ name: 'parseSampleRecord and parseSample', base: [SAMPLE_RECORD], share: 0.03, covers: ['parseSampleRecord', 'parseSample'], arbitrary: fc.array(fc.oneof(mutated(SAMPLE_RECORD), signal), { maxLength: 4 }), run: (xs) => {
    const out = parseSample(xs);
    return { lost: lostIndexed(xs.length, out), messages: [out.map(issuesOf), xs.map((x) => issuesOf(parseSampleRecord(x)))] };
  } }),
  target({ name: 'importXxllncExport', base: [XXLLNC_ROW], share: 0.03, covers: ['importXxllncExport'], arbitrary: xxllncRows, run: (rows) => {
    const out = importXxllncExport({ Signalen: rows as never, Melders: rows as never });
    const count = out.counts.Signalen!;
    return { lost: lost(rows.length, count.mapped + count.unmapped), messages: { unmapped: out.unmapped, warnings: out.warnings } };
  } }),
  target({ name: 'readXxllncWorkbook', base: [[Object.keys(XXLLNC_ROW), Object.values(XXLLNC_ROW)], 'Signalen', { sheet: 'Melders', data: [Object.keys(XXLLNC_CREDITOR), Object.values(XXLLNC_CREDITOR)] }], share: 0.02, covers: ['readXxllncWorkbook'], usageErrorRefuses: true, arbitrary: fc.tuple(xxllncCells, fc.oneof(fc.constant('Signalen'), text), value), run: ([data, sheet, other]) => {
    const sheets = readXxllncWorkbook([{ sheet: 'Signalen', data: data as never }, { sheet, data: data as never }, other as never]);
    const out = importXxllncExport(sheets);
    return { lost: lost(sheets.Signalen.length, out.counts.Signalen!.mapped + out.counts.Signalen!.unmapped), messages: { unmapped: out.unmapped, warnings: out.warnings } };
  } }),
  target({ name: 'createPseudonymiser', base: PSEUDONYMISER, share: 0.01, covers: ['createPseudonymiser'], usageErrorRefuses: true, arbitrary: fc.oneof(mutated(PSEUDONYMISER), fc.record({ key: fc.oneof(text, planted, fc.string({ minLength: 16, maxLength: 40 })) })), run: (options) => {
    createPseudonymiser(options as never).token(PLANTED_BSN, 'person');
  } }),
];

/** The counts of a fuzz run (one target, or all together). */
export interface Tally {
  cases: number;
  throws: number;
  lostRecords: number;
  echoedValues: number;
  /** The first unexpected throw, to start debugging from (name and the start of the message). */
  firstThrow?: string;
}

/** A tally at zero. */
export const emptyTally = (): Tally => ({ cases: 0, throws: 0, lostRecords: 0, echoedValues: 0 });

/** Run one case of a target and count it into each tally: its throw, its lost records, its echoes. */
export function runCase(t: FuzzTarget, input: unknown, ...tallies: Tally[]): void {
  let outcome: CaseOutcome = {};
  let thrown: string | undefined;
  let echoed = false;
  try {
    outcome = t.run(input) ?? {};
    echoed = outcome.messages !== undefined && echoes(messagesIn(outcome.messages, true));
  } catch (error) {
    if (t.usageErrorRefuses && error instanceof model.UsageError) echoed = echoes([error.message, ...messagesIn(error.issues, true)]);
    else thrown = error instanceof Error ? `${error.name}: ${error.message.slice(0, 120)}` : String(error);
  }
  for (const tally of tallies) {
    tally.cases += 1;
    tally.lostRecords += outcome.lost ?? 0;
    if (echoed) tally.echoedValues += 1;
    if (thrown !== undefined) {
      tally.throws += 1;
      tally.firstThrow ??= thrown;
    }
  }
}
