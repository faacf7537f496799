/**
 * Import an xxllnc Vroegsignalering export (sheets as rows) into sample records, with a report
 * of every row that could not be mapped and why. Nothing is dropped silently: for every sheet,
 * rows = mapped + unmapped.
 * @module
 */
import { readYesNo, type Sector, type SignalKind } from '../model/index.js';
import { ageBandOf } from './age-bands.js';
import { parseExportDate } from './export-dates.js';
import { parseSampleRecord } from './parse-sample.js';
import type { SampleRecord, SampleRecordInput } from './sample-schema.js';
import type { XxllncSheet } from './xxllnc-columns.js';
import {
  eachRow, readAttemptSheet, readCaseSheet, readEndResultSheet, readFollowUpSheet,
  type CaseFacts, type ImportState, type SheetCount,
} from './xxllnc-cases.js';
import { cellReader, cellText, isRow, type SheetRow, type UnmappedRow } from './xxllnc-rows.js';
import { CREDITOR_TYPE_SECTORS, lookupPattern, SIGNAL_TYPE_KINDS } from './xxllnc-vocabulary.js';

/** The sheets of an export as rows keyed by header; only `Signalen` is required. @category Vendor exports */
export type XxllncSheets = { readonly Signalen: readonly SheetRow[] } & Partial<Record<Exclude<XxllncSheet, 'Signalen'>, readonly SheetRow[]>>;

/** A note about a row that was mapped with an assumption (e.g. an unknown creditor type → other). @category Vendor exports */
export type ImportWarning = UnmappedRow;

/** The result of an import. @category Vendor exports */
export interface XxllncImport {
  /** One sample record per mapped Signalen row, in the order of the sheet. */
  readonly records: SampleRecord[];
  /** Every row that could not be mapped, with its sheet, row number and reason. */
  readonly unmapped: UnmappedRow[];
  /** Rows mapped with an assumption worth knowing. */
  readonly warnings: ImportWarning[];
  /** Per sheet: rows read, mapped and reported (rows = mapped + unmapped). */
  readonly counts: Partial<Record<XxllncSheet, SheetCount>>;
}

interface Creditor {
  readonly name: string | undefined;
  readonly sector: Sector;
}

function readCreditors(state: ImportState, rows: readonly SheetRow[] | undefined, warnings: ImportWarning[]): Map<string, Creditor> {
  const creditors = new Map<string, Creditor>();
  let rowNumber = 0;
  eachRow(state, 'Melders', rows, (_row, cell) => {
    rowNumber += 1;
    const id = cellText(cell('ID'));
    if (id === undefined) return { code: 'missing_creditor_id', field: 'ID', message: 'Creditor row has no ID' };
    const type = cellText(cell('Type melder')) ?? '';
    const sector = lookupPattern(CREDITOR_TYPE_SECTORS, type);
    if (sector === null) warnings.push({ sheet: 'Melders', row: rowNumber, code: 'unknown_sector', field: 'Type melder', message: 'Creditor type not recognised; sector set to other' });
    const name = cellText(cell('Melder'));
    const brand = cellText(cell('Melder (submerk)'));
    creditors.set(id, { name: brand && brand !== name ? `${name ?? ''} (${brand})`.trim() : name, sector: sector ?? 'other' });
    return null;
  });
  return creditors;
}

/**
 * Whether the case sheets prove the signal was picked up: a contact attempt, or an end result
 * that only a picked-up case can have. Such evidence beats `Doorgezet = Nee` (the flag is often
 * left unset when staff pick a signal up by hand); the import warns about the conflict.
 */
function contactEvidence(facts: CaseFacts | undefined): boolean {
  return (facts?.attempts.length ?? 0) > 0 || facts?.endResult?.pickedUp === true;
}

function outcomeOf(pickedUpCell: boolean | null, facts: CaseFacts | undefined): SampleRecordInput['outcome'] {
  if (!facts && pickedUpCell === null) return undefined;
  const end = facts?.endResult;
  const forwardedNo = pickedUpCell === false && !contactEvidence(facts);
  const notPickedUp = forwardedNo || facts?.notPickedUp === true || end?.pickedUp === false;
  const reached = end?.reached ?? (facts?.attempts.some((a) => a.reached) ? true : undefined);
  const helpAccepted = end?.helpAccepted ?? facts?.wantsHelp;
  return {
    ...(notPickedUp ? { pickedUp: false } : pickedUpCell !== null || end?.pickedUp ? { pickedUp: true } : {}),
    attempts: facts?.attempts ?? [],
    ...(reached !== undefined ? { reached } : {}),
    ...(helpAccepted !== undefined ? { helpAccepted } : {}),
    ...(facts?.closedDate ? { closedDate: facts.closedDate } : {}),
  };
}

