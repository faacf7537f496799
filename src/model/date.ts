/**
 * Calendar dates as ISO strings (`YYYY-MM-DD`) with allocation-free day arithmetic.
 *
 * A calendar date has no time and no zone: it is the date on the wall calendar in the
 * Netherlands. Arithmetic converts to a day number (days since 1970-01-01) with integer
 * maths only, so hot paths (eligibility windows, detection windows) allocate nothing.
 * @module
 */

/**
 * A calendar date in ISO form, `YYYY-MM-DD` (e.g. `2025-05-02`).
 * @category Dates
 */
export type IsoDate = string;

const ISO_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Number of days in a month of a year (Gregorian). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Whether a year, month and day form a real date (e.g. not 31 April or 29 February 2023).
 * @category Dates
 */
export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

/**
 * Whether a string is a real ISO calendar date `YYYY-MM-DD`.
 * @example
 * isIsoDate('2024-02-29') // true
 * isIsoDate('2023-02-29') // false
 * @category Dates
 */
export function isIsoDate(value: string): boolean {
  const m = ISO_RE.exec(value);
  return m !== null && isRealDate(+m[1]!, +m[2]!, +m[3]!);
}

/** Days from 1970-01-01 to a civil date (Howard Hinnant's algorithm; integer maths only). */
export function civilToDayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * Convert an ISO date to its day number (days since 1970-01-01). Reads the characters
 * directly; the input is assumed valid (see {@link isIsoDate}).
 * @example
 * toDayNumber('1970-01-02') // 1
 * @category Dates
 */
export function toDayNumber(date: IsoDate): number {
  return civilToDayNumber(digits(date, 0, 4), digits(date, 5, 2), digits(date, 8, 2));
}

/** The number written by `length` digits of `s` from `start` (no allocation, no closure). */
function digits(s: string, start: number, length: number): number {
  let n = 0;
  for (let i = start; i < start + length; i++) n = n * 10 + s.charCodeAt(i) - 48;
  return n;
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * Build an ISO date from year, month and day (not checked; see {@link isRealDate}).
 * @category Dates
 */
export function isoDate(year: number, month: number, day: number): IsoDate {
  const slot = (year - CACHED_FROM) * 416 + month * 32 + day;
  if (year < CACHED_FROM || year >= CACHED_FROM + CACHED_YEARS || month < 1 || month > 12 || day < 1 || day > 31 || !Number.isInteger(slot)) {
    return writeIsoDate(year, month, day);
  }
  cachedDates ??= new Array<string | undefined>(CACHED_YEARS * 416);
  return (cachedDates[slot] ??= writeIsoDate(year, month, day));
}

function writeIsoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/**
 * Dates of 1900–2199 are written once and then shared (strings are immutable): reading a
 * million signals then keeps one string per day instead of one per field.
 */
const CACHED_FROM = 1900;
const CACHED_YEARS = 300;
let cachedDates: (string | undefined)[] | null = null;

/**
 * Convert a day number (days since 1970-01-01) back to an ISO date.
 * @example
 * fromDayNumber(0) // '1970-01-01'
 * @category Dates
 */
export function fromDayNumber(dayNumber: number): IsoDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return isoDate(year, month, day);
}

/**
 * Add (or subtract) calendar days.
 * @example
 * addDays('2025-02-27', 2) // '2025-03-01'
 * @category Dates
 */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/**
 * Whole calendar days from `from` to `to` (negative when `to` is earlier).
 * @example
 * daysBetween('2025-01-01', '2025-01-31') // 30
 * @category Dates
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/**
 * Day of the week, ISO numbering: 1 = Monday … 7 = Sunday.
 * @example
 * isoWeekday('2025-05-02') // 5 (Friday)
 * @category Dates
 */
export function isoWeekday(date: IsoDate): number {
  // 1970-01-01 was a Thursday (4).
  const n = toDayNumber(date);
  return ((((n + 3) % 7) + 7) % 7) + 1;
}

/**
 * Add calendar months, clamping to the month's last day (31 Jan + 1 month = 28/29 Feb).
 * @category Dates
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const y = +date.slice(0, 4);
  const m = +date.slice(5, 7);
  const d = +date.slice(8, 10);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12 + 1;
  return isoDate(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

/**
 * Whole months from `from` to `to`, counted as on a calendar (15 Jan → 14 Jul is 5, → 15 Jul is 6).
 * @category Dates
 */
export function monthsBetween(from: IsoDate, to: IsoDate): number {
  const fromDay = digits(from, 8, 2);
  const toYear = digits(to, 0, 4);
  const toMonth = digits(to, 5, 2);
  const toDay = digits(to, 8, 2);
  let months = (toYear - digits(from, 0, 4)) * 12 + (toMonth - digits(from, 5, 2));
  if (months > 0 && toDay < fromDay && toDay < daysInMonth(toYear, toMonth)) months -= 1;
  else if (months < 0 && toDay > fromDay) months += 1;
  return months;
}

/** The month of a date as `YYYY-MM`. @category Dates */
export function monthOf(date: IsoDate): string {
  return date.slice(0, 7);
}
