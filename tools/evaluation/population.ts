/**
 * A municipality's residents as a model: addresses (streets, postcodes by street side, flats
 * with additions), households (singles, couples, families, single parents, adult children at
 * home, shared houses, widowed), the names they have and use, true birth dates and the forms
 * the register holds them in, deaths and emigration. The Haal Centraal records are written
 * from this model (`register.ts`); signals are derived from it (`signals.ts`).
 * @module
 */
import { composedDutchSurnames, NAME_BOOKS, ORIGIN_SHARES, PLACES, STREET_KINDS, STREET_STEMS, type Origin, type Surname } from './names.js';
import type { Rng } from './random.js';

/** A calendar date. */
export interface DateParts {
  readonly y: number;
  readonly m: number;
  readonly d: number;
}

/**
 * How the register holds a birth date: the true date, 1 January of the true year (a placeholder
 * recorded as a full date), only year and month, only the year, or nothing.
 */
export type RegisterDateForm = 'full' | 'january-first' | 'year-month' | 'year' | 'unknown';

/** A dwelling in the municipality. */
export interface Address {
  readonly id: number;
  readonly postcode: string;
  /** The 4-digit postcode area. */
  readonly area: number;
  readonly huisnummer: number;
  readonly huisletter?: string;
  readonly huisnummertoevoeging?: string;
  readonly straat: string;
  readonly woonplaats: string;
  /** BAG id of the dwelling (adresseerbaar object). */
  readonly objectId: string;
}

/** A spouse or registered partner, in the register or not (a late or former partner). */
export interface PartnerModel {
  readonly personId: number | null;
  readonly givenNames: readonly string[];
  readonly surname: Surname;
  readonly kind: 'H' | 'P';
  readonly since: DateParts;
  readonly ended?: DateParts;
}

/** One person of the model. */
export interface PersonModel {
  readonly id: number;
  readonly bsn: string;
  readonly origin: Origin;
  readonly sex: 'M' | 'V';
  givenNames: readonly string[];
  readonly surname: Surname;
  /** The true birth date (what the person's own documents say). */
  readonly birth: DateParts;
  /** How the register holds it. */
  readonly birthForm: RegisterDateForm;
  nameUse: 'E' | 'P' | 'V' | 'N';
  partner: PartnerModel | null;
  readonly household: number;
  /** Current address in the municipality; null after emigration. */
  address: number | null;
  /** Last address in the municipality (equals `address` unless emigrated). */
  lastAddress: number;
  addressSince: DateParts;
  status: 'resident' | 'deceased' | 'emigrated';
  statusDate: DateParts | null;
  /** Settled in the Netherlands from abroad on this date (born abroad). */
  readonly immigrated: DateParts | null;
}

/** The whole model. */
export interface Population {
  readonly asOf: DateParts;
  readonly persons: readonly PersonModel[];
  readonly addresses: readonly Address[];
  /** Residents (alive, not emigrated) per address id. */
  readonly residentsAt: ReadonlyMap<number, readonly number[]>;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month of a year. */
export function daysIn(y: number, m: number): number {
  return m === 2 && ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0) ? 29 : DAYS_IN_MONTH[m - 1]!;
}

/** A uniformly drawn date in a year. */
export function dateInYear(rng: Rng, y: number): DateParts {
  const m = rng.int(1, 12);
  return { y, m, d: rng.int(1, daysIn(y, m)) };
}

/** Compare two dates: negative, zero or positive. */
export function compareDates(a: DateParts, b: DateParts): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

/** Age in whole years on a date. */
export function ageOn(birth: DateParts, on: DateParts): number {
  return on.y - birth.y - (on.m < birth.m || (on.m === birth.m && on.d < birth.d) ? 1 : 0);
}

/** A date between two years, never after `asOf`. */
function dateBetween(rng: Rng, fromYear: number, toYear: number, asOf: DateParts): DateParts {
  const from = Math.min(fromYear, asOf.y);
  const to = Math.min(Math.max(from, toYear), asOf.y);
  for (;;) {
    const date = dateInYear(rng, rng.int(from, to));
    if (compareDates(date, asOf) <= 0) return date;
  }
}

