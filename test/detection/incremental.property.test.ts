import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDetectionState, detectIncremental, detectMatches, type DetectionResult, type DetectionState } from '../../src/detection/index.js';
import { monthDate, signal, type SignalSpec } from './fixtures.js';

/** Residents of the random streams: some found in the register, some only by name (spelled two ways). */
const PEOPLE = [
  { person: 'P1', surname: 'Jansen', initials: 'A.', birthDate: '1980-05-17', postcode: '2011AB', houseNumber: 12 },
  { person: 'P2', surname: 'Bakker', initials: 'B.', birthDate: '1982-02-03', postcode: '2011AB', houseNumber: 12 },
  { person: 'P3', surname: 'de Vries', initials: 'C.', birthDate: '1990-10-10', postcode: '2012CD', houseNumber: 3 },
  { surname: 'Kluijt', initials: 'D.', birthDate: '1975-08-30', postcode: '2013EF', houseNumber: 7 },
  { surname: 'Kluyt', initials: 'D.', birthDate: '1975-08-30', postcode: '2013EF', houseNumber: 7 },
  { surname: 'Kluit', initials: 'E.', birthDate: '01-01-2000', postcode: '2013EF', houseNumber: 7 },
  { surname: 'Öztürk', initials: 'F.', postcode: '2012CD', houseNumber: 3 },
  // P1 again, not found in the register: joins P1 only where P1 entered the identity block.
  { surname: 'Janssen', initials: 'A.', birthDate: '1980-05-17', postcode: '2011AB', houseNumber: 12 },
] as const;
const CREDITORS = ['ZV-A', 'ZV-B', 'EN-A', 'WA-A', 'WO-A'] as const;
const KINDS = ['early', 'early', 'early', 'end-of-supply', 'warm-referral', 'eviction-notice', 'cak-list'] as const;

type SpecRecord = { who: number; creditor: string; month: number; day: number; kind: (typeof KINDS)[number]; debt: number | undefined; cents: number };
const specArb: fc.Arbitrary<SpecRecord> = fc.record({
  who: fc.nat(PEOPLE.length - 1),
  creditor: fc.constantFrom(...CREDITORS),
  month: fc.nat(17),
  day: fc.integer({ min: 1, max: 28 }),
  kind: fc.constantFrom(...KINDS),
  debt: fc.option(fc.nat(3), { nil: undefined }),
  cents: fc.integer({ min: 100, max: 200_000 }),
});

function toSpecs(raw: readonly SpecRecord[]): SignalSpec[] {
  return raw.map((r, k) => ({
    ...PEOPLE[r.who]!,
    id: `S${k}`,
    date: monthDate('2022-02', r.month, r.day),
    creditor: r.creditor,
    kind: r.kind,
    amount: (r.cents / 100).toFixed(2),
    ...(r.debt === undefined ? {} : { due: monthDate('2022-01', Math.max(0, r.month - r.debt), 1) }),
  }));
}

/** Run month by month (batches in date order, input order kept within each), with the state through JSON. */
function monthByMonth(inputs: readonly unknown[], dates: readonly string[], options = {}): DetectionResult[] {
  const months = [...new Set(dates.map((d) => d.slice(0, 7)))].sort();
  const out = new Array<DetectionResult>(inputs.length);
  let state: DetectionState = createDetectionState();
  for (const month of months) {
    const positions = dates.flatMap((d, i) => (d.startsWith(month) ? [i] : []));
    const step = detectIncremental(positions.map((i) => inputs[i]), { ...options, state });
    positions.forEach((p, k) => (out[p] = { ...step.items.at(k)!, index: p }));
    state = JSON.parse(JSON.stringify(step.state)) as DetectionState;
  }
  return out;
}

describe('incremental detection equals batch detection', () => {
  it('month by month with a JSON state gives exactly the results of one batch run', () => {
    fc.assert(
      fc.property(fc.array(specArb, { maxLength: 60 }), fc.boolean(), (raw, households) => {
        const specs = toSpecs(raw);
        const inputs = specs.map(signal);
        const options = { householdMatches: households };
        const batch = [...detectMatches(inputs, options)];
        expect(monthByMonth(inputs, specs.map((s) => s.date), options)).toEqual(batch);
      }),
      { numRuns: 150 },
    );
  });

  it('returns one result per input, in input order, invalid inputs included', () => {
    fc.assert(
      fc.property(fc.array(specArb, { maxLength: 30 }), fc.array(fc.nat(40), { maxLength: 5 }), (raw, holes) => {
        const inputs: unknown[] = toSpecs(raw).map(signal);
        for (const h of holes) inputs.splice(Math.min(h, inputs.length), 0, { id: 'broken' });
        const results = [...detectMatches(inputs)];
        expect(results).toHaveLength(inputs.length);
        results.forEach((r, i) => {
          const input = inputs[i] as { id: string; kind?: string };
          expect(r.index).toBe(i);
          if (input.kind === undefined) expect(r.ok).toBe(false);
          else expect(r.ok && r.value.signalId).toBe(input.id);
        });
      }),
    );
  });

  it('keeps the state small: only signals any window can still reach', () => {
    const specs = Array.from({ length: 30 }, (_, k): SignalSpec => ({ id: `M${k}`, date: monthDate('2021-01', k), creditor: 'ZV-A', person: 'P1' }));
    const { state } = detectIncremental(specs.map(signal), { state: createDetectionState() });
    expect(state.lastDate).toBe('2023-06-15');
    expect(state.signals.length).toBeLessThanOrEqual(9);
    expect(state.signals[0]![1] >= '2022-09-01').toBe(true);
  });
});
