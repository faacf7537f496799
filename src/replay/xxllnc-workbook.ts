/**
 * Read an xxllnc export workbook (.xlsx) into sheets of rows, in a browser or in Node, with
 * `read-excel-file`'s universal entry (no Node built-ins). Dates in cells arrive as `Date`
 * objects, which {@link importXxllncExport} reads.
 * @module
 */
import readXlsxFile from 'read-excel-file/universal';
import { UsageError } from '../model/index.js';
import { XXLLNC_SHEETS, type XxllncSheet } from './xxllnc-columns.js';
import type { XxllncSheets } from './xxllnc-import.js';
import type { SheetRow } from './xxllnc-rows.js';

/** Turn a sheet's rows of cells (header row first) into rows keyed by header; blank rows are skipped. @category Vendor exports */
export function rowsFromCells(cells: readonly (readonly unknown[])[]): SheetRow[] {
  const [header, ...body] = cells;
  if (!header) return [];
  const names = header.map((h) => String(h ?? '').trim());
  const out: SheetRow[] = [];
  for (const cellsOfRow of body) {
    if (cellsOfRow.every((c) => c === null || c === undefined || c === '')) continue;
    const row: Record<string, unknown> = {};
    names.forEach((name, i) => {
      if (name !== '') row[name] = cellsOfRow[i] ?? undefined;
    });
    out.push(row);
  }
  return out;
}

/**
 * Read the sheets of an xxllnc export workbook. Sheet names are matched ignoring case and
 * spacing; sheets other than the export's are ignored. Throws {@link UsageError} when the
 * workbook has no `Signalen` sheet.
 * @example
 * const sheets = await readXxllncWorkbook(await file.arrayBuffer());
 * const imported = importXxllncExport(sheets);
 * @category Vendor exports
 */
export async function readXxllncWorkbook(input: ArrayBuffer | Blob): Promise<XxllncSheets> {
  const workbook = await readXlsxFile(input);
  const byName = new Map<string, XxllncSheet>(XXLLNC_SHEETS.map((s) => [s.toLowerCase().replace(/\s+/g, ''), s]));
  const sheets: Partial<Record<XxllncSheet, SheetRow[]>> = {};
  for (const { sheet, data } of workbook) {
    const name = byName.get(sheet.toLowerCase().replace(/\s+/g, ''));
    if (name) sheets[name] = rowsFromCells(data as unknown as unknown[][]);
  }
  const signalen = sheets.Signalen;
  if (!signalen) {
    throw new UsageError('xxllnc workbook', [
      { code: 'missing_sheet', path: ['Signalen'], field: 'Signalen', label: 'Signalen', message: 'The workbook has no sheet named Signalen (Signalen)' },
    ]);
  }
  return { ...sheets, Signalen: signalen };
}
