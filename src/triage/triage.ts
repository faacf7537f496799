import type { Reason } from '../model/index.js';
import { decide, lastTrail, tables, type CompiledPolicy, type PolicyTables } from './compile.js';
import type { Facts } from './conditions.js';
import type { TriageInput } from './context.js';
import { emptyFacts, fillFacts } from './facts.js';
import { decisionReasons } from './prepared-reasons.js';
import type { ChannelMove } from './moves.js';
import type { Resolution } from './moves.js';
import { resolveContact } from './resolve.js';
import { notPickedUpOf, type NotPickedUp } from './pick-up-outcome.js';
import { CHANNELS, type Channel, type Executor, type ReferralTarget } from './vocabulary.js';

/**
 * The triage decision for one signal, as plain data (JSON-serialisable), with its explanation.
 * `explainTriage(input, compiled, decision)` renders the longer per-condition trace.
 * @category Triage
 */
export interface TriageDecision {
  /** The signal's id. */
  readonly signalId: string;
  /** The policy that decided, as `name@version`. */
  readonly policy: string;
  /** Id of the rule that decided, or `otherwise` when no rule applied. */
  readonly rule: string;
  /** Position of that rule in the policy's `rules`, or -1 for `otherwise`. */
  readonly ruleIndex: number;
  /** The channel the rule chose. */
  readonly decided: Channel;
  /** The channel the signal finally goes to, after fallbacks and capacity. */
  readonly channel: Channel;
  /** Who carries it out. */
  readonly executor: Executor;
  /** Channels used alongside (e.g. a letter before a visit). */
  readonly also: readonly Channel[];
  /** How the signal moved from `decided` to `channel` (empty when it did not). */
  readonly moves: readonly ChannelMove[];
  /**
   * Position (1-based) in the batch's priority order among the signals that competed for
   * capacity; `null` when capacity played no part (single evaluation, or an unlimited channel).
   */
  readonly rank: number | null;
  /**
   * When the signal is not picked up (`channel` is `not-picked-up`): why, with the feedback code
   * and the DDAS end result the case closes with; `null` otherwise. A signal moved there for lack
   * of capacity is "other reason".
   */
  readonly notPickedUp: NotPickedUp | null;
  /** Where the resident is referred to (an entrepreneur to the entrepreneurs' desk), or `null`. */
  readonly referral: ReferralTarget | null;
  /**
   * Why: each earlier rule that did not apply with the condition that failed, the deciding rule
   * (or `otherwise`) with its source, and each move with its cause (full, no phone number, no
   * e-mail address, capacity left). Built with the model's `reason()`; frozen.
   */
  readonly reasons: readonly Reason[];
}

const NO_MOVES: readonly ChannelMove[] = Object.freeze([]);

/**
 * Scratch records of the evaluation in progress (`evaluated`: its facts): evaluation is synchronous and no decision
 * refers to them, so reusing them is not observable.
 */
export const evaluated: Facts = emptyFacts();

/**
 * Evaluate one input: fill {@link evaluated} with its facts and return the deciding rule; its
 * trail (which condition kept each earlier rule from applying) is then in `lastTrail`.
 * @internal
 */
export function evaluate(t: PolicyTables, input: TriageInput): number {
  return decide(t, fillFacts(evaluated, input, t.outcomeBits));
}

/** Build a decision from a decided rule, its reasons and a resolution. @internal */
export function makeDecision(t: PolicyTables, signalId: string, rule: number, res: Readonly<Resolution>, rank: number | null, reasons: readonly Reason[]): TriageDecision {
  const action = t.actions[rule]!;
  const moved = res.channel !== action.channel;
  const channel = CHANNELS[res.channel]!;
  return {
    signalId,
    policy: t.label,
    rule: action.ruleId,
    ruleIndex: rule === t.actions.length - 1 ? -1 : rule,
    decided: CHANNELS[action.channel]!,
    channel,
    executor: !moved && action.executor !== undefined ? action.executor : t.executors[res.channel]!,
    also: moved && action.also.includes(channel) ? action.also.filter((c) => c !== channel) : action.also,
    moves: res.moves ?? NO_MOVES,
    rank,
    notPickedUp: channel !== 'not-picked-up' ? null : notPickedUpOf(moved ? 'other' : action.notPickedUp ?? 'other'),
    referral: channel === 'not-picked-up' ? null : action.referTo,
    reasons,
  };
}

/**
 * Triage one parsed signal under a compiled policy: the first rule whose conditions hold decides
 * the channel; missing contact data follows the policy's fallbacks. Capacity is a batch matter
 * (see `triageBatch`); an `ifCapacityLeft` upgrade is never applied here. The decision carries
 * its `reasons`. Parse untrusted input with `parseTriageInput` first.
 * @example
 * const m3 = compilePolicy(PRESETS.M3);
 * triage({ signal }, m3).channel // 'phone' when signal.arrears.total is '250.00' and a phone number is known
 * @category Triage
 */
export function triage(input: TriageInput, policy: CompiledPolicy): TriageDecision {
  const t = tables(policy);
  const rule = evaluate(t, input);
  const res = resolveContact(t, t.actions[rule]!.channel, evaluated.flags);
  return makeDecision(t, input.signal.id, rule, res, null, decisionReasons(t.reasons, rule, lastTrail, res.moves, res.pattern));
}
