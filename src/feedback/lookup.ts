import { CASE_EVENT_TYPES, type CaseEventType } from './events.js';
import { CASE_STATES, type CaseState } from './states.js';
import type { CaseEffect, TransitionRule } from './transitions.js';

/**
 * One cell of the compiled table: the step an event makes from one state.
 * @category Lifecycle
 */
export interface CompiledTransition {
  /** The row it came from (description, source). */
  readonly rule: TransitionRule;
  /** The state after the event. */
  readonly to: CaseState;
  /** Effects to return to the caller (shared, never copied). */
  readonly effects: readonly CaseEffect[];
}

/**
 * The transition table compiled to a lookup by state and event type: one `Map` per state, built
 * once, so that applying an event costs two hash lookups.
 * @category Lifecycle
 */
export type TransitionLookup = ReadonlyMap<CaseState, ReadonlyMap<CaseEventType, CompiledTransition>>;

const NO_EFFECTS: readonly CaseEffect[] = Object.freeze([]);

/**
 * Compile transition rows into a {@link TransitionLookup}. Throws when two rows claim the same
 * state and event (the table would be ambiguous) or a row leaves `closed` without an outcome.
 * @example
 * const lookup = compileTransitions(TRANSITIONS);
 * lookup.get('screening')?.get('picked-up')?.to // 'contacting'
 * @category Lifecycle
 */
export function compileTransitions(rules: readonly TransitionRule[]): TransitionLookup {
  const lookup = new Map<CaseState, Map<CaseEventType, CompiledTransition>>();
  for (const state of CASE_STATES) lookup.set(state, new Map());
  for (const rule of rules) {
    if (rule.to === 'closed' && rule.outcome === undefined) {
      throw new Error(`Transition table: ${rule.event} closes the case without an outcome`);
    }
    for (const from of rule.from) {
      const row = lookup.get(from)!;
      if (row.has(rule.event)) throw new Error(`Transition table: ${from} × ${rule.event} appears twice`);
      row.set(rule.event, { rule, to: rule.to === 'unchanged' ? from : rule.to, effects: rule.effects ?? NO_EFFECTS });
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
