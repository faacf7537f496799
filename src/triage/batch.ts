import { parseOrThrow } from '../model/internal.js';
import { toDayNumber } from '../model/internal.js';
import { decide, type CompiledPolicy } from './compile.js';
import type { TriageInput } from './context.js';
import { fillFacts } from './facts.js';
import { CapacitySchema, type Capacities } from './policy-schema.js';
import { priorityBits, priorityValue } from './priority.js';
import { servingOrder } from './order.js';
import { crisisMaskOf } from './rule-conditions.js';
import { resolveChannel, type CapacityState, type Resolution } from './resolve.js';
import { makeResult, type TriageResult } from './triage.js';
import { CHANNELS } from './vocabulary.js';

/** Options of {@link triageBatch}. @category Triage */
export interface TriageBatchOptions {
  /**
   * Capacity left this month per channel, overriding the policy's `capacity` for the channels
   * given (e.g. after signals already handled earlier in the month).
   */
  readonly capacities?: Capacities;
}

/** Capacity per channel for this batch: the policy's, overridden by the options. */
function capacitiesFor(cp: CompiledPolicy, capacities: Capacities | undefined): Float64Array {
  const remaining = Float64Array.from(cp.capacity);
  if (capacities === undefined) return remaining;
  const valid = parseOrThrow(CapacitySchema, capacities, 'capacities');
  CHANNELS.forEach((c, i) => {
    const value = valid[c];
    if (value !== undefined) remaining[i] = value;
  });
  return remaining;
}

/**
 * The signals that compete for capacity, numbered in input order, with what serving them
 * needs (copied in input order, so that serving in priority order never revisits the inputs).
 */
interface Contenders {
  count: number;
  readonly input: Int32Array;
  readonly rule: Int32Array;
  readonly flags: Int32Array;
  readonly priority: Float64Array;
  readonly id: string[];
  readonly receivedDay: Int32Array;
}

/**
 * Triage a month's batch: exactly one result per input, in input order. Signals whose channel
 * has a limited capacity are served in the policy's priority order (ties by received date,
 * then id, then input position); when a channel is full the signal follows its fallback.
 * Afterwards, rules with `ifCapacityLeft` upgrade their signals, in the same order, while
 * capacity remains.
 * @example
 * const m4 = compilePolicy(PRESETS.M4);
 * const results = triageBatch(m4, inputs, { capacities: { 'home-visit': 12 } });
 * results.filter((r) => r.moves.some((m) => m.because === 'full')); // moved by overflow
 * @category Triage
 */
export function triageBatch(compiled: CompiledPolicy, inputs: readonly TriageInput[], options: TriageBatchOptions = {}): TriageResult[] {
  const n = inputs.length;
  const results = new Array<TriageResult>(n);
  const limits = capacitiesFor(compiled, options.capacities);
  const remaining = Float64Array.from(limits);
  const capacity: CapacityState = { remaining, limits };
  const keys = compiled.policy.priority;
  const bits = keys.map((k) => priorityBits(k, compiled.policy.rules.length + 1));
  const keyBits = bits.reduce((a, b) => a + b, 0);
  const crisisMask = crisisMaskOf(compiled.policy);
  const c: Contenders = { count: 0, input: new Int32Array(n), rule: new Int32Array(n), flags: new Int32Array(n), priority: new Float64Array(n), id: [], receivedDay: new Int32Array(n) };
  const res: Resolution = { channel: 0, moves: null };
  for (let i = 0; i < n; i++) {
    const input = inputs[i]!;
    const f = fillFacts(compiled.facts, input, compiled.outcomeBits);
    const rule = decide(compiled, f);
    const action = compiled.actions[rule]!;
    resolveChannel(compiled, action.channel, f.flags, null, res);
    if (remaining[res.channel] === Infinity && action.upgrade < 0) {
      results[i] = makeResult(compiled, input.signal.id, rule, res, null);
      continue;
    }
    const m = c.count++;
    c.input[m] = i;
    c.rule[m] = rule;
    c.flags[m] = f.flags;
    c.id.push(input.signal.id);
    c.receivedDay[m] = toDayNumber(input.signal.receivedDate);
    let priority = 0;
    for (let k = 0; k < keys.length; k++) priority = priority * 2 ** bits[k]! + priorityValue(keys[k]!, f, rule, crisisMask, bits[k]!);
    c.priority[m] = priority;
  }
  const order = servingOrder(c.priority, keyBits, c.count, c.receivedDay, c.id);
  for (let p = 0; p < order.length; p++) {
    const m = order[p]!;
    resolveChannel(compiled, compiled.actions[c.rule[m]!]!.channel, c.flags[m]!, capacity, res);
    remaining[res.channel]! -= 1;
    results[c.input[m]!] = makeResult(compiled, c.id[m]!, c.rule[m]!, res, p + 1);
  }
  for (let p = 0; p < order.length; p++) upgrade(compiled, order[p]!, p + 1, c, capacity, results, res);
  return results;
}

/** Upgrade one contender to its rule's `ifCapacityLeft` channel when it has room and the contact data it needs. */
function upgrade(cp: CompiledPolicy, m: number, rank: number, c: Contenders, capacity: CapacityState, results: TriageResult[], res: Resolution): void {
  const to = cp.actions[c.rule[m]!]!.upgrade;
  const i = c.input[m]!;
  const current = results[i]!;
  if (to < 0 || current.channel === CHANNELS[to]) return;
  resolveChannel(cp, to, c.flags[m]!, capacity, res);
  if (res.channel !== to) return;
  capacity.remaining[to]! -= 1;
  results[i] = {
    signalId: current.signalId,
    policy: current.policy,
    rule: current.rule,
    ruleIndex: current.ruleIndex,
    decided: current.decided,
    channel: CHANNELS[to]!,
    executor: cp.executors[to]!,
    also: current.also,
    moves: [...current.moves, { from: current.channel, to: CHANNELS[to]!, because: 'capacity-left', viaFallback: true }],
    rank,
  };
}
