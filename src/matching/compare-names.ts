import { distance } from 'fastest-levenshtein';
import { osaDistance } from './edit-distance.js';
import { jaroWinkler } from './jaro-winkler.js';
import { canonicalToken, type NormalisedName } from './normalise-name.js';

/**
 * Surname comparison levels, strongest first:
 * - `exact`: the same surname (prefixes ignored, also when glued on: `Vandenberg` = `van den Berg`): the
 *   surname as used, or the own surname (geslachtsnaam) of a person who uses the partner's (name use P, V);
 * - `alternate`: another surname the person goes by agrees (a part of a double name, the partner's name, a double name written as one word);
 * - `swapped`: the surname is written in the given-name field (names reversed, common for status holders),
 *   and the given name in the surname field at least nearly (see {@link compareNames});
 * - `phonetic`: the Dutch phonetic keys agree (`Kluijt`/`Kluit`, `Meijer`/`Maier`);
 * - `close`: one typo apart from any surname the person goes by (own, partner's, both combined): one edit
 *   for names of 4–7 letters, two from 8 letters, none below 4, where swapping two neighbouring letters is
 *   one edit and IJ may be written as its letters (`Meiejr`/`Meijer`, `Hosesini`/`Hosseini`, `Host`/`Horst`, `Jog`/`Jong`);
 * - `different`; `unknown`: one side has no surname.
 * @category Comparison
 */
export const SURNAME_LEVELS = ['exact', 'alternate', 'swapped', 'phonetic', 'close', 'different', 'unknown'] as const;
/** A surname comparison level. @category Comparison */
export type SurnameLevel = (typeof SURNAME_LEVELS)[number];

/**
 * Given-name comparison levels, strongest first:
 * - `exact`: the same given names;
 * - `first-exact`: a given name agrees (first name, or the call name is another of the given names), and every given
 *   name the signal writes is one of the register's (a name the register person does not have makes it `initials`
 *   when the first initials agree, else `different`);
 * - `swapped`: the given name is written in the surname field (all given names written as one count), and
 *   the surname in the given-name field at least nearly (see the surname level);
 * - `close`: the first names sound or are spelled alike (`Mohammed`/`Mohamed`, `Piet`/`Pieter`);
 * - `initials`: only the initials are known on one side, or agree, and they are compatible (`I.` also stands for IJ);
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

/** Jaro-Winkler threshold for the `close` level of given names. */
const CLOSE_SIMILARITY = 0.9;

/** Whether two given names are spelled nearly alike (`Mohammed`/`Mohamed`, `Piet`/`Pieter`). */
function spelledAlike(a: string, b: string): boolean {
  if (a === '' || b === '') return false;
  if (jaroWinkler(a, b) >= CLOSE_SIMILARITY) return true;
  const shortest = Math.min(a.length, b.length);
  if (shortest < 3 || Math.abs(a.length - b.length) > 2) return false;
  const d = distance(a, b);
  return d <= 1 || (d <= 2 && shortest >= 8);
}

/**
 * Edits a typo may have in a surname of this many letters: none below 4 letters (`Bos` is not
 * `Vos`), one for 4–7 letters (`Jog` for `Jong`), two from 8 letters on.
 */
function allowedEdits(letters: number): number {
  return letters < 4 ? 0 : letters < 8 ? 1 : 2;
}

/** Whether two spellings are within the edits the longer one allows. */
function withinTypo(a: string, b: string): boolean {
  const max = allowedEdits(Math.max(a.length, b.length));
  return max > 0 && Math.abs(a.length - b.length) <= max && osaDistance(a, b, max) <= max;
}

/** Whether two canonical surnames (IJ written `y`) are one typo apart, counting IJ also as the two letters it is written with. */
function isSurnameTypo(a: string, b: string): boolean {
  if (withinTypo(a, b)) return true;
  // `Meiejr` for `Meijer`, `Dikj` for `Dijk`: one swap of the letters of IJ, two edits once IJ is folded to y.
  return (a.includes('y') || b.includes('y')) && withinTypo(a.replace(/y/g, 'ij'), b.replace(/y/g, 'ij'));
}

