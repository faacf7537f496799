import type { NotPickedUpReason, SourceRef } from '../model/index.js';
import { testCondition, type CompiledCondition, type Facts } from './conditions.js';
import { definePolicy, isValidatedPolicy } from './define-policy.js';
import type { Policy, PolicyInput } from './policy-shape.js';
import { prepareReasons, type PreparedReasons } from './prepared-reasons.js';
import type { ContactResolution } from './moves.js';
import { compileRuleConditions, registerOutcomeBits } from './rule-conditions.js';
import { notPickedUpReasonOf } from './pick-up-outcome.js';
import { CHANNELS, CONTACT_NEEDS, type Channel, type Executor, type ReferralTarget } from './vocabulary.js';

/** Index of a channel in {@link CHANNELS}. @internal */
export const channelIndex = (c: Channel): number => CHANNELS.indexOf(c);

/** A rule's action, resolved to numbers for the hot path. @internal */
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
  /** Why the action does not pick up, when its channel is `not-picked-up`. */
  readonly notPickedUp: NotPickedUpReason | null;
  /** Where the action refers the resident to, or `null`. */
  readonly referTo: ReferralTarget | null;
}

/**
 * A policy compiled for fast evaluation. Create it once with {@link compilePolicy} and pass it
 * to `triage`, `triageBatch` and `explainTriage`. Its evaluation tables are internal and
 * cannot be reached or changed through this type.
 * @category Triage
 */
export interface CompiledPolicy {
  /** The validated policy it was compiled from (deeply frozen). */
  readonly policy: Policy;
  /** `name@version`, stamped on every decision. */
  readonly label: string;
  /** The citation every explanation of this policy carries. */
  readonly source: SourceRef;
}

/** The evaluation tables of a compiled policy. @internal */
export interface PolicyTables {
  readonly policy: Policy;
  readonly label: string;
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
  /**
   * Flattened conditions: what a failure of the condition adds to the trail — its position
   * within its rule r, times `radix ** r` (see {@link decide}).
   */
  readonly weight: Float64Array;
  /** The reasons every decision of this policy is explained with, prepared once. */
  readonly reasons: PreparedReasons;
  /** Resolutions against contact data alone, by channel and contact data (see `resolveContact`). */
  readonly contactResolutions: (ContactResolution | undefined)[];
}

/**
 * The key under which a compiled policy keeps its tables: a symbol this module does not export,
 * on a frozen object, so the tables are neither listed, serialised nor replaced.
 */
const TABLES = Symbol('triage tables');

type WithTables = CompiledPolicy & { readonly [TABLES]?: PolicyTables };

/** The evaluation tables of a compiled policy; throws `TypeError` for anything else. @internal */
export function tables(compiled: CompiledPolicy): PolicyTables {
  const t = (compiled as WithTables)[TABLES];
  if (t === undefined) throw new TypeError('Expected a policy compiled by compilePolicy');
  return t;
}

/** Whether a value is a policy compiled by {@link compilePolicy}. @internal */
export function isCompiledPolicy(value: unknown): value is CompiledPolicy {
  return typeof value === 'object' && value !== null && (value as WithTables)[TABLES] !== undefined;
}

const NEED_CODE = { none: 0, phone: 1, email: 2 } as const;

/**
 * Compile a policy (validated, or a policy input which is validated first and throws
 * `UsageError` with field paths when invalid) into a {@link CompiledPolicy}. A policy that is
 * already compiled is returned as it is; one returned by `parsePolicy` or `definePolicy` is
 * not checked a second time.
 * @example
 * const m4 = compilePolicy(PRESETS.M4);
 * const decision = triage({ signal, context: { match: { isMatch: true } } }, m4);
 * // decision.channel === 'home-visit'
 * @category Triage
 */
export function compilePolicy(policy: Policy | PolicyInput | CompiledPolicy): CompiledPolicy {
  if (isCompiledPolicy(policy)) return policy;
  // A policy from parsePolicy/definePolicy is deeply frozen and was checked there: not checked twice.
  const valid = isValidatedPolicy(policy) ? policy : definePolicy(policy as PolicyInput);
  const conditions = compileRuleConditions(valid);
  const flat = conditions.flat();
  const start = new Int32Array(conditions.length + 1);
  conditions.forEach((cs, r) => (start[r + 1] = start[r]! + cs.length));
  const action = (ruleId: string, a: Policy['otherwise'], rule?: Policy['rules'][number]): CompiledAction => ({
    ruleId,
    notPickedUp: notPickedUpReasonOf(a, rule),
    referTo: a.referTo ?? null,
    channel: channelIndex(a.channel),
    executor: a.executor,
    also: Object.freeze([...(a.also ?? [])]),
    upgrade: a.ifCapacityLeft === undefined ? -1 : channelIndex(a.ifCapacityLeft),
  });
  const fallback = (c: Channel, kind: 'whenFull' | 'whenNoContact'): number => {
    const to = valid.fallbacks[c]?.[kind];
    return to === undefined ? -1 : channelIndex(to);
  };
  const label = `${valid.name}@${valid.version}`;
  const source: SourceRef = Object.freeze({
    id: `policy:${label}`,
    document: `Triagebeleid ${valid.name}, versie ${valid.version} (geldig vanaf ${valid.effectiveFrom})`,
    ...(valid.source ? { clause: valid.source } : {}),
  });
  const actions = [...valid.rules.map((r) => action(r.id, r.then, r)), action('otherwise', valid.otherwise)];
  const reasons = prepareReasons(valid, source, conditions, actions);
  const t: PolicyTables = {
    policy: valid,
    label,
    source,
    conditions,
    actions,
    outcomeBits: registerOutcomeBits(valid),
    need: Uint8Array.from(CHANNELS, (c) => NEED_CODE[CONTACT_NEEDS[c]]),
    whenFull: Int8Array.from(CHANNELS, (c) => fallback(c, 'whenFull')),
    whenNoContact: Int8Array.from(CHANNELS, (c) => fallback(c, 'whenNoContact')),
    capacity: Float64Array.from(CHANNELS, (c) => valid.capacity[c] ?? Infinity),
    executors: CHANNELS.map((c) => valid.executors[c] ?? 'municipality'),
    op: Uint8Array.from(flat, (c) => c.op),
    lo: Float64Array.from(flat, (c) => c.lo),
    hi: Float64Array.from(flat, (c) => c.hi),
    mask: Int32Array.from(flat, (c) => c.mask),
    start,
    weight: Float64Array.from(conditions.flatMap((cs, r) => cs.map((_, k) => k * reasons.radix ** r))),
    reasons,
    contactResolutions: [],
  };
  return Object.freeze({ policy: valid, label, source, [TABLES]: t });
}

/**
 * The index of the first rule whose conditions all hold, or the index of `otherwise`. The trail
 * of the earlier rules — for each rule r, the position of its first condition that does not
 * hold, as digit r of one number in base `reasons.radix` — is left in {@link lastTrail}.
 * @internal
 */
export function decide(t: PolicyTables, f: Facts): number {
  const { op, lo, hi, mask, start, weight } = t;
  const rules = start.length - 1;
  let trail = 0;
  rules: for (let r = 0; r < rules; r++) {
    const end = start[r + 1]!;
    for (let k = start[r]!; k < end; k++) {
      if (!testCondition(op[k]!, lo[k]!, hi[k]!, mask[k]!, f)) {
        trail += weight[k]!;
        continue rules;
      }
    }
    lastTrail = trail;
    return r;
  }
  lastTrail = trail;
  return rules;
}

/** The trail of the last {@link decide} (not observable: read right after it). @internal */
export let lastTrail = 0;
