import { foldText } from './fold.js';
import { prefixLengthAt, splitSurnamePrefix } from './prefixes.js';
import { dutchPhoneticKey } from './phonetic.js';

/**
 * The register's name-use code (`aanduidingNaamgebruik`, Haal Centraal BRP-API):
 * **E** own name, **P** partner's name, **V** partner's name before own, **N** partner's name after own.
 * @category Normalisers
 */
export type NameUse = 'E' | 'P' | 'V' | 'N';

/** A surname with its separate prefix, e.g. a partner's name in the register. @category Normalisers */
export interface SurnameParts {
  /** Prefix (voorvoegsel) such as `van der`. */
  readonly surnamePrefix?: string | undefined;
  /** Surname (geslachtsnaam) without prefix; may contain a hyphenated double name. */
  readonly surname?: string | undefined;
}

/**
 * A name in parts (as signals and the register carry it) or as one written string.
 * All fields are optional; `fullName` is used only for the parts that are missing.
 * @category Normalisers
 */
export interface NameParts extends SurnameParts {
  /** Given names (voornamen), space separated. */
  readonly givenNames?: string | undefined;
  /** Initials (voorletters), e.g. `J.P.`. */
  readonly initials?: string | undefined;
  /** The whole name in one string: `Jan van den Berg`, `Berg, Jan van den`, `J.P. Aedel-Groenen`. */
  readonly fullName?: string | undefined;
  /** Name-use code; with {@link NameParts.partner} decides which surnames the person goes by. */
  readonly nameUse?: NameUse | undefined;
  /** The partner's surname, for name-use codes P, V and N. */
  readonly partner?: SurnameParts | undefined;
}

/**
 * A name in comparison form: folded (lower case, no diacritics, `ij` written `y`), prefixes
 * separated, double names split. Not for display.
 * @category Normalisers
 */
export interface NormalisedName {
  /** Given names as tokens (`Jan-Willem` → `['jan', 'willem']`); empty when only initials are known. */
  readonly givenNames: readonly string[];
  /** Initials as letters without dots (`jw`), from the initials or else from the given names. */
  readonly initials: string;
  /** Prefix of the first surname, e.g. `van den`, or `''`. */
  readonly prefix: string;
  /** First surname part of the name as used, without prefix, e.g. `berg`; `''` when unknown. */
  readonly surname: string;
  /** Every surname part the person may go by: double-name parts, own and partner's names. */
  readonly surnameParts: readonly string[];
  /** Prefix and surname glued (`vandenberg`), to recognise names written without spaces. */
  readonly glued: string;
  /** Dutch phonetic key of each surname part (see {@link dutchPhoneticKey}). */
  readonly surnameKeys: readonly string[];
  /** Dutch phonetic key of the first given name, or `''`. */
  readonly givenKey: string;
  /** The name-use code, when given. */
  readonly nameUse: NameUse | null;
}

/** Canonical comparison form of one folded word: only letters and digits, `ij` written `y`. @category Normalisers */
export function canonicalToken(folded: string): string {
  return folded.replace(/[^a-z0-9]/g, '').replace(/ij/g, 'y');
}

