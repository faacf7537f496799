import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SECTORS, SIGNAL_KINDS } from '../../src/model/index.js';
import { toDayNumber } from '../../src/model/internal.js';
import { compilePolicy, explainTriage, parseTriageInput, PRESETS, PRESET_NAMES, triage, triageBatch, type TriageInput } from '../../src/triage/index.js';
import { servingOrder } from '../../src/triage/order.js';
import { decisionsOf, input, matchOf, signal } from './helpers.js';

const m4 = compilePolicy(PRESETS.M4);

/** `count` matches of different amounts, received on the same day, ids M01…. */
function matches(count: number, amountOf: (i: number) => string = (i) => `${100 + i}.00`): TriageInput[] {
  return Array.from({ length: count }, (_, i) => input({ id: `M${String(i + 1).padStart(2, '0')}`, amount: amountOf(i) }, { match: matchOf() }));
}

describe('capacity and overflow (M4: 20 home visits, then e-mail)', () => {
  it('gives the 20 visits to the highest match amounts and e-mails the rest', () => {
    const batch = matches(25);
    const results = decisionsOf(triageBatch(batch, m4));
    const visited = results.filter((r) => r.channel === 'home-visit').map((r) => r.signalId);
    expect(visited).toHaveLength(20);
    // amounts 100..124: the five lowest (M01..M05) overflow
    const overflow = results.filter((r) => r.channel === 'email');
    expect(overflow.map((r) => r.signalId)).toEqual(['M01', 'M02', 'M03', 'M04', 'M05']);
    expect(overflow[0]!.moves).toEqual([{ from: 'home-visit', to: 'email', because: 'full', viaFallback: true, capacity: 20 }]);
    expect(overflow[0]!.rank).toBe(25);
  });

  it('serves crisis, then matches, then housing before other calls', () => {
    const batch: TriageInput[] = [
      ...Array.from({ length: 50 }, (_, i) => input({ id: `P${String(i).padStart(2, '0')}`, amount: '900.00' })),
      input({ id: 'H1', amount: '150.00', sector: 'housing' }),
      input({ id: 'C1', amount: '900.00', kind: 'eviction-notice', sector: 'housing' }),
    ];
    const results = decisionsOf(triageBatch(batch, m4));
    const byId = new Map(results.map((r) => [r.signalId, r]));
    expect(byId.get('H1')!.channel).toBe('phone');
    expect(byId.get('H1')!.rank).toBe(1); // crisis uses no capacity, so housing comes first
    expect(byId.get('C1')!.channel).toBe('case-director');
    expect(results.filter((r) => r.channel === 'phone')).toHaveLength(50);
    expect(results.filter((r) => r.moves.some((m) => m.because === 'full'))).toHaveLength(1);
  });

  it('breaks ties by received date, then id, then input position', () => {
    const batch = [
      input({ id: 'B', amount: '500.00', receivedDate: '2023-03-02' }, { match: matchOf() }),
      input({ id: 'A', amount: '500.00', receivedDate: '2023-03-02' }, { match: matchOf() }),
      input({ id: 'Z', amount: '500.00', receivedDate: '2023-03-01' }, { match: matchOf() }),
      input({ id: 'A', amount: '500.00', receivedDate: '2023-03-02' }, { match: matchOf() }),
    ];
    const results = decisionsOf(triageBatch(batch, m4, { capacities: { 'home-visit': 2 } }));
    expect(results.map((r) => [r.signalId, r.rank, r.channel])).toEqual([
      ['B', 4, 'email'], ['A', 2, 'home-visit'], ['Z', 1, 'home-visit'], ['A', 3, 'email'],
    ]);
  });

  it('is deterministic whatever the input order', () => {
    const batch = matches(30, (i) => `${100 + (i % 7)}.00`);
    const forward = decisionsOf(triageBatch(batch, m4, { capacities: { 'home-visit': 9 } }));
    const backward = decisionsOf(triageBatch([...batch].reverse(), m4, { capacities: { 'home-visit': 9 } })).reverse();
    expect(backward.map((r) => r.channel)).toEqual(forward.map((r) => r.channel));
  });

  it('a capacity of 0 sends everyone to the fallback; capacities are validated', () => {
    const results = decisionsOf(triageBatch(matches(3), m4, { capacities: { 'home-visit': 0 } }));
    expect(results.map((r) => r.channel)).toEqual(['email', 'email', 'email']);
    expect(() => decisionsOf(triageBatch(matches(1), m4, { capacities: { 'home-visit': -1 } }))).toThrow(/Invalid capacities: home-visit: Capacity must be 0 or more/);
  });

  it('a channel without a fallback goes to manual review when full', () => {
    const policy = compilePolicy({ ...PRESETS.M4, fallbacks: {} });
    const [second] = decisionsOf(triageBatch(matches(2), policy, { capacities: { 'home-visit': 1 } }));
    expect(second!.channel).toBe('manual-review');
    expect(second!.moves).toEqual([{ from: 'home-visit', to: 'manual-review', because: 'full', viaFallback: false, capacity: 1 }]);
  });
});

