import { type Reason, type ValidationIssue } from '../model/index.js';
import { validationIssue } from '../model/internal.js';
import type { Case } from './case.js';
import { EVENT_LABELS, type CaseEventType } from './events.js';
import type { CaseState } from './states.js';
import type { CaseEffect } from './transitions.js';

/**
 * Why an event or a stored case was refused, beside the validation codes of the input readers.
 * The case it was applied to is left as it was.
 * - `transition_not_allowed`: the event is not in the table for the current state;
 * - `case_mismatch`: the event belongs to another case (or, in a log, to a case that was not opened);
 * - `event_out_of_order`: the event is older than the last accepted one;
 * - `duplicate_signal`: the signal is already part of the case;
 * - `duplicate_case`: a log opens a case that is already open;
 * - `feedback_code_not_valid`: the feedback code does not exist on that date;
 * - `too_early`: an automatic close before the 28 days have passed;
 * - `inconsistent_history`: a stored case does not replay to itself.
 * @category Lifecycle
 */
export type CaseIssueCode =
  | 'transition_not_allowed' | 'case_mismatch' | 'event_out_of_order' | 'duplicate_signal' | 'duplicate_case'
  | 'feedback_code_not_valid' | 'too_early' | 'inconsistent_history' | 'unknown_signal';

/**
 * A refused event or case: a {@link ValidationIssue} (stable code, field path, plain message
 * without personal data) with the details of the lifecycle that apply.
 * @category Lifecycle
 */
export interface CaseIssue extends ValidationIssue {
  /** The state the case was in. */
  readonly state?: CaseState;
  /** The event type that was refused. */
  readonly eventType?: CaseEventType;
  /** The event types the state does allow, for `transition_not_allowed`. */
  readonly allowed?: readonly CaseEventType[];
  /** The rule that refused it, when one did (values compared, source, Dutch and English message). */
  readonly reason?: Reason;
}

/** Details of a {@link CaseIssue} beside its code, path and message. */
type CaseIssueDetails = Pick<CaseIssue, 'state' | 'eventType' | 'allowed' | 'reason'>;

/** Build a {@link CaseIssue} about a field of an event (or of the case, with `path` `[]`). */
export function caseIssue(code: CaseIssueCode, path: readonly string[], message: string, details: CaseIssueDetails = {}): CaseIssue {
  const issue = validationIssue(code, path, message, EVENT_LABELS);
  const extra = Object.fromEntries(Object.entries(details).filter(([, v]) => v !== undefined));
  return { ...issue, ...extra };
}

/**
 * The result of applying an event: the next case, the effects to carry out and the reasons the
 * step was allowed (the transition-table row, and any rule its payload passed) — or the issues
 * that refused it. A `Result<Case>` with the step's effects and reasons.
 * @category Lifecycle
 */
export type StepResult =
  | { readonly ok: true; readonly value: Case; readonly effects: readonly CaseEffect[]; readonly reasons: readonly Reason[] }
  | { readonly ok: false; readonly issues: readonly CaseIssue[] };
