import { postcodeNumberKey } from './address.js';
import type { BlockTable, CandidateSink } from './block-table.js';
import type { ComparablePerson } from './comparable.js';

/**
 * The blocking rules of the register index. Each signal is compared only with the records that
 * share at least one key, so one wrong field cannot hide a person (Splink's "several blocking
 * rules"; DOMAIN.md §2):
 * - `address`: postcode + house number;
 * - `birthDateName`: birth date (also its year-month and year, for incomplete register dates) +
 *   phonetic key of any surname (also of the given name, for reversed names);
 * - `nameArea`: phonetic surname key + postcode area (4 digits);
 * - `fullName`: phonetic surname + phonetic first given name, register-wide (both orders); skipped
 *   for names so common that the block says nothing.
 * @category Register
 */
export const BLOCKING_RULES = ['address', 'birthDateName', 'nameArea', 'fullName'] as const;
/** A blocking rule. @category Register */
export type BlockingRule = (typeof BLOCKING_RULES)[number];

const NAME_ID_SPACE = 2 ** 21;

/** Key of the address rule (0 when there is no postcode). */
export function addressBlockKey(person: ComparablePerson): number {
  return postcodeNumberKey(person.address);
}

/** Key of the birth date + name rule. */
export function birthDateNameKey(birthDateCode: number, nameId: number): number {
  return birthDateCode * NAME_ID_SPACE + nameId + 1;
}

/** Key of the name + postcode-area rule. */
export function nameAreaKey(nameId: number, postcodeArea: number): number {
  return nameId * 10000 + postcodeArea + 1;
}

/** Key of the register-wide full-name rule. */
export function fullNameKey(surnameId: number, givenId: number): number {
  return surnameId * NAME_ID_SPACE + givenId + 1;
}

/** The 4-digit postcode area of a person's address, or 0. */
export function postcodeArea(person: ComparablePerson): number {
  const p = person.address.postcode;
  return p === '' ? 0 : Number(p.slice(0, 4));
}

/** Upper bound on distinct phonetic keys an index can hold. */
export const MAX_NAME_IDS = NAME_ID_SPACE - 1;

/** The birth-date codes to look up: the date, its year-month and its year (register forms). */
export function birthDateCodes(code: number): number[] {
  if (code === 0) return [];
  const month = code - (code % 100);
  const year = code - (code % 10000);
  const out = [code];
  if (month !== code) out.push(month);
  if (year !== month) out.push(year);
  return out;
}

/** The tables of one index, one per blocking rule. */
export interface BlockTables {
  readonly address: BlockTable;
  readonly birthDateName: BlockTable;
  readonly nameArea: BlockTable;
  readonly fullName: BlockTable;
}

/**
 * Collects candidate record numbers without duplicates and without allocating: a stamp per
 * record marks the records already seen for the current signal.
 */
export class CandidateCollector implements CandidateSink {
  private readonly stamps: Int32Array;
  private epoch = 0;
  /** Record numbers collected for the current signal. */
  readonly found: Int32Array;
  /** How many of `found` are filled. */
  count = 0;
  /** Whether more candidates were offered than `found` holds. */
  overflow = false;

  constructor(registerSize: number, capacity: number) {
    this.stamps = new Int32Array(registerSize);
    this.found = new Int32Array(capacity);
  }

  /** Start collecting for a new signal. */
  reset(): void {
    this.epoch++;
    if (this.epoch === 0x7fffffff) {
      this.stamps.fill(0);
      this.epoch = 1;
    }
    this.count = 0;
    this.overflow = false;
  }

  add(record: number): void {
    if (this.stamps[record] === this.epoch) return;
    this.stamps[record] = this.epoch;
    if (this.count === this.found.length) {
      this.overflow = true;
      return;
    }
    this.found[this.count++] = record;
  }
}
