/**
 * Signals as creditors send them, derived from the model's persons with one failure mode each
 * (DOMAIN.md §2 and issue 13), in equal shares, and the ground truth kept apart from them.
 *
 * A signal is written the way a creditor's export writes a debtor: Dutch field names, names as
 * the creditor holds them, the birth date as typed, the house number sometimes with its letter
 * attached. Outside its own failure, every signal carries only a creditor's ordinary variation
 * (all given names or the first, name in parts or whole, date and postcode formats); a `clean`
 * signal carries exactly the register's facts.
 * @module
 */
import { foldName, SPELLING_VARIANTS, type Surname } from './names.js';
import { ageOn, compareDates, type Address, type DateParts, type PersonFactory, type PersonModel, type Population } from './population.js';
import type { Rng } from './random.js';

/** The failure modes, each with an equal share of the signals. */
export const FAILURE_MODES = [
  'clean',
  'swapped-names',
  'placeholder-birth-date',
  'surname-prefix',
  'surname-typo',
  'initials-only',
  'partner-name',
  'moved',
  'transliteration',
  'day-month-swapped',
  'housemates',
  'not-registered',
  'deceased-or-emigrated',
] as const;
/** A failure mode. */
export type FailureMode = (typeof FAILURE_MODES)[number];

/** A debtor as a creditor's export writes it. */
export interface CreditorDebtor {
  readonly voornamen?: string;
  readonly voorletters?: string;
  readonly tussenvoegsel?: string;
  readonly achternaam?: string;
  /** The whole name in one field, when the creditor keeps no parts. */
  readonly volledigeNaam?: string;
  /** As typed: `DD-MM-YYYY`, `D-M-YYYY` or `YYYY-MM-DD`, `00` for unknown parts. */
  readonly geboortedatum?: string;
}

/** A signal as a creditor sends it. */
export interface CreditorSignal {
  readonly id: string;
  /** Date received, `YYYY-MM-DD`. */
  readonly ontvangen: string;
  readonly schuldeiser: { readonly id: string; readonly naam: string; readonly sector: 'energy' | 'water' | 'housing' | 'health-insurance' };
  readonly debiteur: CreditorDebtor;
  readonly adres: {
    readonly postcode: string;
    /** The number, sometimes with letter or addition attached (`12A`, `12-2`). */
    readonly huisnummer: string;
    readonly huisletter?: string;
    readonly toevoeging?: string;
    readonly straat?: string;
    readonly woonplaats?: string;
  };
  /** Arrears in euros, `"212.85"`. */
  readonly achterstand: string;
}

/** What is true about a signal; kept apart from the signals. */
export interface SignalTruth {
  readonly signalId: string;
  readonly mode: FailureMode;
  /** The form of the failure, e.g. `comma-surname` or `jan-first-2000`. */
  readonly variant: string;
  /** The person's BSN; null when the person is not in the register. */
  readonly bsn: string | null;
  /**
   * Whether the signal's facts single the person out in the register: false when another
   * registered person fits them at least as well (namesakes at one address with a placeholder
   * date, twins signalled by initials), and for persons not in the register.
   */
  readonly identifiable: boolean;
}

/** What a signal says about given names, for the identifiability check. */
type GivenInfo = { readonly kind: 'full' | 'first' | 'none' } | { readonly kind: 'initials'; readonly letters: string };

/** What a signal says about the birth date: known parts, and the other order when day and month may be swapped. */
interface DateInfo {
  readonly y: number | null;
  readonly m: number | null;
  readonly d: number | null;
  readonly swappable?: boolean;
}

/** A signal's facts about a person, as far as identifiability goes. */
interface SignalFacts {
  readonly given: GivenInfo;
  readonly date: DateInfo;
  readonly address: number;
}

/** One derived signal before it gets its id. */
interface Draft {
  readonly variant: string;
  readonly person: PersonModel | null;
  readonly debiteur: CreditorDebtor;
  readonly address: Address;
  readonly facts: SignalFacts;
}

const CREDITORS = [
  { id: 'C-ENE-01', naam: 'Energie Zuidvliet', sector: 'energy' },
  { id: 'C-ENE-02', naam: 'Stroomhuis', sector: 'energy' },
  { id: 'C-WAT-01', naam: 'Waterbedrijf Vlietstreek', sector: 'water' },
  { id: 'C-WON-01', naam: 'Woonstichting De Haar', sector: 'housing' },
  { id: 'C-WON-02', naam: 'Woongoed Oosterveld', sector: 'housing' },
  { id: 'C-ZVZ-01', naam: 'Zorgverzekeraar Noordwest', sector: 'health-insurance' },
] as const;

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Initials letters of given names (IJsbrand counts as I, as the register does). */
function initialLetters(names: readonly string[]): string {
  return names.map((n) => n[0]!.toUpperCase()).join('');
}

/** Write a date as a creditor types it; null parts as `00`. */
function writeDate(rng: Rng, y: number, m: number | null, d: number | null): string {
  const form = rng.weighted({ dmy: 60, iso: 30, short: 10 });
  if (form === 'iso') return `${y}-${pad(m ?? 0)}-${pad(d ?? 0)}`;
  if (form === 'short' && m !== null && d !== null) return `${d}-${m}-${y}`;
  return `${pad(d ?? 0)}-${pad(m ?? 0)}-${y}`;
}