/** Fold and tidy a name string: hyphens without spaces around them, single spaces. */
function tidy(input: string): string {
  return foldText(input)
    .replace(/[^a-z0-9'.,/\- ]/g, ' ')
    .replace(/\s*-\s*/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A surname in comparison form: its prefix, its parts without their own prefixes, glued form. @category Normalisers */
export interface SurnameForm {
  /** Leading prefix, folded (`van den`). */
  readonly prefix: string;
  /** Parts of a double name without prefixes (`Jansen-van Dam` → `['jansen', 'dam']`). */
  readonly parts: readonly string[];
  /** Prefix and first part glued (`vandenberg`). */
  readonly glued: string;
  /** Dutch phonetic key of each part. */
  readonly keys: readonly string[];
}

const NO_SURNAME: SurnameForm = frozenForm({ prefix: '', parts: [], glued: '', keys: [] });

/** Freeze a form and its arrays: forms are shared between names (memo, index), so nobody may change one. */
function frozenForm<T extends object>(form: T): T {
  for (const value of Object.values(form)) if (Array.isArray(value)) Object.freeze(value);
  return Object.freeze(form);
}

/**
 * Normalise one surname (with an optional separate prefix) into a {@link SurnameForm}.
 * A surname of `.` (the register's "no surname known") gives no parts.
 * @category Normalisers
 */
export function normaliseSurname(surname: string | undefined, surnamePrefix?: string): SurnameForm {
  const raw = tidy(surname ?? '');
  if (raw === '' || raw === '.') return NO_SURNAME;
  let prefix = tidy(surnamePrefix ?? '').replace(/\s*,\s*/g, ' ');
  let rest = raw.replace(/,/g, ' ').trim();
  if (prefix === '') [prefix, rest] = splitSurnamePrefix(rest);
  const parts: string[] = [];
  for (const piece of rest.split('-')) {
    const [, bare] = splitSurnamePrefix(piece.trim());
    const token = canonicalToken(bare);
    if (token !== '') parts.push(token);
  }
  const first = parts[0] ?? '';
  return frozenForm({ prefix, parts, glued: first === '' ? '' : canonicalToken(prefix) + first, keys: parts.map((part) => dutchPhoneticKey(part)) });
}

/** Given names and initials in comparison form. @category Normalisers */
export interface GivenForm {
  /** Given-name tokens. */
  readonly givenNames: readonly string[];
  /** Initials, letters only. */
  readonly initials: string;
  /** Dutch phonetic key of the first given name, or `''`. */
  readonly key: string;
}

/** Whether a folded token is written as initials (`j.p.`, `j.`, a single letter). */
function isInitialsToken(token: string): boolean {
  return /^([a-z]\.)+[a-z]?$/.test(token) || /^[a-z]$/.test(token);
}

/**
 * Normalise given names and initials into a {@link GivenForm}. Tokens written as initials
 * (`J.P.`) count as initials, not names.
 * @category Normalisers
 */
export function normaliseGivenNames(givenNames: string | undefined, initials?: string): GivenForm {
  const names: string[] = [];
  let fromTokens = '';
  for (const token of tidy(givenNames ?? '').replace(/[,/]/g, ' ').split(/[ -]/)) {
    if (token === '') continue;
    const canonical = canonicalToken(token);
    if (canonical === '') continue;
    if (isInitialsToken(token) || canonical.length === 1) {
      fromTokens += canonical;
      continue;
    }
    names.push(canonical);
    fromTokens += canonical[0];
  }
  const given = canonicalToken(tidy(initials ?? '')).replace(/[0-9]/g, '');
  return frozenForm({
    givenNames: names,
    initials: given !== '' ? given : fromTokens,
    key: names[0] === undefined ? '' : dutchPhoneticKey(names[0]),
  });
}

/** The given side and surname side of a name written as one string. */
interface SplitFullName {
  readonly given: string;
  readonly prefix: string;
  readonly surname: string;
}

/**
 * Split a whole name into given names, prefix and surname. Handles `Jan van den Berg`,
 * `Berg, Jan van den`, `van den Berg, Jan`, `J.P. Aedel-Groenen` and `Mohammed El Amrani`.
 */
function splitFullName(fullName: string): SplitFullName {
  const s = tidy(fullName);
  const comma = s.indexOf(',');
  if (comma >= 0) {
    const surnameSide = s.slice(0, comma).trim();
    const givenTokens = s.slice(comma + 1).replace(/,/g, ' ').trim().split(' ').filter((t) => t !== '');
    let start = givenTokens.length;
    for (let i = 0; i < givenTokens.length; i++) {
      if (prefixLengthAt(givenTokens, i) === givenTokens.length - i) {
        start = i;
        break;
      }
    }
    const trailingPrefix = givenTokens.slice(start).join(' ');
    return { given: givenTokens.slice(0, start).join(' '), prefix: trailingPrefix, surname: surnameSide };
  }
  const tokens = s.split(' ').filter((t) => t !== '');
  if (tokens.length <= 1) return { given: '', prefix: '', surname: tokens[0] ?? '' };
  let start = tokens.length - 1;
  for (let i = 1; i < tokens.length - 1; i++) {
    const n = prefixLengthAt(tokens, i);
    if ((n > 0 && i + n < tokens.length) || tokens[i]!.includes('-')) {
      start = i;
      break;
    }
  }
  return { given: tokens.slice(0, start).join(' '), prefix: '', surname: tokens.slice(start).join(' ') };
}

/**
 * The surnames a person goes by, in the order the name-use code writes them (used form first):
 * E own; P partner's (own kept as alternative); V partner's then own; N own then partner's.
 * @category Normalisers
 */
export function surnamesInUse(own: SurnameForm, partner: SurnameForm, nameUse: NameUse | null): SurnameForm[] {
  if (partner.parts.length === 0) return [own];
  if (nameUse === 'P' || nameUse === 'V') return [partner, own];
  return [own, partner];
}

/**
 * Put a name into comparison form. Accepts parts (the register's and signals' fields) or one
 * written string; handles case, diacritics, the IJ/Y digraph, prefixes in front / behind a comma /
 * glued on, hyphenated double names, initials, and the register's name-use codes with the
 * partner's surname. Never throws.
 *
 * @example
 * normaliseName('Berg, J.P. van den')
 * // { givenNames: [], initials: 'jp', prefix: 'van den', surname: 'berg', glued: 'vandenberg', … }
 * normaliseName({ initials: 'F.', surname: 'Groenen', nameUse: 'V', partner: { surname: 'Aedel' } })
 * // surname 'aedel', surnameParts ['aedel', 'groenen']
 * @category Normalisers
 */
export function normaliseName(input: string | NameParts): NormalisedName {
  const form = nameForm(input);
  return { ...form, givenNames: [...form.givenNames], surnameParts: [...form.surnameParts], surnameKeys: [...form.surnameKeys] };
}

/**
 * {@link normaliseName} for the library's own use: the same comparison form, frozen, sharing
 * the frozen pieces of names seen before (no copies per call).
 */
export function nameForm(input: string | NameParts): NormalisedName {
  const parts: NameParts = typeof input === 'string' ? { fullName: input } : input;
  let givenRaw = parts.givenNames;
  let surnameRaw = parts.surname;
  let prefixRaw = parts.surnamePrefix;
  if (parts.fullName !== undefined && (surnameRaw === undefined || surnameRaw.trim() === '')) {
    const split = splitFullName(parts.fullName);
    surnameRaw = split.surname;
    prefixRaw = prefixRaw ?? split.prefix;
    if ((givenRaw === undefined || givenRaw.trim() === '') && parts.initials === undefined) givenRaw = split.given;
    else if (givenRaw === undefined) givenRaw = split.given;
  }
  const given = remembered(givenMemo, givenRaw, parts.initials, normaliseGivenNames);
  const nameUse = parts.nameUse ?? null;
  const own = remembered(surnameMemo, surnameRaw, prefixRaw, normaliseSurname);
  const partner = parts.partner === undefined ? NO_SURNAME : normaliseSurname(parts.partner.surname, parts.partner.surnamePrefix);
  return composeName(given, surnamesInUse(own, partner, nameUse), nameUse);
}

/** Name pieces already normalised (names repeat a lot); bounded, frozen, never handed to callers. */
const givenMemo = new Map<string, Map<string, GivenForm>>();
const surnameMemo = new Map<string, Map<string, SurnameForm>>();
const MEMO_LIMIT = 100_000;

function remembered<T>(memo: Map<string, Map<string, T>>, a: string | undefined, b: string | undefined, make: (a: string | undefined, b?: string) => T): T {
  let byB = memo.get(a ?? '');
  if (byB === undefined) {
    if (memo.size >= MEMO_LIMIT) memo.clear();
    byB = new Map();
    memo.set(a ?? '', byB);
  }
  let value = byB.get(b ?? '');
  if (value === undefined) {
    value = make(a, b);
    byB.set(b ?? '', value);
  }
  return value;
}

/**
 * Build a {@link NormalisedName} from already normalised pieces (used by the register index,
 * which caches the pieces of names that repeat).
 * @category Normalisers
 */
export function composeName(given: GivenForm, surnames: readonly SurnameForm[], nameUse: NameUse | null): NormalisedName {
  const first = surnames[0] ?? NO_SURNAME;
  const surnameParts = surnames.length === 1 ? first.parts : surnames.flatMap((s) => s.parts);
  const surnameKeys = surnames.length === 1 ? first.keys : surnames.flatMap((s) => s.keys);
  return frozenForm({
    givenNames: given.givenNames,
    initials: given.initials,
    prefix: first.prefix,
    surname: first.parts[0] ?? '',
    surnameParts,
    glued: first.glued,
    surnameKeys,
    givenKey: given.key,
    nameUse,
  });
}