/**
 * Import an xxllnc Vroegsignalering export. Pass each sheet as rows keyed by header (from a CSV
 * parser, or from {@link readXxllncWorkbook}). Returns one sample record per mappable signal row,
 * the household `Hash` kept as the household and person key, each signal carrying its case's
 * outcome (attempts, reached, help accepted, closing date), and a report of every row that
 * could not be mapped.
 * @example
 * const imported = importXxllncExport({ Signalen: signalRows, Melders: creditorRows, Meldingen: caseRows,
 *   Tussenresultaat: attemptRows, Eindresultaat: resultRows });
 * imported.counts.Signalen // { rows: 120, mapped: 119, unmapped: 1 }
 * imported.unmapped[0]     // { sheet: 'Signalen', row: 17, code: 'invalid_date', field: 'Datum melding', message: … }
 * @category Vendor exports
 */
export function importXxllncExport(sheets: XxllncSheets): XxllncImport {
  const signalRows = sheets.Signalen;
  const readSignal = cellReader('Signalen', signalRows);
  const knownCases = new Set<string>();
  for (let i = 0; i < signalRows.length; i += 1) {
    const row = signalRows[i];
    if (!isRow(row)) continue;
    const id = cellText(readSignal(row, 'Meldingnummer'));
    if (id !== undefined) knownCases.add(id);
  }
  const state: ImportState = { cases: new Map(), knownCases, unmapped: [], counts: {} };
  const warnings: ImportWarning[] = [];
  const creditors = readCreditors(state, sheets.Melders, warnings);
  readCaseSheet(state, sheets.Meldingen);
  readAttemptSheet(state, sheets.Tussenresultaat);
  readEndResultSheet(state, sheets.Eindresultaat);
  readFollowUpSheet(state, sheets['Follow-Up resultaat']);

  const records: SampleRecord[] = [];
  let rowNumber = 0;
  eachRow(state, 'Signalen', signalRows, (_row, cell) => {
    rowNumber += 1;
    const id = cellText(cell('SignaalID'));
    if (id === undefined) return { code: 'missing_id', field: 'SignaalID', message: 'Signal row has no SignaalID' };
    const hash = cellText(cell('Hash'));
    if (hash === undefined) return { code: 'missing_household', field: 'Hash', message: 'Signal row has no household Hash' };
    const receivedDate = parseExportDate(cell('Datum melding'));
    if (receivedDate === null) return { code: 'invalid_date', field: 'Datum melding', message: 'Signal date is not a readable date' };
    const creditorId = cellText(cell('Melder ID'));
    const creditor = creditorId === undefined ? undefined : creditors.get(creditorId);
    if (creditorId === undefined || creditor === undefined) return { code: 'unknown_creditor', field: 'Melder ID', message: 'Creditor is missing or not in Melders' };
    const caseId = cellText(cell('Meldingnummer'));
    const total = cell('Achterstandsbedrag') ?? cell('Termijnbedrag');
    if (total === undefined) return { code: 'missing_amount', field: 'Achterstandsbedrag', message: 'Signal row has neither an arrears amount nor a term amount' };
    if (cell('Achterstandsbedrag') === undefined) warnings.push({ sheet: 'Signalen', row: rowNumber, code: 'amount_from_term', field: 'Achterstandsbedrag', message: 'No arrears column or value; the term amount is used as the amount' });
    const forwarded = readYesNo(cell('Doorgezet'));
    const facts = caseId === undefined ? undefined : state.cases.get(caseId);
    if (forwarded === false && contactEvidence(facts)) {
      warnings.push({ sheet: 'Signalen', row: rowNumber, code: 'forwarded_conflict', field: 'Doorgezet', message: 'Doorgezet is Nee, but the case has contact attempts or an end result of a picked-up case: counted as picked up' });
    }
    const age = Number(cellText(cell('Leeftijd')) ?? Number.NaN);
    const postcode = cellText(cell('Postcode'));
    const kind: SignalKind = lookupPattern(SIGNAL_TYPE_KINDS, cellText(cell('Type melding')) ?? '') ?? 'early';
    const input: SampleRecordInput = {
      id,
      kind,
      ...(caseId ? { caseId } : {}),
      household: hash,
      person: hash,
      creditor: { id: creditorId, ...(creditor.name ? { name: creditor.name } : {}), sector: creditor.sector },
      receivedDate,
      debtor: Number.isFinite(age) && age >= 0 ? { ageBand: ageBandOf(age) } : {},
      ...(postcode ? { address: { postcode: postcode.replace(/\s+/g, '').slice(0, 6) } } : {}),
      arrears: {
        total: total as string | number,
        ...(cell('Termijnbedrag') !== undefined ? { termAmount: cell('Termijnbedrag') as string | number } : {}),
      },
      outcome: outcomeOf(forwarded, facts),
      ...(facts?.endResult?.knownAtDebtHelp ? { knownAtDebtHelp: true } : {}),
    };
    const parsed = parseSampleRecord(input);
    if (!parsed.ok) {
      const first = parsed.issues[0]!;
      return { code: first.code, field: first.field, message: parsed.issues.map((e) => `${e.field}: ${e.message}`).join('; ') };
    }
    records.push(parsed.value);
    return null;
  });
  return { records, unmapped: state.unmapped, warnings, counts: state.counts };
}
