import { UsageError } from '../model/index.js';
import { validationIssue, requireObjects } from '../model/internal.js';
import { normaliseAddress, postcodeNumberKey, type NormalisedAddress } from './address.js';
import { birthDateCode, normaliseBirthDate } from './birth-date.js';
import { BlockTableBuilder } from './block-table.js';
import { birthDateNameKey, fullNameKey, MAX_NAME_IDS, nameAreaKey, type BlockTables } from './blocking.js';
import type { ComparablePerson } from './comparable.js';
import {
  composeName, normaliseGivenNames, normaliseSurname, type GivenForm, type NameUse, type SurnameForm,
} from './normalise-name.js';
import { dutchPhoneticKey } from './phonetic.js';
import type { RegisterRecord, SuspensionReason } from './register-record.js';
import type { TermFrequencies } from './score.js';

/** Options for {@link createRegisterIndex}. @category Register */
export interface RegisterIndexOptions {
  /** Blocks of the register-wide name rule larger than this are skipped (default 20). */
  readonly maxNameBlock?: number;
}

const NAME_USES: readonly NameUse[] = ['E', 'P', 'V', 'N'];
const SUSPENSIONS: readonly (SuspensionReason | null)[] = [null, 'O', 'E', 'M', 'R', 'F', '.'];

/**
 * Interns values by two text keys (nested maps, so the record's own strings are the keys and
 * no key text is built per record): each distinct value is normalised and stored once.
 */
class Interner<S, T> {
  readonly values: T[] = [];
  /** Values whose inner key is empty (most names): one map level. */
  private readonly flat = new Map<string | number, number>();
  private readonly nested = new Map<string | number, Map<string, number>>();
  constructor(private readonly make: (source: S) => T) {}
  id(outer: string | number, inner: string, source: S): number {
    let byInner: Map<string | number, number> | undefined = this.flat;
    let key: string | number = outer;
    if (inner !== '') {
      byInner = this.nested.get(outer);
      if (byInner === undefined) {
        byInner = new Map();
        this.nested.set(outer, byInner as Map<string, number>);
      }
      key = inner;
    }
    let id = byInner.get(key);
    if (id === undefined) {
      id = this.values.length;
      this.values.push(this.make(source));
      byInner.set(key, id);
    }
    return id;
  }
}

/**
 * What an index holds besides its records: each distinct name normalised once, columns in
 * typed arrays, one compact blocking table per rule (see `BLOCKING_RULES`), and a record's full
 * comparison form made the first time it is a candidate. Never handed to callers.
 */
export class IndexData {
  /** The records, in input order; candidates refer to them by position. */
  readonly records: readonly RegisterRecord[];
  /** Share of records per surname and first given name, for the term-frequency adjustment. */
  readonly frequencies: TermFrequencies;
  /** Blocking tables. */
  readonly blocks: BlockTables;
  /** Phonetic key → id. */
  readonly nameIds: ReadonlyMap<string, number>;
  /** Largest block the full-name rule still uses. */
  readonly maxNameBlock: number;
  private readonly givenForms: readonly GivenForm[];
  private readonly surnameForms: readonly SurnameForm[];
  private readonly givenOf: Int32Array;
  private readonly ownOf: Int32Array;
  private readonly partnerOf: Int32Array;
  private readonly nameUseOf: Uint8Array;
  private readonly statusOf: Uint8Array;

