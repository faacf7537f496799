/**
 * Turn the sheets of an xxllnc export workbook (.xlsx), as an xlsx reader returns them, into
 * the export's sheets of rows. The library reads no .xlsx bytes itself, so that it needs no
 * spreadsheet dependency: the caller brings the reader (e.g. `read-excel-file`). Dates in
 * cells arrive as `Date` objects, which {@link importXxllncExport} reads.
 * @module
 */
import { UsageError } from '../model/index.js';
import { XXLLNC_SHEETS, type XxllncSheet } from './xxllnc-columns.js';
import type { XxllncSheets } from './xxllnc-import.js';
import { cellText, type SheetRow } from './xxllnc-rows.js';

/**
 * Turn a sheet's rows of cells (header row first) into rows keyed by header; blank rows are
 * skipped. Rows are built without a prototype (a header `__proto__` is an ordinary key); a
 * slot that is not a list of cells stays in place as `null`, which the import reports.
 * @category Vendor exports
 */
export function rowsFromCells(cells: readonly (readonly unknown[])[]): SheetRow[] {
  const header = cells[0];
  if (!Array.isArray(header)) return [];
  const names = Array.from(header, (h) => cellText(h) ?? '');
  const out: SheetRow[] = [];
  for (let r = 1; r < cells.length; r += 1) {
    const cellsOfRow: unknown = cells[r];
    if (!Array.isArray(cellsOfRow)) {
      out.push(null as unknown as SheetRow);
      continue;
    }
    if (Array.from(cellsOfRow).every((c) => c === null || c === undefined || c === '')) continue;
    const row = Object.create(null) as Record<string, unknown>;
    names.forEach((name, i) => {
      if (name !== '') row[name] = cellsOfRow[i] ?? undefined;
    });
    out.push(row);
  }
  return out;
}

/**
 * Read the sheets of an xxllnc export workbook. Pass every sheet as an xlsx reader returns it:
 * its name and its rows of cells, header row first (the shape `read-excel-file` returns for a
 * whole workbook). Sheet names are matched ignoring case and spacing; sheets other than the
 * export's are ignored. Throws `UsageError` (from `vroegsignalering/model`) when `workbook` is not a list of sheets or
 * has no `Signalen` sheet.
 * @example
 * import readXlsxFile from 'read-excel-file/universal'; // browser and Node; `npm install read-excel-file`
 * const sheets = readXxllncWorkbook(await readXlsxFile(await file.arrayBuffer()));
 * const imported = importXxllncExport(sheets);
 * @category Vendor exports
 */
export function readXxllncWorkbook(
  workbook: readonly { readonly sheet: string; readonly data: readonly (readonly unknown[])[] }[],
): XxllncSheets {
  if (!Array.isArray(workbook)) {
    throw new UsageError('xxllnc workbook', [
      {
        code: 'invalid_type', path: [], field: '(workbook)',
        message: 'Expected the sheets an xlsx reader returns ({ sheet, data } for each sheet), not the file itself; e.g. readXlsxFile(bytes) from read-excel-file',
      },
    ]);
  }
  const byName = new Map<string, XxllncSheet>(XXLLNC_SHEETS.map((s) => [s.toLowerCase().replace(/\s+/g, ''), s]));
  const sheets: Partial<Record<XxllncSheet, SheetRow[]>> = {};
  for (const { sheet, data } of workbook) {
    const name = byName.get(sheet.toLowerCase().replace(/\s+/g, ''));
    if (name) sheets[name] = rowsFromCells(data);
  }
  const signalen = sheets.Signalen;
  if (!signalen) {
    throw new UsageError('xxllnc workbook', [
      { code: 'missing_sheet', path: ['Signalen'], field: 'Signalen', label: 'Signalen', message: 'The workbook has no sheet named Signalen (Signalen)' },
    ]);
  }
  return { ...sheets, Signalen: signalen };
}
