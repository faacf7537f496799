import { describe, expect, it } from 'vitest';
import { dutchPublicHolidays, easterSunday } from '../../src/calendar/index.js';

/**
 * Published dates of the moveable holidays (Rijksoverheid / Dutch calendars), 2020–2030.
 * King's Day is 27 April, but 26 April when 27 April is a Sunday (2025).
 */
const PUBLISHED: Record<number, { easterMonday: string; kingsDay: string; ascension: string; whitMonday: string }> = {
  2020: { easterMonday: '2020-04-13', kingsDay: '2020-04-27', ascension: '2020-05-21', whitMonday: '2020-06-01' },
  2021: { easterMonday: '2021-04-05', kingsDay: '2021-04-27', ascension: '2021-05-13', whitMonday: '2021-05-24' },
  2022: { easterMonday: '2022-04-18', kingsDay: '2022-04-27', ascension: '2022-05-26', whitMonday: '2022-06-06' },
  2023: { easterMonday: '2023-04-10', kingsDay: '2023-04-27', ascension: '2023-05-18', whitMonday: '2023-05-29' },
  2024: { easterMonday: '2024-04-01', kingsDay: '2024-04-27', ascension: '2024-05-09', whitMonday: '2024-05-20' },
  2025: { easterMonday: '2025-04-21', kingsDay: '2025-04-26', ascension: '2025-05-29', whitMonday: '2025-06-09' },
  2026: { easterMonday: '2026-04-06', kingsDay: '2026-04-27', ascension: '2026-05-14', whitMonday: '2026-05-25' },
  2027: { easterMonday: '2027-03-29', kingsDay: '2027-04-27', ascension: '2027-05-06', whitMonday: '2027-05-17' },
  2028: { easterMonday: '2028-04-17', kingsDay: '2028-04-27', ascension: '2028-05-25', whitMonday: '2028-06-05' },
  2029: { easterMonday: '2029-04-02', kingsDay: '2029-04-27', ascension: '2029-05-10', whitMonday: '2029-05-21' },
  2030: { easterMonday: '2030-04-22', kingsDay: '2030-04-27', ascension: '2030-05-30', whitMonday: '2030-06-10' },
};

describe('dutchPublicHolidays (Algemene termijnenwet art. 3)', () => {
  for (const [yearText, expected] of Object.entries(PUBLISHED)) {
    const year = Number(yearText);
    it(`matches the published dates of ${year}`, () => {
      const byKey = Object.fromEntries(dutchPublicHolidays(year).map((h) => [h.key, h.date]));
      expect(byKey).toEqual({
        'new-year': `${year}-01-01`,
        'easter-monday': expected.easterMonday,
        'kings-day': expected.kingsDay,
        'liberation-day': `${year}-05-05`,
        'ascension-day': expected.ascension,
        'whit-monday': expected.whitMonday,
        'christmas-day': `${year}-12-25`,
        'boxing-day': `${year}-12-26`,
      });
    });
  }

  it('computes Easter Sunday for known years', () => {
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2038)).toBe('2038-04-25');
    expect(easterSunday(2285)).toBe('2285-03-22');
  });

  it('does not count Good Friday', () => {
    expect(dutchPublicHolidays(2025).map((h) => h.date)).not.toContain('2025-04-18');
  });

  it('returns the holidays sorted by date with Dutch and English names', () => {
    const list = dutchPublicHolidays(2025);
    expect(list.map((h) => h.date)).toEqual([...list.map((h) => h.date)].sort());
    expect(list.find((h) => h.key === 'kings-day')?.name).toEqual({ nl: 'Koningsdag', en: "King's Day" });
  });
});