/** Pick from a list with weights falling with the rank (common names first). */
function ranked<T>(rng: Rng, items: readonly T[], flatness: number): T {
  // Inverse-CDF of weights 1/(rank+flatness), approximated by a log draw: cheap and deterministic.
  const n = items.length;
  const u = rng.next();
  const rank = Math.floor(flatness * Math.pow((n + flatness) / flatness, u) - flatness);
  return items[Math.min(n - 1, Math.max(0, rank))]!;
}

/** The 11-proof of a BSN. */
function isBsn(n: number): boolean {
  const s = String(n).padStart(9, '0');
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(s[i]) * (9 - i);
  return (sum - Number(s[8])) % 11 === 0;
}

/** Hands out unique, valid BSNs in the 99xxxxxxx range (test numbers, not real people). */
export class BsnSource {
  private next = 990_000_000;

  /** The next valid number. */
  take(): string {
    while (!isBsn(this.next)) this.next++;
    return String(this.next++);
  }
}

/** Options of {@link generatePopulation}. */
export interface PopulationOptions {
  /** Number of persons in the register. */
  readonly persons: number;
  /** The date the register extract is taken. */
  readonly asOf: DateParts;
}

const POSTCODE_LETTERS = 'ABCDEFGHJKLMNPRSTVWXZ';
const FORBIDDEN_PAIRS = new Set(['SA', 'SD', 'SS']);

/** Builds the municipality's addresses street by street. */
class AddressBuilder {
  readonly addresses: Address[] = [];
  private area = 2401;
  private letterIndex = 0;
  private postcodesInArea = 0;
  private readonly usedStreets = new Set<string>();

  constructor(private readonly rng: Rng) {}

  private nextPostcode(): { postcode: string; area: number } {
    for (;;) {
      if (this.postcodesInArea >= 90 || this.letterIndex >= POSTCODE_LETTERS.length ** 2) {
        this.area++;
        this.letterIndex = 0;
        this.postcodesInArea = 0;
      }
      const a = POSTCODE_LETTERS[Math.floor(this.letterIndex / POSTCODE_LETTERS.length)]!;
      const b = POSTCODE_LETTERS[this.letterIndex % POSTCODE_LETTERS.length]!;
      this.letterIndex += this.rng.int(1, 3);
      if (FORBIDDEN_PAIRS.has(a + b)) continue;
      this.postcodesInArea++;
      return { postcode: `${this.area}${a}${b}`, area: this.area };
    }
  }

  private streetName(): string {
    for (let attempt = 0; ; attempt++) {
      const name = this.rng.pick(STREET_STEMS) + this.rng.pick(STREET_KINDS);
      if (!this.usedStreets.has(name) || attempt > 50) {
        this.usedStreets.add(name);
        return name;
      }
    }
  }

  /** Add one street of dwellings; odd and even sides get their own postcodes every ~20 numbers. */
  addStreet(): void {
    const rng = this.rng;
    const straat = this.streetName();
    const district = (this.area - 2401) % 10;
    const woonplaats = PLACES[district < 6 ? 0 : district < 8 ? 1 : district - 6]!;
    const length = rng.int(8, 120);
    const sides: [{ postcode: string; area: number }, { postcode: string; area: number }] = [this.nextPostcode(), this.nextPostcode()];
    for (let n = 1; n <= length; n++) {
      const side = n % 2;
      if (n > 2 && n % 20 < 2) sides[side] = this.nextPostcode();
      const { postcode, area } = sides[side]!;
      const base = { postcode, area, huisnummer: n, straat, woonplaats };
      const kind = rng.next();
      if (kind < 0.78) this.push(base);
      else if (kind < 0.86) {
        const letters = rng.int(2, 3);
        for (let l = 0; l < letters; l++) this.push({ ...base, huisletter: 'ABC'[l]! });
      } else {
        const style = rng.int(0, 3);
        const units = rng.int(2, 6);
        for (let u = 0; u < units; u++) {
          const toevoeging =
            style === 0 ? String(u + 1) : style === 1 ? (u === 0 ? 'hs' : String(u)) : style === 2 ? ['I', 'II', 'III', 'IV', 'V', 'VI'][u]! : u === 0 ? undefined : u === 1 ? 'bis' : String(u);
          this.push(toevoeging === undefined ? base : { ...base, huisnummertoevoeging: toevoeging });
        }
      }
    }
  }

