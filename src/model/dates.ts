import { isRealDate, isoDate, type IsoDate } from './date.js';

const DMY_RE = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;
// A date, then optionally a real time of day (`T` or a space, `HH:MM`, optional seconds and
// fraction, optional zone `Z` or `±HH:MM`). Every quantifier is bounded: linear time.
const YMD_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?(Z|[+-](\d{2}):?(\d{2}))?)?$/;
/** Longest text read as a date (`2023-03-15T10:00:00.123456789+01:00` is 35 characters). */
const MAX_DATE_TEXT = 64;

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
