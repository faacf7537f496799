import { type Reason } from '../model/index.js';
import { reason } from '../model/internal.js';
import { CASE_EVENT_TYPES, type CaseEventType } from './events.js';
import { CASE_STATES, type CaseState } from './states.js';
import type { CaseEffect, TransitionRule } from './transitions.js';

/**
 * One cell of the compiled table: the step an event makes from one state.
 * @category Lifecycle
 */
export interface CompiledTransition {
  /** The row it came from (id, description, source). */
  readonly rule: TransitionRule;
  /** The state after the event. */
  readonly to: CaseState;
  /** Effects to return to the caller (frozen, shared). */
  readonly effects: readonly CaseEffect[];
  /** Why the step is allowed: the row, its meaning and source (frozen, shared by every step through this cell). */
  readonly reason: Reason;
  /** The same reason as a frozen one-element list, what a step without payload checks returns. */
  readonly reasons: readonly Reason[];
}

/**
 * The transition table compiled to a lookup by state and event type: one `Map` per state, built
 * once, so that applying an event costs two hash lookups.
 * @category Lifecycle
 */
export type TransitionLookup = ReadonlyMap<CaseState, ReadonlyMap<CaseEventType, CompiledTransition>>;

const NO_EFFECTS: readonly CaseEffect[] = Object.freeze([]);

/** The reason of one cell: which row allowed the step, from which state to which. */
function cellReason(rule: TransitionRule, from: CaseState, to: CaseState): Reason {
  return reason(`transition.${rule.id}`, 'pass', rule.source, rule.description, { rule: rule.id, event: rule.event, from, to });
}

/**
 * Compile transition rows into a {@link TransitionLookup}. Throws when two rows share an id or
 * claim the same state and event (the table would be ambiguous), or a row leaves `closed`
 * without an outcome. The lookup is a snapshot: changing the rows afterwards does not change it.
 * @example
 * const lookup = compileTransitions(TRANSITIONS);
 * lookup.get('screening')?.get('picked-up')?.to // 'contacting'
 * @category Lifecycle
 */
export function compileTransitions(rules: readonly TransitionRule[]): TransitionLookup {
  const lookup = new Map<CaseState, Map<CaseEventType, CompiledTransition>>();
  for (const state of CASE_STATES) lookup.set(state, new Map());
  const ids = new Set<string>();
  for (const original of rules) {
    if (ids.has(original.id)) throw new Error(`Transition table: the row id ${original.id} appears twice`);
    ids.add(original.id);
    if (original.to === 'closed' && original.outcome === undefined) {
      throw new Error(`Transition table: ${original.event} closes the case without an outcome`);
    }
    const rule: TransitionRule = Object.isFrozen(original) ? original : Object.freeze({
      ...original, from: Object.freeze([...original.from]), source: Object.freeze({ ...original.source }),
      description: Object.freeze({ ...original.description }),
    });
    const effects = rule.effects === undefined ? NO_EFFECTS : Object.isFrozen(rule.effects) ? rule.effects : Object.freeze(rule.effects.map((e) => Object.freeze({ ...e })));
    for (const from of rule.from) {
      const row = lookup.get(from)!;
      if (row.has(rule.event)) throw new Error(`Transition table: ${from} × ${rule.event} appears twice`);
      const to = rule.to === 'unchanged' ? from : rule.to;
      const why = cellReason(rule, from, to);
      row.set(rule.event, Object.freeze({ rule, to, effects, reason: why, reasons: Object.freeze([why]) }));
    }
  }
  return lookup;
}

/**
 * The event types allowed in a state, in the order of {@link CASE_EVENT_TYPES}.
 * @example
 * allowedEvents(DEFAULT_LOOKUP, 'closed') // ['feedback-sent']
 * @category Lifecycle
 */
export function allowedEvents(lookup: TransitionLookup, state: CaseState): CaseEventType[] {
  const row = lookup.get(state);
  return CASE_EVENT_TYPES.filter((type) => row?.has(type) === true);
}