  private push(a: Omit<Address, 'id' | 'objectId'>): void {
    const id = this.addresses.length;
    this.addresses.push({ ...a, id, objectId: `199901${String(id + 1).padStart(10, '0')}` });
  }
}

/** Draws persons of the model. */
export class PersonFactory {
  private readonly tail = composedDutchSurnames();

  constructor(
    private readonly rng: Rng,
    private readonly asOf: DateParts,
    private readonly bsns: BsnSource,
  ) {}

  /** An origin by the municipality's shares. */
  origin(): Origin {
    return this.rng.weighted(ORIGIN_SHARES);
  }

  /** A surname of an origin; Dutch ones from the common list or the long tail. */
  surname(origin: Origin, sex: 'M' | 'V'): Surname {
    const rng = this.rng;
    if (origin === 'dutch') return rng.chance(0.5) ? ranked(rng, NAME_BOOKS.dutch.surnames, 40) : rng.pick(this.tail);
    const s = ranked(rng, NAME_BOOKS[origin].surnames, 6);
    return origin === 'polish' && sex === 'V' ? feminine(s) : s;
  }

  /** Given names of a person of an origin, sex and birth year. */
  givenNames(origin: Origin, sex: 'M' | 'V', year: number): string[] {
    const rng = this.rng;
    const book = NAME_BOOKS[origin];
    const old = year < 1965;
    const list = sex === 'M' ? (old ? book.maleOld : book.maleYoung) : old ? book.femaleOld : book.femaleYoung;
    const [min, max] = book.givenNameCount;
    const count = origin === 'dutch' && old ? rng.int(2, 3) : rng.int(min, max);
    const names: string[] = [];
    for (let guard = 0; names.length < count && guard < 20; guard++) {
      const pool = names.length > 0 && rng.chance(0.5) ? (sex === 'M' ? book.maleOld : book.femaleOld) : list;
      const name = ranked(rng, pool, 12);
      if (!names.includes(name)) names.push(name);
    }
    return names;
  }

  /** How the register holds the birth date of someone born abroad (often incomplete for refugees). */
  private birthForm(origin: Origin, bornAbroad: boolean): RegisterDateForm {
    if (!bornAbroad) return 'full';
    if (origin === 'syrian' || origin === 'eritrean') {
      return this.rng.weighted({ full: 55, 'january-first': 20, year: 15, 'year-month': 5, unknown: 5 });
    }
    if (origin === 'moroccan' || origin === 'turkish') {
      return this.rng.weighted({ full: 85, 'january-first': 8, year: 5, 'year-month': 2, unknown: 0 });
    }
    return this.rng.weighted({ full: 97, 'january-first': 1, year: 1, 'year-month': 1, unknown: 0 });
  }

  /** Whether a person of this origin and birth year was born abroad. */
  private bornAbroad(origin: Origin, year: number): boolean {
    switch (origin) {
      case 'dutch':
        return false;
      case 'moroccan':
      case 'turkish':
      case 'surinamese':
        return year < 1985 ? this.rng.chance(0.85) : this.rng.chance(0.1);
      case 'polish':
        return year < this.asOf.y - 10;
      case 'syrian':
      case 'eritrean':
        return year < this.asOf.y - 6 || this.rng.chance(0.5);
    }
  }