  constructor(records: readonly RegisterRecord[], options: RegisterIndexOptions) {
    const n = records.length;
    this.records = records;
    this.maxNameBlock = options.maxNameBlock ?? 20;
    this.comparables = new Array<ComparablePerson | undefined>(n).fill(undefined);
    type Naam = { voornamen?: string; voorletters?: string; voorvoegsel?: string; geslachtsnaam?: string };
    const given = new Interner((naam: Naam) => normaliseGivenNames(naam.voornamen, naam.voorletters));
    const surnames = new Interner((naam: Naam) => normaliseSurname(naam.geslachtsnaam, naam.voorvoegsel));
    const nameIds = new Map<string, number>();
    this.givenOf = new Int32Array(n);
    this.ownOf = new Int32Array(n);
    this.partnerOf = new Int32Array(n).fill(-1);
    this.nameUseOf = new Uint8Array(n);
    this.statusOf = new Uint8Array(n);
    const codeOf = new Int32Array(n);
    const placeholderOf = new Uint8Array(n);
    const addressOf = new Float64Array(n);
    const nameId = (key: string): number => {
      let id = nameIds.get(key);
      if (id === undefined) {
        id = nameIds.size;
        if (id >= MAX_NAME_IDS) throw new RangeError('Too many distinct phonetic name keys for one index');
        nameIds.set(key, id);
      }
      return id;
    };
    // Per distinct form (not per record): phonetic key ids and how many records carry it.
    const givenKeyIds: number[] = [];
    const givenUses: number[] = [];
    const surnameKeyIds: number[][] = [];
    const surnameUses: number[] = [];
    const surnameForm = (id: number): number => {
      if (id === surnameKeyIds.length) {
        surnameKeyIds.push(blockingNameKeys(surnames.values[id]!).map(nameId));
        surnameUses.push(0);
      }
      return id;
    };
    // Per record, the distinct phonetic surname ids it is filed under (own, then partner's), one
    // after another: record i's are nameIdList[nameIdEnd[i - 1] .. nameIdEnd[i]).
    const nameIdList: number[] = [];
    const nameIdEnd = new Int32Array(n);
    // Pass 1, over the records: intern the names, fill the integer columns and count each table's entries.
    let addressEntries = 0;
    let dateEntries = 0;
    let areaEntries = 0;
    let fullEntries = 0;
    for (let i = 0; i < n; i++) {
      const r = records[i]!;
      const naam = r.naam;
      const g = given.id(naam.voornamen ?? '', naam.voorletters ?? '', naam);
      if (g === givenKeyIds.length) {
        const key = given.values[g]!.key;
        givenKeyIds.push(key === '' ? -1 : nameId(key));
        givenUses.push(0);
      }
      givenUses[g]!++;
      this.givenOf[i] = g;
      const own = surnameForm(surnames.id(naam.geslachtsnaam ?? '', naam.voorvoegsel ?? '', naam));
      surnameUses[own]!++;
      this.ownOf[i] = own;
      const partner = r.partners[0]?.naam;
      const partnerForm = partner === undefined ? -1 : surnameForm(surnames.id(partner.geslachtsnaam ?? '', partner.voorvoegsel ?? '', partner));
      this.partnerOf[i] = partnerForm;
      this.nameUseOf[i] = NAME_USES.indexOf(naam.aanduidingNaamgebruik);
      const datum = r.geboorte.datum;
      const code = birthDateCode(datum);
      codeOf[i] = code;
      if (datum.placeholder) placeholderOf[i] = 1;
      this.statusOf[i] = r.overlijden?.datum !== undefined ? 1 : SUSPENSIONS.indexOf(r.opschortingBijhouding?.reden ?? null);
      const v = r.verblijfplaats;
      const addressBlock = v === undefined ? 0 : residenceBlockKey(v);
      addressOf[i] = addressBlock;
      if (addressBlock !== 0) addressEntries++;
      const ids = fileNameIds(surnameKeyIds[own]!, partnerForm < 0 ? NO_IDS : surnameKeyIds[partnerForm]!, nameIdList);
      nameIdEnd[i] = nameIdList.length;
      if (code !== 0) dateEntries += ids;
      if (datum.placeholder && code !== 0) dateEntries += ids;
      if (addressBlock >= POSTCODE_AREA_DIVISOR) areaEntries += ids;
      if (givenKeyIds[g]! >= 0) fullEntries += ids;
    }
    // Passes 2 and 3, over the integer columns only: count each table's entries per bucket, then
    // put them in place (a counting sort), in record order both times.
    const tables = [new BlockTableBuilder(addressEntries), new BlockTableBuilder(dateEntries), new BlockTableBuilder(areaEntries), new BlockTableBuilder(fullEntries)] as const;
    const [addressTable, dateTable, areaTable, fullTable] = tables;
    for (const placing of [false, true]) {
      const file = placing ? (table: BlockTableBuilder, key: number, i: number) => table.place(key, i) : (table: BlockTableBuilder, key: number) => table.count(key);
      for (let i = 0; i < n; i++) {
        const addressBlock = addressOf[i]!;
        if (addressBlock !== 0) file(addressTable, addressBlock, i);
        const area = Math.floor(addressBlock / POSTCODE_AREA_DIVISOR);
        const code = codeOf[i]!;
        const placeholderYear = placeholderOf[i] === 1 ? code - (code % 10000) : 0;
        const givenId = givenKeyIds[this.givenOf[i]!]!;
        for (let k = i === 0 ? 0 : nameIdEnd[i - 1]!; k < nameIdEnd[i]!; k++) {
          const id = nameIdList[k]!;
          if (code !== 0) file(dateTable, birthDateNameKey(code, id), i);
          // A 1 January placeholder says only the year: also found by the year (a signal's real date in that year).
          if (placeholderYear !== 0) file(dateTable, birthDateNameKey(placeholderYear, id), i);
          if (area !== 0) file(areaTable, nameAreaKey(id, area), i);
          if (givenId >= 0) file(fullTable, fullNameKey(id, givenId), i);
        }
      }
    }
    const givenCounts = countBy(given.values, givenUses, (form) => form.givenNames[0]);
    const surnameCounts = countBy(surnames.values, surnameUses, (form) => form.parts[0]);
    this.givenForms = given.values;
    this.surnameForms = surnames.values;
    this.nameIds = nameIds;
    this.blocks = { address: addressTable.build(), birthDateName: dateTable.build(), nameArea: areaTable.build(), fullName: fullTable.build() };
    this.frequencies = {
      size: n,
      surname: (name) => shareOf(surnameCounts, name, n),
      givenName: (name) => shareOf(givenCounts, name, n),
    };
  }

