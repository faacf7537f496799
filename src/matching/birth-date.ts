import { type BirthDate } from '../model/index.js';
import { birthDateReader } from '../model/internal.js';

/**
 * How much of a birth date is known: a full date, year and month (register `YYYYMM00`),
 * the year only (`YYYY0000`) or nothing (`00000000`).
 */
export type BirthDatePrecision = 'day' | 'month' | 'year' | 'unknown';

/** A birth date in comparison form. */
export interface NormalisedBirthDate extends BirthDate {
  /** How much is known. */
  readonly precision: BirthDatePrecision;
  /** The register's compact form as a number, `YYYYMMDD` with zeros for unknown parts (0 = unknown). */
  readonly code: number;
}

/** The unknown birth date. */
const UNKNOWN: NormalisedBirthDate = Object.freeze({ year: null, month: null, day: null, placeholder: false, precision: 'unknown', code: 0 });

/**
 * Put a birth date into comparison form. Accepts the model's {@link BirthDate} or text read by
 * the model's birth-date reader (`19800315`, `19800300`, `19800000`, `00000000`, ISO, day-first),
 * or nothing. Anything unreadable becomes the unknown date; never throws. The placeholder mark
 * (1 January, De signaalreis: "geboortedatum 1-1-2000") is the model's.
 * @example
 * normaliseBirthDate('19800300') // { year: 1980, month: 3, day: null, precision: 'month', code: 19800300, … }
 */
export function normaliseBirthDate(input: string | BirthDate | null | undefined): NormalisedBirthDate {
  if (input === null || input === undefined) return UNKNOWN;
  const date = typeof input === 'string' ? birthDateReader.read(input) : input;
  if (date === null || date.year === null) return UNKNOWN;
  const month = date.month ?? null;
  const day = month === null ? null : (date.day ?? null);
  const precision: BirthDatePrecision = day !== null ? 'day' : month !== null ? 'month' : 'year';
  return {
    year: date.year,
    month,
    day,
    placeholder: day !== null && date.placeholder,
    precision,
    code: birthDateCode(date),
  };
}

/**
 * The register's compact form of a birth date as a number, `YYYYMMDD` with zeros for unknown
 * parts (a day without a month counts as unknown); 0 when the year is unknown.
 */
export function birthDateCode(date: BirthDate): number {
  if (date.year === null) return 0;
  return date.year * 10000 + (date.month ?? 0) * 100 + (date.month === null ? 0 : (date.day ?? 0));
}

/**
 * Birth-date comparison levels, strongest first:
 * - `exact`: the same full date (not 1 January);
 * - `placeholder-agrees`: the same date, but it is 1 January (a likely placeholder): weak;
 * - `one-typo`: full dates one digit apart, or two neighbouring digits swapped;
 * - `day-month-swapped`: day and month exchanged;
 * - `incomplete-agrees`: one date is incomplete (`YYYYMM00`, `YYYY0000`) and the known parts agree: weak;
 * - `placeholder-same-year`: one side is 1 January of the other's birth year: weak evidence;
 * - `placeholder`: the signal's date is 1 January of another year, or the creditor's generic 1-1-2000 against any other
 *   date, also one in 2000 (De signaalreis, "BRP-controle": its year says nothing either): no evidence either way;
 * - `same-year`: only the year agrees;
 * - `different`: the dates disagree, also the year of a register date of 1 January;
 * - `unknown`: one side has no date at all.
 * @category Comparison
 */
export const BIRTH_DATE_LEVELS = [
  'exact', 'placeholder-agrees', 'one-typo', 'day-month-swapped', 'incomplete-agrees', 'placeholder-same-year', 'placeholder',
  'same-year',
  'different', 'unknown',
] as const;
/** A birth-date comparison level. @category Comparison */
export type BirthDateLevel = (typeof BIRTH_DATE_LEVELS)[number];

const POWERS = [1, 10, 100, 1000, 10000, 100000, 1000000, 10000000] as const;

/** Digit `i` (0 = last) of a non-negative integer. */
function digitAt(n: number, i: number): number {
  return Math.floor(n / POWERS[i as 0]) % 10;
}

/** Whether two 8-digit codes differ in exactly one digit or by one swap of neighbouring digits. */
function isOneTypo(a: number, b: number): boolean {
  let differing = 0;
  let firstDiff = -1;
  for (let i = 0; i < 8; i++) {
    if (digitAt(a, i) === digitAt(b, i)) continue;
    differing++;
    if (firstDiff < 0) firstDiff = i;
  }
  if (differing === 1) return true;
  return (
    differing === 2 &&
    firstDiff < 7 &&
    digitAt(a, firstDiff) === digitAt(b, firstDiff + 1) &&
    digitAt(a, firstDiff + 1) === digitAt(b, firstDiff)
  );
}

/**
 * Whether only the register's date is 1 January: then its year is evidence (the register sets
 * 1 January of a known or estimated birth year, and the person's papers carry that date), unlike
 * a creditor's 1-1-2000, whose year says nothing.
 */
