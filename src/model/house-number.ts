/**
 * House numbers as exports write them, with the letter or addition attached: `12A`, `12 a`,
 * `12-A`, `12-2`, `12 hs`, `12bis`, `12A-2`. The register (BRP, BAG) keeps them apart as
 * `huisnummer`, `huisletter` and `huisnummertoevoeging`.
 * @module
 */

/** A house number split into the register's three parts. @category Signals */
export interface HouseNumberParts {
  /** `huisnummer`, 1–99999. */
  readonly houseNumber: number;
  /** `huisletter`, one letter, upper case. */
  readonly houseLetter?: string;
  /** `huisnummertoevoeging`, up to 4 letters or digits (`2`, `hs`, `bis`, `III`). */
  readonly houseNumberAddition?: string;
}

/** Longest house-number text read: far above `12345 A-bis` (11 characters); longer text is not a house number. */
const MAX_HOUSE_NUMBER_TEXT = 40;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0;
}
/** The position after the spaces, one optional hyphen and spaces from `i`. */
function skipSeparator(s: string, i: number): number {
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  if (i < s.length && s.charCodeAt(i) === 45) i++;
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  return i;
}

/**
 * Split a house number written with its letter or addition, or return `null` when the text is
 * not of that form: 1–5 digits, then an optional single letter (not followed by another letter),
 * then an optional addition of 1–4 letters or digits, separated by spaces or one hyphen. Read in
 * one pass over the characters (no backtracking), and text longer than 40 characters is refused.
 * @example
 * splitHouseNumber('12-A')  // { houseNumber: 12, houseLetter: 'A' }
 * splitHouseNumber('12 hs') // { houseNumber: 12, houseNumberAddition: 'hs' }
 * splitHouseNumber('12A-2') // { houseNumber: 12, houseLetter: 'A', houseNumberAddition: '2' }
 * @category Signals
 */
export function splitHouseNumber(text: string): HouseNumberParts | null {
  if (text.length > MAX_HOUSE_NUMBER_TEXT) return null;
  const s = text.trim();
  let i = 0;
  while (i < s.length && isDigit(s.charCodeAt(i))) i++;
  if (i === 0 || i > 5) return null;
  const houseNumber = Number(s.slice(0, i));
  if (houseNumber < 1) return null;
  i = skipSeparator(s, i);
  let houseLetter: string | undefined;
  if (i < s.length && isLetter(s.charCodeAt(i)) && !(i + 1 < s.length && isLetter(s.charCodeAt(i + 1)))) {
    houseLetter = s[i]!.toUpperCase();
    i += 1;
  }
  i = skipSeparator(s, i);
  const start = i;
  while (i < s.length && (isDigit(s.charCodeAt(i)) || isLetter(s.charCodeAt(i)))) i++;
  if (i - start > 4 || i < s.length) return null;
  return {
    houseNumber,
    ...(houseLetter ? { houseLetter } : {}),
    ...(i > start ? { houseNumberAddition: s.slice(start, i) } : {}),
  };
}

const DIGITS_ONLY = /^\d+$/;

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/**
 * Prepare a raw address: when `houseNumber` is text with a letter or addition attached and the
 * separate fields are empty, split it into them. Anything else is left for the readers to judge.
 * @category Signals
 */
export function splitHouseNumberField(raw: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const text = raw['houseNumber'];
  if (typeof text !== 'string' || DIGITS_ONLY.test(text.trim())) return raw as Record<string, unknown>;
  const parts = splitHouseNumber(text);
  if (!parts) return raw as Record<string, unknown>;
  const letterFree = parts.houseLetter === undefined || isEmpty(raw['houseLetter']);
  const additionFree = parts.houseNumberAddition === undefined || isEmpty(raw['houseNumberAddition']);
  if (!letterFree || !additionFree) return raw as Record<string, unknown>;
  return { ...raw, ...parts };
}
