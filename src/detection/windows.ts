import { civilToDayNumber, daysInMonth, fromDayNumber } from '../model/internal.js';
import type { DetectionOptions } from './options.js';

/**
 * The look-back windows of one signal date, as day numbers and month indices
 * (`year * 12 + month - 1`), computed once per distinct date with integer maths only.
 */
export interface Windows {
  /** Day number of the signal date. */
  day: number;
  /** Month index of the signal date. */
  month: number;
  /** First day (inclusive) of the match window: the same date `matchWindowMonths` earlier. */
  matchFrom: number;
  /** The same, as an ISO date. */
  matchFromDate: string;
  /** First day (inclusive) of the update window. */
  updateFrom: number;
  /** First month (inclusive) of the recidivism window; the signal's own month is excluded. */
  recidivismFromMonth: number;
  /** First month (inclusive) of the dragger period; the signal's own month is included. */
  draggerFromMonth: number;
  /** Earliest day any window reaches back to: older history is never read. */
  lookBackFrom: number;
}

/** Day number of the first day of a month index. */
function firstDayOfMonth(monthIndex: number): number {
  const year = Math.floor(monthIndex / 12);
  return civilToDayNumber(year, monthIndex - year * 12 + 1, 1);
}

/** The same calendar date `months` earlier, clamped to the month's last day (31 May − 3 months = 28/29 Feb). */
function monthsBefore(year: number, month: number, dayOfMonth: number, months: number): number {
  const index = year * 12 + month - 1 - months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return civilToDayNumber(y, m, Math.min(dayOfMonth, daysInMonth(y, m)));
}

/** How many months of history any window can reach back: what the incremental state must keep. */
export function retentionMonths(options: DetectionOptions): number {
  return Math.max(options.matchWindowMonths, options.updateWindowMonths, options.recidivismMonths, options.draggerPeriodMonths - 1);
}

/** Fill `into` with the windows of the date `iso` (`YYYY-MM-DD`, already validated). */
export function windowsOf(iso: string, options: DetectionOptions, into: Windows): Windows {
  const year = +iso.slice(0, 4);
  const month = +iso.slice(5, 7);
  const dayOfMonth = +iso.slice(8, 10);
  into.day = civilToDayNumber(year, month, dayOfMonth);
  into.month = year * 12 + month - 1;
  into.matchFrom = monthsBefore(year, month, dayOfMonth, options.matchWindowMonths);
  into.matchFromDate = fromDayNumber(into.matchFrom);
  into.updateFrom = monthsBefore(year, month, dayOfMonth, options.updateWindowMonths);
  into.recidivismFromMonth = into.month - options.recidivismMonths;
  into.draggerFromMonth = into.month - options.draggerPeriodMonths + 1;
  into.lookBackFrom = Math.min(
    into.matchFrom,
    into.updateFrom,
    firstDayOfMonth(Math.min(into.recidivismFromMonth, into.draggerFromMonth)),
  );
  return into;
}

/** A fresh {@link Windows} to fill. */
export function emptyWindows(): Windows {
  return { day: 0, month: 0, matchFrom: 0, matchFromDate: '', updateFrom: 0, recidivismFromMonth: 0, draggerFromMonth: 0, lookBackFrom: 0 };
}
