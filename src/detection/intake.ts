import { toDayNumber } from '../calendar/index.js';
import { SECTORS, SIGNAL_KINDS, toCents, type Sector, type SignalKind, type ValidationIssue } from '../model/index.js';
import { addressKey, normalizeAddress } from '../matching/index.js';
import { checkDetectable, hasDetectableShape, isIsoDay, type DetectableSignal } from './input.js';
import { NONE, type SignalStore } from './store.js';

/** Position of each sector in {@link SECTORS}. */
export const SECTOR_INDEX: ReadonlyMap<Sector, number> = new Map(SECTORS.map((s, i) => [s, i]));
const KIND_INDEX: ReadonlyMap<SignalKind, number> = new Map(SIGNAL_KINDS.map((k, i) => [k, i]));

/** A register person's latest address and the household it gave. */
interface LastAddress {
  readonly postcode: string;
  readonly houseNumber: number;
  readonly houseLetter: string | undefined;
  readonly houseNumberAddition: string | undefined;
  readonly householdId: string | undefined;
  readonly household: number;
}

/**
 * The first pass over a batch, in input order: check each input and read everything detection
 * needs into columns (creditor, household and register person as integers, day numbers,
 * cents), then sort the valid ones by date. The second pass walks the columns in date order and
 * touches a signal object again only for fuzzy identities. Everything here is independent of
 * order; what depends on it (fuzzy identities, history) happens in the second pass.
 */
export class Intake {
  /** Valid inputs as `day * n + index`, sorted: date order, input order within a day. */
  order = new Float64Array(0);
  /** Number of valid inputs. */
  count = 0;
  /** Columns by input index. */
  day = new Int32Array(0);
  month = new Int32Array(0);
  creditor = new Int32Array(0);
  sector = new Int32Array(0);
  kind = new Int32Array(0);
  cents = new Float64Array(0);
  debtDay = new Int32Array(0);
  household = new Int32Array(0);
  /** Register person, or {@link NONE} for a fuzzy identity. */
  registerPerson = new Int32Array(0);
  /** Text columns the second pass needs (references into the inputs, no copies). */
  ids: string[] = [];
  dates: string[] = [];
  totals: string[] = [];
  surnames: (string | undefined)[] = [];
  postcodes: string[] = [];
  /** Why each invalid input is invalid (by input index). */
  errors = new Map<number, readonly ValidationIssue[]>();

  private readonly days = new Map<string, number>();
  /** Each register person's latest address and the household it gave. */
  private readonly lastAddress: (LastAddress | undefined)[] = [];

  constructor(private readonly store: SignalStore) {}

  /** Day number of a valid ISO date, remembered (a stream has few distinct dates). */
  dayOf(date: string): number {
    let day = this.days.get(date);
    if (day === undefined) this.days.set(date, (day = toDayNumber(date)));
    return day;
  }

  /** Whether a value is a valid ISO date: the remembered dates are, others are checked and remembered. */
  private readonly isDate = (value: unknown): boolean => {
    if (typeof value !== 'string') return false;
    if (this.days.has(value)) return true;
    if (!isIsoDay(value)) return false;
    this.days.set(value, toDayNumber(value));
    return true;
  };

  /** The household of a register person's signal: the same as last time when the address is the same. */
  private householdOfPerson(signal: DetectableSignal, person: number): number {
    const last = this.lastAddress[person];
    const a = signal.address;
    if (
      last !== undefined && last.postcode === a.postcode && last.houseNumber === a.houseNumber && last.houseLetter === a.houseLetter &&
      last.houseNumberAddition === a.houseNumberAddition && last.householdId === signal.householdId
    ) {
      return last.household;
    }
    const household = this.householdOf(signal);
    this.lastAddress[person] = {
      postcode: a.postcode, houseNumber: a.houseNumber, houseLetter: a.houseLetter, houseNumberAddition: a.houseNumberAddition,
      householdId: signal.householdId, household,
    };
    return household;
  }

  /** The household: the caller's id, else the normalised address (matching's address key). */
  private householdOf(signal: DetectableSignal): number {
    if (signal.householdId !== undefined) return this.store.householdIds.intern(signal.householdId);
    return this.store.addresses.intern(addressKey(normalizeAddress(signal.address)));
  }

  private resize(n: number): void {
    if (this.day.length >= n) return;
    this.day = new Int32Array(n);
    this.month = new Int32Array(n);
    this.creditor = new Int32Array(n);
    this.sector = new Int32Array(n);
    this.kind = new Int32Array(n);
    this.cents = new Float64Array(n);
    this.debtDay = new Int32Array(n);
    this.household = new Int32Array(n);
    this.registerPerson = new Int32Array(n);
    this.ids = new Array<string>(n);
    this.dates = new Array<string>(n);
    this.totals = new Array<string>(n);
    this.surnames = new Array<string | undefined>(n);
    this.postcodes = new Array<string>(n);
  }

  private read(i: number, s: DetectableSignal): void {
    const date = s.receivedDate;
    const day = this.dayOf(date);
    const debt = s.arrears.oldestDueDate;
    this.day[i] = day;
    this.ids[i] = s.id;
    this.dates[i] = date;
    this.totals[i] = s.arrears.total;
    this.surnames[i] = s.debtor.name.surname;
    this.postcodes[i] = s.address.postcode;
    this.month[i] = (date.charCodeAt(0) * 1000 + date.charCodeAt(1) * 100 + date.charCodeAt(2) * 10 + date.charCodeAt(3) - 53328) * 12 +
      (date.charCodeAt(5) - 48) * 10 + date.charCodeAt(6) - 49;
    this.creditor[i] = this.store.creditorIds.intern(s.creditor.id);
    this.sector[i] = SECTOR_INDEX.get(s.creditor.sector)!;
    this.kind[i] = KIND_INDEX.get(s.kind)!;
    this.cents[i] = toCents(this.totals[i]!);
    this.debtDay[i] = debt === undefined ? NONE : this.dayOf(debt);
    const person = s.personId === undefined ? NONE : this.store.registerPeople.intern(s.personId);
    this.registerPerson[i] = person;
    this.household[i] = person === NONE ? this.householdOf(s) : this.householdOfPerson(s, person);
  }

  /** Check and read a batch; invalid inputs get their issues in {@link Intake.errors}. */
  take(batch: readonly unknown[]): void {
    const n = batch.length;
    this.resize(n);
    this.errors = new Map();
    const order = new Float64Array(n);
    let m = 0;
    for (let i = 0; i < n; i++) {
      const input = batch[i];
      if (!hasDetectableShape(input, this.isDate)) {
        const checked = checkDetectable(input);
        if (!checked.ok) {
          this.errors.set(i, checked.errors);
          continue;
        }
      }
      this.read(i, input as DetectableSignal);
      order[m++] = this.day[i]! * n + i;
    }
    this.count = m;
    this.order = order.subarray(0, m).sort();
  }
}
