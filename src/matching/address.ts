import { foldText } from './fold.js';

/**
 * An address as signals and the register carry it. The house number may be a number or text
 * with the letter or addition attached (`12A`, `12 a`, `12-A`, `12-2`, `12 hs`, `12 bis`).
 * @category Normalisers
 */
export interface AddressInput {
  /** Postcode, `1234AB` or `1234 ab`. */
  readonly postcode?: string | undefined;
  /** House number (huisnummer), possibly with letter or addition attached. */
  readonly houseNumber?: number | string | undefined;
  /** House letter (huisletter). */
  readonly houseLetter?: string | undefined;
  /** House-number addition (huisnummertoevoeging), e.g. `2`, `hs`, `bis`. */
  readonly houseNumberAddition?: string | undefined;
}

/** An address in comparison form. @category Normalisers */
export interface NormalizedAddress {
  /** Postcode as `1234AB`, or `''` when missing or malformed. */
  readonly postcode: string;
  /** House number, or 0 when missing. */
  readonly houseNumber: number;
  /** House letter and addition together, lower case, separators removed (`a`, `2`, `hs`, `bis`, `a2`). */
  readonly addition: string;
}

const POSTCODE_RE = /^([1-9][0-9]{3})\s?([a-z]{2})$/;
const NUMBER_RE = /^(\d{1,5})\s*[-/]?\s*(.*)$/;
/** Spelled-out additions and their short form. */
const ADDITION_ALIASES: Readonly<Record<string, string>> = { huis: 'hs', h: 'hs', bs: 'bis' };

/** Canonical addition: folded, only letters and digits, known aliases shortened. */
function canonicalAddition(text: string): string {
  const compact = foldText(text).replace(/[^a-z0-9]/g, '');
  return ADDITION_ALIASES[compact] ?? compact;
}

/**
 * Put an address into comparison form: postcode without space in capitals, the house number,
 * and letter plus addition as one canonical string. `12A`, `12 a` and `12-A` give addition `a`;
 * `12-2` gives `2`; `12 hs` gives `hs`. Never throws.
 * @example
 * normalizeAddress({ postcode: '1234 ab', houseNumber: '12-A' }) // { postcode: '1234AB', houseNumber: 12, addition: 'a' }
 * @category Normalisers
 */
export function normalizeAddress(input: AddressInput): NormalizedAddress {
  const pc = POSTCODE_RE.exec(foldText(input.postcode ?? '').trim());
  const postcode = pc ? `${pc[1]}${pc[2]!.toUpperCase()}` : '';
  let houseNumber = 0;
  let attached = '';
  if (typeof input.houseNumber === 'number') {
    houseNumber = Number.isInteger(input.houseNumber) && input.houseNumber > 0 ? input.houseNumber : 0;
  } else if (input.houseNumber !== undefined) {
    const m = NUMBER_RE.exec(input.houseNumber.trim());
    if (m) {
      houseNumber = Number(m[1]);
      attached = m[2]!;
    }
  }
  const addition = canonicalAddition(`${input.houseLetter ?? ''}${attached}${input.houseNumberAddition ?? ''}`);
  return { postcode, houseNumber, addition };
}

/**
 * A stable text key of an address, `1234AB|12|a`: equal keys mean the same dwelling.
 * @example
 * addressKey(normalizeAddress({ postcode: '1234AB', houseNumber: 12, houseLetter: 'A' })) // '1234AB|12|a'
 * @category Normalisers
 */
export function addressKey(address: NormalizedAddress): string {
  return `${address.postcode}|${address.houseNumber}|${address.addition}`;
}

/**
 * A numeric key of postcode and house number (without letter or addition), for blocking:
 * equal keys mean the same building entrance. 0 when the postcode is missing.
 * @category Normalisers
 */
export function postcodeNumberKey(address: NormalizedAddress): number {
  const p = address.postcode;
  if (p === '') return 0;
  const digits = (p.charCodeAt(0) - 48) * 1000 + (p.charCodeAt(1) - 48) * 100 + (p.charCodeAt(2) - 48) * 10 + (p.charCodeAt(3) - 48);
  const letters = (p.charCodeAt(4) - 65) * 26 + (p.charCodeAt(5) - 65);
  return (digits * 676 + letters) * 100000 + address.houseNumber;
}

/**
 * Address comparison levels, strongest first:
 * - `exact`: same postcode, house number, letter and addition;
 * - `same-house-number`: same postcode and number, letter or addition differs or is missing on one side;
 * - `same-postcode`: same postcode, another number;
 * - `different`: another postcode;
 * - `unknown`: one side has no postcode.
 * @category Comparison
 */
export const ADDRESS_LEVELS = ['exact', 'same-house-number', 'same-postcode', 'different', 'unknown'] as const;
/** An address comparison level. @category Comparison */
export type AddressLevel = (typeof ADDRESS_LEVELS)[number];

/**
 * Compare two normalised addresses.
 * @example
 * compareAddresses(normalizeAddress({ postcode: '1234AB', houseNumber: '12 a' }),
 *   normalizeAddress({ postcode: '1234 AB', houseNumber: 12, houseLetter: 'A' })) // 'exact'
 * @category Comparison
 */
export function compareAddresses(a: NormalizedAddress, b: NormalizedAddress): AddressLevel {
  if (a.postcode === '' || b.postcode === '') return 'unknown';
  if (a.postcode !== b.postcode) return 'different';
  if (a.houseNumber !== b.houseNumber) return 'same-postcode';
  return a.addition === b.addition ? 'exact' : 'same-house-number';
}
