/**
 * The research input of the CLI: a sample file (JSONL or CSV), or the xxllnc Vroegsignalering
 * export as researchers get it (an .xlsx workbook, or a folder with one CSV file per sheet).
 * `import-xxllnc`, `replay` and `research` read it here, so that all three accept the same.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import {
  createPseudonymiser, importXxllncExport, parseSampleRecord, readXxllncWorkbook, XXLLNC_SHEETS,
  type SampleRecord, type SheetCount, type SheetRow, type UnmappedRow, type XxllncImport, type XxllncSheet, type XxllncSheets,
} from '../replay/index.js';
import pkg from '../../package.json' with { type: 'json' };
import { detectFormat, InputError, readAllRecords } from './io.js';

/** A row the import could not use, with the row number as Excel shows it (the header is row 1). */
export interface ExportProblem extends UnmappedRow {
  /** The sheet's file, for a folder of CSV files. */
  readonly file?: string;
}

/** An export as read: the import, and every row reported with Excel's row number. */
export interface ReadExport {
  /** How it was read. */
  readonly source: 'xlsx' | 'csv-folder';
  /** The import's records and counts; `unmapped` and `warnings` carry Excel's row numbers. */
  readonly imported: XxllncImport;
}

/** Whether a path is an xxllnc export (a folder, or an .xlsx workbook) rather than a sample file. */
export function isXxllncExport(path: string): boolean {
  if (/\.xlsx$/i.test(path)) return true;
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

const sheetKey = (name: string): string => name.toLowerCase().replace(/[\s_-]+/g, '');
const SHEETS_BY_KEY = new Map<string, XxllncSheet>(XXLLNC_SHEETS.map((s) => [sheetKey(s), s]));

/** The xlsx reader, an optional peer dependency of the command line: a one-line install hint when it is missing. */
async function xlsxReader(): Promise<(input: Buffer) => Promise<{ sheet: string; data: unknown[][] }[]>> {
  // A specifier the bundler cannot follow: the reader stays a package of its own, found at run time.
  const specifier = 'read-excel-file/node';
  try {
    return ((await import(specifier)) as { default: unknown }).default as never;
  } catch (error) {
    if ((error as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    const range = (pkg.peerDependencies as Readonly<Record<string, string>>)['read-excel-file'] ?? '^9';
    throw new InputError(`reading .xlsx needs read-excel-file: npm install --save-dev read-excel-file@${range} (or save the sheets as CSV files in a folder)`);
  }
}

/** Whether a row of cells is blank (the rows `readXxllncWorkbook` skips). */
const blank = (cells: readonly unknown[]): boolean => cells.every((c) => c === null || c === undefined || c === '');

/** Read a workbook: the sheets, and per sheet the Excel row number of each data row it keeps. */
async function readWorkbook(file: string): Promise<{ sheets: XxllncSheets; rows: Map<XxllncSheet, number[]> }> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new InputError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : (code ?? 'read error')}`);
  }
  const read = await xlsxReader();
  let workbook: { sheet: string; data: unknown[][] }[];
  try {
    workbook = await read(bytes);
  } catch {
    throw new InputError(`${file} is not a readable .xlsx workbook`);
  }
  const rows = new Map<XxllncSheet, number[]>();
  for (const { sheet, data } of workbook) {
    const name = SHEETS_BY_KEY.get(sheetKey(sheet));
    if (name) rows.set(name, data.flatMap((cells, i) => (i > 0 && !blank(cells) ? [i + 1] : [])));
  }
  try {
    return { sheets: readXxllncWorkbook(workbook), rows };
  } catch {
    throw new InputError(`${file} has no sheet named Signalen; sheets: ${workbook.map((s) => s.sheet).join(', ')}`);
  }
}

/** Read a folder with a CSV file per sheet (`Signalen.csv`, …): rows, their Excel row numbers, and rows that could not be read. */
async function readCsvFolder(dir: string): Promise<{ sheets: XxllncSheets; rows: Map<XxllncSheet, number[]>; unreadable: ExportProblem[]; files: Map<XxllncSheet, string> }> {
  const sheets: Partial<Record<XxllncSheet, SheetRow[]>> = {};
  const rows = new Map<XxllncSheet, number[]>();
  const files = new Map<XxllncSheet, string>();
  const unreadable: ExportProblem[] = [];
  for (const entry of readdirSync(dir).sort()) {
    if (!/\.(csv|tsv|txt)$/i.test(entry)) continue;
    const sheet = SHEETS_BY_KEY.get(sheetKey(basename(entry, extname(entry))));
    if (!sheet) continue;
    if (files.has(sheet)) throw new InputError(`${dir} has two files for sheet ${sheet}: ${basename(files.get(sheet)!)} and ${entry}`);
    const file = join(dir, entry);
    files.set(sheet, file);
    const list: SheetRow[] = [];
    const lines: number[] = [];
    for (const record of await readAllRecords(file, 'csv', { flat: true })) {
      if (record.readIssue) {
        unreadable.push({ sheet, row: record.line, file: entry, code: record.readIssue.code, message: record.readIssue.message });
        continue;
      }
      list.push(record.value as SheetRow);
      lines.push(record.line);
    }
    sheets[sheet] = list;
    rows.set(sheet, lines);
  }
  if (!sheets.Signalen) {
    throw new InputError(`${dir} has no Signalen.csv; an xxllnc export folder holds one CSV file per sheet (${XXLLNC_SHEETS.join(', ')})`);
  }
  return { sheets: { ...sheets, Signalen: sheets.Signalen }, rows, unreadable, files };
}

/**
 * Read an xxllnc export: an .xlsx workbook (with `read-excel-file`, an optional peer dependency)
 * or a folder with a CSV file per sheet (any delimiter, BOM, encoding, as the CLI reads CSV). Rows
 * the import reports carry the row number Excel shows; CSV rows that could not be read at all are
 * reported too, and counted, so that for every sheet rows = mapped + unmapped.
 */
export async function readXxllncExport(path: string): Promise<ReadExport> {
  const xlsx = /\.xlsx$/i.test(path);
  const read = xlsx ? { ...(await readWorkbook(path)), unreadable: [] as ExportProblem[], files: new Map<XxllncSheet, string>() } : await readCsvFolder(path);
  const imported = importXxllncExport(read.sheets);
  const excelRow = (p: UnmappedRow): ExportProblem => {
    const file = read.files.get(p.sheet);
    return { ...p, row: read.rows.get(p.sheet)?.[p.row - 1] ?? p.row + 1, ...(file ? { file: basename(file) } : {}) };
  };
  const counts: Partial<Record<XxllncSheet, SheetCount>> = { ...imported.counts };
  for (const p of read.unreadable) {
    const c = counts[p.sheet] ?? { rows: 0, mapped: 0, unmapped: 0 };
    counts[p.sheet] = { rows: c.rows + 1, mapped: c.mapped, unmapped: c.unmapped + 1 };
  }
  const unmapped = [...imported.unmapped.map(excelRow), ...read.unreadable].sort((a, b) => XXLLNC_SHEETS.indexOf(a.sheet) - XXLLNC_SHEETS.indexOf(b.sheet) || a.row - b.row);
  return {
    source: xlsx ? 'xlsx' : 'csv-folder',
    imported: { records: imported.records, unmapped, warnings: imported.warnings.map(excelRow), counts },
  };
}

/** The import's counts as lines for stderr: one per sheet (rows = mapped + unmapped), then the warnings by code. */
export function importSummary(imported: XxllncImport): string[] {
  const lines = XXLLNC_SHEETS.flatMap((sheet) => {
    const c = imported.counts[sheet];
    return c ? [`  ${sheet}: ${c.rows} rows = ${c.mapped} mapped + ${c.unmapped} unmapped`] : [];
  });
  const byCode = new Map<string, number>();
  for (const w of imported.warnings) byCode.set(w.code, (byCode.get(w.code) ?? 0) + 1);
  const explain: Readonly<Record<string, string>> = {
    forwarded_conflict: 'Doorgezet = Nee but the case has contact attempts or a picked-up end result (counted as picked up)',
    unknown_sector: 'creditor type not recognised (sector set to other)',
    amount_from_term: 'no arrears amount (the term amount used)',
  };
  for (const [code, n] of byCode) lines.push(`  warning: ${n} × ${explain[code] ?? code}`);
  return lines;
}

/**
 * Replace the identifiers of sample records by keyed hashes (signal, case, household, person)
 * and shorten postcodes to their four digits, with the key in a file (a weak key is refused by
 * `createPseudonymiser`, exit 2, with what a key needs).
 */
export function pseudonymiseRecords(records: readonly SampleRecord[], keyFile: string): SampleRecord[] {
  let key: string;
  try {
    key = readFileSync(keyFile, 'utf8').trim();
  } catch {
    throw new InputError(`cannot read the key file ${keyFile}`);
  }
  const p = createPseudonymiser({ key });
  return records.map((r) => ({
    ...r,
    id: p.token(r.id, 'signal'),
    ...(r.caseId !== undefined ? { caseId: p.token(r.caseId, 'case') } : {}),
    ...(r.household !== undefined ? { household: p.token(r.household, 'household') } : {}),
    ...(r.person !== undefined ? { person: p.token(r.person, 'person') } : {}),
    ...(r.address ? { address: { ...r.address, postcode: r.address.postcode.slice(0, 4) } } : {}),
  }));
}

/** A research sample as the commands use it: the records, and what to call it. */
export interface LoadedSample {
  readonly records: SampleRecord[];
  /** The file or folder name, with "(synthetic)" when every record says so. */
  readonly label: string;
  readonly synthetic: boolean;
  /** The import, when the input was an xxllnc export. */
  readonly imported?: XxllncImport;
}

/**
 * Read a research sample, or an xxllnc export (a folder or an .xlsx file), for `replay` and
 * `research`. Invalid sample records and unmapped export rows are counted on stderr with their
 * first reasons (never dropped silently) and make the exit code 1.
 */
export async function loadSample(path: string, format?: string): Promise<LoadedSample> {
  let records: SampleRecord[] = [];
  const invalid: string[] = [];
  let imported: XxllncImport | undefined;
  if (isXxllncExport(path)) {
    imported = (await readXxllncExport(path)).imported;
    records = imported.records;
    process.stderr.write(`${path}: xxllnc export\n${importSummary(imported).join('\n')}\n`);
    for (const u of imported.unmapped) invalid.push(`${u.sheet} row ${u.row}: ${u.message}`);
  } else {
    for (const record of await readAllRecords(path, detectFormat(path, format))) {
      const parsed = record.readIssue ? null : parseSampleRecord(record.value);
      if (parsed?.ok) records.push(parsed.value);
      else invalid.push(`row ${record.line}: ${record.readIssue?.message ?? parsed!.issues.map((e) => `${e.field}: ${e.message}`).join('; ')}`);
    }
  }
  if (invalid.length > 0) {
    process.stderr.write(`${invalid.length} record(s) of ${path} are left out:\n${invalid.slice(0, 10).map((l) => `  ${l}\n`).join('')}`);
    if (invalid.length > 10) process.stderr.write(`  … and ${invalid.length - 10} more\n`);
    process.exitCode = 1;
  }
  if (records.length === 0) throw new InputError(`${path} has no usable records`);
  const synthetic = records.every((r) => r.synthetic === true);
  return { records, label: synthetic ? `${basename(path)} (synthetic)` : basename(path), synthetic, ...(imported ? { imported } : {}) };
}