/** The register's birth date of a person, as parts (unknown parts null). */
function registerDate(p: PersonModel): DateInfo {
  switch (p.birthForm) {
    case 'full':
      return p.birth;
    case 'january-first':
      return { y: p.birth.y, m: 1, d: 1 };
    case 'year-month':
      return { y: p.birth.y, m: p.birth.m, d: null };
    case 'year':
      return { y: p.birth.y, m: null, d: null };
    case 'unknown':
      return { y: null, m: null, d: null };
  }
}

/** The date a creditor copies from the person's papers: the register's. */
function copiedDate(rng: Rng, p: PersonModel): { text?: string; info: DateInfo } {
  const r = registerDate(p);
  if (r.y === null) return { info: r };
  return { text: writeDate(rng, r.y, r.m, r.d), info: r };
}

/** A surname as one string: `van der Wal`. */
const surnameText = (s: Surname): string => (s.prefix ? `${s.prefix} ${s.name}` : s.name);

/** Upper-case the first letter. */
const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Name fields in a creditor's ordinary variation. */
function writeName(rng: Rng, givenNames: readonly string[], surname: Surname): { debtor: CreditorDebtor; given: GivenInfo } {
  const full = rng.chance(0.55) || givenNames.length === 1;
  const given = full ? givenNames.join(' ') : givenNames[0]!;
  const info: GivenInfo = { kind: full ? 'full' : 'first' };
  const name = rng.chance(0.04) ? surname.name.toUpperCase() : surname.name;
  if (rng.chance(0.15)) return { debtor: { volledigeNaam: [given, surname.prefix, name].filter(Boolean).join(' ') }, given: info };
  return { debtor: { voornamen: given, ...(surname.prefix ? { tussenvoegsel: surname.prefix } : {}), achternaam: name }, given: info };
}

/** The address fields in a creditor's ordinary variation. */
function writeAddress(rng: Rng, a: Address): CreditorSignal['adres'] {
  const pc = rng.weighted({ plain: 60, spaced: 30, lower: 10 });
  const postcode = pc === 'plain' ? a.postcode : pc === 'spaced' ? `${a.postcode.slice(0, 4)} ${a.postcode.slice(4)}` : a.postcode.toLowerCase();
  const street = rng.chance(0.7) ? { straat: a.straat, woonplaats: a.woonplaats } : {};
  if ((a.huisletter || a.huisnummertoevoeging) && rng.chance(0.3)) {
    const attached = `${a.huisnummer}${a.huisletter ?? ''}${a.huisnummertoevoeging ? `-${a.huisnummertoevoeging}` : ''}`;
    return { postcode, huisnummer: attached, ...street };
  }
  return {
    postcode,
    huisnummer: String(a.huisnummer),
    ...(a.huisletter ? { huisletter: a.huisletter } : {}),
    ...(a.huisnummertoevoeging ? { toevoeging: a.huisnummertoevoeging } : {}),
    ...street,
  };
}

/** Combine debtor fields. */
const withDate = (debtor: CreditorDebtor, text: string | undefined): CreditorDebtor => (text === undefined ? debtor : { ...debtor, geboortedatum: text });

/** The plain draft of a person: own name, the register's date, an address. */
function plainDraft(rng: Rng, p: PersonModel, address: Address, variant: string): Draft {
  const name = writeName(rng, p.givenNames, p.surname);
  const date = copiedDate(rng, p);
  return { variant, person: p, debiteur: withDate(name.debtor, date.text), address, facts: { given: name.given, date: date.info, address: address.id } };
}

/** Abbreviations of surname prefixes in creditors' files. */
const PREFIX_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  'van der': ['v.d.', 'v/d', 'vd', 'v.d'],
  'van den': ['v.d.', 'v/d', 'vd'],
  'van de': ['v.d.', 'vd'],
  van: ['v.'],
  "in 't": ['int', 'in t'],
  "van 't": ["v. 't", 'vant'],
};

/** A keyboard neighbour or a phonetically close letter. */
const NEAR: Readonly<Record<string, string>> = {
  a: 'sqe', b: 'vnp', c: 'kxs', d: 'tsf', e: 'riw', f: 'vgd', g: 'hfk', h: 'gj', i: 'uoe', j: 'hki', k: 'clj', l: 'kp', m: 'nb',
  n: 'mb', o: 'ipu', p: 'ob', r: 'etd', s: 'zad', t: 'dry', u: 'iyo', v: 'fwb', w: 'veq', x: 'ks', y: 'iju', z: 'sx',
};