  /** Number of records. */
  get size(): number {
    return this.records.length;
  }

  /** Records already put in comparison form (filled as they become candidates). */
  private readonly comparables: (ComparablePerson | undefined)[];

  /** The record at position `i` in comparison form. */
  comparableAt(i: number): ComparablePerson {
    let person = this.comparables[i];
    if (person === undefined) {
      person = this.comparableFrom(i);
      this.comparables[i] = person;
    }
    return person;
  }

  /** Whether the record is of a deceased person (date of death, or suspension reason O). */
  isDeceased(i: number): boolean {
    return this.statusOf[i] === 1;
  }

  /** The suspension reason of the record (`null` when registration is not suspended). */
  suspensionOf(i: number): SuspensionReason | null {
    return SUSPENSIONS[this.statusOf[i]!] ?? null;
  }

  private comparableFrom(i: number): ComparablePerson {
    const nameUse = NAME_USES[this.nameUseOf[i]!] ?? 'E';
    const partnerId = this.partnerOf[i]!;
    const own = this.surnameForms[this.ownOf[i]!]!;
    return {
      name: composeName(this.givenForms[this.givenOf[i]!]!, own, partnerId < 0 ? undefined : this.surnameForms[partnerId], nameUse),
      birthDate: normaliseBirthDate(this.records[i]!.geboorte.datum),
      address: normaliseResidence(this.records[i]!.verblijfplaats),
    };
  }
}

/** A register residence in comparison form. */
function normaliseResidence(v: RegisterRecord['verblijfplaats']): NormalisedAddress {
  if (v === undefined) return EMPTY_ADDRESS;
  return normaliseAddress({ postcode: v.postcode, houseNumber: v.huisnummer, houseLetter: v.huisletter, houseNumberAddition: v.huisnummertoevoeging });
}

