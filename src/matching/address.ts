import { postcodeReader } from '../model/internal.js';
import { foldText } from './fold.js';

/**
 * An address as a parsed signal or register record carries it: the model's readers have already
 * read the postcode, the house number and split a letter or addition written onto the number.
 */
export interface AddressInput {
  /** Postcode, `1234AB` (other spellings are read by the model's postcode reader). */
  readonly postcode?: string | undefined;
  /** House number (huisnummer). */
  readonly houseNumber?: number | undefined;
  /** House letter (huisletter). */
  readonly houseLetter?: string | undefined;
  /** House-number addition (huisnummertoevoeging), e.g. `2`, `hs`, `bis`. */
  readonly houseNumberAddition?: string | undefined;
}

/** An address in comparison form. */
export interface NormalisedAddress {
  /** Postcode as `1234AB`, or `''` when missing or malformed. */
  readonly postcode: string;
  /** House number, or 0 when missing. */
  readonly houseNumber: number;
  /** House letter and addition together, lower case, separators removed (`a`, `2`, `hs`, `bis`, `a2`). */
  readonly addition: string;
}

/** Spelled-out additions and their short form. */
const ADDITION_ALIASES: Readonly<Record<string, string>> = { huis: 'hs', h: 'hs', bs: 'bis' };

/** Whether a value is a postcode as the model's reader writes it (`1234AB`), checked by character codes. */
export function isCleanPostcode(p: unknown): p is string {
  if (typeof p !== 'string' || p.length !== 6) return false;
  const c0 = p.charCodeAt(0);
  if (c0 < 49 || c0 > 57) return false;
  for (let i = 1; i < 4; i++) {
    const c = p.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  for (let i = 4; i < 6; i++) {
    const c = p.charCodeAt(i);
    if (c < 65 || c > 90) return false;
  }
  return true;
}

/** Canonical addition: folded, only letters and digits, known aliases shortened. */
function canonicalAddition(text: string): string {
  if (text === '') return '';
  const compact = foldText(text).replace(/[^a-z0-9]/g, '');
  return ADDITION_ALIASES[compact] ?? compact;
}

/**
 * Put a parsed address into comparison form: the postcode as the model reads it, the house
 * number, and letter plus addition as one canonical string (`12 A` and `12-a` give `a`;
 * `12 huis` gives `hs`). Never throws.
 */
export function normaliseAddress(input: AddressInput): NormalisedAddress {
  const raw = input.postcode ?? '';
  const postcode = isCleanPostcode(raw) ? raw : (postcodeReader.read(raw) ?? '');
  const n = input.houseNumber;
  const houseNumber = n !== undefined && Number.isInteger(n) && n > 0 ? n : 0;
  const addition = canonicalAddition(`${input.houseLetter ?? ''}${input.houseNumberAddition ?? ''}`);
  return { postcode, houseNumber, addition };
}

/** A stable text key of an address, `1234AB|12|a`: equal keys mean the same dwelling. */
export function addressKey(address: NormalisedAddress): string {
  return `${address.postcode}|${address.houseNumber}|${address.addition}`;
}

/**
 * A numeric key of postcode and house number (without letter or addition), for blocking:
 * equal keys mean the same building entrance. 0 when the postcode is missing.
 */
export function postcodeNumberKey(address: NormalisedAddress): number {
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

/** Compare two normalised addresses. */
export function compareAddresses(a: NormalisedAddress, b: NormalisedAddress): AddressLevel {
  if (a.postcode === '' || b.postcode === '') return 'unknown';
  if (a.postcode !== b.postcode) return 'different';
  if (a.houseNumber !== b.houseNumber) return 'same-postcode';
  return a.addition === b.addition ? 'exact' : 'same-house-number';
}