/** One typo in a surname (never in its first letter): the five kinds the issue names. */
function typo(rng: Rng, name: string, kind: string): string | null {
  const letters = [...name].flatMap((c, i) => (i > 0 && /\p{L}/u.test(c) ? [i] : []));
  if (letters.length === 0) return null;
  const at = () => rng.pick(letters);
  switch (kind) {
    case 'substitution': {
      const i = at();
      const c = name[i]!.toLowerCase();
      const near = NEAR[c];
      if (!near) return null;
      return name.slice(0, i) + rng.pick([...near]) + name.slice(i + 1);
    }
    case 'deletion': {
      if (name.length < 4) return null;
      const doubled = [...name].findIndex((c, i) => i > 0 && c === name[i - 1]);
      const i = doubled > 0 && rng.chance(0.5) ? doubled : at();
      return name.slice(0, i) + name.slice(i + 1);
    }
    case 'insertion': {
      const i = at();
      const c = name[i]!.toLowerCase();
      const extra = rng.chance(0.5) ? c : rng.pick([...(NEAR[c] ?? 'e')]);
      return name.slice(0, i) + extra + name.slice(i);
    }
    case 'transposition': {
      if (name.length < 3) return null;
      const i = at();
      if (i + 1 >= name.length || name[i] === name[i + 1]) return null;
      return name.slice(0, i) + name[i + 1] + name[i] + name.slice(i + 2);
    }
    case 'ij-y': {
      if (/ij/.test(name)) return name.replace(/ij/, 'y');
      if (/y/i.test(name)) return name.replace(/y/, 'ij');
      return null;
    }
    case 'ij-transposed': {
      const i = name.toLowerCase().indexOf('ij');
      if (i < 1 || i + 2 >= name.length) return null;
      // Meijer → Meiejr (the j swaps with the next letter) or Miejer (i and j's neighbour swap).
      return rng.chance(0.6) ? name.slice(0, i + 1) + name[i + 2] + 'j' + name.slice(i + 3) : name.slice(0, i - 1) + 'i' + name[i - 1] + name.slice(i + 1);
    }
    default:
      return null;
  }
}

/** The ASCII spelling of a name (diacritics dropped, special letters spelled out). */
function asciiName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/İ/g, 'I');
}

/** Other spellings of a register name, also for feminine Polish forms (-ska from -ski). */
function spellingsOf(name: string): readonly string[] {
  const direct = SPELLING_VARIANTS[name];
  if (direct) return direct;
  if (/[sc]ka$/.test(name)) return (SPELLING_VARIANTS[name.replace(/ka$/, 'ki')] ?? []).map((v) => v.replace(/k[iy]$/, 'ka'));
  return [];
}

/** Whether a name has another spelling: a listed one, or one without its diacritics. */
function hasOtherSpelling(name: string | undefined): boolean {
  return name !== undefined && (spellingsOf(name).length > 0 || asciiName(name) !== name);
}

/** The other spellings of a name: without diacritics, and the listed transliterations. */
function respellings(name: string, part: 'surname' | 'given-name'): { part: typeof part; kind: 'diacritics-dropped' | 'transliteration'; value: string }[] {
  const out: { part: typeof part; kind: 'diacritics-dropped' | 'transliteration'; value: string }[] = [];
  if (asciiName(name) !== name) out.push({ part, kind: 'diacritics-dropped', value: asciiName(name) });
  for (const value of spellingsOf(name)) if (value !== name && value !== asciiName(name)) out.push({ part, kind: 'transliteration', value });
  return out;
}

/** The surname the register says a person uses, as the API composes it (V: partner's first). */
function combinedSurname(first: Surname, second: Surname): Surname {
  return { ...(first.prefix ? { prefix: first.prefix } : {}), name: `${first.name}-${surnameText(second)}` };
}

/** Draws persons for signals, each person at most once. */
class PersonPicker {
  private readonly used = new Set<number>();
  private readonly pools = new Map<string, number[]>();

  constructor(
    private readonly rng: Rng,
    private readonly population: Population,
    private readonly adults: readonly PersonModel[],
  ) {}

  /** An unused person from a named pool; null when the pool is spent. */
  pick(pool: string, test: (p: PersonModel) => boolean): PersonModel | null {
    let ids = this.pools.get(pool);
    if (!ids) {
      ids = this.adults.filter(test).map((p) => p.id);
      this.pools.set(pool, ids);
    }
    for (let attempt = 0; attempt < 40 && ids.length > 0; attempt++) {
      const k = Math.floor(this.rng.next() * ids.length);
      const id = ids[k]!;
      if (this.used.has(id)) {
        ids[k] = ids[ids.length - 1]!;
        ids.pop();
        continue;
      }
      this.used.add(id);
      return this.population.persons[id]!;
    }
    return null;
  }
}

/** Options of {@link SignalGenerator.generate}. */
export interface SignalOptions {
  readonly count: number;
}

/** Generates the signals and their truth. */
export class SignalGenerator {
  private readonly picker: PersonPicker;
  private readonly residentsAdult: readonly PersonModel[];
  /** Registered persons by folded surname (each surname they go by). */
  private readonly surnameIndex = new Map<string, number[]>();
  /** The same by surname and the register's birth year (`-` for an unknown year). */
  private readonly surnameYearIndex = new Map<string, number[]>();
  private readonly occupied: readonly number[];
  private readonly vacant: readonly number[];
  /** Per person: folded given names, folded first given name, initial letters (computed once). */
  private readonly givenKeys: readonly GivenKeys[];
  /** Per person: the register's birth date as parts. */
  private readonly registerDates: readonly DateInfo[];

  constructor(
    private readonly rng: Rng,
    private readonly population: Population,
    private readonly factory: PersonFactory,
  ) {
    const { asOf, persons, addresses, residentsAt } = population;
    const adults = persons.filter((p) => ageOn(p.birth, asOf) >= 18);
    this.residentsAdult = adults.filter((p) => p.status === 'resident');
    this.picker = new PersonPicker(rng.fork('picker'), population, adults);
    this.givenKeys = persons.map(givenKeysOf);
    this.registerDates = persons.map(registerDate);
    for (const p of persons) {
      for (const key of surnameKeys(p)) {
        push(this.surnameIndex, key, p.id);
        push(this.surnameYearIndex, `${key}|${this.registerDates[p.id]!.y ?? '-'}`, p.id);
      }
    }
    this.occupied = [...residentsAt.keys()].sort((a, b) => a - b);
    this.vacant = addresses.filter((a) => !residentsAt.has(a.id)).map((a) => a.id);
  }

