/**
 * The history detection reads: every signal as a row of typed-array columns, people,
 * households and creditors interned to integers, and for each person and household a linked
 * list of their signals, newest first. No objects per signal, so a million signals fit in a
 * few tens of megabytes and the walks over a person's history touch only integers.
 */

/** No signal / no value. */
export const NONE = -1;

function grownInt32(a: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  if (size <= a.length) return a;
  const b = new Int32Array(Math.max(size, a.length * 2));
  b.set(a);
  return b;
}

/** `a` with room for `size` entries, its first `used` copied: sized once, not grown entry by entry (each growth copies and leaves garbage). */
function grownArray<T>(a: T[], size: number, used: number): T[] {
  if (size <= a.length) return a;
  const b = new Array<T>(Math.max(size, a.length * 2));
  for (let i = 0; i < used; i++) b[i] = a[i]!;
  return b;
}

function grownFloat64(a: Float64Array<ArrayBuffer>, size: number): Float64Array<ArrayBuffer> {
  if (size <= a.length) return a;
  const b = new Float64Array(Math.max(size, a.length * 2));
  b.set(a);
  return b;
}

/** Dense integers for people (or households), with the display key of each. */
export class KeySpace {
  /** The key of each integer. */
  readonly keys: string[] = [];

  /** A new integer with this display key. */
  add(key: string): number {
    this.keys.push(key);
    return this.keys.length - 1;
  }
}

/** Interns raw ids to integers of a {@link KeySpace}; the display key is the prefix and the raw id. */
export class Interner {
  private readonly index = new Map<string, number>();

  constructor(readonly space: KeySpace, readonly prefix: string) {}

  /** The integer of a raw id, adding it when new. */
  intern(raw: string): number {
    let id = this.index.get(raw);
    if (id === undefined) {
      id = this.space.add(this.prefix + raw);
      this.index.set(raw, id);
    }
    return id;
  }
}

/** One signal's row, as it is appended. */
export interface SignalRow {
  id: string;
  day: number;
  month: number;
  person: number;
  household: number;
  creditor: number;
  sector: number;
  cents: number;
  /** Day number of the oldest unpaid due date, or {@link NONE} when unknown. */
  debtDay: number;
}

/** Columnar store of signals with per-person and per-household history lists. */
export class SignalStore {
  size = 0;
  /** Id of each signal (the first {@link SignalStore.size} entries; room for more is reserved). */
  ids: string[] = [];
  /** ISO date of each signal, kept for explanations (as {@link SignalStore.ids}). */
  dates: string[] = [];
  day = new Int32Array(1024);
  month = new Int32Array(1024);
  person = new Int32Array(1024);
  household = new Int32Array(1024);
  creditor = new Int32Array(1024);
  sector = new Int32Array(1024);
  cents = new Float64Array(1024);
  debtDay = new Int32Array(1024);
  /** Update chain of each signal: the row of the chain's first signal (the same debt at one creditor). */
  chain = new Int32Array(1024);
  /** Previous signal of the same person (older), or {@link NONE}. */
  prevOfPerson = new Int32Array(1024);
  /** Previous signal of the same household (older), or {@link NONE}. */
  prevOfHousehold = new Int32Array(1024);
  /** Newest signal of each person. */
  personHead = new Int32Array(1024).fill(NONE);
  /** Newest signal of each household. */
  householdHead = new Int32Array(1024).fill(NONE);

  readonly people = new KeySpace();
  readonly households = new KeySpace();
  readonly creditors = new KeySpace();
  /** People by register id (`register:<id>`). */
  readonly registerPeople = new Interner(this.people, 'register:');
  /** Households by the caller's household id (`household:<id>`). */
  readonly householdIds = new Interner(this.households, 'household:');
  /** Households by normalised address key (`address:<key>`). */
  readonly addresses = new Interner(this.households, 'address:');
  /** Creditors by id. */
  readonly creditorIds = new Interner(this.creditors, '');

  /** The newest signal of a person, or {@link NONE} (also for a person without signals yet). */
  newestOf(person: number): number {
    return person < this.personHead.length ? this.personHead[person]! : NONE;
  }

  /** Make room for `extra` more signals. */
  reserve(extra: number): void {
    const n = this.size + extra;
    this.ids = grownArray(this.ids, n, this.size);
    this.dates = grownArray(this.dates, n, this.size);
    if (n <= this.day.length) return;
    this.day = grownInt32(this.day, n);
    this.month = grownInt32(this.month, n);
    this.person = grownInt32(this.person, n);
    this.household = grownInt32(this.household, n);
    this.creditor = grownInt32(this.creditor, n);
    this.sector = grownInt32(this.sector, n);
    this.cents = grownFloat64(this.cents, n);
    this.debtDay = grownInt32(this.debtDay, n);
    this.chain = grownInt32(this.chain, n);
    this.prevOfPerson = grownInt32(this.prevOfPerson, n);
    this.prevOfHousehold = grownInt32(this.prevOfHousehold, n);
  }

  private ensureHeads(): void {
    const p = this.people.keys.length;
    if (p > this.personHead.length) {
      const old = this.personHead.length;
      this.personHead = grownInt32(this.personHead, p);
      this.personHead.fill(NONE, old);
    }
    const h = this.households.keys.length;
    if (h > this.householdHead.length) {
      const old = this.householdHead.length;
      this.householdHead = grownInt32(this.householdHead, h);
      this.householdHead.fill(NONE, old);
    }
  }

  /** Append a signal (call {@link SignalStore.reserve} first) and link it into its person's and household's lists. */
  append(row: SignalRow, date: string): number {
    this.ensureHeads();
    const i = this.size++;
    this.ids[i] = row.id;
    this.dates[i] = date;
    this.day[i] = row.day;
    this.month[i] = row.month;
    this.person[i] = row.person;
    this.household[i] = row.household;
    this.creditor[i] = row.creditor;
    this.sector[i] = row.sector;
    this.cents[i] = row.cents;
    this.debtDay[i] = row.debtDay;
    this.chain[i] = i;
    this.prevOfPerson[i] = this.personHead[row.person]!;
    this.personHead[row.person] = i;
    this.prevOfHousehold[i] = this.householdHead[row.household]!;
    this.householdHead[row.household] = i;
    return i;
  }
}
