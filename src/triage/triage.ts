import type { CompiledPolicy } from './compile.js';
import { decide } from './compile.js';
import type { TriageInput } from './context.js';
import { fillFacts } from './facts.js';
import { resolveChannel, type ChannelMove, type Resolution } from './resolve.js';
import { CHANNELS, type Channel, type Executor } from './vocabulary.js';

/**
 * The triage decision for one signal, as compact plain data (JSON-serialisable). Render the
 * full explanation with `explainTriage(compiled, input, result)`.
 * @category Triage
 */
export interface TriageResult {
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
}

const NO_MOVES: readonly ChannelMove[] = Object.freeze([]);

/** Build a result from a decided rule and a resolution. */
export function makeResult(cp: CompiledPolicy, signalId: string, rule: number, res: Resolution, rank: number | null): TriageResult {
  const action = cp.actions[rule]!;
  const moved = res.channel !== action.channel;
  const channel = CHANNELS[res.channel]!;
  return {
    signalId,
    policy: cp.label,
    rule: action.ruleId,
    ruleIndex: rule === cp.actions.length - 1 ? -1 : rule,
    decided: CHANNELS[action.channel]!,
    channel,
    executor: !moved && action.executor !== undefined ? action.executor : cp.executors[res.channel]!,
    also: moved && action.also.includes(channel) ? action.also.filter((c) => c !== channel) : action.also,
    moves: res.moves ?? NO_MOVES,
    rank,
  };
}

const scratch: Resolution = { channel: 0, moves: null };

/**
 * Triage one signal under a compiled policy: the first rule whose conditions hold decides the
 * channel; missing contact data follows the policy's fallbacks. Capacity is a batch matter
 * (see `triageBatch`); an `ifCapacityLeft` upgrade is never applied here.
 * @example
 * const m3 = compilePolicy(PRESETS.M3);
 * triage(m3, { signal }).channel // 'phone' when signal.arrears.total is '250.00' and a phone number is known
 * @category Triage
 */
export function triage(compiled: CompiledPolicy, input: TriageInput): TriageResult {
  const f = fillFacts(compiled.facts, input, compiled.outcomeBits);
  const rule = decide(compiled, f);
  resolveChannel(compiled, compiled.actions[rule]!.channel, f.flags, null, scratch);
  return makeResult(compiled, input.signal.id, rule, scratch, null);
}
