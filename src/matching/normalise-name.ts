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
  /** Initials as letters without dots (`jw`), from the initials or else from the given names; the digraph IJ is `y`. */
  readonly initials: string;
  /** Whether the first initial is the digraph IJ (`IJ.`, or a first name such as IJsbrand), which is also written `I.`. */
  readonly initialIsIJ: boolean;
  /** Prefix of the first surname, e.g. `van den`, or `''`. */
  readonly prefix: string;
  /** First surname part of the name as used, without prefix, e.g. `berg`; `''` when unknown. */
  readonly surname: string;
  /**
   * The surnames that count as the person's own name in full: the first part of the name as used
   * and the first part of the own surname (the geslachtsnaam, which never changes under name use P or V).
   */
  readonly fullSurnames: readonly string[];
  /** Every surname part the person may go by: double-name parts, own and partner's names. */
  readonly surnameParts: readonly string[];
  /** Double names written as one word, in every order the person may use (`aedelgroenen`, `groenenaedel`). */
  readonly joinedSurnames: readonly string[];
  /** Prefix and surname glued (`vandenberg`), to recognise names written without spaces. */
  readonly glued: string;
  /** Dutch phonetic key of each surname part (a Dutch phonetic key). */
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

/**
 * Fold and tidy a name string: hyphens without spaces around them, single spaces. Spaces are
 * collapsed first so that no pattern can backtrack over a run of them (issue 14: linear time).
 */
function tidy(input: string): string {
  return foldText(input)
    .replace(/[^a-z0-9'.,/\- ]+/g, ' ')
    .replace(/ +/g, ' ')
    .replace(/ ?- ?/g, '-')
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
  /** The first part alone (`['jansen']`), or nothing. */
  readonly head: readonly string[];
}

const NO_SURNAME: SurnameForm = frozenForm({ prefix: '', parts: [], glued: '', keys: [], head: [] });
const NONE: readonly string[] = Object.freeze([]);

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
  let prefix = tidy(surnamePrefix ?? '').replace(/ ?, ?/g, ' ');
  let rest = raw;
  if (raw.includes(',')) {
    // `Wal, van der`, `Berg, J. van den`: the surname before the comma, its prefix at the end.
    const split = splitCommaName(raw);
    rest = split.surname;
    if (prefix === '') prefix = split.prefix;
  }
  if (prefix === '') [prefix, rest] = splitSurnamePrefix(rest);
  const parts: string[] = [];
  for (const piece of rest.split('-')) {
    const [, bare] = splitSurnamePrefix(piece.trim());
    const token = canonicalToken(bare);
    if (token !== '') parts.push(token);
  }
  const first = parts[0] ?? '';
  return frozenForm({
    prefix,
    parts,
    glued: first === '' ? '' : canonicalToken(prefix) + first,
    keys: parts.map((part) => dutchPhoneticKey(part)),
    head: parts.slice(0, 1),
  });
}

/** Given names and initials in comparison form. @category Normalisers */
export interface GivenForm {
  /** Given-name tokens. */
  readonly givenNames: readonly string[];
  /** Initials, letters only; the digraph IJ is `y`. */
  readonly initials: string;
  /** Whether the first initial is the digraph IJ. */
  readonly initialIsIJ: boolean;
  /** Dutch phonetic key of the first given name, or `''`. */
  readonly key: string;
}

/** Whether a folded token is written as initials (`j.p.`, `j.`, `ij.`, a single letter). */
function isInitialsToken(token: string): boolean {
  return /^((ij|[a-z])\.)+[a-z]?$/.test(token) || /^[a-z]$/.test(token);
}

/** Initials written with or without dots, in comparison form: `IJ.J.` → `yj` (IJ is one initial), `I.J.` → `ij`, `JP` → `jp`. */
function readInitials(folded: string): { readonly letters: string; readonly ij: boolean } {
  let letters = '';
  let ij = false;
  for (const segment of folded.split(/[.\s-]+/)) {
    const plain = segment.replace(/[^a-z]/g, '');
    if (plain === '') continue;
    if (letters === '' && plain.startsWith('ij')) ij = true;
    letters += plain.replace(/ij/g, 'y');
  }
  return { letters, ij };
}

/**
 * Normalise given names and initials into a {@link GivenForm}. Tokens written as initials
 * (`J.P.`, `IJ.`) count as initials, not names.
 */
export function normaliseGivenNames(givenNames: string | undefined, initials?: string): GivenForm {
  const names: string[] = [];
  let fromTokens = '';
  let ijFirst = false;
  const tokens = tidy(givenNames ?? '').replace(/[,/]/g, ' ').split(/[ -]/);
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    const canonical = canonicalToken(token);
    if (canonical === '') continue;
    if (fromTokens === '' && token.startsWith('ij')) ijFirst = true;
    if ((isInitialsToken(token) || canonical.length === 1) && !isConnectorAt(tokens, k)) {
      fromTokens += readInitials(token).letters;
      continue;
    }
    names.push(canonical);
    fromTokens += canonical[0];
  }
  const given = readInitials(tidy(initials ?? ''));
  return frozenForm({
    givenNames: names,
    initials: given.letters !== '' ? given.letters : fromTokens,
    // IJsbrand keeps the digraph as first initial even when the register writes his initials `I.` (Haal Centraal's rule).
    initialIsIJ: given.letters !== '' ? given.ij || (ijFirst && given.letters.startsWith('i')) : ijFirst,
    key: names[0] === undefined ? '' : dutchPhoneticKey(names[0]),
  });
}

