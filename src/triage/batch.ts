import { type BatchItem } from '../model/index.js';
import { parseOrThrow, toDayNumber } from '../model/internal.js';
import { lastTrail, tables, type CompiledPolicy, type PolicyTables } from './compile.js';
import { isParsedInput, readTriageInput, type TriageInput } from './context.js';
import { CapacitySchema, type Capacities } from './policy-shape.js';
import { priorityBits, priorityValue } from './priority.js';
import { servingOrder } from './order.js';
import { crisisMaskOf } from './rule-conditions.js';
import type { ContactResolution, Resolution } from './moves.js';
import { contactKey, resolveChannel, resolveContact, resolveOnce, type CapacityState } from './resolve.js';
import { evaluate, evaluated, makeDecision, type TriageDecision } from './triage.js';
import { CHANNELS } from './vocabulary.js';
import { decisionReasons, moveReason } from './prepared-reasons.js';

/** Options of {@link triageBatch}. @category Triage */
export interface TriageBatchOptions {
  /**
   * Capacity left this month per channel, overriding the policy's `capacity` for the channels
   * given (e.g. after signals already handled earlier in the month).
   */
  readonly capacities?: Capacities;
}

/** Capacity per channel for this batch: the policy's, overridden by the options. */
function capacitiesFor(t: PolicyTables, options: TriageBatchOptions): Float64Array {
  const remaining = Float64Array.from(t.capacity);
  if (typeof options !== 'object' || options === null || options.capacities === undefined) return remaining;
  const valid = parseOrThrow(CapacitySchema, options.capacities, 'capacities');
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
  /** Trail of failed conditions of the earlier rules (see `decide`). */
  readonly trail: Float64Array;
}

/**
 * Triage parsed inputs: one decision per input, in input order. The engine of {@link triageBatch}
 * for callers that hold parsed, typed inputs (the replay module).
 * @internal
 */
export function triageParsed(inputs: readonly TriageInput[], policy: CompiledPolicy, options: TriageBatchOptions = {}): TriageDecision[] {
  const t = tables(policy);
  const n = inputs.length;
  const results = new Array<TriageDecision>(n);
  const limits = capacitiesFor(t, options);
  const remaining = Float64Array.from(limits);
  const capacity: CapacityState = { remaining, limits };
  const keys = t.policy.priority;
  const bits = keys.map((k) => priorityBits(k, t.policy.rules.length + 1));
  const keyBits = bits.reduce((a, b) => a + b, 0);
  const crisisMask = crisisMaskOf(t.policy);
  const c: Contenders = {
    count: 0, input: new Int32Array(n), rule: new Int32Array(n), flags: new Int32Array(n), priority: new Float64Array(n), id: [], receivedDay: new Int32Array(n), trail: new Float64Array(n),
  };
  for (let i = 0; i < n; i++) {
    const input = inputs[i]!;
    const rule = evaluate(t, input);
    const f = evaluated;
    const trail = lastTrail;
    const action = t.actions[rule]!;
    const contact = resolveContact(t, action.channel, f.flags);
    if (remaining[contact.channel] === Infinity && action.upgrade < 0) {
      results[i] = makeDecision(t, input.signal.id, rule, contact, null, decisionReasons(t.reasons, rule, trail, contact.moves, contact.pattern));
      continue;
    }
    const m = c.count++;
    c.input[m] = i;
    c.rule[m] = rule;
    c.flags[m] = f.flags;
    c.id.push(input.signal.id);
    c.trail[m] = trail;
    c.receivedDay[m] = toDayNumber(input.signal.receivedDate);
    let priority = 0;
    for (let k = 0; k < keys.length; k++) priority = priority * 2 ** bits[k]! + priorityValue(keys[k]!, f, rule, crisisMask, bits[k]!);
    c.priority[m] = priority;
  }
  const order = servingOrder(c.priority, keyBits, c.count, c.receivedDay, c.id);
  // A resolution depends only on the channel, the contact data and which channels are full
  // (capacity only decreases), so it is made once per such state.
  let full = 0;
  remaining.forEach((left, ch) => {
    if (left <= 0) full |= 1 << ch;
  });
  const resolved = new Map<number, ContactResolution>();
  for (let p = 0; p < order.length; p++) {
    const m = order[p]!;
    const rule = c.rule[m]!;
    const key = full * 64 + contactKey(t.actions[rule]!.channel, c.flags[m]!);
    let r = resolved.get(key);
    if (r === undefined) resolved.set(key, (r = resolveOnce(t, t.actions[rule]!.channel, c.flags[m]!, capacity)));
    if ((remaining[r.channel]! -= 1) <= 0) full |= 1 << r.channel;
    results[c.input[m]!] = makeDecision(t, c.id[m]!, rule, r, p + 1, decisionReasons(t.reasons, rule, c.trail[m]!, r.moves, r.pattern));
  }
  const res: Resolution = { channel: 0, moves: null };
  for (let p = 0; p < order.length; p++) {
    const m = order[p]!;
    if (t.actions[c.rule[m]!]!.upgrade >= 0) upgrade(t, m, p + 1, c, capacity, results, res);
  }
  return results;
}

