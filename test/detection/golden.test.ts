import { describe, expect, it } from 'vitest';
import { detectMatches, type DetectionResult, type SignalDetection } from '../../src/detection/index.js';
import { monthDate, signal, type SignalSpec } from './fixtures.js';

/** Detect and return the successful results (the golden inputs are all valid). */
function detect(specs: readonly SignalSpec[], options = {}): SignalDetection[] {
  return detectMatches(specs.map(signal), options).map((r: DetectionResult) => {
    if (!r.ok) throw new Error('unexpected invalid golden signal');
    return r;
  });
}

function reasonOf(r: SignalDetection, code: string) {
  return r.reasons.filter((x) => x.code === code);
}

describe('updates: an insurer re-sends the same debt monthly until the formal notice (De signaalreis, bijlage 1)', () => {
  const results = detect([1, 2, 3, 4].map((n) => ({
    id: `ZV${n}`, date: monthDate('2023-01', n - 1, 10), creditor: 'ZV-A', person: 'P1', due: '2022-12-01', amount: `${150 * n}.00`,
  })));

  it('labels the first single and every resend an update of the previous one, never a match', () => {
    expect(results.map((r) => r.labels)).toEqual([['single'], ['single', 'update'], ['single', 'update'], ['single', 'update']]);
    expect(results.map((r) => r.update.previousSignalId)).toEqual([null, 'ZV1', 'ZV2', 'ZV3']);
    expect(results.every((r) => !r.match.isMatch && r.match.creditorCount === 1)).toBe(true);
  });

  it('counts only the newest amount of the creditor and is not recidivism (same debt)', () => {
    expect(results[3]!.match.totalAmount).toBe('600.00');
    expect(results.some((r) => r.recidivism.isRecidivist)).toBe(false);
    expect(reasonOf(results[2]!, 'update.same-debt')[0]).toMatchObject({ outcome: 'pass', values: { previousSignalId: 'ZV2', previousDate: '2023-02-10', previousAmount: '300.00' } });
  });

  it('treats a new oldest due date as a new debt: recidivism, not an update', () => {
    const [, second] = detect([
      { id: 'A', date: '2023-01-10', creditor: 'ZV-A', person: 'P1', due: '2022-12-01' },
      { id: 'B', date: '2023-02-10', creditor: 'ZV-A', person: 'P1', due: '2023-01-01' },
    ]);
    expect(second!.labels).toEqual(['single', 'recidivism']);
    expect(second!.recidivism).toMatchObject({ previousSignalId: 'A', monthsSince: 1 });
  });
});

