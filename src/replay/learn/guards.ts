/**
 * The assignment with its guards: the exact transportation solution (see `flow.ts`) with a floor
 * on the expected reach of every subgroup (an age band, a sector, an amount band): no subgroup
 * may lose more than a set number of points of reach against the current policy. Floors are side
 * constraints a flow cannot hold, so they enter as Lagrange multipliers: a subgroup below its
 * floor gets a bonus per resident reached, raised until the floor holds; each round's relaxation
 * gives an upper bound on the guarded optimum, so the gap to it is known. Should the bonuses
 * not suffice (floors that capacity cannot meet), the strata of the subgroups still below their
 * floor keep their current channels, which meets every floor by construction.
 * @module
 */
import { solveTransport } from './flow.js';

/** The assignment problem over strata, with what the guards need. */
export interface GuardedProblem {
  /** Signals per stratum that may move (whole numbers, over the whole sample period). */
  readonly supply: readonly number[];
  /** Capacity per channel over the sample period (whole numbers, or Infinity). */
  readonly capacity: readonly number[];
  /** Objective value per signal of stratum s on channel c, or null when c may not be used there. */
  readonly value: readonly (readonly (number | null)[])[];
  /** Expected reach per signal of stratum s on channel c (null where `value` is null). */
  readonly reach: readonly (readonly (number | null)[])[];
  /** The current assignment: signals of stratum s on channel c (a feasible point). */
  readonly current: readonly (readonly number[])[];
  /** Subgroups: the strata of each. */
  readonly groups: readonly (readonly number[])[];
  /** Largest loss of reach (as a share, 0.05 = 5 points) a subgroup may take. */
  readonly maxLoss: number;
}

/** The guarded assignment. */
export interface GuardedSolution {
  /** Signals per stratum per channel. */
  readonly flow: readonly (readonly number[])[];
  /** Summed objective value. */
  readonly value: number;
  /** An upper bound on the best value any assignment within the guards can reach. */
  readonly bound: number;
  /** Shadow price per channel in the final round (objective per unit of capacity). */
  readonly prices: readonly number[];
  /** Final multiplier per subgroup (0 when its floor did not bind). */
  readonly multipliers: readonly number[];
  /** Strata that kept their current channels because their subgroup's floor could not be met otherwise. */
  readonly pinned: readonly number[];
  /** Rounds of multiplier updates. */
  readonly rounds: number;
}

/** Expected reach of a subgroup under an assignment (residents reached, summed). */
function reachOf(p: GuardedProblem, flow: readonly (readonly number[])[], group: readonly number[]): number {
  let sum = 0;
  for (const s of group) flow[s]!.forEach((units, c) => (sum += units * (p.reach[s]![c] ?? 0)));
  return sum;
}

function valueOf(p: GuardedProblem, flow: readonly (readonly number[])[]): number {
  let sum = 0;
  flow.forEach((row, s) => row.forEach((units, c) => (sum += units * (p.value[s]![c] ?? 0))));
  return sum;
}

const MAX_ROUNDS = 40;
const FIRST_BONUS = 0.02;

/** Solve the assignment within capacities and subgroup floors. */
export function solveGuarded(p: GuardedProblem): GuardedSolution {
  const S = p.supply.length;
  const C = p.capacity.length;
  const mass = p.groups.map((g) => g.reduce((a, s) => a + p.supply[s]!, 0));
  const floors = p.groups.map((g, i) => reachOf(p, p.current, g) - p.maxLoss * mass[i]!);
  const below = (flow: readonly (readonly number[])[]): number[] =>
    p.groups.flatMap((g, i) => (reachOf(p, flow, g) < floors[i]! - 1e-9 ? [i] : []));
  const mu = new Array<number>(p.groups.length).fill(0);
  const pinned = new Set<number>();
  let bound = Infinity;
  let rounds = 0;
  for (;;) {
    const bonus = new Array<number>(S).fill(0);
    p.groups.forEach((g, i) => g.forEach((s) => (bonus[s] = bonus[s]! + mu[i]!)));
    // Pinned strata keep their current channels: they leave the flow and use up their capacity.
    const capacity = p.capacity.map((cap, c) => cap - [...pinned].reduce((a, s) => a + p.current[s]![c]!, 0));
    const solved = solveTransport({
      supply: p.supply.map((n, s) => (pinned.has(s) ? 0 : n)),
      capacity,
      value: p.value.map((row, s) => row.map((v, c) => (v === null ? null : v + bonus[s]! * (p.reach[s]![c] ?? 0)))),
    });
    const flow = solved.flow.map((row, s) => (pinned.has(s) ? [...p.current[s]!] : [...row]));
    if (pinned.size === 0) {
      const penalty = mu.reduce((a, m, i) => a + m * floors[i]!, 0);
      bound = Math.min(bound, solved.value - penalty);
    }
    const violated = below(flow);
    if (violated.length === 0) {
      return { flow, value: valueOf(p, flow), bound: Math.max(bound, valueOf(p, flow)), prices: solved.prices, multipliers: mu, pinned: [...pinned].sort((a, b) => a - b), rounds };
    }
    rounds++;
    if (rounds < MAX_ROUNDS) {
      for (const i of violated) mu[i] = mu[i] === 0 ? FIRST_BONUS : mu[i]! * 2;
    } else {
      for (const i of violated) for (const s of p.groups[i]!) pinned.add(s);
    }
    if (pinned.size === S) {
      const current = p.current.map((row) => [...row]);
      return { flow: current, value: valueOf(p, current), bound, prices: new Array<number>(C).fill(0), multipliers: mu, pinned: [...pinned].sort((a, b) => a - b), rounds };
    }
  }
}
