import { isRealDate, isoDate, type IsoDate } from './date.js';

const DMY_RE = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;
const YMD_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/;
const COMPACT_RE = /^(\d{4})(\d{2})(\d{2})$/;

/**
 * Read a calendar date in the forms real exports use and return it as ISO `YYYY-MM-DD`,
 * or `null` when it is not a real date.
 *
 * Accepted: `2023-03-15`, `2023-3-5`, `2023-03-15T10:00:00` (the date part), `15-03-2023`,
 * `15/03/2023`, `15.03.2023` (day first, as Dutch exports write), `20230315`.
 * @example
 * parseDateInput('15-03-2023') // '2023-03-15'
 * parseDateInput('31-04-2023') // null
 * @category Dates
 */
export function parseDateInput(input: string): IsoDate | null {
  const s = input.trim();
  let m = YMD_RE.exec(s);
  let y: number, mo: number, d: number;
  if (m) [y, mo, d] = [+m[1]!, +m[2]!, +m[3]!];
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
 * Read a birth date, complete or not: `1980-03-15`, `15-03-1980`, `19800315`, register forms
 * `19800300` / `19800000` / `00000000`, `1980-03`, `1980`, or an empty string (unknown).
 * Returns `null` when it cannot be a birth date at all.
 * @example
 * parseBirthDate('00-03-1980') // { year: 1980, month: 3, day: null, placeholder: false }
 * parseBirthDate('1-1-2000')   // { year: 2000, month: 1, day: 1, placeholder: true }
 * @category Dates
 */
export function parseBirthDate(input: string): BirthDate | null {
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
  if (year !== null && (year < 1850 || year > 2200)) return null;
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