/**
 * Whether the token at `k` is the `A` that joins the words of a Chinese-Surinamese surname (`Tjon A
 * Fat`, `Tjin A Djie`): a bare `a` between two words of two or more letters, part of the name, not an initial.
 */
function isConnectorAt(tokens: readonly string[], k: number): boolean {
  const word = (t: string | undefined) => t !== undefined && /^[a-z]{2,}$/.test(t);
  return tokens[k] === 'a' && word(tokens[k - 1]) && word(tokens[k + 1]);
}

/** The given side and surname side of a name written as one string. */
interface SplitFullName {
  readonly given: string;
  readonly prefix: string;
  readonly surname: string;
}

/** Tokens of a tidied string. */
function tokensOf(s: string): string[] {
  return s.split(' ').filter((t) => t !== '');
}

/**
 * Split a whole name into given names, prefix and surname. Handles `Jan van den Berg`,
 * `Berg, Jan van den`, `van den Berg, Jan`, `Johannes Berg, van der`, `Vd Berg`,
 * `J. v.d. Berg`, `J.P. Aedel-Groenen` and `Mohammed El Amrani`.
 */
function splitFullName(fullName: string): SplitFullName {
  const s = tidy(fullName);
  return s.includes(',') ? splitCommaName(s) : splitSpacedName(s);
}

/**
 * A tidied name with a comma: `Berg, Jan van den` (surname, then given names and the prefix), `Berg, van den,
 * Anne` (surname, prefix, given names) or, when only a prefix follows the comma, `Johannes Berg, van der` / `Wal, van der` (the name, then its prefix).
 */
function splitCommaName(s: string): SplitFullName {
  const comma = s.indexOf(',');
  const before = s.slice(0, comma).trim();
  const after = tokensOf(s.slice(comma + 1).replace(/,/g, ' '));
  if (after.length > 0 && prefixLengthAt(after, 0) === after.length) {
    const named = splitSpacedName(before);
    return { given: named.given, prefix: after.join(' '), surname: named.surname };
  }
  // `Berg, van den, Anne`: the prefix right behind the surname, then the given names (no Dutch given name is a prefix).
  const leading = after.length > 0 ? prefixLengthAt(after, 0) : 0;
  if (leading > 0) return { given: after.slice(leading).join(' '), prefix: after.slice(0, leading).join(' '), surname: before };
  let start = after.length;
  for (let i = 0; i < after.length; i++) {
    if (prefixLengthAt(after, i) === after.length - i) {
      start = i;
      break;
    }
  }
  return { given: after.slice(0, start).join(' '), prefix: after.slice(start).join(' '), surname: before };
}

/**
 * A tidied name without a comma: given names, then the surname with its prefix (the first prefix
 * after the first word, or a hyphenated double name, starts the surname). A name that begins
 * with a prefix is written surname first: `Vd Berg`, `van Dijk` have no given names, `van der
 * Heijden Evi` has the given name Evi.
 */
