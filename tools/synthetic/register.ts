/**
 * A synthetic population register (records as the Haal Centraal BRP-API gives them) and
 * synthetic signals about its people with known truth, one failure mode per signal: the
 * errors that make today's exact BRP check drop residents (De signaalreis: reversed names,
 * 1-1-2000, other spellings) and the cases that must not link (not resident, namesakes).
 * Used by tests, benches and examples; never by `src/`.
 */
import type { NameParts, RegisterRecord } from '../../src/matching/index.js';
import { generatePeople, randomFrom, type PeopleOptions, type Random, type SyntheticPerson } from './people.js';
import { TRANSLITERATIONS } from './names.js';

/** Turn a synthetic person into a register record. */
export function toRegisterRecord(p: SyntheticPerson): RegisterRecord {
  return {
    id: p.id,
    naam: {
      voornamen: p.givenNames,
      voorletters: undefined,
      voorvoegsel: p.surname.prefix || undefined,
      geslachtsnaam: p.surname.surname,
      aanduidingNaamgebruik: p.nameUse,
    },
    partners: p.partner ? [{ naam: { voornamen: undefined, voorletters: undefined, voorvoegsel: p.partner.prefix || undefined, geslachtsnaam: p.partner.surname } }] : [],
    geboorte: { datum: p.registerBirth },
    verblijfplaats: {
      postcode: p.address.postcode,
      huisnummer: p.address.houseNumber,
      huisletter: p.address.houseLetter,
      huisnummertoevoeging: p.address.houseNumberAddition,
      straat: undefined,
      woonplaats: undefined,
      functieAdres: 'W',
      indicatieVastgesteldVerblijftNietOpAdres: false,
      adresseerbaarObjectIdentificatie: undefined,
    },
    overlijden: p.deceased ? { datum: '2025-06-01' } : undefined,
    opschortingBijhouding: p.deceased ? { reden: 'O', datum: '2025-06-01' } : p.suspension ? { reden: p.suspension, datum: '2025-06-01' } : undefined,
  };
}

/** A synthetic register: the people (truth) and their register records, same order. */
export interface SyntheticRegister {
  readonly people: readonly SyntheticPerson[];
  readonly records: readonly RegisterRecord[];
}

/**
 * Generate a register of `count` people.
 * @example
 * const { people, records } = generateRegister({ count: 5000, seed: 1 });
 */
export function generateRegister(options: PeopleOptions): SyntheticRegister {
  const people = generatePeople(options);
  return { people, records: people.map(toRegisterRecord) };
}

/**
 * Failure modes injected into signals. All but `not-resident` leave the person identifiable.
 * - `clean`: as in the register;
 * - `swapped-names`: given name and surname reversed;
 * - `placeholder-birth-date`: 1-1-2000 or 1 January of the birth year;
 * - `incomplete-birth-date`: only year and month, only the year, or no birth date;
 * - `birth-date-typo`: one digit wrong, or day and month swapped;
 * - `surname-typo`: one letter inserted, dropped, changed or two swapped;
 * - `prefix-variant`: prefix glued on, behind a comma, abbreviated or dropped;
 * - `diacritics`: diacritics dropped, or the name in capitals;
 * - `partner-name`: the partner's surname or the double name instead of the own name;
 * - `initials-only`: initials instead of given names;
 * - `transliteration`: another spelling of an Arabic or Eritrean given name;
 * - `moved`: the signal has an old address; the person lives elsewhere in the municipality;
 * - `same-name-relative`: a son with his father's name at the same address (full birth date given);
 * - `deceased`, `emigrated`: the person's registration says so;
 * - `not-resident`: the debtor is not in the register (sometimes a former member of the household).
 *
 * The classes of issue 13 (off in the default mix, on in {@link EVALUATION_MODE_SHARES}):
 * - `prefix-comma`: the prefix behind a comma in the surname field (`Wal, van der`) or a whole name (`Johannes Berg, van der`);
 * - `prefix-abbreviated`: `Vd Berg`, `J. v.d. Berg` as a whole name, `vd Berg` as the surname;
 * - `typo-own-surname`: a typo in the own surname of a person who uses the partner's name (P or V);
 * - `surname-transposition`: two neighbouring letters swapped (`Hosesini`, `Meiejr`);
 * - `own-surname-moved`: a person using the partner's name (P or V) signalled under the own surname at an old address;
 * - `placeholder-housemate`: 1-1-2000 or 1 January of the birth year for a person with a housemate of the same surname and initial;
 * - `namesake-placeholder`: a father or son with the same given names at one address and a placeholder date (not identifiable: review).
 */