describe('matches: two or more different creditors within the window (De signaalreis: matches, "pure matches")', () => {
  it('two creditors about one resident within 3 months make a person match naming both', () => {
    const [first, second] = detect([
      { id: 'E1', date: '2023-01-20', creditor: 'EN-A', person: 'P1', amount: '300.00' },
      { id: 'W1', date: '2023-04-20', creditor: 'WA-A', person: 'P1', amount: '80.50' },
    ]);
    expect(first!.labels).toEqual(['single']);
    expect(second!.labels).toEqual(['person-match', 'recidivism']);
    expect(second!.match).toMatchObject({
      isMatch: true, level: 'person', creditorCount: 2, creditorIds: ['WA-A', 'EN-A'], partnerSignalIds: ['E1'],
      partnerDates: ['2023-01-20'], sectors: ['energy', 'water'], totalAmount: '380.50', windowStart: '2023-01-20',
    });
    expect(reasonOf(second!, 'match.person')[0]).toMatchObject({ outcome: 'pass', values: { creditorIds: 'WA-A, EN-A', partnerSignalIds: 'E1', partnerDates: '2023-01-20' } });
  });

  it('a partner signal one day beyond the window leaves the signal single', () => {
    const [, second] = detect([
      { id: 'E1', date: '2023-01-19', creditor: 'EN-A', person: 'P1' },
      { id: 'W1', date: '2023-04-20', creditor: 'WA-A', person: 'P1' },
    ]);
    expect(second!.match.isMatch).toBe(false);
  });

  it('two partners at one address: household match, each person single', () => {
    const [energy, housing] = detect([
      { id: 'E1', date: '2023-03-03', creditor: 'EN-A', person: 'P1', surname: 'Jansen' },
      { id: 'H1', date: '2023-03-10', creditor: 'WO-A', person: 'P2', surname: 'Bakker' },
    ]);
    expect(energy!.labels).toEqual(['single']);
    expect(housing!.labels).toEqual(['household-match']);
    expect(housing!.match).toMatchObject({ isMatch: true, level: 'household', creditorCount: 2, partnerSignalIds: ['E1'] });
    expect(housing!.person).not.toBe(energy!.person);
    expect(housing!.household).toBe(energy!.household);
    expect(reasonOf(housing!, 'match.person')[0]).toMatchObject({ outcome: 'fail', values: { creditorCount: 1 } });
    expect(reasonOf(housing!, 'match.household')[0]!.outcome).toBe('pass');
  });

  it('signals received on the same day see each other', () => {
    const results = detect([
      { id: 'E1', date: '2023-03-10', creditor: 'EN-A', person: 'P1' },
      { id: 'H1', date: '2023-03-10', creditor: 'WO-A', person: 'P2' },
    ]);
    expect(results.map((r) => r.labels)).toEqual([['household-match'], ['household-match']]);
  });

  it('household matches can be switched off, and an explicit household id overrides the address', () => {
    const specs: SignalSpec[] = [
      { id: 'E1', date: '2023-03-03', creditor: 'EN-A', person: 'P1' },
      { id: 'H1', date: '2023-03-10', creditor: 'WO-A', person: 'P2' },
    ];
    expect(detect(specs, { householdMatches: false })[1]!.labels).toEqual(['single']);
    const split = detect(specs.map((s, k) => ({ ...s, household: `HH${k}` })));
    expect(split[1]!.labels).toEqual(['single']);
    expect(split[1]!.household).toBe('household:HH1');
  });
});

describe('recidivism: signalled again within 6 months (De signaalreis, gemeente 4)', () => {
  const at = (months: number) =>
    detect([
      { id: 'FIRST', date: '2023-01-15', creditor: 'ZV-A', person: 'P1', due: '2022-12-01' },
      { id: 'AGAIN', date: monthDate('2023-01', months), creditor: 'EN-A', person: 'P1' },
    ])[1]!;

  it('at 5 months it is recidivism and names the earlier signal', () => {
    const r = at(5);
    expect(r.labels).toContain('recidivism');
    expect(r.recidivism).toEqual({ isRecidivist: true, previousSignalId: 'FIRST', previousDate: '2023-01-15', previousCreditorId: 'ZV-A', monthsSince: 5 });
    expect(reasonOf(r, 'recidivism.within-months')[0]).toMatchObject({ outcome: 'pass', values: { previousSignalId: 'FIRST', previousCreditorId: 'ZV-A', monthsSince: 5 } });
  });

  it('at 6 months it still is; at 7 months it is not', () => {
    expect(at(6).recidivism.isRecidivist).toBe(true);
    expect(at(7).recidivism.isRecidivist).toBe(false);
    expect(at(7).labels).toEqual(['single']);
  });

  it('follows the window parameter', () => {
    const specs: SignalSpec[] = [
      { id: 'FIRST', date: '2023-01-15', creditor: 'ZV-A', person: 'P1' },
      { id: 'AGAIN', date: '2023-06-15', creditor: 'EN-A', person: 'P1' },
    ];
    expect(detect(specs, { recidivismMonths: 3 })[1]!.recidivism.isRecidivist).toBe(false);
  });
});

