import { isRealDate, isoDate, type IsoDate } from './date.js';

const DMY_RE = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;
// A date, then optionally a real time of day (`T` or a space, `HH:MM`, optional seconds and
// fraction, optional zone `Z` or `±HH:MM`). Every quantifier is bounded: linear time.
const YMD_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?(Z|[+-](\d{2}):?(\d{2}))?)?$/;
/** Longest text read as a date (`2023-03-15T10:00:00.123456789+01:00` is 35 characters). */
const MAX_DATE_TEXT = 64;

/** The digit at `i`, or -1000 when it is not a digit (so that any sum with it is negative). */
function digitAt(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1000;
}

/** Whether the character at `i` separates day, month and year in {@link DMY_RE}: `-`, `/` or `.`. */
function isDateSeparator(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c === 45 || c === 47 || c === 46;
}

/**
 * The two forms exports write most, read in one pass without a regular expression: `2023-03-15`
 * (given back as it is when real) and `D-M-YYYY` with one or two digits for day and month and any
 * of `-`, `/`, `.` between them. Returns the ISO date, `null` when it is of that form but not a
 * real date, or `undefined` for any other form (left to the regular expressions, same answer).
 */
function readPlainDate(s: string): IsoDate | null | undefined {
  const n = s.length;
  if (n === 10 && s.charCodeAt(4) === 45 && s.charCodeAt(7) === 45) {
    const y = digitAt(s, 0) * 1000 + digitAt(s, 1) * 100 + digitAt(s, 2) * 10 + digitAt(s, 3);
    const mo = digitAt(s, 5) * 10 + digitAt(s, 6);
    const d = digitAt(s, 8) * 10 + digitAt(s, 9);
    if (y < 0 || mo < 0 || d < 0) return undefined;
    return isRealDate(y, mo, d) ? s : null;
  }
  if (n < 8 || n > 10 || !isDateSeparator(s, n - 5)) return undefined;
  const y = digitAt(s, n - 4) * 1000 + digitAt(s, n - 3) * 100 + digitAt(s, n - 2) * 10 + digitAt(s, n - 1);
  // day: 1 or 2 digits, separator, month: 1 or 2 digits (between them n - 5 characters)
  const daySep = isDateSeparator(s, 1) ? 1 : isDateSeparator(s, 2) ? 2 : -1;
  const monthLength = n - 6 - daySep;
  if (y < 0 || daySep < 0 || monthLength < 1 || monthLength > 2) return undefined;
  const d = daySep === 1 ? digitAt(s, 0) : digitAt(s, 0) * 10 + digitAt(s, 1);
  const mo = monthLength === 1 ? digitAt(s, daySep + 1) : digitAt(s, daySep + 1) * 10 + digitAt(s, daySep + 2);
  if (d < 0 || mo < 0) return undefined;
  return isRealDate(y, mo, d) ? isoDate(y, mo, d) : null;
}

/** Whether the time parts of a date-time (absent parts pass) form a real time and zone. */
function isRealTime(m: RegExpExecArray): boolean {
  const [hour, minute, second, , zoneHour, zoneMinute] = m.slice(4).map((p) => (p === undefined ? 0 : +p));
  return hour! <= 23 && minute! <= 59 && second! <= 59 && zoneHour! <= 14 && zoneMinute! <= 59;
}
const COMPACT_RE = /^(\d{4})(\d{2})(\d{2})$/;

/**
 * Read a calendar date in the forms real exports use and return it as ISO `YYYY-MM-DD`,
 * or `null` when it is not a real date.
 *
 * Accepted: `2023-03-15`, `2023-3-5`, `15-03-2023`, `15/03/2023`, `15.03.2023` (day first, as
 * Dutch exports write), `20230315`, and a date with a time of day, `2023-03-15T10:00`,
 * `2023-03-15 10:00:00`, `2023-03-15T10:00:00.000Z` (the date part as written; the time must be
 * a real time). Anything after the date that is not a time (`2023-03-15 garbage`,
 * `2023-03-15T99:99`) is refused, and so is text longer than 64 characters.
 * @example
 * parseDateInput('15-03-2023') // '2023-03-15'
 * parseDateInput('31-04-2023') // null
 * parseDateInput('2023-03-15T99:99') // null
 * @category Dates
 */
export function parseDateInput(input: string): IsoDate | null {
  const plain = readPlainDate(input);
  if (plain !== undefined) return plain;
  if (input.length > MAX_DATE_TEXT) return null;
  const s = input.trim();
  let m = YMD_RE.exec(s);
  let y: number, mo: number, d: number;
  if (m) {
    if (!isRealTime(m)) return null;
    [y, mo, d] = [+m[1]!, +m[2]!, +m[3]!];
  }
  else if ((m = DMY_RE.exec(s))) [y, mo, d] = [+m[3]!, +m[2]!, +m[1]!];
  else if ((m = COMPACT_RE.exec(s))) [y, mo, d] = [+m[1]!, +m[2]!, +m[3]!];
  else return null;
  return isRealDate(y, mo, d) ? isoDate(y, mo, d) : null;
}