function registerOnlyPlaceholder(signal: NormalisedBirthDate, register: NormalisedBirthDate, bIsRegister: boolean): boolean {
  return bIsRegister && register.placeholder && !signal.placeholder;
}

/** Compare two dates of which at least one is incomplete. */
function compareIncomplete(a: NormalisedBirthDate, b: NormalisedBirthDate, bIsRegister: boolean): BirthDateLevel {
  if (a.year !== b.year) return (a.placeholder || b.placeholder) && !registerOnlyPlaceholder(a, b, bIsRegister) ? 'placeholder' : 'different';
  if (a.month !== null && b.month !== null && a.month !== b.month) return a.placeholder || b.placeholder ? 'placeholder-same-year' : 'same-year';
  return 'incomplete-agrees';
}

/**
 * Compare two birth dates and return their {@link BirthDateLevel}. 1 January and incomplete
 * register dates count as weak evidence; a 1 January never disagrees — unless `b` is the
 * register's date (`bIsRegister`, as matching compares a signal `a` with a register record `b`):
 * a register's 1 January keeps its year, and another year in the signal is `different` (a
 * relative at the same address, not the person). Symmetric when `bIsRegister` is false.
 */
export function compareBirthDates(a: NormalisedBirthDate, b: NormalisedBirthDate, bIsRegister = false): BirthDateLevel {
  if (a.precision === 'unknown' || b.precision === 'unknown') return 'unknown';
  if (a.code === b.code) return a.placeholder ? 'placeholder-agrees' : a.precision === 'day' ? 'exact' : 'incomplete-agrees';
  // A creditor's 1-1-2000 says nothing, not even its year: a register date in 2000 does not agree with it any more than another.
  if (isGenericPlaceholder(a) || (!bIsRegister && isGenericPlaceholder(b))) return 'placeholder';
  if (a.precision !== 'day' || b.precision !== 'day') return compareIncomplete(a, b, bIsRegister);
  if (a.placeholder || b.placeholder) return a.year === b.year ? 'placeholder-same-year' : registerOnlyPlaceholder(a, b, bIsRegister) ? 'different' : 'placeholder';
  if (a.year === b.year && a.day === b.month && a.month === b.day) return 'day-month-swapped';
  if (isOneTypo(a.code, b.code)) return 'one-typo';
  return a.year === b.year ? 'same-year' : 'different';
}

/** Whether a date is the creditor's generic placeholder 1-1-2000 (De signaalreis, "BRP-controle"): its year says nothing. */
function isGenericPlaceholder(d: NormalisedBirthDate): boolean {
  return d.placeholder && d.code === 20000101;
}

/** Levels at which a register date agrees with a signal's 1 January at least in the year. */
const SAME_YEAR_AS_PLACEHOLDER: ReadonlySet<BirthDateLevel> = new Set(['placeholder-agrees', 'placeholder-same-year', 'incomplete-agrees']);

/**
 * Whether the year of a signal's 1 January tells two register persons apart: the signal's date is
 * 1 January of a year other than the generic 1-1-2000, the first person's date agrees with it at
 * least in the year, and the second's year differs (`placeholder`). A creditor who writes 1 January
 * usually knows the year (an ID document, an earlier contract); father and son with the same names
 * are then told apart by it, unlike with 1-1-2000.
 */
export function placeholderYearApart(signal: NormalisedBirthDate, first: BirthDateLevel, second: BirthDateLevel): boolean {
  return signal.placeholder && !isGenericPlaceholder(signal) && SAME_YEAR_AS_PLACEHOLDER.has(first) && second === 'placeholder';
}

/** Age of majority: contracts that fall into arrears (rent, energy, water, health insurance premium) are made by adults. */
const MAJORITY_YEARS = 18;

/**
 * Whether a person with this (register) birth date was certainly under 18 on `on` (an ISO day,
 * `YYYY-MM-DD`): even the earliest day the date allows is less than 18 years before it. A signal
 * about payment arrears concerns a contract party, so such a housemate is not a rival debtor.
 */
export function certainlyMinorOn(birth: NormalisedBirthDate, on: string): boolean {
  if (birth.year === null) return false;
  const earliest = birth.year * 10000 + (birth.month ?? 1) * 100 + (birth.day ?? 1);
  const day = Number(on.slice(0, 4)) * 10000 + Number(on.slice(5, 7)) * 100 + Number(on.slice(8, 10));
  return Number.isFinite(day) && earliest + MAJORITY_YEARS * 10000 > day;
}

/** Years between two birth dates beyond which they are a generation apart (a parent and a child), never a typo. */
const GENERATION_YEARS = 15;

/**
 * Whether two birth dates whose years are both known lie a generation apart (15 years or more):
 * then a signal's date is not a mistyped date of the register person but a parent's or child's.
 */
export function generationApart(a: NormalisedBirthDate, b: NormalisedBirthDate): boolean {
  return a.year !== null && b.year !== null && Math.abs(a.year - b.year) >= GENERATION_YEARS;
}
