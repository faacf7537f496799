/**
 * The exact assignment of strata to channels under monthly capacities: a transportation problem
 * (each stratum's signals go to channels; each channel takes at most its capacity; maximise the
 * summed value), solved as a minimum-cost maximum flow by successive shortest paths with node
 * potentials (Dijkstra on reduced costs). Values are scaled to integers, so the arithmetic is
 * exact and, with whole supplies and capacities, so is the optimum (the LP of a transportation
 * problem has an integral optimal vertex). The final potentials give each channel's shadow
 * price: what one more unit of its capacity would add.
 * @module
 */

/** A transportation problem. */
export interface Transport {
  /** Units to place per source (whole numbers). */
  readonly supply: readonly number[];
  /** Capacity per channel (whole numbers, or Infinity). */
  readonly capacity: readonly number[];
  /** Value of one unit of source s on channel c, or null when s may not use c. */
  readonly value: readonly (readonly (number | null)[])[];
}

/** An optimal assignment. */
export interface TransportSolution {
  /** Units per source per channel. */
  readonly flow: readonly (readonly number[])[];
  /** The summed value of the flow. */
  readonly value: number;
  /** Shadow price per channel: value one more unit of capacity would add (0 when not full). */
  readonly prices: readonly number[];
  /** Units per source that no allowed channel had room for. */
  readonly unrouted: readonly number[];
}

/** Values are multiplied by this and rounded, so costs are integers. */
const SCALE = 1e9;

interface Arc {
  readonly to: number;
  cap: number;
  readonly cost: number;
  /** Index of the reverse arc in `arcs[to]`. */
  readonly rev: number;
}

/** A binary min-heap of (key, node) pairs. */
class Heap {
  private readonly keys: number[] = [];
  private readonly nodes: number[] = [];
  get size(): number {
    return this.keys.length;
  }
  push(key: number, node: number): void {
    const k = this.keys;
    const v = this.nodes;
    let i = k.length;
    k.push(key);
    v.push(node);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (k[p]! <= key) break;
      k[i] = k[p]!;
      v[i] = v[p]!;
      i = p;
    }
    k[i] = key;
    v[i] = node;
  }
  pop(): [number, number] {
    const k = this.keys;
    const v = this.nodes;
    const top: [number, number] = [k[0]!, v[0]!];
    const lastKey = k.pop()!;
    const lastNode = v.pop()!;
    const n = k.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const c = l + 1 < n && k[l + 1]! < k[l]! ? l + 1 : l;
        if (k[c]! >= lastKey) break;
        k[i] = k[c]!;
        v[i] = v[c]!;
        i = c;
      }
      k[i] = lastKey;
      v[i] = lastNode;
    }
    return top;
  }
}

/**
 * Solve a transportation problem exactly: the flow that places as many units as the capacities
 * allow and, among those, has the largest value.
 * @example
 * solveTransport({ supply: [10, 10], capacity: [5, Infinity], value: [[0.3, 0.1], [0.2, 0.15]] }).flow
 * // [[5, 5], [0, 10]]: the five visits go where they gain most over the alternative
 */
export function solveTransport(problem: Transport): TransportSolution {
  const S = problem.supply.length;
  const C = problem.capacity.length;
  const source = 0;
  const sink = S + C + 1;
  const nodes = S + C + 2;
  const total = problem.supply.reduce((a, b) => a + b, 0);
  const arcs: Arc[][] = Array.from({ length: nodes }, () => []);
  const add = (from: number, to: number, cap: number, cost: number): void => {
    arcs[from]!.push({ to, cap, cost, rev: arcs[to]!.length });
    arcs[to]!.push({ to: from, cap: 0, cost: -cost, rev: arcs[from]!.length - 1 });
  };
  for (let s = 0; s < S; s++) if (problem.supply[s]! > 0) add(source, 1 + s, problem.supply[s]!, 0);
  for (let s = 0; s < S; s++) {
    for (let c = 0; c < C; c++) {
      const v = problem.value[s]![c];
      if (v !== null && v !== undefined && problem.supply[s]! > 0) add(1 + s, 1 + S + c, problem.supply[s]!, -Math.round(v * SCALE));
    }
  }
  for (let c = 0; c < C; c++) add(1 + S + c, sink, Math.min(total, problem.capacity[c]!), 0);

  // Initial potentials: shortest distances in the (acyclic) starting graph.
  const pi = new Float64Array(nodes);
  for (let c = 0; c < C; c++) {
    let best = 0;
    for (let s = 0; s < S; s++) for (const a of arcs[1 + s]!) if (a.to === 1 + S + c && a.cap > 0) best = Math.min(best, a.cost);
    pi[1 + S + c] = best;
  }
  pi[sink] = Math.min(0, ...Array.from({ length: C }, (_, c) => pi[1 + S + c]!));

  const dist = new Float64Array(nodes);
  const prevNode = new Int32Array(nodes);
  const prevArc = new Int32Array(nodes);
  for (;;) {
    dist.fill(Infinity);
    dist[source] = 0;
    const heap = new Heap();
    heap.push(0, source);
    while (heap.size > 0) {
      const [d, u] = heap.pop();
      if (d > dist[u]!) continue;
      const out = arcs[u]!;
      for (let i = 0; i < out.length; i++) {
        const a = out[i]!;
        if (a.cap <= 0) continue;
        const nd = d + a.cost + pi[u]! - pi[a.to]!;
        if (nd < dist[a.to]!) {
          dist[a.to] = nd;
          prevNode[a.to] = u;
          prevArc[a.to] = i;
          heap.push(nd, a.to);
        }
      }
    }
    let reachedMax = 0;
    for (let v = 0; v < nodes; v++) if (dist[v]! < Infinity) reachedMax = Math.max(reachedMax, dist[v]!);
    for (let v = 0; v < nodes; v++) pi[v] = pi[v]! + (dist[v]! < Infinity ? dist[v]! : reachedMax);
    if (dist[sink] === Infinity) break;
    let push = Infinity;
    for (let v = sink; v !== source; v = prevNode[v]!) push = Math.min(push, arcs[prevNode[v]!]![prevArc[v]!]!.cap);
    for (let v = sink; v !== source; v = prevNode[v]!) {
      const a = arcs[prevNode[v]!]![prevArc[v]!]!;
      a.cap -= push;
      arcs[v]![a.rev]!.cap += push;
    }
  }

  const flow = Array.from({ length: S }, () => new Array<number>(C).fill(0));
  let value = 0;
  for (let s = 0; s < S; s++) {
    for (const a of arcs[1 + s]!) {
      if (a.to <= S || a.to > S + C) continue;
      const used = arcs[a.to]![a.rev]!.cap;
      const c = a.to - 1 - S;
      flow[s]![c] = used;
      value += used * problem.value[s]![c]!;
    }
  }
  const unrouted = problem.supply.map((supply, s) => supply - flow[s]!.reduce((a, b) => a + b, 0));
  const prices = Array.from({ length: C }, (_, c) => Math.max(0, (pi[sink]! - pi[1 + S + c]!) / SCALE));
  return { flow, value, prices, unrouted };
}
