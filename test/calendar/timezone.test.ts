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