describe('draggers: signalled almost monthly (De signaalreis, casus 1: 22 times since February 2022)', () => {
  const results = detect(Array.from({ length: 22 }, (_, k) => ({
    id: `C${k + 1}`, date: monthDate('2022-02', k, 20), creditor: 'ZV-A', person: 'P1', due: monthDate('2022-01', k, 1), amount: '212.85',
  })));

  it('becomes a dragger from the 6th monthly signal and stays one', () => {
    expect(results.map((r) => r.dragger.isDragger)).toEqual(Array.from({ length: 22 }, (_, k) => k >= 5));
    expect(results.map((r) => r.dragger.monthsSignalled)).toEqual(Array.from({ length: 22 }, (_, k) => Math.min(k + 1, 8)));
    expect(results[21]!.labels).toEqual(['single', 'recidivism', 'dragger']);
  });

  it('each month is a new debt, so recidivism after the previous month', () => {
    expect(results[21]!.recidivism).toMatchObject({ previousSignalId: 'C21', monthsSince: 1 });
    expect(results.some((r) => r.update.isUpdate)).toBe(false);
  });

  it('a gap of three months ends it (5 of the last 8 months)', () => {
    const gap = detect([0, 1, 2, 3, 4, 5, 9].map((k) => ({ id: `G${k}`, date: monthDate('2022-02', k), creditor: 'ZV-A', person: 'P1', due: monthDate('2022-01', k, 1) })));
    expect(gap.map((r) => r.dragger.isDragger)).toEqual([false, false, false, false, false, true, false]);
    expect(gap[6]!.dragger.monthsSignalled).toBe(5);
  });
});

describe('same-day handling: crisis signals and warm referrals (De signaalreis, gemeente 3 and 4)', () => {
  it.each([
    ['end-of-supply', 'crisis'],
    ['eviction-notice', 'crisis'],
    ['warm-referral', 'warm-referral'],
  ] as const)('%s is flagged %s for the same day', (kind, label) => {
    const [r] = detect([{ id: 'X', date: '2023-03-10', creditor: 'EN-A', person: 'P1', kind }]);
    expect(r!.labels).toContain(label);
    expect(r!.urgency).toEqual({ sameDay: true, reason: label });
  });

  it('an early signal or a CAK-list entry is not', () => {
    const results = detect([
      { id: 'X', date: '2023-03-10', creditor: 'EN-A', person: 'P1' },
      { id: 'Y', date: '2023-03-10', creditor: 'CAK', sector: 'health-insurance', person: 'P2', kind: 'cak-list' },
    ]);
    expect(results.map((r) => r.urgency.sameDay)).toEqual([false, false]);
  });
});

describe('fuzzy identity for residents without a register id', () => {
  it('joins spellings with the same Dutch phonetic key, postcode and birth date (Kluijt = Kluyt)', () => {
    const [a, b] = detect([
      { id: 'A', date: '2023-03-01', creditor: 'EN-A', surname: 'Kluijt', birthDate: '1980-05-17' },
      { id: 'B', date: '2023-03-20', creditor: 'WA-A', surname: 'Kluyt', birthDate: '1980-05-17' },
    ]);
    expect(b!.person).toBe(a!.person);
    expect(a!.person).toBe('fuzzy:A');
    expect(b!.labels).toEqual(['person-match']);
    expect(reasonOf(b!, 'identity.fuzzy')).toHaveLength(1);
  });

  it('keeps residents with different birth dates apart (household match, not person match)', () => {
    const [a, b] = detect([
      { id: 'A', date: '2023-03-01', creditor: 'EN-A', surname: 'Jansen', birthDate: '1980-05-17' },
      { id: 'B', date: '2023-03-20', creditor: 'WA-A', surname: 'Jansen', birthDate: '2004-11-02' },
    ]);
    expect(b!.person).not.toBe(a!.person);
    expect(b!.labels).toEqual(['household-match']);
  });

  it('treats the 1-1-2000 placeholder as no evidence and joins a resident found in the register', () => {
    const [a, b] = detect([
      { id: 'A', date: '2023-03-01', creditor: 'EN-A', surname: 'Öztürk', birthDate: '1975-08-30', person: 'P9' },
      { id: 'B', date: '2023-03-20', creditor: 'ZV-A', surname: 'Ozturk', birthDate: '01-01-2000' },
    ]);
    expect(b!.person).toBe('register:P9');
    expect(a!.person).toBe('register:P9');
    expect(b!.labels).toEqual(['person-match']);
  });
});
