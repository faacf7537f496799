import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amsterdamDate, deadline, DEADLINE_RULES, inAmsterdam } from '../../src/calendar/index.js';
import { addDays, addMonths, daysBetween, isIsoDate } from '../../src/model/index.js';
import { fromDayNumber, isoWeekday, monthsBetween, toDayNumber } from '../../src/model/internal.js';

describe('day numbers', () => {
  it('agree with Date.UTC for every day from 1900 to 2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 47482 }), (n) => {
        const iso = new Date(n * 86400000).toISOString().slice(0, 10);
        return fromDayNumber(n) === iso && toDayNumber(iso) === n;
      }),
      { numRuns: 2000 },
    );
  });

  it('do date arithmetic across months and leap years', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(daysBetween('2022-12-08', '2023-03-18')).toBe(100);
    expect(isoWeekday('2025-05-02')).toBe(5);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-02-29')).toBe(true);
  });

  it('count calendar months as people do', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(monthsBetween('2025-01-15', '2025-07-14')).toBe(5);
    expect(monthsBetween('2025-01-15', '2025-07-15')).toBe(6);
    expect(monthsBetween('2025-01-31', '2025-02-28')).toBe(1);
  });
});

describe('deadlines of the signal journey', () => {
  it('gives a warm referral on Friday 2 May 2025 until Thursday 8 May (3 working days, 5 May a holiday)', () => {
    expect(deadline('2025-05-02', DEADLINE_RULES.warmReferralContact)).toBe('2025-05-08');
  });
  it('closes after 28 days and pauses collection for 30 days', () => {
    expect(deadline('2025-03-01', DEADLINE_RULES.autoClose)).toBe('2025-03-29');
    expect(deadline('2025-03-01', DEADLINE_RULES.collectionPause)).toBe('2025-03-31');
  });
  it('wants a first conversation within 2 and at most 4 weeks', () => {
    expect(deadline('2025-03-03', DEADLINE_RULES.firstConversation)).toBe('2025-03-17');
    expect(deadline('2025-03-03', DEADLINE_RULES.firstConversationLatest)).toBe('2025-03-31');
  });
  it('cites a source for every rule', () => {
    for (const rule of Object.values(DEADLINE_RULES)) expect(rule.source.document).toBeTruthy();
  });
});

describe('Europe/Amsterdam', () => {
  it('converts instants to the Amsterdam calendar date across DST', () => {
    expect(amsterdamDate('2025-12-31T23:30:00Z')).toBe('2026-01-01'); // CET, UTC+1
    expect(inAmsterdam('2025-03-30T22:30:00Z')).toEqual({ date: '2025-03-31', hour: 0, minute: 30 }); // CEST
    expect(inAmsterdam('2025-10-26T00:30:00Z').hour).toBe(2); // still CEST until 01:00 UTC
    expect(inAmsterdam('2025-10-26T01:30:00Z').hour).toBe(2); // CET after the change
  });
  it('rejects an invalid instant', () => {
    expect(() => inAmsterdam('not a date')).toThrow(RangeError);
  });
});
