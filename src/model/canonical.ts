import { isRealDate } from './date.js';
import { formatBirthDate, type BirthDate } from './dates.js';
import { birthDateReader, dateReader, euroReader, houseNumberReader, idReader, postcodeReader, textReader, type FieldReader } from './readers.js';

/**
 * Whether a value is already in a field reader's output form: the reader, applied to it, would
 * give it back unchanged. Record readers that take parsed records as well as raw ones (detection,
 * replay) use this to skip a second read of a record that was read before.
 *
 * The answer is the reader's by definition (`reader.read(value) === value` and its extra check
 * passes); for the readers on hot paths — dates, amounts, postcodes — a plain scan of the
 * characters recognises their output form first, and a test proves that everything that scan
 * accepts the reader gives back unchanged. Birth dates (objects) are compared with the reader's
 * reading of their register text, remembered per date by the checker.
 * @module
 */

/** The digit at `i`, or -1000 when it is not a digit (so that any sum with it is negative). */
function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1000;
}

/** `YYYY-MM-DD` of a real day: what `dateReader` writes. */
function isIsoDateText(s: string): boolean {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  const year = digit(s, 0) * 1000 + digit(s, 1) * 100 + digit(s, 2) * 10 + digit(s, 3);
  return isRealDate(year, digit(s, 5) * 10 + digit(s, 6), digit(s, 8) * 10 + digit(s, 9));
}

/** Whole euros, a point and two decimals, no leading zero, below €10,000,000 (at most 10 characters, so under `MAX_EURO`): what `euroReader` writes for everyday amounts. */
function isEuroText(s: string): boolean {
  const n = s.length;
  if (n < 4 || n > 10 || s.charCodeAt(n - 3) !== 46 || digit(s, n - 1) < 0 || digit(s, n - 2) < 0) return false;
  if (digit(s, 0) === 0 && n > 4) return false;
  for (let i = 0; i < n - 3; i++) if (digit(s, i) < 0) return false;
  return true;
}

/** `1234AB`: what `postcodeReader` writes. */
function isPostcodeText(s: string): boolean {
  if (s.length !== 6 || digit(s, 0) < 1 || digit(s, 1) < 0 || digit(s, 2) < 0 || digit(s, 3) < 0) return false;
  const a = s.charCodeAt(4);
  const b = s.charCodeAt(5);
  return a >= 65 && a <= 90 && b >= 65 && b <= 90;
}

/**
 * Text that trimming leaves as it is: non-empty, and its first and last characters are printable
 * ASCII other than a space (any other edge character is left to the reader, which knows all of
 * Unicode's white space).
 */
function isTrimmedText(s: string): boolean {
  const n = s.length;
  if (n === 0) return false;
  const a = s.charCodeAt(0);
  const b = s.charCodeAt(n - 1);
  return a > 32 && a < 127 && b > 32 && b < 127;
}

/** A checker of one reader's output form (see {@link canonicalCheck}). @category Schemas */
export type CanonicalCheck = (value: unknown) => boolean;

/** A part of a birth date as its register text writes it: 0 for unknown (`null`), else a whole number below `limit`, else -1. */
function birthPart(n: unknown, limit: number): number {
  return n === null ? 0 : typeof n === 'number' && n >= 0 && n < limit && Math.floor(n) === n ? n : -1;
}

/** Years whose verdicts a birth-date checker keeps in a flat table (others in a map). */
const TABLE_FROM = 1800;
const TABLE_YEARS = 500;

/** Verdicts kept by a birth-date checker: unknown yet, the reader's output (placeholder or not), or refused. */
const UNKNOWN = 0;
const PLAIN = 1;
const PLACEHOLDER = 2;
const REFUSED = 3;

/**
 * Birth dates: an object is the reader's output when the reader, reading its register text
 * (`YYYYMMDD`, zeros for unknown parts), gives the same year, month, day (unknown parts `null`)
 * and placeholder flag. The reader's verdict is remembered per date by this checker.
 */
function birthDateCheck(absent: boolean): CanonicalCheck {
  let table: Uint8Array | null = null;
  const others = new Map<number, number>();
  const verdictOf = (b: BirthDate): number => {
    const read = birthDateReader.read(formatBirthDate(b));
    return read === null ? REFUSED : read.placeholder ? PLACEHOLDER : PLAIN;
  };
  return (value) => {
    if (value === undefined) return absent;
    if (typeof value !== 'object' || value === null) return false;
    const b = value as BirthDate;
    const year = birthPart(b.year, 10000);
    const month = birthPart(b.month, 13);
    const day = birthPart(b.day, 32);
    // unknown parts must be null (the reader never writes 0)
    if (year < 0 || month < 0 || day < 0 || (year === 0) !== (b.year === null) || (month === 0) !== (b.month === null) || (day === 0) !== (b.day === null)) return false;
    const slot = month * 32 + day;
    let verdict: number;
    if (year >= TABLE_FROM && year < TABLE_FROM + TABLE_YEARS) {
      table ??= new Uint8Array(TABLE_YEARS * 13 * 32);
      const at = (year - TABLE_FROM) * 416 + slot;
      verdict = table[at]!;
      if (verdict === UNKNOWN) table[at] = verdict = verdictOf(b);
    } else {
      const key = year * 416 + slot;
      verdict = others.get(key) ?? UNKNOWN;
      if (verdict === UNKNOWN) others.set(key, (verdict = verdictOf(b)));
    }
    return verdict !== REFUSED && b.placeholder === (verdict === PLACEHOLDER);
  };
}

/**
 * A checker of whether values are already in `reader`'s output form (the reader would give them
 * back unchanged). `absent` is the answer for `undefined` (an optional field left out). Each call
 * returns a new checker; the birth-date checker remembers the dates it saw, so keep one per run
 * (never shared between callers).
 * @example
 * const isDate = canonicalCheck(dateReader);
 * isDate('2023-03-15') // true
 * isDate('15-03-2023') // false: the reader writes it as 2023-03-15
 * @category Schemas
 */
export function canonicalCheck<I, O>(reader: FieldReader<I, O>, absent = false): CanonicalCheck {
  const { acceptsNumbers } = reader;
  const reading = (value: unknown): boolean => {
    if (value === '' || (typeof value !== 'string' && !(typeof value === 'number' && acceptsNumbers))) return false;
    const read = reader.read(value as I);
    return read === value && reader.check?.(read) == null;
  };
  // One function per scan, so that each call site sees one target (these run per field of every record).
  switch (reader as unknown) {
    case birthDateReader:
      return birthDateCheck(absent);
    case dateReader:
      return (value) => (value === undefined ? absent : (typeof value === 'string' && isIsoDateText(value)) || reading(value));
    case euroReader:
      return (value) => (value === undefined ? absent : (typeof value === 'string' && isEuroText(value)) || reading(value));
    case postcodeReader:
      return (value) => (value === undefined ? absent : (typeof value === 'string' && isPostcodeText(value)) || reading(value));
    case houseNumberReader:
      return (value) => (value === undefined ? absent : (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 99999) || reading(value));
    case textReader:
    case idReader:
      return (value) => (value === undefined ? absent : (typeof value === 'string' && isTrimmedText(value)) || reading(value));
    default:
      return (value) => (value === undefined ? absent : reading(value));
  }
}