  private resident(pool: string, test: (p: PersonModel) => boolean = () => true): PersonModel | null {
    return this.picker.pick(pool, (p) => p.status === 'resident' && test(p));
  }

  private addressOf(p: PersonModel): Address {
    return this.population.addresses[p.lastAddress]!;
  }

  /** Generate `count` signals, the modes in turn. */
  generate(options: SignalOptions): { signals: CreditorSignal[]; truth: SignalTruth[] } {
    const signals: CreditorSignal[] = [];
    const truth: SignalTruth[] = [];
    for (let i = 0; i < options.count; i++) {
      const mode = FAILURE_MODES[i % FAILURE_MODES.length]!;
      const draft = this.draftWithRetry(mode);
      const id = `EV-${pad(i + 1, 6)}`;
      signals.push(this.signal(id, draft));
      truth.push({
        signalId: id,
        mode,
        variant: draft.variant,
        bsn: draft.person?.bsn ?? null,
        identifiable: draft.person !== null && this.identifiable(draft.person, draft.facts),
      });
    }
    return { signals, truth };
  }

  /** A draft of a mode; a few modes need a second try (a typo that changes nothing, a full pool). */
  private draftWithRetry(mode: FailureMode): Draft {
    for (let attempt = 0; attempt < 25; attempt++) {
      const draft = this.draft(mode);
      if (draft) return draft;
    }
    throw new Error(`the register is too small for more '${mode}' signals`);
  }

  private signal(id: string, draft: Draft): CreditorSignal {
    const rng = this.rng;
    const { asOf } = this.population;
    const back = rng.int(0, 28);
    const received = new Date(Date.UTC(asOf.y, asOf.m - 1, asOf.d - back)).toISOString().slice(0, 10);
    return {
      id,
      ontvangen: received,
      schuldeiser: rng.pick(CREDITORS),
      debiteur: draft.debiteur,
      adres: writeAddress(rng, draft.address),
      achterstand: `${rng.int(40, 4800)}.${pad(rng.int(0, 99))}`,
    };
  }

  private draft(mode: FailureMode): Draft | null {
    switch (mode) {
      case 'clean': {
        const p = this.resident('all');
        return p && plainDraft(this.rng, p, this.addressOf(p), 'as-registered');
      }
      case 'swapped-names':
        return this.swapped();
      case 'placeholder-birth-date':
        return this.placeholder();
      case 'surname-prefix':
        return this.prefix();
      case 'surname-typo':
        return this.surnameTypo();
      case 'initials-only':
        return this.initials();
      case 'partner-name':
        return this.partnerName();
      case 'moved':
        return this.moved();
      case 'transliteration':
        return this.transliteration();
      case 'day-month-swapped':
        return this.dayMonth();
      case 'housemates':
        return this.housemates();
      case 'not-registered':
        return this.notRegistered();
      case 'deceased-or-emigrated':
        return this.deceasedOrEmigrated();
    }
  }

  /** Given names and surname change places (names of status holders, DOMAIN.md §2). */
  private swapped(): Draft | null {
    const rng = this.rng;
    const p = rng.chance(0.6) ? this.resident('non-dutch', (q) => q.origin !== 'dutch') : this.resident('all');
    if (!p) return null;
    const date = copiedDate(rng, p);
    const full = rng.chance(0.5) || p.givenNames.length === 1;
    const given = full ? p.givenNames.join(' ') : p.givenNames[0]!;
    const variant = rng.chance(0.6) ? 'fields-swapped' : 'full-name-surname-first';
    const debtor: CreditorDebtor =
      variant === 'fields-swapped' ? { voornamen: surnameText(p.surname), achternaam: given } : { volledigeNaam: `${surnameText(p.surname)} ${given}` };
    return { variant, person: p, debiteur: withDate(debtor, date.text), address: this.addressOf(p), facts: { given: { kind: full ? 'full' : 'first' }, date: date.info, address: p.lastAddress } };
  }

  /** A placeholder birth date on one side: 1-1-YYYY, 1-1-2000, 00-00-YYYY, or an incomplete register date. */
  private placeholder(): Draft | null {
    const rng = this.rng;
    const variant = rng.weighted({ 'jan-first-true-year': 30, 'jan-first-2000': 20, 'zero-day-month': 20, 'register-incomplete': 30 });
    if (variant === 'register-incomplete') {
      const p = this.resident('register-incomplete', (q) => q.birthForm !== 'full' && !(q.birth.m === 1 && q.birth.d === 1));
      if (p) {
        const name = writeName(rng, p.givenNames, p.surname);
        const b = p.birth;
        return { variant, person: p, debiteur: withDate(name.debtor, writeDate(rng, b.y, b.m, b.d)), address: this.addressOf(p), facts: { given: name.given, date: b, address: p.lastAddress } };
      }
    }
    const p = this.resident('full-date', (q) => q.birthForm === 'full' && !(q.birth.m === 1 && q.birth.d === 1) && q.birth.y !== 2000);
    if (!p) return null;
    const name = writeName(rng, p.givenNames, p.surname);
    const v = variant === 'register-incomplete' ? 'jan-first-true-year' : variant;
    const text = v === 'jan-first-true-year' ? writeDate(rng, p.birth.y, 1, 1) : v === 'jan-first-2000' ? writeDate(rng, 2000, 1, 1) : `00-00-${p.birth.y}`;
    const info: DateInfo = v === 'jan-first-2000' ? { y: null, m: null, d: null } : { y: p.birth.y, m: null, d: null };
    return { variant: v, person: p, debiteur: withDate(name.debtor, text), address: this.addressOf(p), facts: { given: name.given, date: info, address: p.lastAddress } };
  }

