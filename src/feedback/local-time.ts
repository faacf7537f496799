import { inAmsterdam, type AmsterdamDateTime, type IsoDate } from '../calendar/index.js';

/**
 * Amsterdam wall-clock hours, memoised by UTC hour. Europe/Amsterdam has had whole-hour offsets
 * from UTC since 1940, so the Amsterdam date and hour of an instant depend only on its UTC date
 * and hour: one {@link inAmsterdam} call per distinct UTC hour (a year has 8,760) instead of one
 * per event, which keeps `applyEvent` and the reports fast. Instants must be UTC ISO strings, as
 * {@link parseEvent} writes them.
 */
const byUtcHour = new Map<string, AmsterdamDateTime>();
const MAX_ENTRIES = 200_000;

function localHour(utcIso: string): AmsterdamDateTime {
  const key = utcIso.slice(0, 13);
  let local = byUtcHour.get(key);
  if (local === undefined) {
    if (byUtcHour.size >= MAX_ENTRIES) byUtcHour.clear();
    local = inAmsterdam(`${key}:00:00Z`);
    byUtcHour.set(key, local);
  }
  return local;
}

/**
 * The Amsterdam calendar date of a UTC ISO instant (memoised {@link amsterdamDate}).
 * @example
 * localDateOf('2025-12-31T23:30:00.000Z') // '2026-01-01'
 * @category Time zone
 */
export function localDateOf(utcIso: string): IsoDate {
  return localHour(utcIso).date;
}

/**
 * The Amsterdam date, hour and minute of a UTC ISO instant (memoised {@link inAmsterdam}).
 * @example
 * localTimeOf('2025-05-07T16:30:00.000Z') // { date: '2025-05-07', hour: 18, minute: 30 }
 * @category Time zone
 */
export function localTimeOf(utcIso: string): AmsterdamDateTime {
  const local = localHour(utcIso);
  return { date: local.date, hour: local.hour, minute: Number(utcIso.slice(14, 16)) };
}