function includesAny(list: readonly string[], other: readonly string[]): boolean {
  for (const x of list) if (x !== '' && other.includes(x)) return true;
  return false;
}

/** Every written form of the surnames a name goes by: each part, each double name as one word, the glued form. */
function surnameForms(n: NormalisedName): readonly string[] {
  return n.joinedSurnames.length === 0 && n.glued === n.surname ? n.surnameParts : [...n.surnameParts, ...n.joinedSurnames, n.glued];
}

/** Whether any surname form of `a` is a typo of any surname form of `b` (own, partner's, both combined). */
function anySurnameTypo(a: NormalisedName, b: NormalisedName): boolean {
  const fa = surnameForms(a);
  const fb = surnameForms(b);
  for (const x of fa) for (const y of fb) if (x !== '' && y !== '' && isSurnameTypo(x, y)) return true;
  return false;
}

/**
 * Whether any surname of `a` is written as a given name of `b`: one of `b`'s given names, all of
 * them written as one (`Fatima Zahra` in the surname field, `Ait Ouaziz` in the given-name field),
 * or the sound of `b`'s first given name.
 */
function surnameIsGivenOf(a: NormalisedName, b: NormalisedName): boolean {
  if (includesAny(a.surnameParts, b.givenNames)) return true;
  // Joined as a surname field is canonicalised: an `i` ending one name and a `j` starting the next are IJ (`Anjali Josephine`).
  if (b.givenNames.length > 1 && a.surnameParts.includes(canonicalToken(b.givenNames.join('')))) return true;
  return b.givenKey !== '' && a.surnameKeys.includes(b.givenKey);
}

/** Whether a surname of `a` is spelled nearly like a given name of `b` (one typo, or spelled alike). */
function surnameNearGivenOf(a: NormalisedName, b: NormalisedName): boolean {
  for (const x of a.surnameParts) for (const y of b.givenNames) if (isSurnameTypo(x, y) || spelledAlike(x, y)) return true;
  return false;
}

/**
 * How surname and given names are exchanged between the two names, one direction at a time:
 * `surname` when `b`'s surname is written as `a`'s given name, `given` when `a`'s surname is
 * written as `b`'s given name; `exact` or `near` (a typo). Null unless one direction agrees
 * exactly and the other at least nearly: a reversed name is strong evidence only when both agree.
 */
function swapOf(a: NormalisedName, b: NormalisedName): { readonly surname: 'exact' | 'near'; readonly given: 'exact' | 'near' } | null {
  if (a.surname === '' || b.surname === '' || a.givenNames.length === 0 || b.givenNames.length === 0) return null;
  const surname = surnameIsGivenOf(b, a) ? 'exact' : surnameNearGivenOf(b, a) ? 'near' : null;
  const given = surnameIsGivenOf(a, b) ? 'exact' : surnameNearGivenOf(a, b) ? 'near' : null;
  if (surname === null || given === null || (surname === 'near' && given === 'near')) return null;
  return { surname, given };
}

/**
 * The surname level when the surnames agree (`exact`, `alternate`), `unknown` when one side has
 * none, or null when they do not agree and the weaker levels must be tried.
 */
function agreeingSurname(a: NormalisedName, b: NormalisedName): SurnameLevel | null {
  if (a.surname === '' || b.surname === '') return 'unknown';
  if (a.surname === b.surname || a.glued === b.glued || includesAny(a.fullSurnames, b.fullSurnames)) return 'exact';
  if (
    includesAny(a.surnameParts, b.surnameParts) || includesAny(a.joinedSurnames, b.surnameParts) || includesAny(b.joinedSurnames, a.surnameParts) ||
    a.glued === b.surname || a.surname === b.glued
  ) {
    return 'alternate';
  }
  return null;
}

/** Whether an initial may stand for the digraph IJ: `I.` (the register's own rule for IJsbrand) or `Y.` (IJ written as Y, as in `Ysbrand`). */
function mayBeIJ(initial: string): boolean {
  return initial === 'i' || initial === 'y';
}

/**
 * Whether the first initials agree; the digraph IJ is written `IJ.`, `I.` and `Y.` (IJsbrand is
 * `I.` in the register, `Y.` where IJ is written Y), so any of them agrees with a name beginning with IJ.
 */