  /** A new person; the caller sets household, address and relations. */
  person(id: number, spec: { origin: Origin; sex: 'M' | 'V'; birthYear: number; surname?: Surname; givenNames?: readonly string[]; household: number; address: number }): PersonModel {
    const rng = this.rng;
    const birth = dateBetween(rng, spec.birthYear, spec.birthYear, this.asOf);
    const abroad = this.bornAbroad(spec.origin, spec.birthYear);
    const arrival = abroad ? dateBetween(rng, Math.min(this.asOf.y, Math.max(birth.y + 1, 1965)), this.asOf.y, this.asOf) : null;
    return {
      id,
      bsn: this.bsns.take(),
      origin: spec.origin,
      sex: spec.sex,
      givenNames: spec.givenNames ?? this.givenNames(spec.origin, spec.sex, spec.birthYear),
      surname: spec.surname ?? this.surname(spec.origin, spec.sex),
      birth,
      birthForm: this.birthForm(spec.origin, abroad),
      nameUse: 'E',
      partner: null,
      household: spec.household,
      address: spec.address,
      lastAddress: spec.address,
      addressSince: birth,
      status: 'resident',
      statusDate: null,
      immigrated: arrival,
    };
  }
}

/** The feminine form of a Polish surname (-ski → -ska, -cki → -cka). */
function feminine(s: Surname): Surname {
  return /[sc]ki$/.test(s.name) ? { ...s, name: s.name.replace(/ki$/, 'ka') } : s;
}

/** An adult's birth year, by the age structure of a Dutch city. */
function adultBirthYear(rng: Rng, asOf: DateParts): number {
  const band = rng.weighted({ a: 25, b: 22, c: 28, d: 17, e: 8 });
  const [lo, hi] = { a: [18, 29], b: [30, 44], c: [45, 64], d: [65, 79], e: [80, 95] }[band] as [number, number];
  return asOf.y - rng.int(lo, hi);
}

/** How a married person uses names: most women of older generations take the partner's name. */
function nameUseOf(rng: Rng, sex: 'M' | 'V', birthYear: number): 'E' | 'P' | 'V' | 'N' {
  if (sex === 'M') return rng.weighted({ E: 95, P: 2, V: 2, N: 1 });
  return birthYear < 1960 ? rng.weighted({ E: 25, P: 30, V: 40, N: 5 }) : rng.weighted({ E: 50, P: 18, V: 27, N: 5 });
}

/** Builds households into the model. */
class HouseholdBuilder {
  readonly persons: PersonModel[] = [];
  private household = 0;

  constructor(
    private readonly rng: Rng,
    private readonly asOf: DateParts,
    private readonly factory: PersonFactory,
  ) {}

  private add(spec: Parameters<PersonFactory['person']>[1]): PersonModel {
    const p = this.factory.person(this.persons.length, spec);
    this.persons.push(p);
    return p;
  }

  /** Make two persons spouses or registered partners, with name use. */
  private marry(a: PersonModel, b: PersonModel): void {
    const since = dateBetween(this.rng, Math.max(a.birth.y, b.birth.y) + 19, this.asOf.y, this.asOf);
    const kind = this.rng.chance(0.85) ? 'H' : 'P';
    a.partner = { personId: b.id, givenNames: b.givenNames, surname: b.surname, kind, since };
    b.partner = { personId: a.id, givenNames: a.givenNames, surname: a.surname, kind, since };
    a.nameUse = nameUseOf(this.rng, a.sex, a.birth.y);
    b.nameUse = nameUseOf(this.rng, b.sex, b.birth.y);
  }

