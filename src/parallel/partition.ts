/**
 * How inputs split into parts that can run apart with the same results.
 *
 * **Detection.** `detectMatches` compares a signal only with signals of the same resident or the
 * same household, and refuses a repeated signal id:
 * - a resident is its register id (`personId`), or else a fuzzy identity inside one block of
 *   phonetic surname key *and postcode*, which a signal with a register id also enters;
 * - a household is its `householdId`, or else the normalised address, which holds the postcode;
 * - a duplicate is a signal id seen before in the batch.
 * So two signals that share no register id, household id, postcode or signal id — directly or
 * through a chain of other signals — never meet. The parts are the connected components of
 * the graph joining signals on those four keys (an over-approximation: a postcode joins
 * residents who merely live in the same street); each component is detected on its own, in
 * input order, and every result goes back to its input's position.
 * @module
 */
import { postcodeReader } from '../model/internal.js';

/** A record's field as text, or undefined when it is not a non-empty text or a number. */
function textOf(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  const t = value.trim();
  return t === '' ? undefined : t;
}

/** The keys that join a detection input to others: signal id, register id, household id, postcode. */
function joinKeys(input: unknown, out: string[]): void {
  out.length = 0;
  if (typeof input !== 'object' || input === null) return;
  const r = input as Record<string, unknown>;
  const id = textOf(r['id']);
  if (id !== undefined) out.push(`i:${id}`);
  const person = textOf(r['personId']);
  if (person !== undefined) out.push(`p:${person}`);
  const household = textOf(r['householdId']);
  if (household !== undefined) out.push(`h:${household}`);
  const address = r['address'];
  if (typeof address === 'object' && address !== null) {
    const raw = (address as Record<string, unknown>)['postcode'];
    if (typeof raw === 'string') out.push(`a:${postcodeReader.read(raw) ?? raw.trim()}`);
  }
}

/**
 * The connected components of detection inputs (see the module's note), as lists of input
 * positions in input order, the largest first.
 */
export function detectionComponents(inputs: readonly unknown[]): number[][] {
  const n = inputs.length;
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = i;
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const owner = new Map<string, number>();
  const keys: string[] = [];
  for (let i = 0; i < n; i++) {
    joinKeys(inputs[i], keys);
    for (const key of keys) {
      const j = owner.get(key);
      if (j === undefined) owner.set(key, i);
      else {
        const a = find(i);
        const b = find(j);
        if (a !== b) parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
  }
  const byRoot = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const root = find(i);
    let list = byRoot.get(root);
    if (!list) byRoot.set(root, (list = []));
    list.push(i);
  }
  return [...byRoot.values()].sort((a, b) => b.length - a.length);
}

/**
 * Spread lists of positions over `parts` bins of about equal size (largest first, each to the
 * smallest bin), and return each bin's positions in ascending order. Empty bins are dropped.
 */
export function balance(groups: readonly (readonly number[])[], parts: number): number[][] {
  const bins: number[][] = Array.from({ length: Math.max(1, parts) }, () => []);
  for (const group of groups) {
    let smallest = 0;
    for (let b = 1; b < bins.length; b++) if (bins[b]!.length < bins[smallest]!.length) smallest = b;
    for (const i of group) bins[smallest]!.push(i);
  }
  return bins.filter((bin) => bin.length > 0).map((bin) => bin.sort((a, b) => a - b));
}

/** Split positions `0 … n-1` into `parts` contiguous runs of about equal length. */
export function contiguous(n: number, parts: number): number[][] {
  const runs: number[][] = [];
  const size = Math.ceil(n / Math.max(1, parts));
  for (let start = 0; start < n; start += size) runs.push(Array.from({ length: Math.min(size, n - start) }, (_, k) => start + k));
  return runs;
}
