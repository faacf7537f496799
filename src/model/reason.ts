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
