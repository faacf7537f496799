import { LEGAL_FORMS, SECTORS, SIGNAL_KINDS, type Euro, type LegalForm, type Sector, type SignalKind } from '../model/index.js';
import { toCents } from '../model/internal.js';
import type { Conditions } from './policy-shape.js';

/**
 * Condition opcodes of a compiled rule. Each condition of a policy compiles to one or two
 * numeric records (`op`, `lo`, `hi`, `mask`) so that evaluation is a plain loop of integer
 * comparisons, and the same records drive shadow detection and explanations.
 */
export const OP = {
  amount: 0,
  matchAmount: 1,
  sector: 2,
  sectorsAny: 3,
  sectorsNone: 4,
  flag: 5,
  creditors: 6,
  recidivistWithin: 7,
  notRecidivistWithin: 8,
  age: 9,
  kind: 10,
  registerOutcome: 11,
  legalForm: 12,
} as const;

/** Bits of the boolean facts of a signal. */
export const FLAG = {
  match: 1,
  dragger: 2,
  update: 4,
  knownAtDebtHelp: 8,
  earlierContactFailed: 16,
  hasPhone: 32,
  hasEmail: 64,
  sameCreditorLastMonth: 128,
} as const;

/** A boolean condition key of a policy. */
export type FlagKey = keyof typeof FLAG;

/** One compiled condition: `key` is the policy field it came from, for explanations and error paths. @category Triage */
export interface CompiledCondition {
  readonly key: keyof Conditions;
  readonly op: number;
  /** Lower bound (inclusive), or for a flag: 1 when the flag must be set, 0 when it must not. */
  readonly lo: number;
  /** Upper bound (inclusive). */
  readonly hi: number;
  /** Bit mask for set conditions and flags. */
  readonly mask: number;
}

/** The facts of one signal that conditions test, as plain numbers (filled in place, no allocation). @category Triage */
export interface Facts {
  amount: number;
  matchAmount: number;
  creditors: number;
  kindBit: number;
  sectorBit: number;
  sectorsMask: number;
  flags: number;
  recidivismMonths: number;
  age: number;
  outcomeBit: number;
  legalFormBit: number;
}

/** Bit of a signal kind. */
export const kindBit = (kind: SignalKind): number => 1 << SIGNAL_KINDS.indexOf(kind);
/** Bit of a sector. */
export const sectorBit = (sector: Sector): number => 1 << SECTORS.indexOf(sector);
/** Bit of a legal form. */
export const legalFormBit = (form: LegalForm): number => 1 << LEGAL_FORMS.indexOf(form);
/** Bits of several kinds or sectors. */
export function maskOf<T>(items: readonly T[], bit: (item: T) => number): number {
  let mask = 0;
  for (const item of items) mask |= bit(item);
  return mask;
}

const ALL_KINDS = maskOf(SIGNAL_KINDS, kindBit);
const ALL_LEGAL_FORMS = maskOf(LEGAL_FORMS, legalFormBit);

/** Integer-cent bounds of a range; an exclusive bound moves one cent inwards. */
function centRange(range: { atLeast?: Euro; above?: Euro; atMost?: Euro; below?: Euro }): [number, number] {
  const lo = range.atLeast !== undefined ? toCents(range.atLeast) : range.above !== undefined ? toCents(range.above) + 1 : -Infinity;
  const hi = range.atMost !== undefined ? toCents(range.atMost) : range.below !== undefined ? toCents(range.below) - 1 : Infinity;
  return [lo, hi];
}

/**
 * Compile a rule's conditions into numeric records.
 * @param when - the rule's conditions
 * @param crisisMask - bits of the policy's crisis kinds
 * @param outcomeBit - bit of a register outcome string (assigned per policy)
 */
export function compileConditions(when: Conditions, crisisMask: number, outcomeBit: (outcome: string) => number): CompiledCondition[] {
  const out: CompiledCondition[] = [];
  const add = (key: keyof Conditions, op: number, lo = 0, hi = 0, mask = 0) => out.push({ key, op, lo, hi, mask });
  if (when.amount) {
    const [lo, hi] = centRange(when.amount);
    add('amount', when.amount.of === 'match-total' ? OP.matchAmount : OP.amount, lo, hi);
  }
  if (when.sector) add('sector', OP.sector, 0, 0, maskOf(when.sector, sectorBit));
  if (when.sectors?.anyOf) add('sectors', OP.sectorsAny, 0, 0, maskOf(when.sectors.anyOf, sectorBit));
  if (when.sectors?.noneOf) add('sectors', OP.sectorsNone, 0, 0, maskOf(when.sectors.noneOf, sectorBit));
  if (when.creditors) add('creditors', OP.creditors, when.creditors.atLeast ?? -Infinity, when.creditors.atMost ?? Infinity);
  if (when.recidivism) {
    const op = when.recidivism.present ? OP.recidivistWithin : OP.notRecidivistWithin;
    add('recidivism', op, 0, when.recidivism.withinMonths);
  }
  if (when.age) add('age', OP.age, when.age.atLeast ?? -Infinity, when.age.atMost ?? Infinity);
  if (when.kind) add('kind', OP.kind, 0, 0, maskOf(when.kind, kindBit));
  if (when.crisis !== undefined) add('crisis', OP.kind, 0, 0, when.crisis ? crisisMask : ALL_KINDS & ~crisisMask);
  if (when.legalForm) {
    const inMask = when.legalForm.in ? maskOf(when.legalForm.in, legalFormBit) : ALL_LEGAL_FORMS;
    const outMask = when.legalForm.notIn ? maskOf(when.legalForm.notIn, legalFormBit) : 0;
    add('legalForm', OP.legalForm, 0, 0, inMask & ~outMask);
  }
  if (when.registerOutcome) add('registerOutcome', OP.registerOutcome, 0, 0, maskOf(when.registerOutcome, outcomeBit));
  for (const key of Object.keys(FLAG) as FlagKey[]) {
    const expected = when[key];
    if (expected !== undefined) add(key, OP.flag, expected ? 1 : 0, 0, FLAG[key]);
  }
  return out;
}

/**
 * Whether a condition given as scalars holds for the facts: the one definition that the
 * compiled hot loop, {@link holds} and the explanations all use.
 */
export function testCondition(op: number, lo: number, hi: number, mask: number, f: Facts): boolean {
  switch (op) {
    case OP.amount:
      return f.amount >= lo && f.amount <= hi;
    case OP.matchAmount:
      return f.matchAmount >= lo && f.matchAmount <= hi;
    case OP.sector:
      return (f.sectorBit & mask) !== 0;
    case OP.sectorsAny:
      return (f.sectorsMask & mask) !== 0;
    case OP.sectorsNone:
      return (f.sectorsMask & mask) === 0;
    case OP.flag:
      return ((f.flags & mask) !== 0) === (lo === 1);
    case OP.creditors:
      return f.creditors >= lo && f.creditors <= hi;
    case OP.recidivistWithin:
      return f.recidivismMonths <= hi;
    case OP.notRecidivistWithin:
      return !(f.recidivismMonths <= hi);
    case OP.age:
      return f.age >= lo && f.age <= hi;
    case OP.kind:
      return (f.kindBit & mask) !== 0;
    case OP.legalForm:
      return (f.legalFormBit & mask) !== 0;
    default:
      return (f.outcomeBit & mask) !== 0;
  }
}

/** Whether one compiled condition holds for the facts. */
export function holds(c: CompiledCondition, f: Facts): boolean {
  return testCondition(c.op, c.lo, c.hi, c.mask, f);
}