function initialsCompatible(a: NormalisedName, b: NormalisedName): boolean {
  const x = a.initials.charAt(0);
  const y = b.initials.charAt(0);
  if (x === '' || y === '') return false;
  return x === y || (mayBeIJ(x) && b.initialIsIJ) || (mayBeIJ(y) && a.initialIsIJ);
}

/**
 * Whether every given name the signal writes is one of the register person's, each register name standing for one
 * signal name (the same name, else one spelled alike). The BRP holds all of a person's given names, so a signal that
 * names one the person does not have (`Catharina Annie` for Petronella Catharina, `Pieter Maarten` for Johannes
 * Pieter) is about someone else who shares a name — a relative — not a call name or the first of several. (A
 * whole name read both ways, `Zohra Ait Ouaziz`, keeps `Ait` as a given name too: the caller leaves out a given
 * name that is the first word of the register person's surname.)
 */
function namesWithin(signal: readonly string[], register: readonly string[]): boolean {
  const free = register.filter((n) => !signal.includes(n));
  for (const name of signal) {
    if (register.includes(name)) continue;
    const alike = free.findIndex((n) => spelledAlike(name, n));
    if (alike < 0) return false;
    free.splice(alike, 1);
  }
  return true;
}

/** Given-name level of a signal's name `a` against a register name `b`. */
function compareGiven(a: NormalisedName, b: NormalisedName): GivenNameLevel {
  const ga = a.givenNames;
  const gb = b.givenNames;
  if (ga.length === 0 || gb.length === 0) {
    if ((ga.length === 0 && a.initials === '') || (gb.length === 0 && b.initials === '')) return 'unknown';
    return initialsCompatible(a, b) ? 'initials' : 'different';
  }
  const fa = ga[0]!;
  const fb = gb[0]!;
  if (ga.length === gb.length && ga.every((g, i) => g === gb[i])) return 'exact';
  if (fa === fb || gb.includes(fa) || ga.includes(fb)) {
    if (namesWithin(ga.filter((n) => !b.fullSurnames.includes(n + a.surname)), gb)) return 'first-exact';
    return initialsCompatible(a, b) ? 'initials' : 'different';
  }
  if ((a.givenKey !== '' && a.givenKey === b.givenKey) || spelledAlike(fa, fb)) return 'close';
  return initialsCompatible(a, b) ? 'initials' : 'different';
}

/** The levels of a reversed name (see {@link swapOf}), or null when the names are not reversed. */
function swappedLevels(a: NormalisedName, b: NormalisedName): NameComparison | null {
  const swap = swapOf(a, b);
  return swap === null ? null : { surname: swap.surname === 'exact' ? 'swapped' : 'close', givenNames: swap.given === 'exact' ? 'swapped' : 'close' };
}

/**
 * Compare two normalised names and return the surname and given-name levels. A reversed name
 * (surname written as given name and vice versa) is compared crosswise, each field on its own — also
 * when the signal's surname is only another surname the person goes by (`alternate`, e.g. the
 * partner's) while the given names disagree:
 * `swapped` where the exchanged field agrees exactly, `close` where it is one typo off — and only
 * when both directions agree at least that far (one exact): a surname that happens to be someone's
 * given name is no evidence on its own.
 */
export function compareNames(a: NormalisedName, b: NormalisedName): NameComparison {
  const agreeing = agreeingSurname(a, b);
  if (agreeing !== null) {
    const givenNames = compareGiven(a, b);
    if (agreeing !== 'alternate' || givenNames !== 'different') return { surname: agreeing, givenNames };
    // Only another surname the person goes by, and given names that disagree: a reversed name reads better where there is one
    // (Mehari Haile for Haile Mehari whose wife is a Haile: her surname is his `alternate`, his given name the signal's surname).
    return swappedLevels(a, b) ?? { surname: agreeing, givenNames };
  }
  const swapped = swappedLevels(a, b);
  if (swapped !== null) return swapped;
  const surname: SurnameLevel = includesAny(a.surnameKeys, b.surnameKeys) ? 'phonetic' : anySurnameTypo(a, b) ? 'close' : 'different';
  return { surname, givenNames: compareGiven(a, b) };
}
