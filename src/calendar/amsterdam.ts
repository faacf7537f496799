import { TZDate } from '@date-fns/tz';
import { isoDate, type IsoDate } from './date.js';

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
  const local = new TZDate(ms, AMSTERDAM);
  return {
    date: isoDate(local.getFullYear(), local.getMonth() + 1, local.getDate()),
    hour: local.getHours(),
    minute: local.getMinutes(),
  };
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
