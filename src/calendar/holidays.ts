import { addDays, type IsoDate, type LocalizedText } from '../model/index.js';
import { isoDate } from '../model/internal.js';

/**
 * A public holiday that counts as a non-working day under the Algemene termijnenwet.
 * @category Holidays
 */
export interface PublicHoliday {
  /** The date. */
  readonly date: IsoDate;
  /** Stable key, e.g. `kings-day`. */
  readonly key: HolidayKey;
  /** Name in Dutch and English. */
  readonly name: LocalizedText;
}

/** Keys of the generally recognised holidays of Atw art. 3. */
export type HolidayKey =
  | 'new-year'
  | 'easter-monday'
  | 'kings-day'
  | 'liberation-day'
  | 'ascension-day'
  | 'whit-monday'
  | 'christmas-day'
  | 'boxing-day';

/**
 * Easter Sunday of a Gregorian year (anonymous Gregorian algorithm, Meeus/Jones/Butcher).
 * @example
 * easterSunday(2025) // '2025-04-20'
 * @category Holidays
 */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return isoDate(year, month, day);
}

/**
 * King's Day: 27 April, or 26 April when 27 April is a Sunday (Wet vaststelling
 * Koningsdag). Before 2014 the Queen's birthday, 30 April (29 April when a Sunday), was celebrated.
 */
function kingsDay(year: number): IsoDate {
  if (year < 2014) {
    const d = isoDate(year, 4, 30);
    return new Date(`${d}T00:00:00Z`).getUTCDay() === 0 ? isoDate(year, 4, 29) : d;
  }
  const d = isoDate(year, 4, 27);
  return new Date(`${d}T00:00:00Z`).getUTCDay() === 0 ? isoDate(year, 4, 26) : d;
}

/**
 * The generally recognised public holidays of a year under art. 3 of the Algemene
 * termijnenwet: New Year's Day, Easter Monday, King's Day, 5 May (every year), Ascension Day,
 * Whit Monday and both Christmas days. Good Friday is not one of them. Easter Sunday and
 * Whit Sunday always fall on a Sunday and so are already non-working days.
 * @example
 * dutchPublicHolidays(2025).map((h) => h.date)
 * // ['2025-01-01', '2025-04-21', '2025-04-26', '2025-05-05', '2025-05-29', '2025-06-09', '2025-12-25', '2025-12-26']
 * @category Holidays
 */
export function dutchPublicHolidays(year: number): PublicHoliday[] {
  const easter = easterSunday(year);
  const list: PublicHoliday[] = [
    { date: isoDate(year, 1, 1), key: 'new-year', name: { nl: 'Nieuwjaarsdag', en: "New Year's Day" } },
    { date: addDays(easter, 1), key: 'easter-monday', name: { nl: 'Tweede Paasdag', en: 'Easter Monday' } },
    { date: kingsDay(year), key: 'kings-day', name: { nl: 'Koningsdag', en: "King's Day" } },
    { date: isoDate(year, 5, 5), key: 'liberation-day', name: { nl: 'Bevrijdingsdag (5 mei)', en: 'Liberation Day (5 May)' } },
    { date: addDays(easter, 39), key: 'ascension-day', name: { nl: 'Hemelvaartsdag', en: 'Ascension Day' } },
    { date: addDays(easter, 50), key: 'whit-monday', name: { nl: 'Tweede Pinksterdag', en: 'Whit Monday' } },
    { date: isoDate(year, 12, 25), key: 'christmas-day', name: { nl: 'Eerste Kerstdag', en: 'Christmas Day' } },
    { date: isoDate(year, 12, 26), key: 'boxing-day', name: { nl: 'Tweede Kerstdag', en: 'Second Christmas Day' } },
  ];
  return list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
