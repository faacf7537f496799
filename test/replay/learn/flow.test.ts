/**
 * The exact assignment under capacities: the minimum-cost flow against brute force on small
 * problems, and its shadow prices against the optimality conditions of the LP.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solveTransport } from '../../../src/replay/learn/flow.js';

/** The best value by trying every split of every source over the channels (tiny problems only). */
function bruteForce(supply: readonly number[], capacity: readonly number[], value: readonly (readonly (number | null)[])[]): number {
  let best = -Infinity;
  const used = capacity.map(() => 0);
  const visit = (s: number, acc: number): void => {
    if (s === supply.length) {
      best = Math.max(best, acc);
      return;
    }
    const splits = (left: number, c: number, sum: number): void => {
      if (c === capacity.length - 1) {
        if (left > 0 && value[s]![c] === null) return;
        if (used[c]! + left > capacity[c]!) return;
        used[c]! += left;
        visit(s + 1, sum + left * (value[s]![c] ?? 0));
        used[c]! -= left;
        return;
      }
      for (let k = 0; k <= left; k++) {
        if (k > 0 && (value[s]![c] === null || used[c]! + k > capacity[c]!)) break;
        used[c]! += k;
        splits(left - k, c + 1, sum + k * (value[s]![c] ?? 0));
        used[c]! -= k;
      }
    };
    splits(supply[s]!, 0, acc);
  };
  visit(0, 0);
  return best;
}

const rate = fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 1000 }).map((x) => x / 1000));

describe('solveTransport', () => {
  it('finds the optimum that brute force finds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 2, maxLength: 2 }),
        fc.array(fc.array(rate, { minLength: 3, maxLength: 3 }), { minLength: 4, maxLength: 4 }),
        (supply, caps, values) => {
          // The last channel is unlimited and allowed everywhere, as a letter is.
          const value = supply.map((_, s) => [values[s]![0]!, values[s]![1]!, values[s]![2] ?? 0]);
          const capacity = [...caps, Infinity];
          const solved = solveTransport({ supply, capacity, value });
          expect(solved.unrouted.every((u) => u === 0)).toBe(true);
          expect(solved.value).toBeCloseTo(bruteForce(supply, capacity.map((c) => (c === Infinity ? 99 : c)), value), 9);
          solved.flow.forEach((row, s) => expect(row.reduce((a, b) => a + b, 0)).toBe(supply[s]));
          capacity.forEach((cap, c) => expect(solved.flow.reduce((a, row) => a + row[c]!, 0)).toBeLessThanOrEqual(cap));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives the visits where they gain most over the alternative, and prices a full channel at the marginal gain', () => {
    // Stratum 0 gains 0.2 from a visit over a letter, stratum 1 gains 0.05: the 5 visits go to stratum 0.
    const r = solveTransport({ supply: [10, 10], capacity: [5, Infinity], value: [[0.3, 0.1], [0.2, 0.15]] });
    expect(r.flow).toEqual([[5, 5], [0, 10]]);
    expect(r.value).toBeCloseTo(3.5, 12);
    expect(r.prices[0]).toBeCloseTo(0.2, 9);
    expect(r.prices[1]).toBe(0);
  });

  it('prices satisfy the optimality conditions: every used channel is best net of its price', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 2, maxLength: 12 }),
        fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 2, maxLength: 2 }),
        fc.array(fc.array(fc.integer({ min: 0, max: 1000 }).map((x) => x / 1000), { minLength: 3, maxLength: 3 }), { minLength: 12, maxLength: 12 }),
        (supply, caps, values) => {
          const value = supply.map((_, s) => values[s]!);
          const r = solveTransport({ supply, capacity: [...caps, Infinity], value });
          r.flow.forEach((row, s) => {
            const net = value[s]!.map((v, c) => v - r.prices[c]!);
            const best = Math.max(...net);
            row.forEach((units, c) => {
              if (units > 0) expect(net[c]).toBeGreaterThanOrEqual(best - 1e-6);
            });
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('leaves units unrouted when no allowed channel has room', () => {
    const r = solveTransport({ supply: [3], capacity: [2], value: [[0.5]] });
    expect(r.flow).toEqual([[2]]);
    expect(r.unrouted).toEqual([1]);
  });
});