describe('raw input', () => {
  it('takes raw records and parsed inputs alike: one item per input, in order, issues for what does not parse', () => {
    const raw = { signal: { id: 'R1', creditor: { id: 'C', sector: 'water' }, receivedDate: '15-03-2023', debtor: { name: { surname: 'X' } }, address: { postcode: '1234 ab', houseNumber: '1' }, arrears: { total: '1.250,00' } }, context: { knownAtDebtHelp: 'ja' } };
    const items = triageBatch([raw, null, 'garbage', input({ id: 'P1', amount: '900.00' }), { signal: { id: 'X' } }, { ...raw, extra: 1 }], m4);
    expect(items.map((i) => [i.index, i.ok])).toEqual([[0, true], [1, false], [2, false], [3, true], [4, false], [5, false]]);
    expect(items[0]).toMatchObject({ ok: true, value: { signalId: 'R1', rule: 'known-at-debt-help' } });
    expect(items[4]!.ok || items[4]!.issues.map((e) => e.field)).toContain('signal.creditor');
    expect(items[5]!.ok || items[5]!.issues.map((e) => e.code)).toContain('unrecognized_keys');
  });

  it('a parsed input is frozen and taken as it is; a bad context value gives an issue with its path', () => {
    const parsed = parseTriageInput({ signal: input().signal, context: { recidivismMonths: '3', dragger: 'nee' } });
    expect(parsed.ok && parsed.value.context).toEqual({ recidivismMonths: 3, dragger: false });
    expect(parsed.ok && Object.isFrozen(parsed.value.signal.arrears)).toBe(true);
    const bad = parseTriageInput({ signal: input().signal, context: { ageYears: 200 } });
    expect(!bad.ok && bad.issues.map((e) => e.field)).toEqual(['context.ageYears']);
  });
});

describe('remaining capacity (M6: 85 visits, the rest to singles by amount)', () => {
  const m6 = compilePolicy(PRESETS.M6);
  it('fills leftover visits with the highest single amounts', () => {
    const batch = [
      ...Array.from({ length: 80 }, (_, i) => input({ id: `M${i}`, amount: '50.00' }, { match: matchOf() })),
      ...Array.from({ length: 10 }, (_, i) => input({ id: `S${i}`, amount: `${1000 + i * 10}.00` })),
    ];
    const results = decisionsOf(triageBatch(batch, m6));
    const upgraded = results.filter((r) => r.moves.some((m) => m.because === 'capacity-left'));
    expect(upgraded.map((r) => r.signalId).sort()).toEqual(['S5', 'S6', 'S7', 'S8', 'S9']);
    expect(results.filter((r) => r.channel === 'home-visit')).toHaveLength(85);
    expect(upgraded[0]!.executor).toBe('district-team');
    const explained = explainTriage(batch[85]!, m6, results[85]!);
    expect(explained.some((r) => r.code === 'triage.move.capacity-left')).toBe(true);
  });

  it('with all visits taken, singles keep their letter', () => {
    const batch = [
      ...Array.from({ length: 90 }, (_, i) => input({ id: `H${i}`, sector: 'housing' })),
      input({ id: 'S', amount: '9999.00' }),
    ];
    const results = decisionsOf(triageBatch(batch, m6));
    expect(results.at(-1)!.channel).toBe('letter');
    expect(results.filter((r) => r.channel === 'letter')).toHaveLength(6);
  });
});

