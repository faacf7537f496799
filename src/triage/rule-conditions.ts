import { SIGNAL_KINDS } from '../model/index.js';
import { compileConditions, kindBit, maskOf, type CompiledCondition } from './conditions.js';
import type { Policy } from './policy-shape.js';

/** Register outcomes a policy can name; each gets one bit of a 31-bit mask. */
export const MAX_REGISTER_OUTCOMES = 31;

/** Bits assigned to the register outcomes a policy names, in order of first mention. */
export function registerOutcomeBits(policy: Pick<Policy, 'rules'>): ReadonlyMap<string, number> {
  const bits = new Map<string, number>();
  for (const rule of policy.rules) {
    for (const outcome of rule.when.registerOutcome ?? []) {
      if (!bits.has(outcome) && bits.size < MAX_REGISTER_OUTCOMES) bits.set(outcome, 1 << bits.size);
    }
  }
  return bits;
}

/** Bits of the policy's crisis kinds. */
export function crisisMaskOf(policy: Pick<Policy, 'crisisKinds'>): number {
  return maskOf(policy.crisisKinds.filter((k) => SIGNAL_KINDS.includes(k)), kindBit);
}

/** Compile the conditions of every rule of a policy, in rule order. */
export function compileRuleConditions(policy: Pick<Policy, 'rules' | 'crisisKinds'>): CompiledCondition[][] {
  const bits = registerOutcomeBits(policy);
  const crisisMask = crisisMaskOf(policy);
  return policy.rules.map((rule) => compileConditions(rule.when, crisisMask, (o) => bits.get(o) ?? 0));
}
