import { describe, expect, it } from 'vitest';
import { parseSampleRecord, researchFigures, type SampleRecord, type SampleRecordInput } from '../../src/replay/index.js';
import { returnAfterClose } from '../../src/replay/return-after-close.js';
import { groupCases } from '../../src/replay/sample-cases.js';

function records(inputs: SampleRecordInput[]): SampleRecord[] {
  return inputs.map((input) => {
    const r = parseSampleRecord(input);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    return r.value;
  });
}

const signal = (id: string, household: string, receivedDate: string, outcome?: SampleRecordInput['outcome'], caseId?: string): SampleRecordInput => ({
  id, household, receivedDate, creditor: { id: 'ZV1', sector: 'health-insurance' }, arrears: { total: '100.00' },
  ...(outcome ? { outcome } : {}), ...(caseId ? { caseId } : {}),
});
const notReached = (closedDate: string) => ({ attempts: [{ date: '2023-01-05', channel: 'phone', reached: false }], closedDate });

describe('return after close', () => {
  it('is a Kaplan–Meier estimate: a household followed only 20 days counts for 20 days', () => {
    const sample = records([
      signal('A', 'hA', '2023-01-01', notReached('2023-02-01')),
      signal('A2', 'hA', '2023-02-11'), // back after 10 days
      signal('C', 'hC', '2023-01-01', notReached('2023-02-01')),
      signal('C2', 'hC', '2023-03-03'), // back after 30 days
      signal('B', 'hB', '2023-03-01', notReached('2023-03-20')), // followed until asOf: 20 days, never back
    ]);
    const r = returnAfterClose(sample, groupCases(sample), { asOf: '2023-04-09', checkpoints: [10, 20, 30] })['not-reached'];
    expect(r.closed).toBe(3);
    expect(r.returned).toBe(2);
    expect(r.curve.map((p) => p.day)).toEqual([0, 10, 30]);
    expect(r.curve.map((p) => p.share)).toEqual([0, expect.closeTo(1 / 3, 12), expect.closeTo(1, 12)]);
    expect([r.at[10], r.at[20], r.at[30]]).toEqual([expect.closeTo(1 / 3, 12), expect.closeTo(1 / 3, 12), expect.closeTo(1, 12)]); // a naive count would say 2 of 3 by day 30
  });

  it('does not count a later signal of the same case as a return, and ignores cases not closed by asOf', () => {
    const sample = records([
      signal('A', 'hA', '2023-01-01', notReached('2023-02-01'), 'M1'),
      signal('A-update', 'hA', '2023-02-15', undefined, 'M1'), // same case, resent
      signal('D', 'hD', '2023-05-01', notReached('2023-06-30')), // closes after asOf
    ]);
    const r = returnAfterClose(sample, groupCases(sample), { asOf: '2023-05-31' })['not-reached'];
    expect(r).toMatchObject({ closed: 1, returned: 0 });
  });

  it('counts cases, not signals: a case of two signals with one outcome is one case', () => {
    const sample = records([
      signal('S1', 'h1', '2023-03-01', { attempts: '2023-03-04 phone yes', helpAccepted: true }, 'M1'),
      signal('S2', 'h1', '2023-03-03', undefined, 'M1'),
      signal('S3', 'h2', '2023-03-02', { attempts: '2023-03-05 letter no' }, 'M2'),
    ]);
    const f = researchFigures(sample);
    expect(f.signals).toBe(3);
    expect(f.cases).toBe(2);
    expect(f.outcomes['help-accepted'].count).toBe(1);
    expect(f.daysToReach).toMatchObject({ n: 1, median: 3 }); // from the case's first signal
    expect(f.letterOnly).toEqual({ cases: 1, notReached: 1 });
  });
});
