import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/model/index.js';
import { CHANNELS } from '../../src/triage/index.js';
import {
  comparePolicies, DEFAULT_REACH_ASSUMPTIONS, parseSampleRecord, replay, withReachRates, type SampleRecord, type SampleRecordInput,
} from '../../src/replay/index.js';
import { bundledRegister, bundledSample } from './helpers.js';

const asOf = '2024-01-31';

function record(input: SampleRecordInput): SampleRecord {
  const r = parseSampleRecord(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

const base = (id: string, extra: Partial<SampleRecordInput> = {}): SampleRecordInput => ({
  id, person: `p-${id}`, household: `h-${id}`, creditor: { id: 'ZV1', sector: 'health-insurance' }, receivedDate: '2023-03-06',
  debtor: { hasPhone: true }, address: { postcode: '1234' }, arrears: { total: '250.00' }, ...extra,
});

describe('replay on the bundled synthetic sample', () => {
  const sample = bundledSample();
  const register = bundledRegister();
  const result = replay(sample, { policy: 'M4', asOf, register });
  const f = result.figures;

  it('returns exactly one result per signal, in order', () => {
    expect(result.signals.map((s) => s.signalId)).toEqual(sample.map((r) => r.id));
    expect(Object.values(f.channels).reduce((a, b) => a + b, 0)).toBe(sample.length);
    expect(f.months[0]).toBe('2023-01');
  });

  it("keeps M4's monthly capacity of 20 home visits and 50 calls, sending the overflow on", () => {
    const visits = f.capacity.find((c) => c.channel === 'home-visit')!;
    expect(visits.perMonth).toBe(20);
    expect(Math.max(...visits.used)).toBeLessThanOrEqual(20);
    expect(visits.overflow).toBeGreaterThan(0);
    expect(visits.overflow).toBe(result.signals.filter((s) => s.triage.moves.some((m) => m.from === 'home-visit' && m.because === 'full')).length);
    expect(Math.max(...f.capacity.find((c) => c.channel === 'phone')!.used)).toBeLessThanOrEqual(50);
  });

  it('routes every crisis signal (eviction, end of supply) to the case directors', () => {
    const crisis = result.signals.filter((s) => s.kind === 'eviction-notice' || s.kind === 'end-of-supply');
    expect(crisis.length).toBe(f.crisis.signals);
    expect(f.crisis.signals).toBeGreaterThan(0);
    expect(f.crisis.channels).toEqual({ 'case-director': f.crisis.signals });
  });

  it('checks residents against the register: people who moved away are not found, residents are linked to themselves', () => {
    const inRegister = new Set(register.map((r) => r.id));
    let linked = 0;
    let wrong = 0;
    result.signals.forEach((s, i) => {
      const person = sample[i]!.person!;
      if (!inRegister.has(person)) expect(s.register?.decision, s.signalId).not.toBe('match');
      else if (s.register?.decision === 'match') (s.register.recordId === person ? linked++ : wrong++);
    });
    expect(wrong).toBe(0);
    expect(linked / result.signals.filter((_, i) => inRegister.has(sample[i]!.person!)).length).toBeGreaterThan(0.97);
    expect(f.register.outcomes['not-registered']).toBeGreaterThan(0);
  });

  it('detects matches, recidivism and draggers, and tells triage', () => {
    expect(f.labels['person-match']).toBeGreaterThan(0);
    expect(f.labels.dragger).toBeGreaterThan(0);
    expect(f.labels.recidivism).toBeGreaterThan(0);
    const match = result.signals.find((s) => s.detection.ok && s.detection.value.match.isMatch && s.triage.decided === 'home-visit');
    expect(match).toBeDefined(); // M4: a match gets a home visit
  });

  it("fills the study's table per channel from the outcomes, and checks the lifecycle deadlines", () => {
    expect(f.withOutcomes).toBe(sample.length);
    const total = Object.values(f.outcomesByChannel).reduce((n, o) => n + o['not-picked-up'] + o['not-reached'] + o['reached-no-help'] + o['help-accepted'], 0);
    expect(total).toBe(sample.length);
    const close = f.deadlines['autoClose']!;
    expect(close.met + close.missed + close.open).toBe(sample.filter((r) => r.outcome?.class !== 'not-picked-up').length);
  });
});

describe('replay on small samples', () => {
  it('judges the warm-referral deadline in working days: Friday 2 May 2025, Liberation Day on Monday, due Thursday 8 May', () => {
    const contact = (date: string) => record(base('W', { kind: 'warm-referral', receivedDate: '2025-05-02', outcome: { attempts: [{ date, channel: 'phone', reached: true }] } }));
    const due = (date: string) => replay([contact(date)], { policy: 'M4', asOf: '2025-06-30' }).signals[0]!.deadlines.find((d) => d.key === 'warmReferralContact')!;
    expect(due('2025-05-08')).toMatchObject({ due: '2025-05-08', status: 'met' });
    expect(due('2025-05-09').status).toBe('missed');
  });

  it('assesses eligibility where the record carries creditor fields', () => {
    const eligibility = (oldestDueDate: string) => ({ sector: 'water', arrears: { total: '180.00', oldestDueDate }, socialCollectionDone: true, reminders: { count: 1 }, debtHelpPointerGiven: true });
    const sample = [
      record(base('E1', { creditor: { id: 'W1', sector: 'water' }, eligibility: eligibility('2023-01-15') })),
      record(base('E2', { creditor: { id: 'W1', sector: 'water' }, eligibility: eligibility('2023-02-27') })), // 7 days overdue on 6 March
      record(base('E3')),
    ];
    const r = replay(sample, { policy: 'M4', asOf });
    expect(r.signals.map((s) => (s.eligibility?.ok ? s.eligibility.eligible : s.eligibility))).toEqual([true, false, null]);
    expect(r.figures.eligibility).toEqual({ assessed: 2, eligible: 1, notEligible: 1, invalid: 0 });
  });

  it('tells triage an earlier contact failed when the same person was not reached before (M3: then a home visit)', () => {
    const first = record(base('F1', { receivedDate: '2023-02-01', outcome: { attempts: '2023-02-03 phone no', closedDate: '2023-03-01' } }));
    const again = record(base('F2', { person: 'p-F1', household: 'h-F1', receivedDate: '2023-05-10' }));
    const r = replay([first, again], { policy: 'M3', asOf });
    expect(r.signals[1]!.triage.channel).toBe('home-visit');
  });

  it('rejects an unknown preset and a bad date with the field named', () => {
    expect(() => replay([], { policy: 'M9' as never, asOf })).toThrow(UsageError);
    try {
      replay([], { policy: 'M4', asOf: '31-01-2024' });
      expect.unreachable();
    } catch (e) {
      expect((e as UsageError).issues[0]!.field).toBe('asOf');
    }
  });
});

describe('comparePolicies', () => {
  const sample = bundledSample();
  const cmp = comparePolicies(sample, ['M4', 'M6'], { asOf });
  const [m4, m6] = cmp.sides;

  it('lists the signals that change channel, with the rules and why', () => {
    const changed = sample.filter((_, i) => m4.replay.signals[i]!.triage.channel !== m6.replay.signals[i]!.triage.channel);
    expect(cmp.changes.map((c) => c.signalId)).toEqual(changed.map((r) => r.id));
    expect(Object.values(cmp.transitions).reduce((a, b) => a + b, 0)).toBe(cmp.changes.length);
    for (const c of cmp.changes.slice(0, 50)) expect(c.from).not.toBe(c.to);
    expect(new Set(cmp.changes.map((c) => c.cause))).toContain('rule');
  });

  it('M6 gives all matches and housing signals a home visit, M4 keeps to 20 a month: M6 asks more home visits', () => {
    expect(m6.capacityNeeded['home-visit']).toBeGreaterThan(85);
    expect(m6.replay.figures.channels.phone ?? 0).toBe(0);
    expect(m6.capacityNeeded['home-visit']!).toBeGreaterThan(m4.replay.figures.capacity.find((c) => c.channel === 'home-visit')!.perMonth);
  });

  it('computes expected reach from the per-channel rates, which are parameters', () => {
    const expected = CHANNELS.reduce((sum, c) => sum + (m4.replay.figures.channels[c] ?? 0) * (DEFAULT_REACH_ASSUMPTIONS.reach[c]?.rate ?? 0), 0);
    expect(m4.expected.reached).toBeCloseTo(expected, 6);
    expect(DEFAULT_REACH_ASSUMPTIONS.reach.letter!.rate).toBeCloseTo(1 / 12);
    const noVisits = comparePolicies(sample, ['M4', 'M6'], { asOf, assumptions: withReachRates({ 'home-visit': 0 }, 'what if nobody opens the door') });
    expect(noVisits.sides[1].expected.reached).toBeLessThan(m6.expected.reached);
    expect(() => withReachRates({ phone: 1.5 }, 'impossible')).toThrow(RangeError);
  });
});