/**
 * Triage a month's batch, raw inputs (`{ signal, context? }` or a bare signal, as read from a
 * file) and parsed inputs alike: exactly one item per input, in input order —
 * `{ index, ok: true, value: decision }`, or `{ index, ok: false, issues }` for an input that
 * does not parse (it takes no capacity). Signals whose channel has a limited capacity are served
 * in the policy's priority order (ties by received date, then id, then input position); when a
 * channel is full the signal follows its fallback. Afterwards, rules with `ifCapacityLeft`
 * upgrade their signals, in the same order, while capacity remains. Never throws for bad
 * inputs; invalid capacities throw `UsageError` first.
 * @example
 * const m4 = compilePolicy(PRESETS.M4);
 * const items = triageBatch(rows, m4, { capacities: { 'home-visit': 12 } });
 * items.filter((i) => i.ok && i.value.moves.some((m) => m.because === 'full')); // moved by overflow
 * @category Triage
 */
export function triageBatch(inputs: readonly unknown[], policy: CompiledPolicy, options: TriageBatchOptions = {}): BatchItem<TriageDecision>[] {
  tables(policy);
  const n = inputs.length;
  const items = new Array<BatchItem<TriageDecision>>(n);
  let parsed = 0;
  while (parsed < n && isParsedInput(inputs[parsed])) parsed++;
  if (parsed === n) {
    // every input was parsed by this module already: decide them as they are
    const decisions = triageParsed(inputs as readonly TriageInput[], policy, options);
    for (let index = 0; index < n; index++) items[index] = { index, ok: true, value: decisions[index]! };
    return items;
  }
  const valid: TriageInput[] = [];
  const at: number[] = [];
  for (let index = 0; index < n; index++) {
    const read = readTriageInput(inputs[index]);
    if (read.ok) {
      valid.push(read.value);
      at.push(index);
    } else items[index] = { index, ok: false, issues: read.issues };
  }
  const decisions = triageParsed(valid, policy, options);
  for (let k = 0; k < decisions.length; k++) items[at[k]!] = { index: at[k]!, ok: true, value: decisions[k]! };
  return items;
}

/** Upgrade one contender to its rule's `ifCapacityLeft` channel when it has room and the contact data it needs. */
function upgrade(t: PolicyTables, m: number, rank: number, c: Contenders, capacity: CapacityState, results: TriageDecision[], res: Resolution): void {
  const to = t.actions[c.rule[m]!]!.upgrade;
  const i = c.input[m]!;
  const current = results[i]!;
  if (to < 0 || current.channel === CHANNELS[to]) return;
  resolveChannel(t, to, c.flags[m]!, capacity, res);
  if (res.channel !== to) return;
  capacity.remaining[to]! -= 1;
  const move = { from: current.channel, to: CHANNELS[to]!, because: 'capacity-left', viaFallback: true } as const;
  results[i] = {
    ...current,
    channel: CHANNELS[to]!,
    executor: t.executors[to]!,
    moves: Object.freeze([...current.moves, move]),
    rank,
    reasons: Object.freeze([...current.reasons, moveReason(t.reasons, move)]),
  };
}
