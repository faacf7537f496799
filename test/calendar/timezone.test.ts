import { afterEach, describe, expect, it } from 'vitest';
import { addWorkingDays, amsterdamDate, dutchPublicHolidays, inAmsterdam } from '../../src/calendar/index.js';

const originalTz = process.env.TZ;

describe.each(['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Kolkata'])('under TZ=%s', (tz) => {
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  it('gives the same Amsterdam dates, holidays and working days as anywhere else', () => {
    process.env.TZ = tz;
    expect(amsterdamDate('2025-12-31T23:30:00Z')).toBe('2026-01-01');
    expect(inAmsterdam('2025-03-30T01:30:00Z')).toEqual({ date: '2025-03-30', hour: 3, minute: 30 });
    expect(dutchPublicHolidays(2025).find((h) => h.key === 'kings-day')?.date).toBe('2025-04-26');
    expect(addWorkingDays('2025-05-02', 3)).toBe('2025-05-08');
  });
});

describe('inAmsterdam agrees with the IANA database', () => {
  it('for any instant from 1990 to 2037', async () => {
    const { TZDate } = await import('@date-fns/tz');
    const fc = (await import('fast-check')).default;
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2037, 11, 31) }), (ms) => {
        const tz = new TZDate(ms, 'Europe/Amsterdam');
        const expected = {
          date: `${tz.getFullYear()}-${String(tz.getMonth() + 1).padStart(2, '0')}-${String(tz.getDate()).padStart(2, '0')}`,
          hour: tz.getHours(),
          minute: tz.getMinutes(),
        };
        expect(inAmsterdam(ms)).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('at the exact moments summer time starts and ends', () => {
    expect(inAmsterdam('2025-03-30T00:59:59Z')).toEqual({ date: '2025-03-30', hour: 1, minute: 59 });
    expect(inAmsterdam('2025-03-30T01:00:00Z')).toEqual({ date: '2025-03-30', hour: 3, minute: 0 });
    expect(inAmsterdam('2025-10-26T00:59:00Z')).toEqual({ date: '2025-10-26', hour: 2, minute: 59 });
    expect(inAmsterdam('2025-10-26T01:00:00Z')).toEqual({ date: '2025-10-26', hour: 2, minute: 0 });
  });
});
