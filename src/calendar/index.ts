/**
 * Calendar days in Europe/Amsterdam, Dutch working days under the Algemene termijnenwet,
 * and the deadlines of the signal journey. Calendar dates themselves (`IsoDate`, `addDays`)
 * are in `vroegsignalering/model`.
 * @module calendar
 */
export { dutchPublicHolidays, easterSunday, type PublicHoliday, type HolidayKey } from './holidays.js';
export {
  createHolidayCalendar, DUTCH_HOLIDAYS, isWorkingDay, addWorkingDays, workingDaysBetween, nextWorkingDayOnOrAfter,
  type HolidayCalendar, type HolidayCalendarOptions, type WorkingDayOptions,
} from './working-days.js';
export { DEADLINE_RULES, deadline, addPeriod, type DeadlineRule, type Period } from './deadlines.js';
export { AMSTERDAM, inAmsterdam, amsterdamDate, type AmsterdamDateTime } from './amsterdam.js';
