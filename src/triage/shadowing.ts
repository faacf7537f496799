import { OP, type CompiledCondition } from './conditions.js';

/**
 * Shadow detection: can an earlier rule take every signal a later rule would take?
 * Works on compiled conditions: each rule's conditions are merged per dimension (an amount
 * range, a set of kinds, a flag, …), and rule A covers rule B when every constraint of A is
 * implied by B's constraint on the same dimension. Conservative: when it says "covered", the
 * later rule can truly never decide; combinations across dimensions are not reasoned about
 * (except that "this signal's sector" implies "the resident's sectors include it").
 */

type Constraint = { op: number; lo: number; hi: number; mask: number };
/** A rule's conditions merged per dimension, or `null` when no signal can satisfy them. */
export type MergedConditions = ReadonlyMap<string, Constraint> | null;

const RANGE_OPS: readonly number[] = [OP.amount, OP.matchAmount, OP.creditors, OP.age];
const ANY_OF_OPS: readonly number[] = [OP.sector, OP.sectorsAny, OP.kind, OP.registerOutcome, OP.legalForm];

const dimension = (c: CompiledCondition): string => (c.op === OP.flag ? `flag${c.mask}` : `op${c.op}`);

/** Merge a rule's conditions per dimension; `null` when they contradict each other. */
export function mergeConditions(conditions: readonly CompiledCondition[]): MergedConditions {
  const merged = new Map<string, Constraint>();
  for (const c of conditions) {
    const key = dimension(c);
    const prev = merged.get(key);
    if (!prev) {
      merged.set(key, { op: c.op, lo: c.lo, hi: c.hi, mask: c.mask });
      continue;
    }
    if (RANGE_OPS.includes(c.op)) [prev.lo, prev.hi] = [Math.max(prev.lo, c.lo), Math.min(prev.hi, c.hi)];
    else if (c.op === OP.recidivistWithin) prev.hi = Math.min(prev.hi, c.hi);
    else if (c.op === OP.notRecidivistWithin) prev.hi = Math.max(prev.hi, c.hi);
    else if (ANY_OF_OPS.includes(c.op)) prev.mask &= c.mask;
    else if (c.op === OP.sectorsNone) prev.mask |= c.mask;
    else if (prev.lo !== c.lo) return null;
  }
  for (const c of merged.values()) {
    if (RANGE_OPS.includes(c.op) && c.lo > c.hi) return null;
    if (ANY_OF_OPS.includes(c.op) && c.mask === 0) return null;
  }
  const within = merged.get(`op${OP.recidivistWithin}`);
  const notWithin = merged.get(`op${OP.notRecidivistWithin}`);
  if (within && notWithin && within.hi <= notWithin.hi) return null;
  return merged;
}

/** Whether constraint `d` (of a later rule) implies constraint `c` (of an earlier rule). */
function implies(d: Constraint, c: Constraint): boolean {
  if (RANGE_OPS.includes(c.op)) return d.lo >= c.lo && d.hi <= c.hi;
  if (c.op === OP.recidivistWithin) return d.hi <= c.hi;
  if (c.op === OP.notRecidivistWithin) return d.hi >= c.hi;
  if (ANY_OF_OPS.includes(c.op)) return (d.mask & ~c.mask) === 0;
  if (c.op === OP.sectorsNone) return (c.mask & ~d.mask) === 0;
  return d.lo === c.lo;
}

/** Whether every signal that satisfies `later` also satisfies `earlier`. */
export function covers(earlier: ReadonlyMap<string, Constraint>, later: ReadonlyMap<string, Constraint>): boolean {
  for (const [key, c] of earlier) {
    const d = later.get(key);
    if (d && implies(d, c)) continue;
    const ownSector = c.op === OP.sectorsAny ? later.get(`op${OP.sector}`) : undefined;
    if (ownSector && (ownSector.mask & ~c.mask) === 0) continue;
    return false;
  }
  return true;
}

