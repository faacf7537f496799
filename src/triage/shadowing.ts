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