  /** Fill one address with a household; returns the number of persons added. */
  build(address: number): number {
    const rng = this.rng;
    const household = this.household++;
    const origin = this.factory.origin();
    const kind = rng.weighted({ single: 36, couple: 26, family: 25, singleParent: 6, adultChildren: 4, shared: 3 });
    const before = this.persons.length;
    const adult = (sex: 'M' | 'V', birthYear = adultBirthYear(rng, this.asOf), o: Origin = origin, surname?: Surname) =>
      this.add({ origin: o, sex, birthYear, household, address, ...(surname ? { surname } : {}) });

    if (kind === 'single') {
      const p = adult(rng.chance(0.5) ? 'M' : 'V');
      if (ageOn(p.birth, this.asOf) > 60 && rng.chance(0.35)) this.widow(p);
      return this.persons.length - before;
    }
    if (kind === 'shared') {
      const n = rng.int(2, 4);
      for (let i = 0; i < n; i++) adult(rng.chance(0.5) ? 'M' : 'V', this.asOf.y - rng.int(18, 30), this.factory.origin());
      return this.persons.length - before;
    }
    // A couple or a single parent, then children.
    const sameSex = rng.chance(0.06);
    const firstYear = kind === 'couple' ? adultBirthYear(rng, this.asOf) : this.asOf.y - rng.int(kind === 'adultChildren' ? 45 : 24, kind === 'adultChildren' ? 75 : 55);
    const father = adult(sameSex ? (rng.chance(0.5) ? 'M' : 'V') : 'M', firstYear);
    let mother: PersonModel | null = null;
    if (kind !== 'singleParent') {
      const partnerOrigin = rng.chance(0.1) ? this.factory.origin() : origin;
      mother = adult(sameSex ? father.sex : 'V', Math.min(this.asOf.y - 18, firstYear + rng.int(-3, 6)), partnerOrigin);
      if (rng.chance(0.68)) this.marry(father, mother);
    }
    if (kind === 'couple') return this.persons.length - before;
    const parent = kind === 'singleParent' ? father : (mother ?? father);
    const childSurname = kind === 'singleParent' && rng.chance(0.3) ? this.factory.surname(origin, 'M') : rng.chance(0.12) && mother ? mother.surname : father.surname;
    const youngestParentYear = Math.max(father.birth.y, mother?.birth.y ?? 0);
    const children = kind === 'adultChildren' ? rng.int(1, 2) : rng.int(1, 4);
    let twin: PersonModel | null = null;
    for (let c = 0; c < children; c++) {
      const minYear = kind === 'adultChildren' ? Math.max(youngestParentYear + 20, this.asOf.y - 35) : Math.max(youngestParentYear + 20, this.asOf.y - 24);
      const maxYear = kind === 'adultChildren' ? this.asOf.y - 18 : Math.min(youngestParentYear + 42, this.asOf.y);
      if (minYear > maxYear) break;
      const sex = rng.chance(0.5) ? 'M' : 'V';
      const namesake = sex === 'M' && father.sex === 'M' && c === 0 && (kind === 'adultChildren' ? rng.chance(0.35) : rng.chance(0.04));
      const givenNames = namesake ? (rng.chance(0.5) ? father.givenNames : [father.givenNames[0]!, ...this.factory.givenNames(origin, 'M', minYear).slice(0, 1)]) : undefined;
      const child: PersonModel = twin && rng.chance(0.5)
        ? this.twinOf(twin, sex)
        : this.add({ origin: parent.origin, sex, birthYear: rng.int(minYear, maxYear), surname: childSurname, household, address, ...(givenNames ? { givenNames } : {}) });
      if (twin === null && rng.chance(0.03)) twin = child;
    }
    return this.persons.length - before;
  }

  /** A twin: same birth date, surname and address, other given names. */
  private twinOf(sibling: PersonModel, sex: 'M' | 'V'): PersonModel {
    const p = this.factory.person(this.persons.length, {
      origin: sibling.origin, sex, birthYear: sibling.birth.y, surname: sibling.surname, household: sibling.household, address: sibling.address!,
    });
    const twin: PersonModel = { ...p, birth: sibling.birth, birthForm: sibling.birthForm, immigrated: sibling.immigrated };
    this.persons.push(twin);
    return twin;
  }

