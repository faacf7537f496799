/**
 * Seeded synthetic people living in households: families share a surname and an address,
 * partners may use each other's name (name-use codes E/P/V/N), some sons carry their father's
 * given names (the father/son case), migrants are more often registered with 1 January or
 * incomplete birth dates, and a few people are deceased or have left (suspended registration).
 * Used by tests, benches and examples; never by `src/`.
 */
import type { BirthDate } from '../../src/model/index.js';
import type { NameUse, SuspensionReason } from '../../src/matching/index.js';
import { seededRandom } from '../../bench/harness.js';
import { DUTCH_GIVEN, DUTCH_SURNAMES, MIGRANT_GIVEN, MIGRANT_SURNAMES, TAIL_SURNAME_COUNT, tailSurname, type SyntheticSurname } from './names.js';

/** An address of a synthetic household. */
export interface SyntheticAddress {
  readonly postcode: string;
  readonly houseNumber: number;
  readonly houseLetter?: string;
  readonly houseNumberAddition?: string;
}

/** One synthetic person (the truth the register and signals are derived from). */
export interface SyntheticPerson {
  /** Stable id, also the register record id. */
  readonly id: string;
  readonly givenNames: string;
  readonly sex: 'male' | 'female';
  readonly origin: 'dutch' | 'migrant';
  readonly surname: SyntheticSurname;
  readonly nameUse: NameUse;
  readonly partner?: SyntheticSurname;
  /** The real birth date. */
  readonly birth: { readonly year: number; readonly month: number; readonly day: number };
  /** The birth date as the register holds it (may be incomplete or a 1 January placeholder). */
  readonly registerBirth: BirthDate;
  readonly address: SyntheticAddress;
  readonly household: number;
  /** Position of the father in the people list when this son carries his father's given names. */
  readonly juniorOf?: number;
  readonly deceased: boolean;
  readonly suspension: SuspensionReason | null;
}

/** Options of {@link generatePeople}. */
export interface PeopleOptions {
  /** Number of people (at least). */
  readonly count: number;
  /** Seed of the pseudo-random generator. */
  readonly seed: number;
  /** Share of migrant households (default 0.2). */
  readonly migrantShare?: number;
}

/** A random source with helpers. */
export interface Random {
  next(): number;
  int(n: number): number;
  pick<T>(list: readonly T[]): T;
  /** Pick with a Zipf-like bias to the front of the list. */
  zipf<T>(list: readonly T[]): T;
  chance(p: number): boolean;
}

/** A {@link Random} on `seededRandom` from the bench harness. */
export function randomFrom(seed: number): Random {
  const next = seededRandom(seed);
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    pick: (list) => list[int(list.length)]!,
    zipf: (list) => list[Math.min(list.length - 1, Math.floor(list.length * next() ** 2.2))]!,
    chance: (p) => next() < p,
  };
}

const pad = (n: number, w: number) => String(n).padStart(w, '0');

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function randomBirth(rng: Random, from: number, to: number): { year: number; month: number; day: number } {
  const year = from + rng.int(Math.max(1, to - from));
  const month = 1 + rng.int(12);
  return { year, month, day: 1 + rng.int(daysIn(year, month)) };
}

/** How the register holds a birth date: migrants more often with 1 January or incomplete dates. */
function registerBirthOf(rng: Random, birth: { year: number; month: number; day: number }, migrant: boolean): BirthDate {
  const r = rng.next();
  if (migrant && r < 0.04) return { year: birth.year, month: null, day: null, placeholder: false };
  if (migrant && r < 0.06) return { year: birth.year, month: birth.month, day: null, placeholder: false };
  if (migrant && r < 0.12) return { year: birth.year, month: 1, day: 1, placeholder: true };
  return { ...birth, placeholder: birth.month === 1 && birth.day === 1 };
}

function surnameFor(rng: Random, migrant: boolean): SyntheticSurname {
  if (migrant) return rng.zipf(MIGRANT_SURNAMES);
  return rng.chance(0.35) ? rng.zipf(DUTCH_SURNAMES) : tailSurname(rng.int(TAIL_SURNAME_COUNT));
}

function givenFor(rng: Random, sex: 'male' | 'female', migrant: boolean): string {
  const list = (migrant ? MIGRANT_GIVEN : DUTCH_GIVEN)[sex];
  const first = rng.zipf(list);
  if (migrant || rng.chance(0.5)) return first;
  const second = rng.zipf(list);
  return second === first ? first : `${first} ${second}`;
}