/** Dividing an address block key by this gives the 4-digit postcode area. */
const POSTCODE_AREA_DIVISOR = 676 * 100000;

/** The address block key of a residence (postcode and number; the letter and addition do not matter). */
function residenceBlockKey(v: NonNullable<RegisterRecord['verblijfplaats']>): number {
  return postcodeNumberKey(normaliseAddress({ postcode: v.postcode, houseNumber: v.huisnummer }));
}

/** Phonetic keys a surname is blocked under: each part's key and the glued form's key. */
function blockingNameKeys(form: SurnameForm): string[] {
  const keys: string[] = [];
  const add = (key: string) => {
    if (key !== '' && !keys.includes(key)) keys.push(key);
  };
  for (const key of form.keys) add(key);
  if (form.glued !== '' && form.glued !== form.parts[0]) add(dutchPhoneticKey(form.glued));
  return keys;
}

const NO_IDS: readonly number[] = [];

/**
 * Append the distinct name ids a record is filed under to `list`: its own surname's, then its
 * partner's not among them. Returns how many.
 */
function fileNameIds(ownIds: readonly number[], partnerIds: readonly number[], list: number[]): number {
  for (const id of ownIds) list.push(id);
  let count = ownIds.length;
  for (const id of partnerIds) {
    if (ownIds.includes(id)) continue;
    list.push(id);
    count++;
  }
  return count;
}

/** Records per name, summed over the distinct forms that carry it. */
function countBy<T>(forms: readonly T[], uses: readonly number[], nameOf: (form: T) => string | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  forms.forEach((form, id) => {
    const name = nameOf(form);
    if (name !== undefined && (uses[id] ?? 0) > 0) counts.set(name, (counts.get(name) ?? 0) + uses[id]!);
  });
  return counts;
}

const EMPTY_ADDRESS: NormalisedAddress = { postcode: '', houseNumber: 0, addition: '' };

function shareOf(counts: ReadonlyMap<string, number>, name: string, n: number): number | undefined {
  const c = counts.get(name);
  return c === undefined || n === 0 ? undefined : c / n;
}

const DATA = new WeakMap<RegisterIndex, IndexData>();

/**
 * A register extract prepared for matching at scale: each distinct name normalised once, one
 * compact blocking table per rule, and a record's comparison form made the first time it is a
 * candidate. Build it once with {@link createRegisterIndex} and match any number of signals.
 * @category Register
 */
export class RegisterIndex {
  /** The records, in input order; candidates refer to them by position (`recordIndex`). */
  readonly records: readonly RegisterRecord[];
  /** Share of records per surname and first given name, for the term-frequency adjustment (see `compareRecords`). */
  readonly frequencies: TermFrequencies;

  /** Prefer {@link createRegisterIndex}, which does the same. */
  constructor(records: readonly RegisterRecord[], options: RegisterIndexOptions = {}) {
    const data = new IndexData(records, options);
    DATA.set(this, data);
    this.records = records;
    this.frequencies = data.frequencies;
  }

  /** Number of records. */
  get size(): number {
    return this.records.length;
  }
}

/** The data of an index, for matching; a `UsageError` (from `vroegsignalering/model`) when `index` is not one. */
export function indexData(index: RegisterIndex): IndexData {
  const data = DATA.get(index);
  if (data === undefined) {
    throw new UsageError('register index', [validationIssue('invalid_index', [], 'Expected an index built by createRegisterIndex')]);
  }
  return data;
}

/**
 * Build a {@link RegisterIndex} from parsed register records (see `parseRegisterRecords` for
 * raw extracts). Linear in the number of records; never compares all pairs.
 * @example
 * const index = createRegisterIndex(records);
 * const result = matchSignal(signal, index);
 * @category Register
 */
export function createRegisterIndex(records: readonly RegisterRecord[], options: RegisterIndexOptions = {}): RegisterIndex {
  requireObjects(records, 'register records', 'parsed register records (parseRegisterRecords)');
  return new RegisterIndex(records, options);
}
