import { describe, expect, it } from 'vitest';
import { createDetectionState, detectIncremental, detectMatches } from '../../src/detection/index.js';
import { signal } from './fixtures.js';

// Two creditors about P1 within three months (a person match, De signaalreis: matches), an insurer's
// monthly resend (update and returning resident), a household at another address, and a bad input.
const inputs: unknown[] = [
  signal({ id: 'A', date: '2023-01-10', creditor: 'ZV-A', person: 'P1', due: '2022-12-01', amount: '100.00' }),
  { id: 'broken' },
  signal({ id: 'B', date: '2023-02-10', creditor: 'ZV-A', person: 'P1', due: '2022-12-01', amount: '200.00' }),
  signal({ id: 'C', date: '2023-03-01', creditor: 'WO-A', person: 'P1', amount: '900.00' }),
  signal({ id: 'D', date: '2023-03-01', creditor: 'EN-A', person: 'P2', household: 'H9', postcode: '1011AA' }),
  signal({ id: 'E', date: '2023-03-02', creditor: 'WA-A', person: 'P3', household: 'H9', postcode: '1011AA' }),
];

describe('detection results as a columnar batch with items built when asked for', () => {
  const results = detectMatches(inputs);

  it('has one item per input, in input order, by at(i), iteration and length', () => {
    expect(results.length).toBe(inputs.length);
    const iterated = [...results];
    expect(iterated.map((r) => r.index)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(iterated.map((r) => (r.ok ? r.value.labels.join('+') : r.issues[0]!.field))).toEqual([
      'single', 'creditor', 'single+update+recidivism', 'person-match+recidivism', 'single', 'household-match',
    ]);
    for (let i = 0; i < results.length; i++) expect(results.at(i)).toEqual(iterated[i]);
  });

  it('counts a negative index from the end and gives undefined out of range, as Array.prototype.at', () => {
    expect(results.at(-1)).toEqual(results.at(5));
    expect(results.at(-6)).toEqual(results.at(0));
    expect(results.at(6)).toBeUndefined();
    expect(results.at(-7)).toBeUndefined();
    expect(results.at(Number.NaN)).toEqual(results.at(0));
    expect(results.at(2.7)).toEqual(results.at(2));
  });

  it('explains a match from the columns: partners, dates, the newest amount of each creditor', () => {
    const c = results.at(3)!;
    expect(c.ok && c.value.match).toEqual({
      isMatch: true, level: 'person', creditorCount: 2, creditorIds: ['WO-A', 'ZV-A'], sectors: ['housing', 'health-insurance'],
      totalAmount: '1100.00', partnerSignalIds: ['B'], partnerDates: ['2023-02-10'], windowStart: '2022-12-01',
    });
    expect(c.ok && c.value.reasons.find((r) => r.code === 'match.person')?.values).toMatchObject({ partnerSignalIds: 'B', creditorIds: 'WO-A, ZV-A' });
    const b = results.at(2)!;
    expect(b.ok && b.value.update).toEqual({ isUpdate: true, previousSignalId: 'A', previousDate: '2023-01-10', previousAmount: '100.00' });
    expect(b.ok && b.value.match.totalAmount).toBe('200.00');
  });

  it('builds a fresh item each time it is asked for: changing one changes nothing for the next', () => {
    const first = results.at(3)!;
    expect(results.at(3)).not.toBe(first);
    if (first.ok) (first.value as { signalId: string }).signalId = 'changed';
    const again = results.at(3)!;
    expect(again.ok && again.value.signalId).toBe('C');
  });

  it('serialises to the JSON of the array of its items, batch and incremental alike', () => {
    expect(JSON.stringify(results)).toBe(JSON.stringify([...results]));
    expect(JSON.parse(JSON.stringify(results))).toHaveLength(inputs.length);
    const out = detectIncremental(inputs, { state: createDetectionState() });
    expect(JSON.stringify(out)).toBe(JSON.stringify({ items: [...out.items], state: out.state }));
    expect(JSON.stringify(out.items)).toBe(JSON.stringify(results));
  });

  it('an empty batch is empty', () => {
    const none = detectMatches([]);
    expect(none.length).toBe(0);
    expect([...none]).toEqual([]);
    expect(JSON.stringify(none)).toBe('[]');
  });
});

describe('the intake columns reused between batches', () => {
  it('a batch started while another is reading its inputs gets its own columns: both give what they give alone', () => {
    const alone = JSON.stringify(detectMatches(inputs));
    const other = [inputs[3], inputs[0]];
    const otherAlone = JSON.stringify(detectMatches(other));
    let nested = '';
    // an input whose id getter runs another detection in the middle of this one's intake
    const tricky = { ...(inputs[5] as object) };
    Object.defineProperty(tricky, 'id', {
      enumerable: true,
      get: () => {
        if (nested === '') nested = JSON.stringify(detectMatches(other));
        return 'E';
      },
    });
    const outer = JSON.stringify(detectMatches([...inputs.slice(0, 5), tricky]));
    expect(nested).toBe(otherAlone);
    expect(outer).toBe(alone);
  });
});