/** A random address in one of `areas` postcode areas. */
function randomAddress(rng: Random, areas: readonly number[]): SyntheticAddress {
  const letters = 'ABCDEFGHJKLMNPRTVWXZ';
  const postcode = `${rng.pick(areas)}${letters[rng.int(letters.length)]}${letters[rng.int(letters.length)]}`;
  const houseNumber = 1 + rng.int(180);
  const r = rng.next();
  if (r < 0.06) return { postcode, houseNumber, houseLetter: 'ABC'[rng.int(3)]! };
  if (r < 0.1) return { postcode, houseNumber, houseNumberAddition: rng.pick(['1', '2', '3', 'hs', 'bis']) };
  return { postcode, houseNumber };
}

const NAME_USES: readonly NameUse[] = ['E', 'E', 'V', 'P', 'N'];

/**
 * Generate people in households, deterministic for a seed.
 * @example
 * const people = generatePeople({ count: 10_000, seed: 42 });
 */
export function generatePeople(options: PeopleOptions): SyntheticPerson[] {
  const rng = randomFrom(options.seed);
  const migrantShare = options.migrantShare ?? 0.2;
  const areaCount = Math.max(4, Math.min(4000, Math.ceil(options.count / 2500)));
  const areas = Array.from({ length: areaCount }, (_, i) => 1000 + Math.floor((i * 8999) / areaCount));
  const people: SyntheticPerson[] = [];
  const used = new Set<string>();
  let household = 0;
  while (people.length < options.count) {
    household++;
    const migrant = rng.chance(migrantShare);
    let address = randomAddress(rng, areas);
    let key = `${address.postcode}|${address.houseNumber}|${address.houseLetter ?? ''}${address.houseNumberAddition ?? ''}`;
    while (used.has(key)) {
      address = randomAddress(rng, areas);
      key = `${address.postcode}|${address.houseNumber}|${address.houseLetter ?? ''}${address.houseNumberAddition ?? ''}`;
    }
    used.add(key);
    const familyName = surnameFor(rng, migrant);
    const r = rng.next();
    const size = r < 0.38 ? 1 : r < 0.71 ? 2 : r < 0.83 ? 3 : r < 0.95 ? 4 : 5;
    const add = (p: Omit<SyntheticPerson, 'id' | 'household' | 'address' | 'registerBirth' | 'deceased' | 'suspension' | 'origin'>): number => {
      const dies = rng.chance(0.005);
      const leaves = !dies && rng.chance(0.006);
      people.push({
        ...p,
        id: `P${pad(people.length + 1, 8)}`,
        origin: migrant ? 'migrant' : 'dutch',
        household,
        address,
        registerBirth: registerBirthOf(rng, p.birth, migrant),
        deceased: dies,
        suspension: dies ? null : leaves ? rng.pick(['E', 'E', 'E', 'R', 'M'] as const) : null,
      });
      return people.length - 1;
    };
    const headSex = rng.chance(0.5) ? 'male' : 'female';
    const headBirth = randomBirth(rng, 1935, 2005);
    if (size === 1) {
      add({ givenNames: givenFor(rng, headSex, migrant), sex: headSex, surname: familyName, nameUse: 'E', birth: headBirth });
      continue;
    }
    const fatherBirth = randomBirth(rng, 1940, 1998);
    const fatherGiven = givenFor(rng, 'male', migrant);
    const motherName = surnameFor(rng, migrant);
    const fatherIndex = add({ givenNames: fatherGiven, sex: 'male', surname: familyName, nameUse: 'E', birth: fatherBirth });
    const motherUse = rng.pick(NAME_USES);
    add({
      givenNames: givenFor(rng, 'female', migrant),
      sex: 'female',
      surname: motherName,
      nameUse: motherUse,
      partner: familyName,
      birth: randomBirth(rng, fatherBirth.year - 4, fatherBirth.year + 5),
    });
    for (let c = 2; c < size; c++) {
      const sex = rng.chance(0.5) ? 'male' : 'female';
      const junior = sex === 'male' && rng.chance(0.08);
      const birthFrom = Math.min(2024, fatherBirth.year + 20);
      add({
        givenNames: junior ? fatherGiven : givenFor(rng, sex, migrant),
        sex,
        surname: familyName,
        nameUse: 'E',
        birth: randomBirth(rng, birthFrom, Math.min(2025, birthFrom + 20)),
        ...(junior ? { juniorOf: fatherIndex } : {}),
      });
    }
  }
  return people.slice(0, options.count);
}
