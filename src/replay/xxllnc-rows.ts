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
  /** The first known header whose cell holds no readable value (an object, array, function, symbol, invalid `Date` or non-finite number), or `undefined`. */
  readonly unreadable: (row: SheetRow) => string | undefined;
}

/** Whether a row slot holds a row: an object that is not an array (holes, `null` and primitives are not). */
export function isRow(row: unknown): row is SheetRow {
  return typeof row === 'object' && row !== null && !Array.isArray(row);
}

/** A cell a sheet can hold: text, a finite number, a bigint, a boolean, or a valid `Date`. */
function readable(value: unknown): boolean {
  switch (typeof value) {
    case 'string': case 'bigint': case 'boolean': case 'undefined': return true;
    case 'number': return Number.isFinite(value);
    case 'object': return value === null || (value instanceof Date && !Number.isNaN(value.getTime()));
    default: return false;
  }
}

/**
 * Build a cell reader for a sheet: maps each known header and its aliases to the rows' own key
 * (the first spelling met in any row wins, so a hole or a stray first row does not hide them).
 */
export function cellReader(sheet: XxllncSheet, rows: readonly SheetRow[]): CellReader {
  const present = new Map<string, string>();
  for (let i = 0; i < rows.length; i += 1) {
    const row: unknown = rows[i];
    if (!isRow(row)) continue;
    for (const k of Object.keys(row)) if (!present.has(key(k))) present.set(key(k), k);
  }
  const resolved = new Map<string, string>();
  for (const column of XXLLNC_COLUMNS) {
    if (column.sheet !== sheet) continue;
    const found = [column.header, ...(column.aliases ?? [])].map((h) => present.get(key(h))).find((h) => h !== undefined);
    if (found !== undefined) resolved.set(column.header, found);
  }
  const own = (row: SheetRow, k: string): unknown => (Object.hasOwn(row, k) ? row[k] : undefined);
  const read = (row: SheetRow, header: string): unknown => {
    const k = resolved.get(header);
    const value = k === undefined ? undefined : own(row, k);
    return value === '' || value === null ? undefined : value;
  };
  const unreadable = (row: SheetRow): string | undefined => {
    for (const [header, k] of resolved) if (!readable(own(row, k))) return header;
    return undefined;
  };
  return Object.assign(read, { unreadable });
}

/** A cell as trimmed text, or `undefined` when empty or not a readable value (see {@link CellReader}). */
export function cellText(value: unknown): string | undefined {
  if (value === undefined || value === null || !readable(value)) return undefined;
  const s = (value instanceof Date ? value.toISOString() : String(value)).trim();
  return s === '' ? undefined : s;
}
