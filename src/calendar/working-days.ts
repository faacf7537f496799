import { type IsoDate } from '../model/index.js';
import { fromDayNumber, isoWeekday, toDayNumber } from '../model/internal.js';
import { dutchPublicHolidays } from './holidays.js';

/**
 * Which days are public holidays. The default follows the Algemene termijnenwet; callers
 * override it for local practice (e.g. an extra closing day) with {@link createHolidayCalendar}.
 * @category Working days
 */
export interface HolidayCalendar {
  /** Whether the date is a (non-weekend) holiday. */
  isHoliday(date: IsoDate): boolean;
  /** The holidays of a year, sorted (a frozen list: callers cannot change the calendar's cache). */
  holidaysIn(year: number): readonly IsoDate[];
}

/** Options for {@link createHolidayCalendar}. */
export interface HolidayCalendarOptions {
  /** Holidays by year; defaults to {@link dutchPublicHolidays}. */
  readonly holidaysOfYear?: (year: number) => readonly IsoDate[];
  /** Extra non-working dates (e.g. a municipality's closing days). */
  readonly extra?: readonly IsoDate[];
  /** Dates to treat as working days even though the rule lists them. */
  readonly exclude?: readonly IsoDate[];
}

/**
 * Create a holiday calendar, computing each year's holidays once and caching them.
 * @example
 * const cal = createHolidayCalendar({ extra: ['2025-12-31'] });
 * isWorkingDay('2025-12-31', { holidays: cal }) // false
 * @category Working days
 */
export function createHolidayCalendar(options: HolidayCalendarOptions = {}): HolidayCalendar {
  const ofYear = options.holidaysOfYear ?? ((y: number) => dutchPublicHolidays(y).map((h) => h.date));
  const extra = options.extra ?? [];
  const exclude = new Set(options.exclude ?? []);
  const byYear = new Map<number, { list: readonly IsoDate[]; days: Set<number> }>();
  const yearEntry = (year: number) => {
    let entry = byYear.get(year);
    if (!entry) {
      const list = [...ofYear(year), ...extra.filter((d) => d.startsWith(`${year}-`))]
        .filter((d) => !exclude.has(d))
        .sort();
      entry = { list: Object.freeze([...new Set(list)]), days: new Set(list.map(toDayNumber)) };
      byYear.set(year, entry);
    }
    return entry;
  };
  return {
    isHoliday: (date) => yearEntry(+date.slice(0, 4)).days.has(toDayNumber(date)),
    holidaysIn: (year) => yearEntry(year).list,
  };
}

/** The Algemene termijnenwet holidays, as used when no calendar is passed. @category Working days */
export const DUTCH_HOLIDAYS: HolidayCalendar = createHolidayCalendar();

/** Options shared by the working-day functions. */
export interface WorkingDayOptions {
  /** Holiday calendar; defaults to {@link DUTCH_HOLIDAYS}. */
  readonly holidays?: HolidayCalendar;
}

/**
 * Whether a date is a working day: not a Saturday or Sunday and not a public holiday.
 * @example
 * isWorkingDay('2025-05-05') // false (5 May, Liberation Day)
 * @category Working days
 */
export function isWorkingDay(date: IsoDate, options: WorkingDayOptions = {}): boolean {
  const wd = isoWeekday(date);
  if (wd >= 6) return false;
  return !(options.holidays ?? DUTCH_HOLIDAYS).isHoliday(date);
}

/**
 * Add working days: the date that is `n` working days after `date` (or before, for negative `n`).
 * The start date itself is not counted, as in "within 3 working days of receipt".
 * @example
 * addWorkingDays('2025-05-02', 3) // '2025-05-08' (Fri → skip weekend and 5 May → Tue, Wed, Thu)
 * @category Working days
 */
export function addWorkingDays(date: IsoDate, n: number, options: WorkingDayOptions = {}): IsoDate {
  const step = n >= 0 ? 1 : -1;
  let remaining = Math.abs(n);
  let day = toDayNumber(date);
  while (remaining > 0) {
    day += step;
    if (isWorkingDay(fromDayNumber(day), options)) remaining -= 1;
  }
  return fromDayNumber(day);
}

/**
 * Working days after `from` up to and including `to` (0 when `to` ≤ `from`).
 * `workingDaysBetween(d, addWorkingDays(d, n)) === n` for n ≥ 0.
 * @example
 * workingDaysBetween('2025-05-02', '2025-05-08') // 3
 * @category Working days
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate, options: WorkingDayOptions = {}): number {
  const start = toDayNumber(from);
  const end = toDayNumber(to);
  let count = 0;
  for (let d = start + 1; d <= end; d++) if (isWorkingDay(fromDayNumber(d), options)) count += 1;
  return count;
}

/**
 * The date itself when it is a working day, else the next working day. Art. 1 Atw: a
 * statutory deadline that ends on a Saturday, Sunday or holiday is extended to the next working day.
 * @example
 * nextWorkingDayOnOrAfter('2025-05-03') // '2025-05-06'
 * @category Working days
 */
export function nextWorkingDayOnOrAfter(date: IsoDate, options: WorkingDayOptions = {}): IsoDate {
  let day = toDayNumber(date);
  while (!isWorkingDay(fromDayNumber(day), options)) day += 1;
  return fromDayNumber(day);
}