  /** A widowed person keeps the late partner in the register and may keep using the name. */
  private widow(p: PersonModel): void {
    const sex = p.sex === 'M' ? 'V' : 'M';
    const since = dateBetween(this.rng, p.birth.y + 20, p.birth.y + 40, this.asOf);
    const ended = dateBetween(this.rng, Math.max(since.y + 1, this.asOf.y - 15), this.asOf.y, this.asOf);
    p.partner = {
      personId: null, givenNames: this.factory.givenNames(p.origin, sex, p.birth.y), surname: this.factory.surname(p.origin, sex), kind: 'H', since, ended,
    };
    p.nameUse = nameUseOf(this.rng, p.sex, p.birth.y);
  }
}

/**
 * Generate the model of a municipality with about `persons` residents (exactly that many
 * persons, including the deceased and emigrated ones the register still holds).
 */
export function generatePopulation(rng: Rng, options: PopulationOptions, bsns: BsnSource): Population {
  const { asOf } = options;
  const addressBuilder = new AddressBuilder(rng.fork('addresses'));
  // About 2.1 persons per occupied dwelling, 7% of dwellings empty, spare ones for moves.
  const dwellingsNeeded = Math.ceil((options.persons / 2.1) * 1.12) + 50;
  while (addressBuilder.addresses.length < dwellingsNeeded) addressBuilder.addStreet();
  const addresses = addressBuilder.addresses;
  const order = addresses.map((a) => a.id);
  const shuffle = rng.fork('occupancy');
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(shuffle.next() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const factory = new PersonFactory(rng.fork('persons'), asOf, bsns);
  const households = new HouseholdBuilder(rng.fork('households'), asOf, factory);
  let next = 0;
  while (households.persons.length < options.persons && next < order.length) households.build(order[next++]!);
  const persons = households.persons.slice(0, options.persons);
  settleLives(rng.fork('lives'), persons, asOf);
  const residentsAt = new Map<number, number[]>();
  for (const p of persons) {
    if (p.status !== 'resident' || p.address === null) continue;
    const list = residentsAt.get(p.address);
    if (list) list.push(p.id);
    else residentsAt.set(p.address, [p.id]);
  }
  return { asOf, persons, addresses, residentsAt };
}

/** Dates of moving in, deaths and emigrations. */
function settleLives(rng: Rng, persons: PersonModel[], asOf: DateParts): void {
  const emigratingHouseholds = new Set<number>();
  for (const p of persons) {
    const age = ageOn(p.birth, asOf);
    const arrivedBy = p.immigrated ?? p.birth;
    p.addressSince = age < 18 ? arrivedBy : dateBetween(rng, Math.max(arrivedBy.y, p.birth.y + 18), asOf.y, asOf);
    if (compareDates(p.addressSince, arrivedBy) < 0) p.addressSince = arrivedBy;
    // A partner cut off by the register's size stays a partner, outside the extract.
    if (p.partner !== null && p.partner.personId !== null && p.partner.personId >= persons.length) p.partner = { ...p.partner, personId: null };
    if (age >= 18 && rng.chance(age > 70 ? 0.03 : age > 55 ? 0.006 : 0.001)) {
      p.status = 'deceased';
      p.statusDate = dateBetween(rng, asOf.y - 3, asOf.y, asOf);
      continue;
    }
    if (emigratingHouseholds.has(p.household) || (age >= 18 && rng.chance(0.012))) {
      if (age >= 18 && rng.chance(0.3)) emigratingHouseholds.add(p.household);
      p.status = 'emigrated';
      p.statusDate = dateBetween(rng, asOf.y - 4, asOf.y, asOf);
      if (compareDates(p.statusDate, p.addressSince) < 0) p.statusDate = p.addressSince;
      p.address = null;
    }
  }
  // A marriage ends with a partner's death.
  for (const p of persons) {
    const partnerId = p.partner?.personId;
    if (partnerId === null || partnerId === undefined) continue;
    const partner = persons[partnerId]!;
    if (partner.status === 'deceased' && partner.statusDate) p.partner = { ...p.partner!, ended: partner.statusDate };
  }
}
