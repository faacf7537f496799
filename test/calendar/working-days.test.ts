import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays, createHolidayCalendar, isWorkingDay, nextWorkingDayOnOrAfter, workingDaysBetween,
} from '../../src/calendar/index.js';
import { fromDayNumber, type IsoDate } from '../../src/model/internal.js';

describe('isWorkingDay', () => {
  it('excludes weekends and Atw holidays', () => {
    expect(isWorkingDay('2025-05-02')).toBe(true); // Friday
    expect(isWorkingDay('2025-05-03')).toBe(false); // Saturday
    expect(isWorkingDay('2025-05-04')).toBe(false); // Sunday
    expect(isWorkingDay('2025-05-05')).toBe(false); // Liberation Day, every year under the Atw
    expect(isWorkingDay('2025-04-18')).toBe(true); // Good Friday is a working day
    expect(isWorkingDay('2025-04-26')).toBe(false); // King's Day on Saturday anyway
    expect(isWorkingDay('2026-04-27')).toBe(false); // King's Day, Monday
  });

  it('lets the caller add or remove holidays', () => {
    const local = createHolidayCalendar({ extra: ['2025-12-31'], exclude: ['2025-05-05'] });
    expect(isWorkingDay('2025-12-31', { holidays: local })).toBe(false);
    expect(isWorkingDay('2025-05-05', { holidays: local })).toBe(true);
    expect(local.holidaysIn(2025)).toContain('2025-12-31');
  });
});

describe('addWorkingDays', () => {
  it('counts 3 working days from Friday 2 May 2025 past the weekend and 5 May', () => {
    expect(addWorkingDays('2025-05-02', 3)).toBe('2025-05-08');
  });

  it('crosses Christmas and New Year', () => {
    expect(addWorkingDays('2025-12-24', 3)).toBe('2025-12-31'); // Thu 25 and Fri 26 are Christmas
    expect(addWorkingDays('2025-12-31', 1)).toBe('2026-01-02');
  });

  it('goes backwards for negative counts and is the identity for zero', () => {
    expect(addWorkingDays('2025-05-08', -3)).toBe('2025-05-02');
    expect(addWorkingDays('2025-05-03', 0)).toBe('2025-05-03');
  });

  it('is the inverse of workingDaysBetween', () => {
    fc.assert(
      fc.property(fc.integer({ min: 18000, max: 22000 }), fc.integer({ min: 0, max: 40 }), (day, n) => {
        const start = fromDayNumber(day);
        const end = addWorkingDays(start, n);
        return workingDaysBetween(start, end) === n && (n === 0 || isWorkingDay(end));
      }),
    );
  });
});

describe('nextWorkingDayOnOrAfter (Atw art. 1)', () => {
  it('moves a deadline on a weekend or holiday to the next working day', () => {
    expect(nextWorkingDayOnOrAfter('2025-05-03')).toBe('2025-05-06');
    expect(nextWorkingDayOnOrAfter('2025-05-06')).toBe('2025-05-06');
    expect(nextWorkingDayOnOrAfter('2025-12-25')).toBe('2025-12-29');
  });
});

describe('holiday calendars share no mutable state with callers', () => {
  it('a caller cannot change the holidays another caller sees', () => {
    const calendar = createHolidayCalendar();
    const first = calendar.holidaysIn(2025) as IsoDate[];
    expect(() => first.push('2025-06-01')).toThrow(TypeError);
    expect(calendar.holidaysIn(2025)).not.toContain('2025-06-01');
    expect(isWorkingDay('2025-12-25', { holidays: calendar })).toBe(false);
  });
});