export const FAILURE_MODES = [
  'clean', 'swapped-names', 'placeholder-birth-date', 'incomplete-birth-date', 'birth-date-typo', 'surname-typo',
  'prefix-variant', 'diacritics', 'partner-name', 'initials-only', 'transliteration', 'moved', 'same-name-relative',
  'deceased', 'emigrated', 'not-resident',
  'prefix-comma', 'prefix-abbreviated', 'typo-own-surname', 'surname-transposition', 'own-surname-moved', 'placeholder-housemate',
  'namesake-placeholder',
] as const;
/** A failure mode. */
export type FailureMode = (typeof FAILURE_MODES)[number];

/** Default share of each mode among generated signals. */
export const DEFAULT_MODE_SHARES: Readonly<Record<FailureMode, number>> = {
  clean: 0.4, 'swapped-names': 0.04, 'placeholder-birth-date': 0.05, 'incomplete-birth-date': 0.04, 'birth-date-typo': 0.04,
  'surname-typo': 0.05, 'prefix-variant': 0.04, diacritics: 0.03, 'partner-name': 0.04, 'initials-only': 0.05,
  transliteration: 0.02, moved: 0.05, 'same-name-relative': 0.03, deceased: 0.02, emigrated: 0.02, 'not-resident': 0.08,
  'prefix-comma': 0, 'prefix-abbreviated': 0, 'typo-own-surname': 0, 'surname-transposition': 0, 'own-surname-moved': 0,
  'placeholder-housemate': 0, 'namesake-placeholder': 0,
};

/** Every mode in equal shares: the per-mode figures of the bench (as the issue-13 evaluation does). */
export const EVALUATION_MODE_SHARES: Readonly<Record<FailureMode, number>> = Object.fromEntries(FAILURE_MODES.map((m) => [m, 1])) as Record<FailureMode, number>;

/**
 * The label of a generated signal: its failure mode, or `namesake-placeholder-year` for a
 * `namesake-placeholder` signal dated 1 January of the person's own birth year (not 2000): father
 * and son are a generation apart, so that year tells them apart (identifiable) — unless a namesake in
 * the household has a register date of that year or none (two children given the same names): then it
 * stays `namesake-placeholder`, as the generic 1-1-2000 does: genuinely ambiguous. `moved-namesake` labels a `moved` or `own-surname-moved`
 * signal (true date, an old address) whose person is not identifiable: another registered person
 * with the same given names and surname fits the signal's birth date at least as well (the same
 * date, or a 1 January, incomplete or unknown register date that the date fits as well). Labels,
 * never drawn as modes of their own.
 */
export type SignalMode = FailureMode | 'namesake-placeholder-year' | 'moved-namesake';

/** Modes whose person cannot be told apart from another (or is not registered): review or no match is right. */
export const UNIDENTIFIABLE_MODES: readonly SignalMode[] = ['not-resident', 'namesake-placeholder', 'moved-namesake'];

/** How well a register birth date fits a signal's true date: 3 the same full date, 2 the same year and month (day unknown), 1 the same year (1 January or year only) or no date, 0 not at all. */
function birthFit(register: SyntheticPerson['registerBirth'], signal: string | undefined): number {
  if (signal === undefined || register.year === null) return 1;
  const [y, m, d] = signal.split('-').map(Number);
  if (register.year !== y) return 0;
  if (register.placeholder || register.month === null) return 1;
  if (register.month !== m) return 0;
  if (register.day === null) return 2;
  return register.day === d ? 3 : 0;
}

/** The name key of a person as the register holds it (given names and own surname with prefix). */
const nameKeyOf = (p: SyntheticPerson) => `${p.givenNames}|${p.surname.prefix}|${p.surname.surname}`.toLowerCase();

/** Whether another registered person with the same names fits a moved person's signalled birth date at least as well. */
function movedNamesake(people: readonly SyntheticPerson[], byName: ReadonlyMap<string, readonly number[]>, i: number, birthDate: string | undefined): boolean {
  const p = people[i]!;
  const own = birthFit(p.registerBirth, birthDate);
  return (byName.get(nameKeyOf(p)) ?? []).some((j) => j !== i && birthFit(people[j]!.registerBirth, birthDate) >= own);
}

