import { FLAG, sectorBit, kindBit, type Facts } from './conditions.js';
import type { PriorityKey } from './vocabulary.js';

const HOUSING = sectorBit('housing');
const KIND_KEYS = { 'eviction-notice': kindBit('eviction-notice'), 'end-of-supply': kindBit('end-of-supply'), 'warm-referral': kindBit('warm-referral') } as const;

/** Bits of an amount in a sort key: amounts up to €10,737,418.23 keep their own place; higher ones tie. */
const AMOUNT_BITS = 30;
const AMOUNT_CAP = 2 ** AMOUNT_BITS - 1;

/**
 * Bits a priority key takes in a sort key: flags 1 bit, amounts 30 bits (capped at
 * €10,737,418.23), creditor counts 5 bits (capped at 31), rule order enough for the rules.
 */
export function priorityBits(key: PriorityKey, ruleCount: number): number {
  switch (key) {
    case 'amount-desc':
    case 'amount-asc':
      return AMOUNT_BITS;
    case 'creditors-desc':
      return 5;
    case 'rule-order':
      return Math.max(1, Math.ceil(Math.log2(ruleCount + 1)));
    default:
      return 1;
  }
}

/**
 * The value of one priority key for a signal, a whole number from 0 to `2 ** bits - 1`
 * (`bits` from {@link priorityBits}); higher values are served first.
 * `amount-desc` uses the resident's amount (summed over a match, this signal's when single).
 */
export function priorityValue(key: PriorityKey, f: Facts, rule: number, crisisMask: number, bits: number): number {
  switch (key) {
    case 'crisis':
      return (f.kindBit & crisisMask) !== 0 ? 1 : 0;
    case 'eviction-notice':
    case 'end-of-supply':
    case 'warm-referral':
      return f.kindBit === KIND_KEYS[key] ? 1 : 0;
    case 'match':
      return (f.flags & FLAG.match) !== 0 ? 1 : 0;
    case 'housing':
      return (f.sectorsMask & HOUSING) !== 0 ? 1 : 0;
    case 'recidivist':
      return Number.isFinite(f.recidivismMonths) ? 1 : 0;
    case 'amount-desc':
      return Math.min(Math.max(f.matchAmount, 0), AMOUNT_CAP);
    case 'amount-asc':
      return AMOUNT_CAP - Math.min(Math.max(f.matchAmount, 0), AMOUNT_CAP);
    case 'creditors-desc':
      return Math.min(f.creditors, 2 ** bits - 1);
    case 'rule-order':
      return 2 ** bits - 1 - rule;
  }
}
