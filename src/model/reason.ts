import type { SourceRef } from './sources.js';
import type { LocalizedText } from './text.js';

/**
 * How one rule or condition came out when a decision was made.
 * - `pass`: the condition holds (it supports the decision's positive outcome);
 * - `fail`: the condition does not hold (it blocks, or the rule did not fire);
 * - `skip`: not applicable to this input (e.g. a rule that starts later);
 * - `info`: recorded for the reader, no effect on the outcome.
 */
export type ReasonOutcome = 'pass' | 'fail' | 'skip' | 'info';

/**
 * One line of an explanation: a stable code, its outcome, the values it compared,
 * the source it rests on and a message in Dutch and English.
 *
 * Every decision in this library (eligible, match, channel, transition) returns a list of these.
 * @category Explanations
 */
export interface Reason {
  /** Stable machine code, e.g. `window.min-days`. */
  readonly code: string;
  /** How the rule came out. */
  readonly outcome: ReasonOutcome;
  /** The values the rule compared (no personal data beyond what the decision needs). */
  readonly values?: Readonly<Record<string, string | number | boolean | null>>;
  /** Where the rule comes from. */
  readonly source: SourceRef;
  /** What it means, in Dutch and English. */
  readonly message: LocalizedText;
}

/** The values a {@link Reason} compared. @category Explanations */
export type ReasonValues = Readonly<Record<string, string | number | boolean | null>>;

/**
 * Build a {@link Reason}: the one factory every module uses, so that every explanation has
 * the same shape. The reason and its values are frozen: a caller cannot change what another
 * caller (or a later call) sees.
 * @example
 * reason('window.min-days', 'pass', cite(SOURCES.convenant), text('Na 30 dagen', 'After 30 days'), { days: 31 })
 * @category Explanations
 */
export function reason(
  code: string,
  outcome: ReasonOutcome,
  source: SourceRef,
  message: LocalizedText,
  values?: ReasonValues,
): Reason {
  return Object.freeze(
    values === undefined
      ? { code, outcome, source, message }
      : { code, outcome, values: Object.freeze(values), source, message },
  );
}