  /** The surname prefix written another way: behind a comma, glued, abbreviated, inside the surname. */
  private prefix(): Draft | null {
    const rng = this.rng;
    const variant = rng.weighted({ 'comma-surname': 20, 'comma-full-name': 12, glued: 18, abbreviated: 20, 'abbreviated-whole-name': 10, 'prefix-in-surname': 12, 'capitalised-prefix': 8 });
    const abbreviable = variant === 'abbreviated' || variant === 'abbreviated-whole-name';
    const p = abbreviable
      ? this.resident('abbreviable-prefix', (q) => q.surname.prefix !== undefined && PREFIX_ABBREVIATIONS[q.surname.prefix] !== undefined)
      : variant === 'capitalised-prefix'
        ? this.resident('lower-case-prefix', (q) => /^[a-z]/.test(q.surname.prefix ?? ''))
        : this.resident('prefix', (q) => q.surname.prefix !== undefined);
    if (!p) return null;
    const prefix = p.surname.prefix!;
    const name = p.surname.name;
    const date = copiedDate(rng, p);
    const full = rng.chance(0.5) || p.givenNames.length === 1;
    const given = full ? p.givenNames.join(' ') : p.givenNames[0]!;
    let debtor: CreditorDebtor;
    let givenInfo: GivenInfo = { kind: full ? 'full' : 'first' };
    switch (variant) {
      case 'comma-surname':
        debtor = { voornamen: given, achternaam: `${name}, ${prefix}` };
        break;
      case 'comma-full-name':
        debtor = { volledigeNaam: rng.chance(0.5) ? `${given} ${name}, ${prefix}` : `${name}, ${prefix}, ${given}` };
        break;
      case 'glued': {
        const glued = prefix.replace(/[ ']/g, '') + name;
        debtor = { voornamen: given, achternaam: rng.chance(0.5) ? capitalise(glued.toLowerCase()) : capitalise(prefix.replace(/[ ']/g, '')) + name };
        break;
      }
      case 'abbreviated': {
        const abbr = rng.pick(PREFIX_ABBREVIATIONS[prefix]!);
        debtor = rng.chance(0.5) ? { voornamen: given, tussenvoegsel: abbr, achternaam: name } : { voornamen: given, achternaam: `${capitalise(abbr)} ${name}` };
        break;
      }
      case 'abbreviated-whole-name': {
        const abbr = capitalise(rng.pick(PREFIX_ABBREVIATIONS[prefix]!));
        const initials = p.givenNames.map((n) => `${n[0]!.toUpperCase()}.`).join('');
        const form = rng.int(0, 2);
        if (form === 2) givenInfo = { kind: 'none' };
        else if (form === 1) givenInfo = { kind: 'initials', letters: initialLetters(p.givenNames) };
        debtor = { volledigeNaam: form === 0 ? `${given} ${abbr} ${name}` : form === 1 ? `${initials} ${abbr} ${name}` : `${abbr} ${name}` };
        break;
      }
      case 'prefix-in-surname':
        debtor = { voornamen: given, achternaam: `${prefix} ${name}` };
        break;
      default:
        debtor = { voornamen: given, tussenvoegsel: prefix.split(' ').map(capitalise).join(' '), achternaam: name };
    }
    return { variant, person: p, debiteur: withDate(debtor, date.text), address: this.addressOf(p), facts: { given: givenInfo, date: date.info, address: p.lastAddress } };
  }

  /** One typo in the own surname: substitution, deletion, insertion, transposition, or around IJ. */
  private surnameTypo(): Draft | null {
    const rng = this.rng;
    let variant = rng.weighted({ substitution: 22, deletion: 18, insertion: 15, transposition: 20, 'ij-y': 15, 'ij-transposed': 10 });
    const ij = variant === 'ij-y' || variant === 'ij-transposed';
    const p = ij
      ? this.resident('surname-with-ij', (q) => /ij|y/i.test(q.surname.name.slice(1)) && foldName(q.surname.name).length >= 4)
      : this.resident('surname-4+', (q) => foldName(q.surname.name).length >= 4);
    if (!p) return null;
    let changed = typo(rng, p.surname.name, variant);
    if (changed === null || changed === p.surname.name) {
      variant = 'substitution';
      changed = typo(rng, p.surname.name, variant);
    }
    if (changed === null || foldName(changed) === foldName(p.surname.name)) return null;
    const name = writeName(rng, p.givenNames, { ...p.surname, name: changed });
    const date = copiedDate(rng, p);
    return { variant, person: p, debiteur: withDate(name.debtor, date.text), address: this.addressOf(p), facts: { given: name.given, date: date.info, address: p.lastAddress } };
  }

  /** Initials instead of given names, in the forms creditors write them (I. or IJ. for IJsbrand). */
  private initials(): Draft | null {
    const rng = this.rng;
    let variant = rng.weighted({ 'all-initials': 30, 'first-initial': 20, 'no-dots': 12, spaced: 10, 'ij-initial': 13, 'initials-in-whole-name': 15 });
    let p = variant === 'ij-initial' ? this.resident('ij-given-name', (q) => /^IJ/.test(q.givenNames[0] ?? '')) : null;
    if (p === null) {
      if (variant === 'ij-initial') variant = 'all-initials';
      p = this.resident('all');
    }
    if (!p) return null;
    const letters = initialLetters(p.givenNames);
    const dotted = (ls: string[]) => ls.map((l) => `${l}.`).join('');
    let text: string;
    let known = letters;
    switch (variant) {
      case 'first-initial':
        known = letters[0]!;
        text = `${known}.`;
        break;
      case 'no-dots':
        text = letters;
        break;
      case 'spaced':
        text = [...letters].map((l) => `${l}.`).join(' ');
        break;
      case 'ij-initial': {
        const rest = [...letters.slice(1)];
        text = rng.pick([`IJ.${dotted(rest)}`, `I.${dotted(rest)}`, `Y.${dotted(rest)}`]);
        if (text.startsWith('Y')) known = ''; // Y. for IJ: the first letter cannot be compared
        break;
      }
      default:
        text = dotted([...letters]);
    }
    const date = copiedDate(rng, p);
    const surname = p.surname;
    const debtor: CreditorDebtor =
      variant === 'initials-in-whole-name'
        ? { volledigeNaam: `${text} ${surnameText(surname)}` }
        : { voorletters: text, ...(surname.prefix ? { tussenvoegsel: surname.prefix } : {}), achternaam: surname.name };
    const given: GivenInfo = known === '' ? { kind: 'none' } : { kind: 'initials', letters: known };
    return { variant, person: p, debiteur: withDate(debtor, date.text), address: this.addressOf(p), facts: { given, date: date.info, address: p.lastAddress } };
  }

  /** Signalled under the partner's name, a combined name, or the own name while the register says P or V. */
  private partnerName(): Draft | null {
    const rng = this.rng;
    const variant = rng.weighted({ 'partner-surname': 35, 'partner-then-own': 25, 'own-then-partner': 15, 'own-while-using-partner': 25 });
    const preferred = { 'partner-surname': 'P', 'partner-then-own': 'V', 'own-then-partner': 'N', 'own-while-using-partner': 'P' }[variant];
    const p =
      variant === 'own-while-using-partner'
        ? this.resident('uses-partner-name', (q) => otherSurname(q) && (q.nameUse === 'P' || q.nameUse === 'V'))
        : ((rng.chance(0.7) ? this.resident(`name-use-${preferred}`, (q) => otherSurname(q) && q.nameUse === preferred) : null) ??
          this.resident('has-partner', otherSurname));
    if (!p) return null;
    const partner = p.partner!.surname;
    const surname =
      variant === 'partner-surname' ? partner : variant === 'partner-then-own' ? combinedSurname(partner, p.surname) : variant === 'own-then-partner' ? combinedSurname(p.surname, partner) : p.surname;
    const name = writeName(rng, p.givenNames, surname);
    const date = copiedDate(rng, p);
    return { variant, person: p, debiteur: withDate(name.debtor, date.text), address: this.addressOf(p), facts: { given: name.given, date: date.info, address: p.lastAddress } };
  }

  /** Moved within the municipality: the creditor still has the old address. */
  private moved(): Draft | null {
    const rng = this.rng;
    const p = this.resident('all');
    if (!p) return null;
    const nearby = rng.chance(0.5);
    const fromVacant = rng.chance(0.25) && this.vacant.length > 0;
    const current = this.addressOf(p);
    let old: Address | null = null;
    for (let attempt = 0; attempt < 60 && old === null; attempt++) {
      const id = fromVacant ? rng.pick(this.vacant) : rng.pick(this.occupied);
      const a = this.population.addresses[id]!;
      if (a.id === current.id || (nearby && attempt < 40 && a.area !== current.area)) continue;
      if (!fromVacant && this.population.residentsAt.get(a.id)?.some((q) => sameFamily(this.population.persons[q]!, p))) continue;
      old = a;
    }
    if (old === null) return null;
    // The move is recent: the register's address began after the creditor's last update.
    const { asOf } = this.population;
    const since = { y: asOf.y - rng.int(0, 1), m: rng.int(1, 12), d: rng.int(1, 28) };
    if (compareDates(since, asOf) <= 0 && compareDates(since, p.addressSince) > 0) p.addressSince = since;
    const variant = `${fromVacant ? 'from-vacant' : 'from-occupied'}-${old.area === current.area ? 'same-area' : 'other-area'}`;
    return plainDraft(rng, p, old, variant);
  }

  /** Another spelling of the surname or the first given name: diacritics dropped, or another transliteration. */
  private transliteration(): Draft | null {
    const rng = this.rng;
    const p = this.resident('respellable', (q) => hasOtherSpelling(q.surname.name) || hasOtherSpelling(q.givenNames[0]));
    if (!p) return null;
    const first = p.givenNames[0]!;
    const options = [...respellings(p.surname.name, 'surname'), ...respellings(first, 'given-name')];
    const surnameOptions = options.filter((o) => o.part === 'surname');
    const chosen = rng.pick(surnameOptions.length > 0 && rng.chance(0.6) ? surnameOptions : options);
    const other = options.filter((o) => o.part !== chosen.part);
    const both = other.length > 0 && rng.chance(0.25) ? rng.pick(other) : null;
    const pickFor = (part: 'surname' | 'given-name', original: string) => (chosen.part === part ? chosen.value : both?.part === part ? both.value : original);
    const givenNames = [pickFor('given-name', first), ...p.givenNames.slice(1)];
    const name = writeName(rng, givenNames, { ...p.surname, name: pickFor('surname', p.surname.name) });
    const date = copiedDate(rng, p);
    const variant = `${chosen.kind}-${both ? 'both-names' : chosen.part}`;
    return { variant, person: p, debiteur: withDate(name.debtor, date.text), address: this.addressOf(p), facts: { given: name.given, date: date.info, address: p.lastAddress } };
  }

  /** Day and month swapped (05-03 for 3 May). */
  private dayMonth(): Draft | null {
    const rng = this.rng;
    const p = this.resident('swappable-date', (q) => q.birthForm === 'full' && q.birth.d <= 12 && q.birth.d !== q.birth.m && !(q.birth.d === 1 && q.birth.m === 1));
    if (!p) return null;
    const { y, m, d } = p.birth;
    const name = writeName(rng, p.givenNames, p.surname);
    const text = writeDate(rng, y, d, m);
    return { variant: 'day-month-swapped', person: p, debiteur: withDate(name.debtor, text), address: this.addressOf(p), facts: { given: name.given, date: { y, m, d, swappable: true }, address: p.lastAddress } };
  }

  /** Relatives with the same surname at one address, signalled with what tells them apart or not. */
  private housemates(): Draft | null {
    const rng = this.rng;
    const { persons, residentsAt } = this.population;
    const mates = (p: PersonModel) => (residentsAt.get(p.address ?? -1) ?? []).filter((id) => id !== p.id && foldName(persons[id]!.surname.name) === foldName(p.surname.name));
    let variant = rng.weighted({ 'shared-initial': 30, 'placeholder-date': 30, 'first-name-only': 20, namesake: 20 });
    let p: PersonModel | null = null;
    if (variant === 'shared-initial') {
      p = this.resident('housemate-shared-initial', (q) => mates(q).some((id) => persons[id]!.givenNames[0]![0] === q.givenNames[0]![0]));
    } else if (variant === 'namesake') {
      p = this.resident('housemate-namesake', (q) => mates(q).some((id) => foldName(persons[id]!.givenNames[0]!) === foldName(q.givenNames[0]!)));
    }
    if (p === null) {
      if (variant === 'shared-initial' || variant === 'namesake') variant = 'placeholder-date';
      p = this.resident('housemate', (q) => mates(q).length > 0);
    }
    if (!p) return null;
    const address = this.addressOf(p);
    const surname = p.surname;
    if (variant === 'shared-initial') {
      const date = copiedDate(rng, p);
      const letter = initialLetters(p.givenNames)[0]!;
      const debtor: CreditorDebtor = { voorletters: `${letter}.`, ...(surname.prefix ? { tussenvoegsel: surname.prefix } : {}), achternaam: surname.name };
      return { variant, person: p, debiteur: withDate(debtor, date.text), address, facts: { given: { kind: 'initials', letters: letter }, date: date.info, address: address.id } };
    }
    if (variant === 'first-name-only') {
      const date = copiedDate(rng, p);
      const debtor: CreditorDebtor = { voornamen: p.givenNames[0]!, ...(surname.prefix ? { tussenvoegsel: surname.prefix } : {}), achternaam: surname.name };
      return { variant, person: p, debiteur: withDate(debtor, date.text), address, facts: { given: { kind: 'first' }, date: date.info, address: address.id } };
    }
    // placeholder-date and namesake: exact given names (all or the first), a placeholder date.
    const name = writeName(rng, p.givenNames, surname);
    const to2000 = rng.chance(0.4) || p.birth.y === 2000;
    const text = to2000 ? writeDate(rng, 2000, 1, 1) : rng.chance(0.5) ? writeDate(rng, p.birth.y, 1, 1) : `00-00-${p.birth.y}`;
    const info: DateInfo = to2000 ? { y: null, m: null, d: null } : { y: p.birth.y, m: null, d: null };
    return { variant, person: p, debiteur: withDate(name.debtor, text), address, facts: { given: name.given, date: info, address: address.id } };
  }

  /** A person who is not in the register: a stranger, someone at an empty dwelling, a relative who left. */
  private notRegistered(): Draft | null {
    const rng = this.rng;
    const { persons, addresses, residentsAt, asOf } = this.population;
    const variant = rng.weighted({ 'stranger-at-occupied-address': 40, 'vacant-address': 25, 'relative-moved-away': 35 });
    for (let attempt = 0; attempt < 20; attempt++) {
      const address = addresses[variant === 'vacant-address' && this.vacant.length > 0 ? rng.pick(this.vacant) : rng.pick(this.occupied)]!;
      const family = variant === 'relative-moved-away' ? persons[residentsAt.get(address.id)![0]!]! : null;
      const origin = family?.origin ?? this.factory.origin();
      const sex = rng.chance(0.5) ? 'M' : 'V';
      const birthYear = family ? Math.max(asOf.y - 90, Math.min(asOf.y - 18, family.birth.y + rng.int(-30, 30))) : asOf.y - rng.int(18, 85);
      const outsider = this.factory.person(-1, { origin, sex, birthYear, household: -1, address: address.id, ...(family ? { surname: family.surname } : {}) });
      if (this.fitsSomeoneRegistered(outsider)) continue;
      const birth = outsider.birth;
      const name = writeName(rng, outsider.givenNames, outsider.surname);
      const debtor = withDate(name.debtor, writeDate(rng, birth.y, birth.m, birth.d));
      return { variant, person: null, debiteur: debtor, address, facts: { given: name.given, date: birth, address: address.id } };
    }
    return null;
  }

  /**
   * Whether an outsider fits a registered person by surname, first given name and a birth date
   * the register does not contradict (an unknown register date fits any): then a link would not
   * be plainly wrong, and the outsider is drawn again.
   */
  private fitsSomeoneRegistered(outsider: PersonModel): boolean {
    const first = foldName(outsider.givenNames[0]!);
    for (const key of surnameKeys(outsider)) {
      for (const id of this.surnameIndex.get(key) ?? []) {
        if (this.givenKeys[id]!.first === first && dateScore(this.registerDates[id]!, outsider.birth) > 0) return true;
      }
    }
    return false;
  }

  /** A deceased or emigrated person, signalled at the last address in the municipality. */
  private deceasedOrEmigrated(): Draft | null {
    const rng = this.rng;
    const status = rng.chance(0.5) ? 'deceased' : 'emigrated';
    const p = this.picker.pick(status, (q) => q.status === status) ?? this.picker.pick('gone', (q) => q.status !== 'resident');
    return p && plainDraft(rng, p, this.addressOf(p), p.status);
  }

  /**
   * Whether the signal's facts single out `p`: no other registered person sharing a surname
   * with p fits the given names, the birth date and the address at least as well as p does.
   */
  private identifiable(p: PersonModel, facts: SignalFacts): boolean {
    const own = dateScore(this.registerDates[p.id]!, facts.date);
    const ownAddress = p.address === facts.address ? 1 : 0;
    const mine = this.givenKeys[p.id]!;
    const year = facts.date.y;
    const lists = surnameKeys(p).flatMap((key) =>
      year === null ? [this.surnameIndex.get(key)] : [this.surnameYearIndex.get(`${key}|${year}`), this.surnameYearIndex.get(`${key}|-`)],
    );
    for (const list of lists) {
      for (const id of list ?? []) {
        if (id === p.id) continue;
        const q = this.population.persons[id]!;
        if ((q.address === facts.address ? 1 : 0) < ownAddress) continue;
        const score = dateScore(this.registerDates[id]!, facts.date);
        if (score === 0 || score < own) continue;
        if (givenFits(this.givenKeys[id]!, mine, facts.given)) return false;
      }
    }
    return true;
  }
}

/** Add to a list in a map of lists. */
function push(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}

/** The folded surnames a person goes by: own, and a partner's. */
function surnameKeys(p: PersonModel): string[] {
  const own = foldName(surnameText(p.surname));
  const partner = p.partner ? foldName(surnameText(p.partner.surname)) : own;
  return partner === own ? [own] : [own, partner];
}

/** Whether a person has a partner with another surname (else a partner's name is the own). */
function otherSurname(p: PersonModel): boolean {
  return p.partner !== null && foldName(surnameText(p.partner.surname)) !== foldName(surnameText(p.surname));
}

/** Whether two persons share a surname (a moved person's old address is never the family's). */
function sameFamily(a: PersonModel, b: PersonModel): boolean {
  const keys = surnameKeys(b);
  return surnameKeys(a).some((k) => keys.includes(k));
}

/** A person's given names, folded for comparison. */
interface GivenKeys {
  readonly full: string;
  readonly first: string;
  readonly initials: string;
}

function givenKeysOf(p: PersonModel): GivenKeys {
  return { full: foldName(p.givenNames.join('')), first: foldName(p.givenNames[0] ?? ''), initials: initialLetters(p.givenNames) };
}

/** Whether q's given names fit what the signal says about p's. */
function givenFits(q: GivenKeys, p: GivenKeys, given: GivenInfo): boolean {
  switch (given.kind) {
    case 'none':
      return true;
    case 'full':
      return q.full === p.full;
    case 'first':
      return q.first !== '' && q.first === p.first;
    case 'initials':
      return q.initials.startsWith(given.letters);
  }
}

/**
 * How well a register date fits what the signal says: 0 when a known part contradicts it,
 * else 1 + the parts known on both sides and equal. 1 January counts as a placeholder (only
 * the year is known) on both sides; a swappable date counts in both orders.
 */
function dateScore(register: DateInfo, signal: DateInfo): number {
  const sPlaceholder = signal.m === 1 && signal.d === 1;
  const sm = sPlaceholder ? null : signal.m;
  const sd = sPlaceholder ? null : signal.d;
  const straight = partsScore(register, signal.y, sm, sd);
  return signal.swappable ? Math.max(straight, partsScore(register, signal.y, sd, sm)) : straight;
}

/** {@link dateScore} for one order of the signal's parts. */
function partsScore(register: DateInfo, y: number | null, m: number | null, d: number | null): number {
  const placeholder = register.m === 1 && register.d === 1;
  const rm = placeholder ? null : register.m;
  const rd = placeholder ? null : register.d;
  let score = 1;
  if (register.y !== null && y !== null) {
    if (register.y !== y) return 0;
    score++;
  }
  if (rm !== null && m !== null) {
    if (rm !== m) return 0;
    score++;
  }
  if (rd !== null && d !== null) {
    if (rd !== d) return 0;
    score++;
  }
  return score;
}
