import { type IsoDate } from '../model/index.js';
import { fromDayNumber, toDayNumber } from '../model/internal.js';
import type { ArrearsCase } from './arrears-case.js';

/**
 * How an assessment is heading, from best to worst; the worst verdict of any rule decides.
 * @internal
 */
export const VERDICT = { eligible: 0, notYet: 1, tooLate: 2, excluded: 3 } as const;

/**
 * What every assessment reads, computed once: the date as a day number and the oldest due
 * date as a day number, so window rules compare plain integers (amounts become integer cents
 * in the rules that read them).
 * Rules also record the verdict they reach and, for "not yet", the earliest day they would pass.
 * @internal
 */
export interface Facts {
  c: ArrearsCase;
  /** The date assessed as a day number, and as ISO (null while searching ahead: see {@link isoDateOf}). */
  day: number;
  date: IsoDate | null;
  oldestDay: number;
  /** The oldest unpaid premium's due date as a day number, or NaN when not given. */
  premiumDay: number;
  /** Costs not yet invoiced that a rule took out of the amount, in cents. */
  strippedCents: number;
  /** How many rules raised a flag (a signal that may go, with something to note). */
  flagged: number;
  /** Worst verdict so far (see {@link VERDICT}). */
  verdict: number;
  /** For "not yet": the first day on which every window rule seen so far passes. */
  earliestDay: number;
  /** The next day on which a dated fact changes (e.g. a reminder dated after this day); Infinity if none. */
  wakeDay: number;
}

/** Gather the facts of a case for one date. @internal */
export function factsFor(c: ArrearsCase, date: IsoDate | null, day: number): Facts {
  return refill({ c, day, date, oldestDay: 0, premiumDay: 0, strippedCents: 0, flagged: 0, verdict: 0, earliestDay: 0, wakeDay: 0 }, c, date, day);
}

/** Reuse a facts object for another case or date (the hot path allocates none). @internal */
export function refill(f: Facts, c: ArrearsCase, date: IsoDate | null, day: number): Facts {
  f.c = c;
  f.date = date;
  f.day = day;
  f.oldestDay = toDayNumber(c.arrears.oldestDueDate);
  const premium = c.arrears.oldestPremiumDueDate;
  f.premiumDay = premium === undefined ? Number.NaN : toDayNumber(premium);
  f.strippedCents = 0;
  f.flagged = 0;
  f.verdict = VERDICT.eligible;
  f.earliestDay = day;
  f.wakeDay = Number.POSITIVE_INFINITY;
  return f;
}

/** The assessed date as ISO, made from the day number when it was not given. @internal */
export function isoDateOf(f: Facts): IsoDate {
  return (f.date ??= fromDayNumber(f.day));
}

/** Record a verdict if it is worse than the one so far. @internal */
export function mark(f: Facts, verdict: number): void {
  if (f.verdict < verdict) f.verdict = verdict;
}
