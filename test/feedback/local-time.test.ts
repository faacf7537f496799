import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inAmsterdam } from '../../src/calendar/index.js';
import { localDateOf, localTimeOf } from '../../src/feedback/local-time.js';

describe('memoised Amsterdam time', () => {
  it('equals calendar/inAmsterdam for any instant from 1970 to 2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Date.UTC(2100, 0, 1) }), (ms) => {
        const iso = new Date(ms).toISOString();
        expect(localTimeOf(iso)).toEqual(inAmsterdam(iso));
      }),
      { numRuns: 2000 },
    );
  });

  it('switches exactly at the daylight-saving transitions (01:00 UTC)', () => {
    expect(localTimeOf('2025-03-30T00:59:00.000Z')).toEqual({ date: '2025-03-30', hour: 1, minute: 59 });
    expect(localTimeOf('2025-03-30T01:00:00.000Z')).toEqual({ date: '2025-03-30', hour: 3, minute: 0 });
    expect(localTimeOf('2025-10-26T00:59:00.000Z')).toEqual({ date: '2025-10-26', hour: 2, minute: 59 });
    expect(localTimeOf('2025-10-26T01:00:00.000Z')).toEqual({ date: '2025-10-26', hour: 2, minute: 0 });
    expect(localDateOf('2025-12-31T23:30:00.000Z')).toBe('2026-01-01');
  });
});
