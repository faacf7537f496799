import { distance } from 'fastest-levenshtein';
import { jaroWinkler } from './jaro-winkler.js';
import type { NormalisedName } from './normalise-name.js';

/**
 * Surname comparison levels, strongest first:
 * - `exact`: the same surname (prefixes ignored, also when glued on: `Vandenberg` = `van den Berg`);
 * - `alternate`: another surname the person goes by agrees (a part of a double name, the partner's or own name);
 * - `swapped`: surname and given name are exchanged (names reversed, common for status holders);
 * - `phonetic`: the Dutch phonetic keys agree (`Kluijt`/`Kluit`, `Meijer`/`Maier`);
 * - `close`: spelled nearly alike (Jaro-Winkler ≥ 0.9, or Levenshtein distance 1, or 2 on long names);
 * - `different`; `unknown`: one side has no surname.
 * @category Comparison
 */
export const SURNAME_LEVELS = ['exact', 'alternate', 'swapped', 'phonetic', 'close', 'different', 'unknown'] as const;
/** A surname comparison level. @category Comparison */
export type SurnameLevel = (typeof SURNAME_LEVELS)[number];

/**
 * Given-name comparison levels, strongest first:
 * - `exact`: the same given names;
 * - `first-exact`: a given name agrees (first name, or the call name is another of the given names);
 * - `swapped`: given name and surname are exchanged (see the surname level);
 * - `close`: the first names sound or are spelled alike (`Mohammed`/`Mohamed`, `Piet`/`Pieter`);
 * - `initials`: only the initials are known on one side, or agree, and they are compatible;
 * - `different`; `unknown`: one side has no given names or initials.
 * @category Comparison
 */
export const GIVEN_NAME_LEVELS = ['exact', 'first-exact', 'swapped', 'close', 'initials', 'different', 'unknown'] as const;
/** A given-name comparison level. @category Comparison */
export type GivenNameLevel = (typeof GIVEN_NAME_LEVELS)[number];

/** The levels of one name comparison. @category Comparison */
export interface NameComparison {
  /** Surname level. */
  readonly surname: SurnameLevel;
  /** Given-name level. */
  readonly givenNames: GivenNameLevel;
}

/** Jaro-Winkler threshold for the `close` levels. @category Comparison */
export const CLOSE_SIMILARITY = 0.9;

/** Whether two spellings are nearly alike (see the `close` level). @category Comparison */
export function spelledAlike(a: string, b: string): boolean {
  if (a === '' || b === '') return false;
  if (jaroWinkler(a, b) >= CLOSE_SIMILARITY) return true;
  const shortest = Math.min(a.length, b.length);
  if (shortest < 3 || Math.abs(a.length - b.length) > 2) return false;
  const d = distance(a, b);
  return d <= 1 || (d <= 2 && shortest >= 8);
}

function includesAny(list: readonly string[], other: readonly string[]): boolean {
  for (const x of list) if (x !== '' && other.includes(x)) return true;
  return false;
}

/** Whether any surname of `a` is written as a given name of `b` (or sounds like its first). */
function surnameIsGivenOf(a: NormalisedName, b: NormalisedName): boolean {
  if (includesAny(a.surnameParts, b.givenNames)) return true;
  return b.givenKey !== '' && a.surnameKeys.includes(b.givenKey);
}

/** Whether surname and given names are exchanged between the two names. */
function isSwapped(a: NormalisedName, b: NormalisedName): boolean {
  if (a.surname === '' || b.surname === '' || a.givenNames.length === 0 || b.givenNames.length === 0) return false;
  return surnameIsGivenOf(a, b) && surnameIsGivenOf(b, a);
}

function compareSurnames(a: NormalisedName, b: NormalisedName, swapped: boolean): SurnameLevel {
  if (a.surname === '' || b.surname === '') return 'unknown';
  if (a.surname === b.surname || a.glued === b.glued) return 'exact';
  if (includesAny(a.surnameParts, b.surnameParts) || a.glued === b.surname || a.surname === b.glued) return 'alternate';
  if (swapped) return 'swapped';
  if (includesAny(a.surnameKeys, b.surnameKeys)) return 'phonetic';
  return spelledAlike(a.surname, b.surname) || spelledAlike(a.glued, b.glued) ? 'close' : 'different';
}

function initialsCompatible(a: string, b: string): boolean {
  return a !== '' && b !== '' && a[0] === b[0];
}

function compareGiven(a: NormalisedName, b: NormalisedName, swapped: boolean): GivenNameLevel {
  if (swapped) return 'swapped';
  const ga = a.givenNames;
  const gb = b.givenNames;
  if (ga.length === 0 || gb.length === 0) {
    if ((ga.length === 0 && a.initials === '') || (gb.length === 0 && b.initials === '')) return 'unknown';
    return initialsCompatible(a.initials, b.initials) ? 'initials' : 'different';
  }
  const fa = ga[0]!;
  const fb = gb[0]!;
  if (ga.length === gb.length && ga.every((g, i) => g === gb[i])) return 'exact';
  if (fa === fb || gb.includes(fa) || ga.includes(fb)) return 'first-exact';
  if ((a.givenKey !== '' && a.givenKey === b.givenKey) || spelledAlike(fa, fb)) return 'close';
  return initialsCompatible(a.initials, b.initials) ? 'initials' : 'different';
}

/**
 * Compare two normalised names and return the surname and given-name levels. A reversed name
 * (surname written as given name and vice versa) gives `swapped` on both.
 * @example
 * compareNames(normaliseName('Mohammed Ali'), normaliseName({ givenNames: 'Ali', surname: 'Mohammed' }))
 * // { surname: 'swapped', givenNames: 'swapped' }
 * @category Comparison
 */
export function compareNames(a: NormalisedName, b: NormalisedName): NameComparison {
  const exactish = a.surname !== '' && (a.surname === b.surname || a.glued === b.glued || includesAny(a.surnameParts, b.surnameParts));
  const swapped = !exactish && isSwapped(a, b);
  return { surname: compareSurnames(a, b, swapped), givenNames: compareGiven(a, b, swapped) };
}