/** Earlier rules with one signature (the same dimensions), indexed for the shadow search. */
interface SignatureGroup {
  /** The dimensions every member constrains. */
  readonly keys: readonly string[];
  /** The range dimension used as a filter, when the group has one. */
  readonly rangeKey: string | undefined;
  /** Members in rule order: only the first of identical constraint sets (a later twin never covers first). */
  readonly members: { readonly index: number; readonly conditions: ReadonlyMap<string, Constraint> }[];
  readonly fingerprints: Set<string>;
  /** Sorted distinct lower bounds of the filter dimension over all the group's rules. */
  readonly los: number[];
  /** Fenwick tree over `los`: the highest upper bound among inserted members with a lower bound up to a rank. */
  readonly maxHi: Float64Array;
}

const fingerprint = (conditions: ReadonlyMap<string, Constraint>): string =>
  [...conditions].map(([k, c]) => `${k}:${c.lo},${c.hi},${c.mask}`).sort().join('|');

/** The number of sorted values at most `x`. */
function rankAtMost(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * For each rule, the first earlier rule that covers it (see {@link covers}), or -1. Rules are
 * grouped by the dimensions they constrain: only groups whose dimensions the later rule also
 * constrains can cover it, and within a group a Fenwick tree over one range dimension rules
 * out, in logarithmic time, groups without an earlier range that contains the later one. A
 * policy of 20,000 rules is checked in milliseconds where comparing every pair took seconds.
 */
export function shadowingRules(merged: readonly MergedConditions[]): Int32Array {
  const groups = new Map<string, SignatureGroup>();
  const signatureOf = (conditions: ReadonlyMap<string, Constraint>): string => [...conditions.keys()].sort().join('|');
  const lowerBounds = new Map<string, number[]>();
  const signatures = merged.map((conditions) => (conditions ? signatureOf(conditions) : ''));
  for (const [j, conditions] of merged.entries()) {
    if (!conditions) continue;
    const signature = signatures[j]!;
    if (!groups.has(signature)) {
      const keys = [...conditions.keys()].sort();
      const rangeKey = keys.find((k) => RANGE_OPS.includes(conditions.get(k)!.op));
      groups.set(signature, { keys, rangeKey, members: [], fingerprints: new Set(), los: [], maxHi: new Float64Array(0) });
      lowerBounds.set(signature, []);
    }
    const rangeKey = groups.get(signature)!.rangeKey;
    if (rangeKey !== undefined) lowerBounds.get(signature)!.push(conditions.get(rangeKey)!.lo);
  }
  for (const [signature, group] of groups) {
    const los = [...new Set(lowerBounds.get(signature))].sort((a, b) => a - b);
    groups.set(signature, { ...group, los, maxHi: new Float64Array(los.length + 1).fill(-Infinity) });
  }
  const sectorsAny = `op${OP.sectorsAny}`;
  const sector = `op${OP.sector}`;
  const shadowedBy = new Int32Array(merged.length).fill(-1);
  merged.forEach((later, j) => {
    if (!later) return;
    let first = -1;
    for (const group of groups.values()) {
      if (group.members.length === 0 || (first !== -1 && group.members[0]!.index >= first)) continue;
      if (!group.keys.every((k) => later.has(k) || (k === sectorsAny && later.has(sector)))) continue;
      const range = group.rangeKey === undefined ? undefined : later.get(group.rangeKey);
      if (range) {
        let best = -Infinity;
        for (let p = rankAtMost(group.los, range.lo); p > 0; p -= p & -p) best = Math.max(best, group.maxHi[p]!);
        if (best < range.hi) continue;
      }
      for (const member of group.members) {
        if (first !== -1 && member.index >= first) break;
        if (covers(member.conditions, later)) {
          first = member.index;
          break;
        }
      }
    }
    shadowedBy[j] = first;
    const own = groups.get(signatures[j]!)!;
    const print = fingerprint(later);
    if (own.fingerprints.has(print)) return;
    own.fingerprints.add(print);
    own.members.push({ index: j, conditions: later });
    if (own.rangeKey !== undefined) {
      const c = later.get(own.rangeKey)!;
      for (let p = rankAtMost(own.los, c.lo); p < own.maxHi.length; p += p & -p) own.maxHi[p] = Math.max(own.maxHi[p]!, c.hi);
    }
  });
  return shadowedBy;
}
