/**
 * Rows of an export sheet: header lookup that ignores case, spacing and older header spellings,
 * and the report entry for a row that could not be mapped.
 * @module
 */
import { XXLLNC_COLUMNS, type XxllncSheet } from './xxllnc-columns.js';

/** One row of a sheet, keyed by its header. @category Vendor exports */
export type SheetRow = Readonly<Record<string, unknown>>;

/** A row that could not be mapped, and why (never personal data). @category Vendor exports */
export interface UnmappedRow {
  /** The sheet. */
  readonly sheet: XxllncSheet;
  /** 1-based data row (the header row not counted). */
  readonly row: number;
  /** Stable code, e.g. `unknown_case`, `invalid_date`. */
  readonly code: string;
  /** The column or field concerned, when one is. */
  readonly field?: string;
  /** Plain English reason. */
  readonly message: string;
}

function key(header: string): string {
  return header.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** A reader of one sheet's cells by the headers of {@link XXLLNC_COLUMNS}. */
export interface CellReader {
  /** The cell under a header (or one of its aliases); empty cells are `undefined`. */
  (row: SheetRow, header: string): unknown;
}

/** Build a cell reader for a sheet: maps each known header and its aliases to the row's own key. */
export function cellReader(sheet: XxllncSheet, rows: readonly SheetRow[]): CellReader {
  const present = new Map<string, string>();
  for (const row of rows.slice(0, 1)) for (const k of Object.keys(row)) present.set(key(k), k);
  const resolved = new Map<string, string | undefined>();
  for (const column of XXLLNC_COLUMNS) {
    if (column.sheet !== sheet) continue;
    const found = [column.header, ...(column.aliases ?? [])].map((h) => present.get(key(h))).find((h) => h !== undefined);
    resolved.set(column.header, found);
  }
  return (row, header) => {
    const k = resolved.get(header);
    const value = k === undefined ? undefined : row[k];
    return value === '' || value === null ? undefined : value;
  };
}

/** A cell as trimmed text, or `undefined` when empty. */
export function cellText(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  const s = (value instanceof Date ? value.toISOString() : String(value)).trim();
  return s === '' ? undefined : s;
}
