/**
 * The case lifecycle after a signal arrives: a transition table (data) of statuses and events,
 * deadlines on the Dutch working-day calendar, feedback codes by date with creditor views, and the
 * national DDAS Vroegsignalering v1.2 export.
 * @module feedback
 */
export { CASE_OUTCOMES, CASE_STATES, type CaseOutcome, type CaseState } from './states.js';
export { CONTACT_CHANNELS, type ContactChannel } from './channels.js';
export {
  FEEDBACK_CODES, feedbackCodeAt, type FeedbackCode, type FeedbackCodeDefinition,
} from './codes.js';
export { caseSignalFromSignal, type CaseSignal, type CaseSignalInput, type DdasPartnerType } from './case-signal.js';
export {
  CASE_EVENT_TYPES, DATA_QUALITY_NOTES, HELP_RESULTS, parseEvent, REGISTER_FALLOUT_FINDINGS, type CaseEvent, type CaseEventInput, type CaseEventType, type DataQualityNote,
  type HelpResult, type RegisterFalloutFinding,
} from './events.js';
export { notPickedUpEvent, type NotPickedUpEventInput } from './not-picked-up.js';
export { TRANSITIONS, type CaseEffect, type TransitionRule } from './transitions.js';
export { compileTransitions, type CompiledTransition, type TransitionLookup } from './lookup.js';
export type { AuditEntry, Case, MatchingRun } from './case.js';
export type { CaseIssue, CaseIssueCode, StepResult } from './errors.js';
export { openCase, type OpenCaseInput } from './open-case.js';
export { applyEvent, applyEvents, type ApplyOptions } from './apply-event.js';
export { caseAt, type CaseAtOptions } from './case-at.js';
export {
  contactProgress, recordAttempt, type AttemptOutcome, type AttemptToRecord, type PlannedContactChannel,
} from './record-attempt.js';
export { replayCaseLog, type CaseLogEntry, type CaseLogReplay } from './case-log.js';
export { deserialiseCase, serialiseCase, type CaseSealOptions } from './serialise.js';
export { stateDiagram } from './state-diagram.js';
export type { CaseDateFact, CaseFacts } from './case-facts.js';
export {
  CASE_DEADLINE_RULES, caseDeadlines, collectionPauses, type CaseDeadline, type CaseDeadlineOptions, type CaseDeadlineRule,
  type CollectionPause, type CollectionPauseOptions,
} from './case-deadlines.js';
export { dueActions, type CaseDueActions, type DueAction, type DueActionsOptions } from './due-actions.js';
export { CREDITOR_VIEWS, feedbackForCreditor, type CreditorView } from './creditor-views.js';
export {
  DATA_QUALITY_NOTE_LABELS, feedbackFor, type CaseFeedback, type CreditorFeedback, type DataQualityFeedback, type FeedbackItem, type FeedbackOptions,
} from './feedback-for.js';
export type {
  DdasCase, DdasClient, DdasContactAttempt, DdasContactKind, DdasDayPart, DdasDelivery, DdasOrganisation, DdasResult, DdasSignal,
  DdasSignalStatus, Uitwisselmodel,
} from './ddas-types.js';
export { toDdas, type DdasOptions } from './ddas-export.js';
export { explainEntry, type ExplainOptions } from './explain.js';
export {
  CREDITOR_STATUSES, CreditorUpdateSchema, reconcile, type CreditorStatus, type CreditorUpdateInput, type ReconcileDecision, type ReconcileItem,
  type ReconcileOptions,
} from './reconcile.js';
