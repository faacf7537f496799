/**
 * Dates as vendor exports write them: ISO text, day-first Dutch text (with or without a time),
 * Excel serial day numbers, or `Date` objects from a workbook reader.
 * @module
 */
import { parseDateInput } from '../model/index.js';
import { addDays, type IsoDate } from '../model/index.js';

/** Excel's day 25569 is 1970-01-01 (1900 date system, after its fictitious 29 Feb 1900). */
const EXCEL_UNIX_EPOCH = 25569;
/** Serial numbers accepted as dates: 1 Jan 1950 to 31 Dec 2099. */
const SERIAL_MIN = 18264;
const SERIAL_MAX = 73050;

function fromSerial(serial: number): IsoDate | null {
  if (!Number.isFinite(serial) || serial < SERIAL_MIN || serial > SERIAL_MAX) return null;
  return addDays('1970-01-01', Math.floor(serial) - EXCEL_UNIX_EPOCH);
}

/**
 * Read a date from an export cell, or `null` when the cell holds no date.
 *
 * Accepted: `Date` objects (their UTC calendar date, as workbook readers return them),
 * Excel serial numbers (`45000` = 2023-03-15) as numbers or digits, ISO `2023-03-15`
 * (a time after it is ignored), day-first `15-03-2023`, `15/3/2023`, `15-03-2023 10:12`.
 * @example
 * parseExportDate(45000)              // '2023-03-15'
 * parseExportDate('15-3-2023 09:41')  // '2023-03-15'
 * @category Vendor exports
 */
export function parseExportDate(value: unknown): IsoDate | null {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    return value.toISOString().slice(0, 10);
  }
  if (typeof value === 'number') return fromSerial(value);
  if (typeof value !== 'string') return null;
  const s = value.trim();
  if (/^\d{5}(\.\d+)?$/.test(s)) return fromSerial(Number(s));
  const datePart = s.replace(/[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/, '');
  return parseDateInput(datePart);
}