/**
 * A birth date that may be incomplete, as the population register (BRP) and signals carry it.
 * Unknown parts are `null`: the register stores `YYYYMM00` (day unknown), `YYYY0000` (month and
 * day unknown) and `00000000` (unknown).
 * @category Dates
 */
export interface BirthDate {
  /** Year, or null when unknown. */
  readonly year: number | null;
  /** Month 1–12, or null when unknown. */
  readonly month: number | null;
  /** Day 1–31, or null when unknown. */
  readonly day: number | null;
  /**
   * True when the date is a known placeholder rather than a real date: 1 January of any
   * year (e.g. 1-1-2000), which registration uses when the real date is not known
   * (De signaalreis, 003: "geboortedatum 1-1-2000"). Matching treats it as weak evidence.
   */
  readonly placeholder: boolean;
}

/**
 * Earliest and latest birth years read: 1850 (older registrations are historical) and 2100 (a
 * birth year beyond it is a typing error, not a person).
 * @category Dates
 */
export const BIRTH_YEAR_RANGE = { min: 1850, max: 2100 } as const;

/**
 * Read a birth date, complete or not: `1980-03-15`, `15-03-1980`, `19800315`, register forms
 * `19800300` / `19800000` / `00000000`, `1980-03`, `1980`, or an empty string (unknown).
 * Returns `null` when it cannot be a birth date at all: not a real date, a year outside
 * 1850–2100, after `options.notAfter` when given (the date it was recorded on, e.g. the signal
 * date; as far as its known parts tell), or text longer than 64 characters.
 * @example
 * parseBirthDate('00-03-1980') // { year: 1980, month: 3, day: null, placeholder: false }
 * parseBirthDate('1-1-2000')   // { year: 2000, month: 1, day: 1, placeholder: true }
 * parseBirthDate('2150-01-02') // null
 * parseBirthDate('2024-05', { notAfter: '2024-03-01' }) // null
 * @category Dates
 */
export function parseBirthDate(input: string, options: { readonly notAfter?: IsoDate } = {}): BirthDate | null {
  const date = readBirthDate(input);
  return date && options.notAfter !== undefined && isBirthDateAfter(date, options.notAfter) ? null : date;
}

/**
 * Whether a possibly incomplete birth date certainly lies after a date (its known parts are later).
 * @example
 * isBirthDateAfter({ year: 2024, month: 5, day: null, placeholder: false }, '2024-03-01') // true
 * @category Dates
 */
export function isBirthDateAfter(date: BirthDate, after: IsoDate): boolean {
  if (date.year === null) return false;
  const known = isoDate(date.year, date.month ?? 0, date.day ?? 0);
  const cut = after.slice(0, date.month === null ? 4 : date.day === null ? 7 : 10);
  return known.slice(0, cut.length) > cut;
}

function readBirthDate(input: string): BirthDate | null {
  if (input.length === 10 && input.charCodeAt(4) === 45 && input.charCodeAt(7) === 45) {
    // `YYYY-MM-DD` (00 for unknown parts), the form most exports write: read without a regular expression
    const y = digitAt(input, 0) * 1000 + digitAt(input, 1) * 100 + digitAt(input, 2) * 10 + digitAt(input, 3);
    const mo = digitAt(input, 5) * 10 + digitAt(input, 6);
    const d = digitAt(input, 8) * 10 + digitAt(input, 9);
    if (y >= 0 && mo >= 0 && d >= 0) return birthDate(y, mo || null, d || null);
  }
  if (input.length > MAX_DATE_TEXT) return null;
  const s = input.trim();
  if (s === '' || s === '00000000' || UNKNOWN_DMY_RE.test(s)) return birthDate(null, null, null);
  let m = COMPACT_RE.exec(s);
  if (m) return birthDate(+m[1]! || null, +m[2]! || null, +m[3]! || null);
  m = PARTIAL_YMD_RE.exec(s);
  if (m) return birthDate(+m[1]!, m[2] ? +m[2] || null : null, m[3] ? +m[3] || null : null);
  m = DMY_RE.exec(s);
  if (m) return birthDate(+m[3]!, +m[2]! || null, +m[1]! || null);
  return null;
}

const UNKNOWN_DMY_RE = /^0{1,2}-0{1,2}-0{4}$/;
const PARTIAL_YMD_RE = /^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$/;

/** Check the parts of a possibly incomplete birth date and mark 1 January as a placeholder. */
function birthDate(year: number | null, month: number | null, day: number | null): BirthDate | null {
  if (year !== null && (year < BIRTH_YEAR_RANGE.min || year > BIRTH_YEAR_RANGE.max)) return null;
  if (month !== null && (month < 1 || month > 12 || year === null)) return null;
  if (day !== null && (month === null || year === null || !isRealDate(year, month, day))) return null;
  return { year, month, day, placeholder: month === 1 && day === 1 };
}

/**
 * Write a birth date in the register's compact form, `YYYYMMDD` with zeros for unknown parts.
 * @example
 * formatBirthDate({ year: 1980, month: 3, day: null, placeholder: false }) // '19800300'
 * @category Dates
 */
export function formatBirthDate(date: BirthDate): string {
  const p = (n: number | null, w: number) => String(n ?? 0).padStart(w, '0');
  return `${p(date.year, 4)}${p(date.month, 2)}${p(date.day, 2)}`;
}
