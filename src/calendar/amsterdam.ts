import { TZDate } from '@date-fns/tz';
import { type IsoDate } from '../model/index.js';
import { civilToDayNumber, fromDayNumber } from '../model/internal.js';

/** The time zone all calendar dates of this library are in. @category Time zone */
export const AMSTERDAM = 'Europe/Amsterdam';

/**
 * Local date and time of an instant in Europe/Amsterdam.
 * @category Time zone
 */
export interface AmsterdamDateTime {
  /** Calendar date in Amsterdam. */
  readonly date: IsoDate;
  /** Hour 0–23 in Amsterdam. */
  readonly hour: number;
  /** Minute 0–59. */
  readonly minute: number;
}

const HOUR = 3_600_000;
const DAY = 86_400_000;

/** Epoch milliseconds of 01:00 UTC on the last Sunday of a month (when EU summer time starts or ends). */
function lastSundayAt0100Utc(year: number, month: number): number {
  const lastDay = civilToDayNumber(year, month + 1, 1) - 1;
  const weekday = (((lastDay + 4) % 7) + 7) % 7; // 0 = Sunday; 1970-01-01 was a Thursday
  return (lastDay - weekday) * DAY + HOUR;
}

/**
 * Offset of Amsterdam from UTC in hours at an instant. From 1996 to 2099 the EU summer-time rule
 * (Directive 2000/84/EC and its predecessor): UTC+2 from 01:00 UTC on the last Sunday of March to
 * 01:00 UTC on the last Sunday of October, else UTC+1, computed with integer maths. Other years
 * come from the IANA time-zone database through @date-fns/tz.
 */
function amsterdamOffsetHours(ms: number): number {
  const year = new Date(ms).getUTCFullYear();
  if (year < 1996 || year > 2099) return -new TZDate(ms, AMSTERDAM).getTimezoneOffset() / 60;
  return ms >= lastSundayAt0100Utc(year, 3) && ms < lastSundayAt0100Utc(year, 10) ? 2 : 1;
}

/**
 * The Amsterdam calendar date and wall-clock time of an instant (a `Date`, epoch
 * milliseconds or an ISO timestamp with offset). Independent of the machine's `TZ`.
 * @example
 * inAmsterdam('2025-03-30T22:30:00Z') // { date: '2025-03-31', hour: 0, minute: 30 } (CEST)
 * @category Time zone
 */
export function inAmsterdam(instant: Date | number | string): AmsterdamDateTime {
  const ms = typeof instant === 'string' ? Date.parse(instant) : typeof instant === 'number' ? instant : instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('Invalid instant');
  const local = ms + amsterdamOffsetHours(ms) * HOUR;
  const day = Math.floor(local / DAY);
  const rest = local - day * DAY;
  return { date: fromDayNumber(day), hour: Math.floor(rest / HOUR), minute: Math.floor((rest % HOUR) / 60_000) };
}

/**
 * The Amsterdam calendar date of an instant.
 * @example
 * amsterdamDate('2025-12-31T23:30:00Z') // '2026-01-01'
 * @category Time zone
 */
export function amsterdamDate(instant: Date | number | string): IsoDate {
  return inAmsterdam(instant).date;
}
