import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DETECTION_OPTIONS, DETECTION_PARAMETERS, DetectableSignalSchema, createDetectionState, isDetectable, detectIncremental, detectMatches, parseDetectionOptions,
  triageFacts, type DetectionState,
} from '../../src/detection/index.js';
import { UsageError } from '../../src/model/index.js';
import { signal } from './fixtures.js';

describe('bad input gets a clear error and nothing is lost', () => {
  it('describes an invalid signal by field, in place, without repeating its values', () => {
    const good = signal({ id: 'OK', date: '2023-03-01', creditor: 'EN-A', person: 'P1' });
    const bad = { ...good, id: 'BAD', receivedDate: '31-02-2023', address: { ...good.address, postcode: '9999 zz secret' } };
    const [first, second, third] = detectMatches([good, bad, null]);
    expect(first!.ok).toBe(true);
    expect(second!.ok).toBe(false);
    if (second!.ok) return;
    expect(second!.issues.map((e) => e.field)).toEqual(['receivedDate', 'address.postcode']);
    expect(second!.issues[1]!.label).toBe('postcode');
    expect(JSON.stringify(second!.issues)).not.toContain('secret');
    expect(third!.ok).toBe(false);
  });

  it('rejects invalid options with a field path', () => {
    expect(() => detectMatches([], { draggerMinMonths: 9 })).toThrow(UsageError);
    const parsed = parseDetectionOptions({ recidivismMonths: 0 });
    expect(parsed.ok ? [] : parsed.issues.map((e) => e.field)).toEqual(['recidivismMonths']);
  });

  it('rejects a state of another version', () => {
    expect(() => detectIncremental({ version: 2 } as unknown as DetectionState, [])).toThrow(/version/);
  });

  it('documents every option with its default and a source', () => {
    for (const p of DETECTION_PARAMETERS) {
      expect(DEFAULT_DETECTION_OPTIONS[p.key]).toEqual(p.default);
      expect(p.source.document).toMatch(/signaalreis/);
    }
  });
});

describe('feeding triage', () => {
  it('gives the triage context of a match, a recidivist and an update', () => {
    const results = detectMatches([
      signal({ id: 'A', date: '2023-01-10', creditor: 'ZV-A', person: 'P1', due: '2022-12-01', amount: '100.00' }),
      signal({ id: 'B', date: '2023-02-10', creditor: 'ZV-A', person: 'P1', due: '2022-12-01', amount: '200.00' }),
      signal({ id: 'C', date: '2023-03-01', creditor: 'WO-A', person: 'P1', amount: '900.00' }),
    ]);
    const c = results[2]!;
    expect(c.ok && triageFacts(c)).toEqual({
      match: { isMatch: true, creditorCount: 2, sectors: ['housing', 'health-insurance'], totalAmount: '1100.00' },
      recidivismMonths: 1,
      dragger: false,
      update: false,
    });
    const b = results[1]!;
    expect(b.ok && triageFacts(b)).toMatchObject({ update: true, recidivismMonths: null, match: { isMatch: false, totalAmount: '200.00' } });
  });

  it('starts from an empty state', () => {
    expect(createDetectionState()).toEqual({ version: 1, lastDate: null, signals: [], identities: [] });
  });
});

describe('date order', () => {
  it('takes signals in date order however far apart their dates are, whatever the input order', () => {
    const dates = ['2024-05-01', '1995-01-10', '2024-03-01', '2024-05-01'];
    const creditors = ['EN-A', 'WA-A', 'WO-A', 'ZV-A'];
    const inputs = dates.map((date, k) => signal({ id: `S${k}`, date, creditor: creditors[k]!, person: 'P1' }));
    const [may, old, march, sameDay] = detectMatches(inputs);
    expect(old!.ok && old!.labels).toEqual(['single']);
    expect(march!.ok && march!.labels).toEqual(['single']);
    expect(may!.ok && may!.match.partnerSignalIds).toEqual(['S3', 'S2']);
    expect(may!.ok && may!.recidivism.previousSignalId).toBe('S2');
    expect(sameDay!.ok && sameDay!.labels).toEqual(['person-match', 'recidivism']);
  });
});

describe('the fast input check agrees with the schema', () => {
  it('accepts exactly the amounts, postcodes and dates the zod schema accepts', () => {
    const base = signal({ id: 'S', date: '2023-03-01', creditor: 'EN-A', person: 'P1' });
    const near = (pattern: RegExp) => fc.oneof(fc.string({ maxLength: 12 }), fc.stringMatching(pattern));
    fc.assert(
      fc.property(near(/^0?[0-9]{0,4}[.,]?[0-9]{0,3}$/), near(/^[0-9]{4}[A-Za-z ]{0,3}$/), near(/^[0-9]{4}-[0-3][0-9]-[0-3][0-9]$/), (total, postcode, date) => {
        const input = { ...base, receivedDate: date, address: { ...base.address, postcode }, arrears: { ...base.arrears, total } };
        expect(isDetectable(input)).toBe(DetectableSignalSchema.safeParse(input).success);
      }),
      { numRuns: 2000 },
    );
  });
});
