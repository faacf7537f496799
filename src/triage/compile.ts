import type { SourceRef } from '../model/index.js';
import { testCondition, type CompiledCondition, type Facts } from './conditions.js';
import { emptyFacts } from './facts.js';
import { definePolicy } from './define-policy.js';
import { compileRuleConditions, registerOutcomeBits } from './rule-conditions.js';
import { CHANNELS, CONTACT_NEEDS, type Channel, type Executor } from './vocabulary.js';
import type { Policy, PolicyInput } from './policy-schema.js';

/** Index of a channel in {@link CHANNELS}. */
export const channelIndex = (c: Channel): number => CHANNELS.indexOf(c);

/** A rule's action, resolved to numbers for the hot path. @category Triage */
export interface CompiledAction {
  /** Rule id, or `otherwise`. */
  readonly ruleId: string;
  /** Channel index. */
  readonly channel: number;
  /** Explicit executor of the action, if the rule gives one. */
  readonly executor: Executor | undefined;
  /** Channels used alongside (frozen; shared by every result of this rule). */
  readonly also: readonly Channel[];
  /** Channel index to upgrade to when capacity is left, or -1. */
  readonly upgrade: number;
}

/**
 * A policy compiled for fast evaluation: the conditions of all rules flattened into typed
 * arrays, channels and fallbacks as indices, and one reusable facts record. Create it once with
 * {@link compilePolicy} and pass it to `triage`, `triageBatch` and `explainTriage`.
 * @category Triage
 */
export interface CompiledPolicy {
  /** The validated policy it was compiled from. */
  readonly policy: Policy;
  /** `name@version`, stamped on every result. */
  readonly label: string;
  /** The citation every explanation of this policy carries. */
  readonly source: SourceRef;
  /** Compiled conditions per rule (for explanations). */
  readonly conditions: readonly (readonly CompiledCondition[])[];
  /** Actions per rule, then the `otherwise` action last. */
  readonly actions: readonly CompiledAction[];
  /** Bits of the register outcomes the policy names. */
  readonly outcomeBits: ReadonlyMap<string, number>;
  /** Per channel: contact need (0 none, 1 phone, 2 e-mail). */
  readonly need: Uint8Array;
  /** Per channel: fallback channel index when full, or -1. */
  readonly whenFull: Int8Array;
  /** Per channel: fallback channel index when contact data is missing, or -1. */
  readonly whenNoContact: Int8Array;
  /** Per channel: the policy's monthly capacity (Infinity when unlimited). */
  readonly capacity: Float64Array;
  /** Per channel: default executor. */
  readonly executors: readonly Executor[];
  /** Scratch facts record, reused by every evaluation (evaluation is synchronous). */
  readonly facts: Facts;
  /** Flattened conditions of all rules: opcode of each (see `OP`). */
  readonly op: Uint8Array;
  /** Flattened conditions: lower bound (inclusive) or expected flag value. */
  readonly lo: Float64Array;
  /** Flattened conditions: upper bound (inclusive). */
  readonly hi: Float64Array;
  /** Flattened conditions: bit mask. */
  readonly mask: Int32Array;
  /** Rule r owns the flattened conditions from `start[r]` up to `start[r + 1]`. */
  readonly start: Int32Array;
}

const NEED_CODE = { none: 0, phone: 1, email: 2 } as const;

/**
 * Compile a policy (validated, or a policy input which is validated first and throws
 * `UsageError` with field paths when invalid) into a {@link CompiledPolicy}.
 * @example
 * const m4 = compilePolicy(PRESETS.M4);
 * const result = triage(m4, { signal, context: { match: { isMatch: true } } });
 * // result.channel === 'home-visit'
 * @category Triage
 */
export function compilePolicy(policy: Policy | PolicyInput): CompiledPolicy {
  const valid = definePolicy(policy as PolicyInput);
  const conditions = compileRuleConditions(valid);
  const flat = conditions.flat();
  const start = new Int32Array(conditions.length + 1);
  conditions.forEach((cs, r) => (start[r + 1] = start[r]! + cs.length));
  const action = (ruleId: string, a: Policy['otherwise']): CompiledAction => ({
    ruleId,
    channel: channelIndex(a.channel),
    executor: a.executor,
    also: Object.freeze([...(a.also ?? [])]),
    upgrade: a.ifCapacityLeft === undefined ? -1 : channelIndex(a.ifCapacityLeft),
  });
  const fallback = (c: Channel, kind: 'whenFull' | 'whenNoContact'): number => {
    const to = valid.fallbacks[c]?.[kind];
    return to === undefined ? -1 : channelIndex(to);
  };
  return {
    policy: valid,
    label: `${valid.name}@${valid.version}`,
    source: {
      id: `policy:${valid.name}@${valid.version}`,
      document: `Triagebeleid ${valid.name}, versie ${valid.version} (geldig vanaf ${valid.effectiveFrom})`,
      ...(valid.source ? { clause: valid.source } : {}),
    },
    conditions,
    actions: [...valid.rules.map((r) => action(r.id, r.then)), action('otherwise', valid.otherwise)],
    outcomeBits: registerOutcomeBits(valid),
    need: Uint8Array.from(CHANNELS, (c) => NEED_CODE[CONTACT_NEEDS[c]]),
    whenFull: Int8Array.from(CHANNELS, (c) => fallback(c, 'whenFull')),
    whenNoContact: Int8Array.from(CHANNELS, (c) => fallback(c, 'whenNoContact')),
    capacity: Float64Array.from(CHANNELS, (c) => valid.capacity[c] ?? Infinity),
    executors: CHANNELS.map((c) => valid.executors[c] ?? 'municipality'),
    facts: emptyFacts(),
    op: Uint8Array.from(flat, (c) => c.op),
    lo: Float64Array.from(flat, (c) => c.lo),
    hi: Float64Array.from(flat, (c) => c.hi),
    mask: Int32Array.from(flat, (c) => c.mask),
    start,
  };
}

/** The index of the first rule whose conditions all hold, or the index of `otherwise`. */
export function decide(cp: CompiledPolicy, f: Facts): number {
  const { op, lo, hi, mask, start } = cp;
  const rules = start.length - 1;
  rules: for (let r = 0; r < rules; r++) {
    const end = start[r + 1]!;
    for (let k = start[r]!; k < end; k++) {
      if (!testCondition(op[k]!, lo[k]!, hi[k]!, mask[k]!, f)) continue rules;
    }
    return r;
  }
  return rules;
}
