import { inAmsterdam, type AmsterdamDateTime } from '../calendar/index.js';
import { type IsoDate } from '../model/index.js';

/**
 * The Amsterdam calendar date of a UTC ISO instant, as event timestamps are stored
 * (see {@link parseEvent}).
 * @example
 * localDateOf('2025-12-31T23:30:00.000Z') // '2026-01-01'
 * @category Time zone
 */
export function localDateOf(utcIso: string): IsoDate {
  return inAmsterdam(utcIso).date;
}

/**
 * The Amsterdam date, hour and minute of a UTC ISO instant.
 * @example
 * localTimeOf('2025-05-07T16:30:00.000Z') // { date: '2025-05-07', hour: 18, minute: 30 }
 * @category Time zone
 */
export function localTimeOf(utcIso: string): AmsterdamDateTime {
  return inAmsterdam(utcIso);
}
