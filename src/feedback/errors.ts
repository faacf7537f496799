import type { LocalizedText, Reason, ValidationIssue } from '../model/index.js';
import type { Case } from './case.js';
import type { CaseEventType } from './events.js';
import type { CaseState } from './states.js';
import type { CaseEffect } from './transitions.js';

/**
 * Why an input or an event was refused. The case it was applied to is left as it was.
 * - `invalid_input`: the input failed validation (see `issues`);
 * - `transition_not_allowed`: the event is not in the table for the current state;
 * - `case_mismatch`: the event belongs to another case;
 * - `event_out_of_order`: the event is older than the last accepted one;
 * - `duplicate_signal`: the signal is already part of the case;
 * - `feedback_code_not_valid`: the feedback code does not exist on that date;
 * - `too_early`: an automatic close before the 28 days have passed;
 * - `inconsistent_history`: a stored case does not replay to itself.
 * @category Lifecycle
 */
export type CaseErrorCode =
  | 'invalid_input' | 'transition_not_allowed' | 'case_mismatch' | 'event_out_of_order' | 'duplicate_signal'
  | 'feedback_code_not_valid' | 'too_early' | 'inconsistent_history';

/**
 * A refused input or event: a stable code, a message in Dutch and English (never personal data),
 * and the details that apply.
 * @category Lifecycle
 */
export interface CaseError {
  /** Stable code. */
  readonly code: CaseErrorCode;
  /** What went wrong. */
  readonly message: LocalizedText;
  /** Validation issues, for `invalid_input`. */
  readonly issues?: readonly ValidationIssue[];
  /** The state the case was in. */
  readonly state?: CaseState;
  /** The event type that was refused. */
  readonly eventType?: CaseEventType;
  /** The event types the state does allow, for `transition_not_allowed`. */
  readonly allowed?: readonly CaseEventType[];
  /** The rule that refused it, when one did. */
  readonly reason?: Reason;
}

/**
 * The result of opening a case or applying an event: the new case and its effects, or an error.
 * @category Lifecycle
 */
export type CaseResult =
  | { readonly ok: true; readonly case: Case; readonly effects?: readonly CaseEffect[] }
  | { readonly ok: false; readonly error: CaseError };