const arbitraryInput = fc.record({
  id: fc.constantFrom('A', 'B', 'C', 'D'),
  cents: fc.integer({ min: 0, max: 300_000 }),
  sector: fc.constantFrom(...SECTORS),
  kind: fc.constantFrom(...SIGNAL_KINDS),
  phone: fc.boolean(),
  email: fc.boolean(),
  day: fc.integer({ min: 1, max: 28 }),
  isMatch: fc.boolean(),
  recidivismMonths: fc.option(fc.integer({ min: 0, max: 24 })),
  ageYears: fc.option(fc.integer({ min: 18, max: 90 }), { nil: undefined }),
  knownAtDebtHelp: fc.boolean(),
  dragger: fc.boolean(),
}).map((x): TriageInput => ({
  signal: signal({ id: x.id, amount: (x.cents / 100).toFixed(2), sector: x.sector, kind: x.kind, phone: x.phone, email: x.email, receivedDate: `2023-03-${String(x.day).padStart(2, '0')}` }),
  context: {
    ...(x.isMatch ? { match: matchOf(['water', x.sector]) } : {}),
    recidivismMonths: x.recidivismMonths,
    ...(x.ageYears !== undefined ? { ageYears: x.ageYears } : {}),
    knownAtDebtHelp: x.knownAtDebtHelp,
    dragger: x.dragger,
  },
}));

describe('batch invariants (property tests)', () => {
  it('one result per input, in input order; capacity never exceeded; unlimited results equal single triage', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PRESET_NAMES), fc.array(arbitraryInput, { maxLength: 60 }), fc.integer({ min: 0, max: 10 }), (name, batch, cap) => {
        const compiled = compilePolicy(PRESETS[name]);
        const results = decisionsOf(triageBatch(batch, compiled, { capacities: { 'home-visit': cap, phone: cap } }));
        expect(results).toHaveLength(batch.length);
        results.forEach((r, i) => expect(r.signalId).toBe(batch[i]!.signal.id));
        expect(results.filter((r) => r.channel === 'home-visit').length).toBeLessThanOrEqual(cap);
        expect(results.filter((r) => r.channel === 'phone').length).toBeLessThanOrEqual(cap);
        results.forEach((r, i) => {
          const single = triage(batch[i]!, compiled);
          expect(r.rule).toBe(single.rule);
          if (r.rank === null) expect(r).toEqual(single);
        });
      }),
      { numRuns: 150 },
    );
  });

  it('the explanation names the rule the compiled evaluator chose, and no earlier rule holds', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PRESET_NAMES), arbitraryInput, (name, item) => {
        const compiled = compilePolicy(PRESETS[name]);
        const result = triage(item, compiled);
        const reasons = explainTriage(item, compiled, result);
        const earlier = reasons.filter((r) => r.code === 'triage.condition.fails');
        const expectedEarlier = compiled.policy.rules.slice(0, result.ruleIndex < 0 ? undefined : result.ruleIndex).map((r) => r.id);
        expect(earlier.map((r) => r.values!['rule'])).toEqual(expectedEarlier);
        // the decision's own reasons name the same rules and the same failing conditions
        const own = result.reasons.filter((r) => r.code === 'triage.rule.not-applied');
        expect(own.map((r) => [r.values!['rule'], r.values!['condition']])).toEqual(earlier.map((r) => [r.values!['rule'], r.values!['condition']]));
        if (result.ruleIndex >= 0) expect(reasons.filter((r) => r.code === 'triage.condition.holds').length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('serving order', () => {
  const reference = (priority: number[], batch: TriageInput[]) =>
    priority
      .map((_, m) => m)
      .sort((a, b) => priority[b]! - priority[a]! || batch[a]!.signal.receivedDate.localeCompare(batch[b]!.signal.receivedDate) || (batch[a]!.signal.id < batch[b]!.signal.id ? -1 : batch[a]!.signal.id > batch[b]!.signal.id ? 1 : a - b));

  it('packed and comparator sorts both give priority, then date, then id, then position', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ p: fc.integer({ min: 0, max: 3 }), day: fc.integer({ min: 1, max: 3 }), id: fc.constantFrom('a', 'b', 'c') }), { maxLength: 80 }), fc.constantFrom(4, 52), (rows, keyBits) => {
        const batch = rows.map((r) => input({ id: r.id, receivedDate: `2023-03-0${r.day}` }));
        const priority = Float64Array.from(rows, (r) => r.p);
        const order = servingOrder(priority, keyBits, rows.length, Int32Array.from(batch, (b) => toDayNumber(b.signal.receivedDate)), batch.map((b) => b.signal.id));
        expect(Array.from(order)).toEqual(reference(Array.from(priority), batch));
      }),
      { numRuns: 200 },
    );
  });
});
