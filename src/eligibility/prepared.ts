import { type Reason, type ReasonOutcome, type ReasonValues, type SourceRef } from '../model/index.js';
import { reason } from '../model/internal.js';
import { VERDICT, mark, type Facts } from './facts.js';
import type { RuleMessages } from './messages.js';

/**
 * Reasons prepared once: when a rule's values come from a small set (a yes/no answer, an
 * enum, a count of reminders), each possible reason is built once, frozen, and shared by every
 * result that needs it, so an assessment allocates almost nothing.
 * @module
 */

/** Builds the (frozen) reasons of one rule with the model's `reason()`: its code and source are fixed. @internal */
export type Say = (outcome: ReasonOutcome, values: ReasonValues, message: Reason['message']) => Reason;

/** The reason builder of a rule. @internal */
export function reasonsOf(code: string, source: SourceRef): Say {
  return (outcome, values, message) => reason(code, outcome, source, message, values);
}

/** A pass or fail reason. @internal */
export function prepared(say: Say, m: RuleMessages, ok: boolean, values: ReasonValues): Reason {
  return say(ok ? 'pass' : 'fail', values, ok ? m.pass : m.fail);
}

/** Return a pass reason, or a fail reason after recording that it excludes the case. @internal */
export function use(f: Facts, reason: Reason): Reason {
  if (reason.outcome === 'fail') mark(f, VERDICT.excluded);
  return reason;
}

/**
 * Reasons for a small whole number (a count of reminders, terms, months, days), built on first
 * use and kept for numbers from 0 to `size - 1`; other numbers get a fresh reason each time.
 * @internal
 */
export function byCount(make: (n: number) => Reason, size = 64): (n: number) => Reason {
  const table: Reason[] = [];
  return (n) => {
    if (n < 0 || n >= size || !Number.isInteger(n)) return make(n);
    return (table[n] ??= make(n));
  };
}
