/**
 * The case sheets of an xxllnc export (Meldingen, Tussenresultaat, Eindresultaat, Follow-Up
 * resultaat) gathered per case number. Every row is either mapped or reported.
 * @module
 */
import { readYesNo, type IsoDate } from '../model/index.js';
import { attemptChannel, type AttemptChannel } from './contact-channels.js';
import { parseExportDate } from './export-dates.js';
import type { XxllncSheet } from './xxllnc-columns.js';
import { endResultFacts, type EndResultFacts } from './xxllnc-results.js';
import { cellReader, cellText, isRow, type CellReader, type SheetRow, type UnmappedRow } from './xxllnc-rows.js';

/** What the case sheets say about one case. */
export interface CaseFacts {
  closedDate?: IsoDate;
  notPickedUp?: boolean;
  attempts: Array<{ date: IsoDate; channel: AttemptChannel; reached: boolean }>;
  wantsHelp?: boolean;
  endResult?: EndResultFacts;
  followUps: number;
}

/** Counts of rows per sheet: read, mapped, reported. @category Vendor exports */
export interface SheetCount {
  /** Data rows in the sheet. */
  rows: number;
  /** Rows mapped onto sample records. */
  mapped: number;
  /** Rows reported in `unmapped`. */
  unmapped: number;
}

/** Shared state of one import: the cases, the report and the counts. */
export interface ImportState {
  readonly cases: Map<string, CaseFacts>;
  readonly knownCases: ReadonlySet<string>;
  readonly unmapped: UnmappedRow[];
  readonly counts: Partial<Record<XxllncSheet, SheetCount>>;
}

/** Run a row mapper over a sheet, counting and reporting every row. */
export function eachRow(
  state: ImportState,
  sheet: XxllncSheet,
  rows: readonly SheetRow[] | undefined,
  map: (row: SheetRow, cell: (header: string) => unknown) => Omit<UnmappedRow, 'sheet' | 'row'> | null,
): void {
  const list = rows ?? [];
  const count: SheetCount = { rows: list.length, mapped: 0, unmapped: 0 };
  state.counts[sheet] = count;
  const read = cellReader(sheet, list);
  // An index loop, not forEach: a hole in a sparse array is a row too, and is reported.
  for (let i = 0; i < list.length; i += 1) {
    const problem = rowProblem(list[i], read) ?? map(list[i]!, (header) => read(list[i]!, header));
    if (problem === null) count.mapped += 1;
    else {
      count.unmapped += 1;
      state.unmapped.push({ sheet, row: i + 1, ...problem });
    }
  }
}

/** Why a row slot cannot be read at all (not a row, or a cell that is no value), or `null`. */
function rowProblem(row: unknown, read: CellReader): Omit<UnmappedRow, 'sheet' | 'row'> | null {
  if (!isRow(row)) return { code: 'invalid_row', message: 'Row is not a row of cells (empty slot, null or a value)' };
  const field = read.unreadable(row);
  if (field !== undefined) return { code: 'invalid_cell', field, message: 'Cell holds no text, number or date (an object, a list or an invalid date)' };
  return null;
}

function caseOf(state: ImportState, id: string): CaseFacts {
  let facts = state.cases.get(id);
  if (!facts) state.cases.set(id, (facts = { attempts: [], followUps: 0 }));
  return facts;
}

/** The case number of a row, or the problem when it is missing or unknown. */
function caseNumber(state: ImportState, cell: (header: string) => unknown): string | Omit<UnmappedRow, 'sheet' | 'row'> {
  const id = cellText(cell('Meldingnummer'));
  if (id === undefined) return { code: 'missing_case', field: 'Meldingnummer', message: 'Row has no case number' };
  if (!state.knownCases.has(id)) return { code: 'unknown_case', field: 'Meldingnummer', message: 'Case number does not occur in Signalen' };
  return id;
}

/** Run a row mapper over a sheet whose rows name a case: rows without a known case number are reported. */
function eachCaseRow(
  state: ImportState,
  sheet: XxllncSheet,
  rows: readonly SheetRow[] | undefined,
  map: (caseId: string, cell: (header: string) => unknown) => Omit<UnmappedRow, 'sheet' | 'row'> | null,
): void {
  eachRow(state, sheet, rows, (_row, cell) => {
    const id = caseNumber(state, cell);
    return typeof id === 'string' ? map(id, cell) : id;
  });
}

/** Read the Meldingen sheet (one row per case). */
export function readCaseSheet(state: ImportState, rows: readonly SheetRow[] | undefined): void {
  const seen = new Set<string>();
  eachCaseRow(state, 'Meldingen', rows, (id, cell) => {
    if (seen.has(id)) return { code: 'duplicate_case', field: 'Meldingnummer', message: 'Case number occurs twice in Meldingen' };
    seen.add(id);
    const closedCell = cell('Afgerond d.d.');
    const closedDate = closedCell === undefined ? undefined : parseExportDate(closedCell);
    if (closedDate === null) return { code: 'invalid_date', field: 'Afgerond d.d.', message: 'Closing date is not a readable date' };
    const facts = caseOf(state, id);
    if (closedDate !== undefined && readYesNo(cell('Afgerond')) !== false) facts.closedDate = closedDate;
    if (readYesNo(cell('Onterecht')) === true || readYesNo(cell('Ingetrokken')) === true) facts.notPickedUp = true;
    return null;
  });
}

/** Read the Tussenresultaat sheet (one row per contact attempt). */
export function readAttemptSheet(state: ImportState, rows: readonly SheetRow[] | undefined): void {
  eachCaseRow(state, 'Tussenresultaat', rows, (id, cell) => {
    const date = parseExportDate(cell('Datum contactpoging'));
    if (date === null) return { code: 'invalid_date', field: 'Datum contactpoging', message: 'Attempt has no readable date' };
    const channelText = cellText(cell('Wijze van contactpoging'));
    const channel = channelText === undefined ? 'unknown' : attemptChannel(channelText);
    if (channel === null) return { code: 'invalid_channel', field: 'Wijze van contactpoging', message: 'Unknown way of contact' };
    const facts = caseOf(state, id);
    facts.attempts.push({ date, channel, reached: readYesNo(cell('Persoon bereikt')) === true });
    const wantsHelp = readYesNo(cell('Wil de klant hulp'));
    if (wantsHelp === true) facts.wantsHelp = true;
    else if (wantsHelp === false && facts.wantsHelp === undefined) facts.wantsHelp = false;
    return null;
  });
}

/** Read the Eindresultaat sheet (one row per closed case). */
export function readEndResultSheet(state: ImportState, rows: readonly SheetRow[] | undefined): void {
  eachCaseRow(state, 'Eindresultaat', rows, (id, cell) => {
    const result = cellText(cell('Wat is het eindresultaat'));
    const facts = result === undefined ? null : endResultFacts(result);
    if (facts === null) return { code: 'unknown_result', field: 'Wat is het eindresultaat', message: 'Not one of the DDAS end results' };
    caseOf(state, id).endResult = facts;
    return null;
  });
}

/** Read the Follow-Up resultaat sheet (counted per case). */
export function readFollowUpSheet(state: ImportState, rows: readonly SheetRow[] | undefined): void {
  eachCaseRow(state, 'Follow-Up resultaat', rows, (id) => {
    caseOf(state, id).followUps += 1;
    return null;
  });
}