function splitSpacedName(s: string): SplitFullName {
  const tokens = tokensOf(s);
  if (tokens.length <= 1) return { given: '', prefix: '', surname: tokens[0] ?? '' };
  const leading = prefixLengthAt(tokens, 0);
  if (leading > 0 && leading < tokens.length) {
    // Only a prefix and a surname (`Vd Berg`), or the surname first as alphabetical lists write it
    // (`van der Heijden Evi`, `El Amrani Mohammed`): no Dutch given name starts with a prefix.
    return { given: tokens.slice(leading + 1).join(' '), prefix: tokens.slice(0, leading).join(' '), surname: tokens[leading]! };
  }
  // A Chinese-Surinamese surname of three words (`Roshni Tjon A Fat`, surname first `Tjin A Djie Kantie`).
  if (tokens.length >= 4 && isConnectorAt(tokens, tokens.length - 2)) {
    return { given: tokens.slice(0, -3).join(' '), prefix: '', surname: tokens.slice(-3).join(' ') };
  }
  if (tokens.length >= 4 && isConnectorAt(tokens, 1)) return { given: tokens.slice(3).join(' '), prefix: '', surname: tokens.slice(0, 3).join(' ') };
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
function surnamesInUse(own: SurnameForm, partner: SurnameForm, nameUse: NameUse | null): readonly SurnameForm[] {
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
  return {
    ...form,
    givenNames: [...form.givenNames],
    fullSurnames: [...form.fullSurnames],
    surnameParts: [...form.surnameParts],
    joinedSurnames: [...form.joinedSurnames],
    surnameKeys: [...form.surnameKeys],
  };
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
  if (surnameRaw?.includes(',') && (givenRaw === undefined || givenRaw.trim() === '') && parts.initials === undefined) {
    givenRaw = splitFullName(surnameRaw).given;
  }
  let alternative = NO_SURNAME;
  if (parts.fullName !== undefined && (surnameRaw === undefined || surnameRaw.trim() === '')) {
    const split = splitFullName(parts.fullName);
    alternative = twoWordSurname(split);
    surnameRaw = split.surname;
    prefixRaw = prefixRaw ?? split.prefix;
    if ((givenRaw === undefined || givenRaw.trim() === '') && parts.initials === undefined) givenRaw = split.given;
    else if (givenRaw === undefined) givenRaw = split.given;
  }
  const given = remembered(givenMemo, givenRaw, parts.initials, normaliseGivenNames);
  const nameUse = parts.nameUse ?? null;
  const own = remembered(surnameMemo, surnameRaw, prefixRaw, normaliseSurname);
  const partner = parts.partner === undefined ? NO_SURNAME : normaliseSurname(parts.partner.surname, parts.partner.surnamePrefix);
  const name = composeName(given, own, partner, nameUse);
  return alternative.parts.length === 0 ? name : withAlternativeSurname(name, alternative);
}

/**
 * The other reading of a whole name that ends in two plain words (`Khalid Ait Ouaziz`, `Fatma
 * Ben Salah`): a surname of two words without a prefix, which the register keeps as one
 * geslachtsnaam. Nothing in the string tells it from a second given name (`Jan Pieter Jansen`),
 * so both readings are kept. Empty when the name has a prefix, a comma, a hyphen or initials.
 */
function twoWordSurname(split: SplitFullName): SurnameForm {
  if (split.prefix !== '' || split.surname.includes(' ') || split.surname.includes('-')) return NO_SURNAME;
  const given = tokensOf(split.given);
  const last = given[given.length - 1];
  if (given.length < 2 || last === undefined || isInitialsToken(last) || prefixLengthAt(given, given.length - 1) > 0) return NO_SURNAME;
  return normaliseSurname(`${last} ${split.surname}`);
}

/** A whole name with its two-word surname reading added as one more full surname the person may go by. */
function withAlternativeSurname(name: NormalisedName, alternative: SurnameForm): NormalisedName {
  const joined = alternative.parts[0]!;
  return {
    ...name,
    fullSurnames: Object.freeze([...name.fullSurnames, joined]),
    surnameParts: Object.freeze([...name.surnameParts, joined]),
    surnameKeys: Object.freeze([...name.surnameKeys, ...alternative.keys]),
  };
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

/** Each double name of the person written as one word, in the orders the person may use. */
function joinedForms(own: SurnameForm, partner: SurnameForm): readonly string[] {
  if (own.parts.length === 0 || (own.parts.length === 1 && partner.parts.length === 0)) return NONE;
  const joined: string[] = [];
  const candidates = partner.parts.length === 0 ? [own.parts] : [own.parts, [...partner.parts, ...own.parts], [...own.parts, ...partner.parts]];
  for (const parts of candidates) {
    if (parts.length < 2) continue;
    const word = parts.join('');
    if (!joined.includes(word)) joined.push(word);
  }
  return joined;
}

/**
 * Build a {@link NormalisedName} from already normalised pieces (the register index caches the
 * pieces of names that repeat): the given names, the own surname and the partner's surname
 * (if any) under the name-use code. For the library's own use: it shares the frozen pieces.
 */
export function composeName(given: GivenForm, own: SurnameForm, partnerForm: SurnameForm | undefined, nameUse: NameUse | null): NormalisedName {
  const partner = partnerForm ?? NO_SURNAME;
  const surnames = surnamesInUse(own, partner, nameUse);
  const first = surnames[0]!;
  const surname = first.parts[0] ?? '';
  const ownFirst = own.parts[0] ?? '';
  return {
    givenNames: given.givenNames,
    initials: given.initials,
    initialIsIJ: given.initialIsIJ,
    prefix: first.prefix,
    surname,
    fullSurnames: ownFirst === surname || ownFirst === '' ? first.head : [surname, ownFirst],
    surnameParts: surnames.length === 1 ? first.parts : surnames.flatMap((s) => s.parts),
    joinedSurnames: joinedForms(own, partner),
    glued: first.glued,
    surnameKeys: surnames.length === 1 ? first.keys : surnames.flatMap((s) => s.keys),
    givenKey: given.key,
    nameUse,
  };
}
