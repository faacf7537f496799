import { describe, expect, it } from 'vitest';
import {
  createDetectionState, detectIncremental, detectMatches, parseDetectionState, type DetectionState,
} from '../../src/detection/index.js';
import { monthDate, signal, type SignalSpec } from './fixtures.js';

/** Two months of signals: a match, an update chain and a resident without a register id. */
const specs: SignalSpec[] = [
  { id: 'E1', date: '2023-03-02', creditor: 'EN-A', person: 'P1' },
  { id: 'Z1', date: '2023-03-10', creditor: 'ZV-A', person: 'P2', due: '2023-01-01' },
  { id: 'K1', date: '2023-03-15', creditor: 'WA-A', surname: 'Kluijt', birthDate: '1980-05-17', postcode: '2013EF' },
  { id: 'Z2', date: '2023-04-10', creditor: 'ZV-A', person: 'P2', due: '2023-01-01' },
  { id: 'W1', date: '2023-04-12', creditor: 'WA-A', person: 'P1' },
];
const march = specs.slice(0, 3).map(signal);
const april = specs.slice(3).map(signal);
const afterMarch = detectIncremental(march, { state: createDetectionState() }).state;
const afterApril = detectIncremental(april, { state: afterMarch }).state;

/** A copy of a valid state with one change, as a careless editor or a broken export would make it. */
function edited(change: (s: { lastDate: string | null; signals: unknown[][]; identities: unknown[][] }) => void): unknown {
  const copy = JSON.parse(JSON.stringify(afterApril)) as { lastDate: string | null; signals: unknown[][]; identities: unknown[][] };
  change(copy);
  return copy;
}

function codes(input: unknown): string[] {
  const r = parseDetectionState(input);
  return r.ok ? [] : r.issues.map((i) => `${i.field}:${i.code}`);
}

describe('the detection state is read by the reading kernel and checked whole (issue 14, item 5)', () => {
  it('accepts the states detection writes', () => {
    expect(codes(afterMarch)).toEqual([]);
    expect(codes(afterApril)).toEqual([]);
    expect(codes(createDetectionState())).toEqual([]);
    expect(afterApril.signals.map((s) => s[0])).toEqual(['E1', 'Z1', 'K1', 'Z2', 'W1']);
    expect(afterApril.signals[3]![7]).toBe(1); // Z2 updates Z1: its chain points to Z1's position
  });

  it('refuses a last date that is no date: 9999-99-99 and 2023-13-45', () => {
    expect(codes(edited((s) => (s.lastDate = '9999-99-99')))).toEqual(['lastDate:invalid_date']);
    expect(codes(edited((s) => (s.lastDate = '2023-13-45')))).toEqual(['lastDate:invalid_date']);
    expect(codes(edited((s) => (s.signals[1]![1] = '2023-02-30')))).toContain('signals[1][1]:invalid_date');
  });

  it('refuses a last date that is a real date but not the last signal\'s (it would prune every signal)', () => {
    expect(codes(edited((s) => (s.lastDate = '9999-12-31')))).toEqual(['lastDate:invalid_last_date']);
  });

  it('refuses signals in reversed order', () => {
    expect(codes(edited((s) => s.signals.reverse()))).toContain('signals[1][1]:out_of_order');
  });

  it('refuses duplicate ids', () => {
    expect(codes(edited((s) => (s.signals[1]![0] = 'E1')))).toEqual(['signals[1][0]:duplicate_id']);
  });

  it('refuses emptied identities, identities of unknown residents, and chains that leave their resident', () => {
    expect(codes(edited((s) => (s.identities = [])))).toEqual(['identities:missing_identity']);
    expect(codes(edited((s) => (s.identities[0]![1] = 'fuzzy:nobody')))).toContain('identities[0][1]:unknown_person');
    expect(codes(edited((s) => (s.signals[3]![7] = 0)))).toEqual(['signals[3][7]:invalid_chain']);
    expect(codes(edited((s) => (s.signals[3]![7] = 4)))).toEqual(['signals[3][7]:invalid_chain']);
  });

  it('refuses inexact amounts and never repeats a value in its messages', () => {
    const bad = edited((s) => (s.signals[0]![6] = '1e308'));
    expect(codes(bad)).toEqual(['signals[0][6]:invalid_amount']);
    const r = parseDetectionState(edited((s) => (s.signals[0]![2] = 'BSN-123456782')));
    expect(JSON.stringify(r)).not.toContain('123456782');
  });

  it('detectIncremental throws a UsageError for a state parseDetectionState refuses', () => {
    expect(() => detectIncremental(april, { state: edited((s) => (s.lastDate = '9999-99-99')) as DetectionState })).toThrow(/lastDate/);
  });
});

describe('running a month that is already in the state (issue 14, item 5)', () => {
  it('is refused signal by signal and leaves the state as it was', () => {
    const again = detectIncremental(april, { state: afterApril });
    expect([...again.items].map((i) => (i.ok ? 'ok' : i.issues[0]!.code))).toEqual(['duplicate_id', 'duplicate_id']);
    expect(again.state).toEqual(afterApril);
  });

  it('still takes the new signals of a batch that repeats some', () => {
    const next = signal({ id: 'E2', date: '2023-04-20', creditor: 'EN-A', person: 'P1' });
    const mixed = detectIncremental([...april, next], { state: afterApril });
    expect([...mixed.items].map((i) => (i.ok ? i.value.labels.join('+') : i.issues[0]!.code))).toEqual(['duplicate_id', 'duplicate_id', 'person-match+update+recidivism']);
    expect(mixed.state.signals.filter((s) => s[0] === 'E2')).toHaveLength(1);
  });

  it('a batch run refuses the same record twice (same id, resident and day) and labels the rest as without it', () => {
    const items = [...detectMatches([...march, march[0]])];
    expect(items.map((i) => (i.ok ? i.value.signalId : i.issues[0]!.code))).toEqual(['E1', 'Z1', 'K1', 'duplicate_id']);
    expect(items.slice(0, 3)).toEqual([...detectMatches(march)]);
  });

  it('a long run keeps a state that reads back at every step', () => {
    let state = createDetectionState();
    for (let m = 0; m < 14; m++) {
      const batch = ['ZV-A', 'EN-A', 'WA-A'].map((creditor, k) => signal({ id: `${creditor}-${m}`, date: monthDate('2022-01', m, 5 + k), creditor, person: `P${k % 2}`, due: monthDate('2021-12', m, 1) }));
      state = detectIncremental(batch, { state }).state;
      expect(codes(JSON.parse(JSON.stringify(state)))).toEqual([]);
    }
  });
});
