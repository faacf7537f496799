import { SECTORS, SIGNAL_KINDS, SIGNAL_FIELD_LABELS, type Sector, type SignalKind, type ValidationIssue } from '../model/index.js';
import { toCents, toDayNumber, validationIssue } from '../model/internal.js';
import { addressKey, normaliseAddress } from '../matching/internal.js';
import { CanonicalInput, readDetectable, type DetectionInput } from './input.js';
import { dayOrder } from './day-order.js';
import { NONE, type SignalStore } from './store.js';

/** Position of each sector in {@link SECTORS}. */
export const SECTOR_INDEX: ReadonlyMap<Sector, number> = new Map(SECTORS.map((s, i) => [s, i]));
const KIND_INDEX: ReadonlyMap<SignalKind, number> = new Map(SIGNAL_KINDS.map((k, i) => [k, i]));

/** Number of possible postcodes `1000AA`–`9999ZZ`, a multiple of 32. */
const POSTCODE_COUNT = 10_000 * 676;

/** A valid postcode (`1234AB`) as an integer below {@link POSTCODE_COUNT}, from its character codes. */
function postcodeNumber(p: string): number {
  const digits = p.charCodeAt(0) * 1000 + p.charCodeAt(1) * 100 + p.charCodeAt(2) * 10 + p.charCodeAt(3) - 53328;
  return digits * 676 + (p.charCodeAt(4) - 65) * 26 + p.charCodeAt(5) - 65;
}

/** The issue of a signal detected before in the same run (fresh each time: issues belong to the caller). */
export function duplicateId(): ValidationIssue[] {
  return [validationIssue(
    'duplicate_id', ['id'], 'A signal with this id was already detected (earlier in the batch or in the state); each signal is detected once',
    SIGNAL_FIELD_LABELS,
  )];
}

/**
 * The integer columns of a batch, by input index: day numbers, month indices, interned creditor,
 * household and register-person codes, sector and kind positions, amounts in cents (at most
 * `MAX_EURO`, which fits 32 bits), the oldest due date's day number and the postcode as a number
 * (read while the input is at hand, so the second pass never touches the postcode text again).
 */
class Columns {
  readonly day: Int32Array;
  readonly month: Int32Array;
  readonly creditor: Int32Array;
  readonly sector: Int32Array;
  readonly kind: Int32Array;
  readonly cents: Int32Array;
  readonly debtDay: Int32Array;
  readonly household: Int32Array;
  readonly registerPerson: Int32Array;
  readonly postcode: Int32Array;

  constructor(readonly size: number) {
    this.day = new Int32Array(size);
    this.month = new Int32Array(size);
    this.creditor = new Int32Array(size);
    this.sector = new Int32Array(size);
    this.kind = new Int32Array(size);
    this.cents = new Int32Array(size);
    this.debtDay = new Int32Array(size);
    this.household = new Int32Array(size);
    this.registerPerson = new Int32Array(size);
    this.postcode = new Int32Array(size);
  }
}

/**
 * The columns of the last finished batch, for the next to reuse: typed arrays' memory is external
 * to V8's heap, and a run that allocates more than 64 MB of it makes V8 collect the caller's whole
 * heap. A batch takes them (so a batch started while another is running gets its own) and gives
 * them back when done; they are scratch, never handed to a caller, and every value a batch reads
 * it wrote first.
 */
let spareColumns: Columns | null = null;

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
 * cents), then order the valid ones by date. The second pass walks the columns in date order and
 * touches a signal object again only for fuzzy identities. Everything here is independent of
 * order; what depends on it (fuzzy identities, history) happens in the second pass.
 */
export class Intake {
  /** Indices of the valid inputs in date order, input order within a day. */
  order: number[] = [];
  /** Integer columns by input index (see {@link Columns}), taken for one batch. */
  private columns = new Columns(0);
  day = this.columns.day;
  month = this.columns.month;
  creditor = this.columns.creditor;
  sector = this.columns.sector;
  kind = this.columns.kind;
  cents = this.columns.cents;
  debtDay = this.columns.debtDay;
  household = this.columns.household;
  /** Register person, or {@link NONE} for a fuzzy identity. */
  registerPerson = this.columns.registerPerson;
  /** The postcode as a number below {@link POSTCODE_COUNT}. */
  postcode = this.columns.postcode;
  /** Text columns the second pass needs (references into the inputs, no copies). */
  ids: string[] = [];
  dates: string[] = [];
  surnames: (string | undefined)[] = [];
  /** The signal read from each valid input: the input itself when it was already in canonical form. */
  signals: DetectionInput[] = [];
  /** Why each invalid input is invalid (by input index). */
  issues = new Map<number, readonly ValidationIssue[]>();
  /**
   * In a run whose state is saved: the ids of every signal of the run (the state's and the
   * batch's), so that a signal is detected once and the saved state never holds an id twice.
   */
  private readonly seenIds: Set<string> | null;
  private readonly canonical = new CanonicalInput();
  /** Bit per postcode of the batch's signals without a register id: the only places a fuzzy identity is looked up. */
  private fuzzyPostcodes = new Int32Array(0);