/** The people by name key, for {@link movedNamesake}. */
function peopleByName(people: readonly SyntheticPerson[]): Map<string, number[]> {
  const byName = new Map<string, number[]>();
  people.forEach((p, i) => {
    const key = nameKeyOf(p);
    const list = byName.get(key);
    if (list === undefined) byName.set(key, [i]);
    else list.push(i);
  });
  return byName;
}

/** A debtor's name as a creditor file carries it. */
export type SyntheticName = Omit<NameParts, 'nameUse' | 'partner'>;

/** A signal as a creditor delivers it (JSON; parse it with `parseSignal`). */
export interface SignalInput {
  readonly id: string;
  readonly kind: string;
  readonly creditor: { readonly id: string; readonly sector: string };
  readonly receivedDate: string;
  readonly debtor: { readonly name: SyntheticName; readonly birthDate?: string; readonly legalForm?: string };
  readonly address: SyntheticAddressInput;
  readonly arrears: { readonly total: string };
}

/** An address in a signal. */
export interface SyntheticAddressInput {
  readonly postcode: string;
  readonly houseNumber: number;
  readonly houseLetter?: string | undefined;
  readonly houseNumberAddition?: string | undefined;
}

/** A synthetic signal with its truth. */
export interface SyntheticSignal {
  /** The signal as a creditor would deliver it (parse with `parseSignal`). */
  readonly input: SignalInput;
  /** Position of the true person in the register, or null when not registered. */
  readonly truth: number | null;
  /** The failure mode injected (see {@link SignalMode}). */
  readonly mode: SignalMode;
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const isoOf = (b: { year: number; month: number; day: number }) => `${b.year}-${pad2(b.month)}-${pad2(b.day)}`;

function typo(rng: Random, word: string): string {
  if (word.length < 3) return word + 'e';
  const i = 1 + rng.int(word.length - 2);
  const letters = 'aeioulnrstdkm';
  switch (rng.int(4)) {
    case 0: return word.slice(0, i) + word.slice(i + 1);
    case 1: return word.slice(0, i) + letters[rng.int(letters.length)] + word.slice(i);
    case 2: return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    default: {
      const c = letters[rng.int(letters.length)]!;
      return word.slice(0, i) + (c === word[i] ? 'x' : c) + word.slice(i + 1);
    }
  }
}

/** Two neighbouring letters swapped (not the first letter; `Meijer` may become `Meiejr`). */
function transpose(rng: Random, word: string): string {
  for (let attempt = 0; attempt < 10; attempt++) {
    const i = 1 + rng.int(word.length - 2);
    if (word[i] !== word[i + 1]) return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  }
  return word;
}

function birthTypo(rng: Random, b: { year: number; month: number; day: number }): string {
  if (b.day <= 12 && b.day !== b.month && rng.chance(0.4)) return isoOf({ year: b.year, month: b.day, day: b.month });
  for (;;) {
    const digits = `${b.year}${pad2(b.month)}${pad2(b.day)}`.split('');
    const at = 3 + rng.int(5);
    digits[at] = String((Number(digits[at]) + 1 + rng.int(8)) % 10);
    const s = digits.join('');
    const y = Number(s.slice(0, 4));
    const m = Number(s.slice(4, 6));
    const d = Number(s.slice(6, 8));
    if (m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate()) return isoOf({ year: y, month: m, day: d });
  }
}

const stripDiacritics = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ı/g, 'i');
const initialsOf = (given: string) => given.split(/[ -]/).map((g) => `${g[0]}.`).join('');

type Debtor = SignalInput['debtor'];
type Body = { debtor: Debtor; address: SyntheticAddressInput };

