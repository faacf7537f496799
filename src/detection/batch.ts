import type { ValidationIssue } from '../model/index.js';
import { LEVEL_HOUSEHOLD, LEVEL_NONE, LEVEL_PERSON, type ResultBuilder, type RowFacts } from './build.js';
import type { Facts } from './classify.js';
import { duplicateId } from './intake.js';
import type { DetectionOptions } from './options.js';
import type { DetectionResult, DetectionResults } from './result.js';
import { NONE, type SignalStore } from './store.js';
import { emptyWindows, windowsOf, type Windows } from './windows.js';

/**
 * The results of one run as columns, by input index: what classification found for each signal
 * (its row of the history, match level, the rows of its match partners, update, returning
 * resident, same creditor last month, dragger months), and nothing else. The public
 * {@link SignalDetection} objects — facts, labels and reasons — are built from these columns only
 * when a caller asks for an item, fresh each time. About 24 bytes per signal instead of the
 * hundreds a built result takes.
 */

/** Bits of the `info` column: signal kind, register id, household examined, match level, dragger months. */
const KIND_MASK = 0xf;
const REGISTER_BIT = 1 << 4;
const HOUSEHOLD_CHECKED_BIT = 1 << 5;
const LEVEL_SHIFT = 6;
const LEVEL_MASK = 3;
const DRAGGER_SHIFT = 8;
/** `row` of an input that is invalid (issues kept) or repeats a signal (`duplicate_id`). */
const INVALID = -1;
const DUPLICATE = -2;

function grown(a: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  if (size <= a.length) return a;
  const b = new Int32Array(Math.max(size, a.length * 2));
  b.set(a);
  return b;
}

/** The columnar results of one detection run. */
export class DetectionBatch implements DetectionResults {
  readonly length: number;
  readonly #store: SignalStore;
  readonly #builder: ResultBuilder;
  readonly #options: DetectionOptions;
  /** History row of each input, or {@link INVALID} / {@link DUPLICATE}. */
  readonly #row: Int32Array;
  readonly #info: Int32Array;
  readonly #updateOf: Int32Array;
  readonly #recidivismAfter: Int32Array;
  readonly #repeatOf: Int32Array;
  /** Start of a match's rows in {@link DetectionBatch.#partners} (count first, then the rows), or {@link NONE}. */
  readonly #matchAt: Int32Array;
  #partners = new Int32Array(1024);
  #partnerSize = 0;
  readonly #issues = new Map<number, readonly ValidationIssue[]>();
  /**
   * The windows of each date items were built for, by day number: a run spans a few hundred
   * dates, and building a million items computed (and formatted the match window's first day of)
   * each of them again per item. Never handed out: the builder copies what it uses.
   */
  readonly #windows = new Map<number, Windows>();

  constructor(length: number, store: SignalStore, builder: ResultBuilder, options: DetectionOptions) {
    this.length = length;
    this.#store = store;
    this.#builder = builder;
    this.#options = options;
    this.#row = new Int32Array(length);
    this.#info = new Int32Array(length);
    this.#updateOf = new Int32Array(length);
    this.#recidivismAfter = new Int32Array(length);
    this.#repeatOf = new Int32Array(length);
    this.#matchAt = new Int32Array(length);
  }

  /** Input `index` is invalid: these are its issues. */
  invalid(index: number, issues: readonly ValidationIssue[]): void {
    this.#row[index] = INVALID;
    this.#issues.set(index, issues);
  }

  /** Input `index` repeats a signal of the run (`duplicate_id`). */
  duplicate(index: number): void {
    this.#row[index] = DUPLICATE;
  }

  /** Record what classification found for input `index`, history row `row`. */
  record(index: number, row: number, kind: number, register: boolean, facts: Facts): void {
    this.#row[index] = row;
    const personMatch = facts.person.size >= 2;
    const level = personMatch ? LEVEL_PERSON : facts.householdChecked && facts.household.size >= 2 ? LEVEL_HOUSEHOLD : LEVEL_NONE;
    this.#info[index] = kind | (register ? REGISTER_BIT : 0) | (facts.householdChecked ? HOUSEHOLD_CHECKED_BIT : 0) |
      (level << LEVEL_SHIFT) | (facts.draggerMonths << DRAGGER_SHIFT);
    this.#updateOf[index] = facts.updateOf;
    this.#recidivismAfter[index] = facts.recidivismAfter;
    this.#repeatOf[index] = facts.sameCreditorLastMonth;
    if (level === LEVEL_NONE) {
      this.#matchAt[index] = NONE;
      return;
    }
    const { rows, size } = personMatch ? facts.person : facts.household;
    const at = this.#partnerSize;
    const partners = (this.#partners = grown(this.#partners, at + size + 1));
    partners[at] = size;
    for (let k = 0; k < size; k++) partners[at + 1 + k] = rows[k]!;
    this.#partnerSize = at + size + 1;
    this.#matchAt[index] = at;
  }

  at(index: number): DetectionResult | undefined {
    const k = Math.trunc(index) || 0; // as Array.prototype.at: NaN is 0, fractions are cut
    const i = k < 0 ? k + this.length : k;
    if (!(i >= 0 && i < this.length)) return undefined;
    const row = this.#row[i]!;
    if (row === INVALID) return { index: i, ok: false, issues: this.#issues.get(i)! };
    if (row === DUPLICATE) return { index: i, ok: false, issues: duplicateId() };
    const info = this.#info[i]!;
    const level = (info >> LEVEL_SHIFT) & LEVEL_MASK;
    const rows: number[] = [];
    if (level !== LEVEL_NONE) {
      const at = this.#matchAt[i]!;
      const n = this.#partners[at]!;
      for (let k = 1; k <= n; k++) rows.push(this.#partners[at + k]!);
    }
    const facts: RowFacts = {
      householdChecked: (info & HOUSEHOLD_CHECKED_BIT) !== 0,
      updateOf: this.#updateOf[i]!,
      recidivismAfter: this.#recidivismAfter[i]!,
      sameCreditorLastMonth: this.#repeatOf[i]!,
      draggerMonths: info >>> DRAGGER_SHIFT,
    };
    const day = this.#store.day[row]!;
    let w = this.#windows.get(day);
    if (w === undefined) this.#windows.set(day, (w = windowsOf(this.#store.dates[row]!, this.#options, emptyWindows())));
    return { index: i, ok: true, value: this.#builder.build(row, info & KIND_MASK, (info & REGISTER_BIT) !== 0, level, rows, facts, w) };
  }

  *[Symbol.iterator](): IterableIterator<DetectionResult> {
    for (let i = 0; i < this.length; i++) yield this.at(i)!;
  }

  toJSON(): DetectionResult[] {
    return Array.from(this);
  }
}