  /** Each register person's latest address and the household it gave. */
  private readonly lastAddress: (LastAddress | undefined)[] = [];

  constructor(private readonly store: SignalStore, saves: boolean) {
    this.seenIds = saves ? new Set() : null;
  }

  /** Whether a signal without a register id in this batch has this postcode (as a number, {@link Intake.postcode}). */
  hasFuzzyAt(p: number): boolean {
    return (this.fuzzyPostcodes[p >> 5]! & (1 << (p & 31))) !== 0;
  }

  /** The household of a register person's signal: the same as last time when the address is the same. */
  private householdOfPerson(signal: DetectionInput, person: number): number {
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
  private householdOf(signal: DetectionInput): number {
    if (signal.householdId !== undefined) return this.store.householdIds.intern(signal.householdId);
    return this.store.addresses.intern(addressKey(normaliseAddress(signal.address)));
  }

  /** Take columns for `n` inputs: the spare ones when they are large enough. */
  private resize(n: number): void {
    const spare = spareColumns;
    spareColumns = null;
    const c = (this.columns = spare !== null && spare.size >= n ? spare : new Columns(Math.max(n, 1024)));
    this.day = c.day;
    this.month = c.month;
    this.creditor = c.creditor;
    this.sector = c.sector;
    this.kind = c.kind;
    this.cents = c.cents;
    this.debtDay = c.debtDay;
    this.household = c.household;
    this.registerPerson = c.registerPerson;
    this.postcode = c.postcode;
    if (this.ids.length >= n) return;
    this.ids = new Array<string>(n);
    this.dates = new Array<string>(n);
    this.surnames = new Array<string | undefined>(n);
    this.signals = new Array<DetectionInput>(n);
  }

  /** The batch is done: give its columns back for the next batch to reuse (the larger of two spares is kept). */
  release(): void {
    if (spareColumns === null || spareColumns.size < this.columns.size) spareColumns = this.columns;
    this.columns = new Columns(0);
  }

  /** Remember the id of a signal already in the history (loaded from a state). */
  knownId(id: string): void {
    this.seenIds?.add(id);
  }

  private read(i: number, s: DetectionInput): void {
    const date = s.receivedDate;
    const day = toDayNumber(date);
    const debt = s.arrears.oldestDueDate;
    this.day[i] = day;
    this.ids[i] = s.id;
    this.dates[i] = date;
    this.surnames[i] = s.debtor.name.surname;
    const postcode = postcodeNumber(s.address.postcode);
    this.postcode[i] = postcode;
    this.month[i] = (date.charCodeAt(0) * 1000 + date.charCodeAt(1) * 100 + date.charCodeAt(2) * 10 + date.charCodeAt(3) - 53328) * 12 +
      (date.charCodeAt(5) - 48) * 10 + date.charCodeAt(6) - 49;
    this.creditor[i] = this.store.creditorIds.intern(s.creditor.id);
    this.sector[i] = SECTOR_INDEX.get(s.creditor.sector)!;
    this.kind[i] = KIND_INDEX.get(s.kind)!;
    this.cents[i] = toCents(s.arrears.total);
    this.debtDay[i] = debt === undefined ? NONE : toDayNumber(debt);
    const person = s.personId === undefined ? NONE : this.store.registerPeople.intern(s.personId);
    this.registerPerson[i] = person;
    if (person === NONE) this.fuzzyPostcodes[postcode >> 5]! |= 1 << (postcode & 31);
    this.household[i] = person === NONE ? this.householdOf(s) : this.householdOfPerson(s, person);
  }

  /**
   * Check and read a batch; invalid inputs get their issues in {@link Intake.issues}. An input in
   * canonical form is used as it is; any other is read by the model's readers. In a run whose
   * state is saved, a signal whose id the run has seen before (in the state or earlier in the
   * batch) is refused: detecting it again would label it an update of itself and store it twice.
   */
  take(batch: readonly unknown[]): void {
    const n = batch.length;
    this.resize(n);
    this.issues = new Map();
    this.fuzzyPostcodes = new Int32Array(POSTCODE_COUNT >> 5);
    const valid: number[] = [];
    const { canonical } = this;
    for (let i = 0; i < n; i++) {
      const input = batch[i];
      let signal: DetectionInput;
      if (canonical.accepts(input)) signal = input as DetectionInput;
      else {
        const read = readDetectable(input);
        if (!read.ok) {
          this.issues.set(i, read.issues);
          continue;
        }
        signal = read.value;
      }
      if (this.seenIds !== null) {
        const before = this.seenIds.size;
        this.seenIds.add(signal.id);
        if (this.seenIds.size === before) {
          this.issues.set(i, duplicateId());
          continue;
        }
      }
      this.signals[i] = signal;
      this.read(i, signal);
      valid.push(i);
    }
    this.order = dayOrder(valid, this.day);
  }
}