/** The signal's debtor and address for a person under a failure mode. */
function corrupt(rng: Random, p: SyntheticPerson, mode: FailureMode, elsewhere: SyntheticPerson): Body {
  const prefix = p.surname.prefix;
  let name: SyntheticName = { givenNames: p.givenNames, surnamePrefix: prefix || undefined, surname: p.surname.surname };
  let birthDate: string | undefined = isoOf(p.birth);
  let address: SyntheticAddressInput = { ...p.address };
  switch (mode) {
    case 'swapped-names':
      name = { givenNames: p.surname.surname, surname: p.givenNames.split(' ')[0]!, surnamePrefix: prefix || undefined };
      break;
    case 'placeholder-birth-date':
      birthDate = rng.chance(0.6) ? '2000-01-01' : `${p.birth.year}-01-01`;
      break;
    case 'incomplete-birth-date':
      birthDate = rng.chance(0.4) ? `${p.birth.year}-${pad2(p.birth.month)}` : rng.chance(0.5) ? String(p.birth.year) : undefined;
      break;
    case 'birth-date-typo':
      birthDate = birthTypo(rng, p.birth);
      break;
    case 'surname-typo':
      name = { ...name, surname: typo(rng, p.surname.surname) };
      break;
    case 'prefix-variant': {
      const glued = (prefix + p.surname.surname).replace(/[\s']/g, '');
      const variants = prefix
        ? [{ surname: glued }, { fullName: `${p.surname.surname}, ${p.givenNames} ${prefix}` }, { fullName: `${p.givenNames} ${prefix.replace(/^van de[nr]?$/, 'v.d.')} ${p.surname.surname}` }, { surname: p.surname.surname }]
        : [{ fullName: `${p.surname.surname}, ${p.givenNames}` }];
      name = { givenNames: undefined, ...rng.pick(variants) };
      if (name.surname !== undefined) name = { ...name, givenNames: p.givenNames };
      break;
    }
    case 'diacritics':
      name = rng.chance(0.5) || stripDiacritics(p.surname.surname) === p.surname.surname
        ? { fullName: `${p.givenNames} ${prefix} ${p.surname.surname}`.replace(/\s+/g, ' ').toUpperCase() }
        : { givenNames: stripDiacritics(p.givenNames), surnamePrefix: prefix || undefined, surname: stripDiacritics(p.surname.surname) };
      break;
    case 'partner-name': {
      const partner = p.partner!;
      const partnerFull = `${partner.prefix ? partner.prefix + ' ' : ''}${partner.surname}`;
      const ownFull = `${prefix ? prefix + ' ' : ''}${p.surname.surname}`;
      name = { givenNames: p.givenNames, surname: rng.pick([partnerFull, `${partnerFull}-${ownFull}`, `${ownFull}-${partnerFull}`]) };
      break;
    }
    case 'initials-only':
      name = { initials: initialsOf(p.givenNames), surnamePrefix: prefix || undefined, surname: p.surname.surname };
      break;
    case 'transliteration': {
      const first = p.givenNames.split(' ')[0]!;
      name = { ...name, givenNames: rng.pick(TRANSLITERATIONS[first] ?? [first]) };
      break;
    }
    case 'moved':
      address = { ...elsewhere.address };
      break;
    case 'prefix-comma':
      name = rng.chance(0.5)
        ? { givenNames: p.givenNames, surname: `${p.surname.surname}, ${prefix}` }
        : { fullName: `${p.givenNames} ${p.surname.surname}, ${prefix}` };
      break;
    case 'prefix-abbreviated': {
      const short = rng.pick(['Vd', 'v.d.', 'vd', 'V.D.']);
      name = rng.pick([
        { fullName: `${short} ${p.surname.surname}` },
        { fullName: `${initialsOf(p.givenNames)} ${short} ${p.surname.surname}` },
        { givenNames: p.givenNames, surname: `${short} ${p.surname.surname}` },
      ]);
      break;
    }
    case 'typo-own-surname':
      name = { ...name, surname: typo(rng, p.surname.surname) };
      break;
    case 'surname-transposition':
      name = { ...name, surname: transpose(rng, p.surname.surname) };
      break;
    case 'own-surname-moved':
      address = { ...elsewhere.address };
      break;
    case 'placeholder-housemate':
    case 'namesake-placeholder':
      birthDate = rng.chance(0.6) ? '2000-01-01' : `${p.birth.year}-01-01`;
      break;
    default:
      break;
  }
  return { debtor: { name, ...(birthDate === undefined ? {} : { birthDate }) }, address };
}

/**
 * Whether the year of a signal's 1 January (the person's birth year) tells the person apart from the namesakes in the
 * household: no namesake's register date is of that year or has no year (twins, or two children given the same names).
 */
function yearTellsApart(people: readonly SyntheticPerson[], namesakes: readonly number[], i: number): boolean {
  const year = people[i]!.birth.year;
  return namesakes.every((j) => j === i || (people[j]!.registerBirth.year !== null && people[j]!.registerBirth.year !== year));
}

/** The label of a generated signal (see {@link SignalMode}). */
function labelOf(mode: FailureMode, body: Body, hasMovedNamesake: () => boolean, yearTellsApart: () => boolean): SignalMode {
  if (mode === 'namesake-placeholder' && body.debtor.birthDate !== '2000-01-01' && yearTellsApart()) return 'namesake-placeholder-year';
  if ((mode === 'moved' || mode === 'own-surname-moved') && hasMovedNamesake()) return 'moved-namesake';
  return mode;
}

/** The day every generated signal arrives. */
const RECEIVED_DATE = '2026-03-02';

/** Whether someone born on `birth` is 18 or older on `day` (`YYYY-MM-DD`). */
function adultOn(birth: SyntheticPerson['birth'], day: string): boolean {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return (birth.year + 18) * 10000 + birth.month * 100 + birth.day <= y * 10000 + m * 100 + d;
}

/** Options of {@link generateSignals}. */
export interface SignalOptions {
  readonly count: number;
  readonly seed: number;
  /** Share per mode (default {@link DEFAULT_MODE_SHARES}). */
  readonly shares?: Readonly<Partial<Record<FailureMode, number>>>;
}

/** Which people a mode can be applied to. */
function eligible(mode: FailureMode, p: SyntheticPerson, i: number): boolean {
  const living = !p.deceased && p.suspension === null;
  switch (mode) {
    case 'deceased': return p.deceased;
    case 'emigrated': return p.suspension !== null;
    case 'partner-name': return living && p.partner !== undefined && p.nameUse === 'E';
    case 'transliteration': return living && TRANSLITERATIONS[p.givenNames.split(' ')[0]!] !== undefined;
    case 'prefix-variant': return living && (p.surname.prefix !== '' || i % 4 === 0);
    case 'not-resident': return true;
    case 'prefix-comma': return living && p.surname.prefix !== '';
    case 'prefix-abbreviated': return living && /^van de[nr]?$/.test(p.surname.prefix);
    case 'typo-own-surname':
    case 'own-surname-moved': return living && p.partner !== undefined && (p.nameUse === 'P' || p.nameUse === 'V');
    case 'surname-transposition': return living && p.surname.surname.length >= 4;
    default: return living;
  }
}

/** The surname a person is known by at home (the partner's under name use P or V). */
function usedSurname(p: SyntheticPerson): string {
  return (p.nameUse === 'P' || p.nameUse === 'V') && p.partner ? p.partner.surname : p.surname.surname;
}

/** People in a household with someone of the same given names and surname (a son with his father's names, or by chance), each with the group of namesakes. */
function withNamesake(people: readonly SyntheticPerson[]): Map<number, readonly number[]> {
  const groups = new Map<string, number[]>();
  people.forEach((p, i) => {
    const key = `${p.household}|${p.givenNames}|${usedSurname(p)}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [i]);
    else group.push(i);
  });
  const out = new Map<number, readonly number[]>();
  for (const group of groups.values()) if (group.length > 1) for (const i of group) out.set(i, group);
  return out;
}

/**
 * People with a housemate of the same used surname whose given names share only the first initial
 * with theirs (placeholder-housemate), and no housemate who shares one of their given names (a call
 * name such as Jan for Johannes Jan leaves a placeholder date truly ambiguous).
 */
function withLookalikeHousemate(people: readonly SyntheticPerson[]): Set<number> {
  const byHousehold = new Map<number, number[]>();
  people.forEach((p, i) => byHousehold.set(p.household, [...(byHousehold.get(p.household) ?? []), i]));
  const names = (p: SyntheticPerson) => p.givenNames.split(/[ -]/);
  const out = new Set<number>();
  for (const members of byHousehold.values()) {
    for (const i of members) {
      const p = people[i]!;
      const others = members.filter((j) => j !== i).map((j) => people[j]!);
      const alike = others.some((q) => usedSurname(q) === usedSurname(p) && q.givenNames[0] === p.givenNames[0]);
      const sharesName = others.some((q) => names(q).some((n) => names(p).includes(n)));
      if (alike && !sharesName && !p.deceased && p.suspension === null) out.add(i);
    }
  }
  return out;
}

/** A person who is not in the register: new, or a former household member at a known address. */
function outsider(rng: Random, at: SyntheticPerson, index: number): Body {
  const formerMember = rng.chance(0.35);
  const given = rng.pick(['Bas', 'Lieke', 'Yusuf', 'Noa', 'Kevin', 'Samira', 'Tobias', 'Elif', 'Ruud', 'Merel']);
  const surname = formerMember ? at.surname : { prefix: '', surname: `Buitenstaander${index % 97}` };
  const year = 1950 + rng.int(55);
  return {
    debtor: {
      name: { givenNames: given, surnamePrefix: surname.prefix || undefined, surname: surname.surname },
      birthDate: `${year}-${pad2(1 + rng.int(12))}-${pad2(2 + rng.int(26))}`,
    },
    address: { ...at.address },
  };
}

/**
 * Generate signals about the people of a register, one failure mode each, with the truth.
 * @example
 * const signals = generateSignals(register.people, { count: 1000, seed: 7 });
 */
export function generateSignals(people: readonly SyntheticPerson[], options: SignalOptions): SyntheticSignal[] {
  const rng = randomFrom(options.seed);
  const shares = { ...DEFAULT_MODE_SHARES, ...(options.shares ?? {}) };
  const modes = FAILURE_MODES.filter((m) => (shares[m] ?? 0) > 0);
  const total = modes.reduce((s, m) => s + shares[m]!, 0);
  const namesakes = withNamesake(people);
  const byName = modes.includes('moved') || modes.includes('own-surname-moved') ? peopleByName(people) : new Map<string, number[]>();
  const lookalikes = modes.includes('placeholder-housemate') ? withLookalikeHousemate(people) : new Set<number>();
  // Namesakes at one address (father and son with the same given names) cannot be told apart without a birth date.
  const dateless = new Set<FailureMode>(['placeholder-birth-date', 'incomplete-birth-date']);
  const pools = new Map<FailureMode, number[]>();
  for (const mode of modes) {
    const pool: number[] = [];
    for (let i = 0; i < people.length; i++) {
      const namesake = namesakes.has(i);
      // Signals are about contract parties (rent, energy, water, the health-insurance premium): adults on the day they arrive,
      // as in the bundled sample and the independent evaluation set. Anyone's address may carry a signal about an outsider.
      const debtor = mode === 'not-resident' || adultOn(people[i]!.birth, RECEIVED_DATE);
      const ok =
        mode === 'same-name-relative' || mode === 'namesake-placeholder' ? namesake
          : mode === 'placeholder-housemate' ? lookalikes.has(i)
            : eligible(mode, people[i]!, i) && !(namesake && dateless.has(mode));
      if (ok && debtor) pool.push(i);
    }
    pools.set(mode, pool);
  }
  const out: SyntheticSignal[] = [];
  for (let k = 0; k < options.count; k++) {
    let r = rng.next() * total;
    let mode = modes[modes.length - 1]!;
    for (const m of modes) {
      r -= shares[m]!;
      if (r < 0) { mode = m; break; }
    }
    const pool = pools.get(mode)!;
    if (pool.length === 0) mode = 'clean';
    const i = rng.pick(pools.get(mode)!);
    const p = people[i]!;
    const elsewhere = people[rng.int(people.length)]!;
    const body = mode === 'not-resident' ? outsider(rng, p, k) : corrupt(rng, p, mode, elsewhere.address === p.address ? people[(i + 7) % people.length]! : elsewhere);
    out.push({
      input: {
        id: `S${String(k + 1).padStart(7, '0')}`,
        kind: 'early',
        creditor: { id: 'ZV1', sector: 'health-insurance' },
        receivedDate: RECEIVED_DATE,
        debtor: body.debtor,
        address: body.address,
        arrears: { total: '250.00' },
      },
      truth: mode === 'not-resident' ? null : i,
      mode: labelOf(mode, body, () => movedNamesake(people, byName, i, body.debtor.birthDate), () => yearTellsApart(people, namesakes.get(i) ?? [], i)),
    });
  }
  return out;
}
