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

// number, then an optional single letter (not followed by another letter), then an optional addition.
const HOUSE_NUMBER_RE = /^\s*(\d{1,5})\s*-?\s*(?:([A-Za-z])(?![A-Za-z]))?\s*-?\s*([A-Za-z0-9]{1,4})?\s*$/;

/**
 * Split a house number written with its letter or addition, or return `null` when the text is
 * not of that form.
 * @example
 * splitHouseNumber('12-A')  // { houseNumber: 12, houseLetter: 'A' }
 * splitHouseNumber('12 hs') // { houseNumber: 12, houseNumberAddition: 'hs' }
 * splitHouseNumber('12A-2') // { houseNumber: 12, houseLetter: 'A', houseNumberAddition: '2' }
 * @category Signals
 */
export function splitHouseNumber(text: string): HouseNumberParts | null {
  const m = HOUSE_NUMBER_RE.exec(text);
  if (!m) return null;
  const houseNumber = Number(m[1]);
  if (houseNumber < 1) return null;
  return {
    houseNumber,
    ...(m[2] ? { houseLetter: m[2].toUpperCase() } : {}),
    ...(m[3] ? { houseNumberAddition: m[3] } : {}),
  };
}

const DIGITS_ONLY = /^\s*\d+\s*$/;

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
  if (typeof text !== 'string' || DIGITS_ONLY.test(text)) return raw as Record<string, unknown>;
  const parts = splitHouseNumber(text);
  if (!parts) return raw as Record<string, unknown>;
  const letterFree = parts.houseLetter === undefined || isEmpty(raw['houseLetter']);
  const additionFree = parts.houseNumberAddition === undefined || isEmpty(raw['houseNumberAddition']);
  if (!letterFree || !additionFree) return raw as Record<string, unknown>;
  return { ...raw, ...parts };
}
