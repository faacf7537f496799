import { deadline, DEADLINE_RULES } from '../calendar/index.js';
import { type Reason } from '../model/index.js';
import { reason, text } from '../model/internal.js';
import type { AuditEntry, Case } from './case.js';
import { codeInForce, feedbackCodeAt } from './codes.js';
import { caseIssue, type CaseIssue, type StepResult } from './errors.js';
import type { CaseEvent } from './events.js';
import { allowedEvents, compileTransitions, type CompiledTransition, type TransitionLookup } from './lookup.js';
import { TRANSITIONS } from './transitions.js';
import { localDateOf } from './local-time.js';
import { frozenCopy } from './freeze.js';

/** The default transition table, compiled once. */
export const DEFAULT_LOOKUP: TransitionLookup = compileTransitions(TRANSITIONS);

/** Options of {@link applyEvent}. @category Lifecycle */
export interface ApplyOptions {
  /** A compiled table of your own (see {@link compileTransitions}); default: {@link TRANSITIONS} compiled. */
  readonly lookup?: TransitionLookup;
}

function refuse(issue: CaseIssue): StepResult {
  return { ok: false, issues: [issue] };
}

function notAllowed(c: Case, event: CaseEvent, lookup: TransitionLookup): StepResult {
  const allowed = allowedEvents(lookup, c.state);
  return refuse(caseIssue('transition_not_allowed', ['type'], `Event "${event.type}" is not allowed in state "${c.state}"; allowed: ${allowed.join(', ') || 'none'}`, {
    state: c.state, eventType: event.type, allowed,
  }));
}

/**
 * Checks that depend on the event's payload rather than on the table: the issue that refuses
 * it, or the reason it passed (added to the step's reasons), or `null` when there is nothing to check.
 */
function payloadCheck(c: Case, event: CaseEvent): CaseIssue | Reason | null {
  if (event.type === 'feedback-sent') {
    const date = localDateOf(event.at);
    const inForce = codeInForce(event.code, date);
    if (inForce !== null) return inForce;
    const validity = feedbackCodeAt(event.code, date);
    return caseIssue('feedback_code_not_valid', ['code'], validity.reason.message.en, { state: c.state, eventType: event.type, reason: validity.reason });
  }
  if (event.type === 'auto-close') {
    const rule = DEADLINE_RULES.autoClose;
    const due = deadline(c.signals[0].receivedDate, rule);
    const date = localDateOf(event.at);
    const passed = date >= due;
    const message = passed
      ? text(`Automatisch afsluiten: de 28 dagen liepen af op ${due}`, `Automatic close: the 28 days ended on ${due}`)
      : text(`Automatisch afsluiten kan pas vanaf ${due}`, `Automatic closing is allowed from ${due} only`);
    const why = reason(`deadline.${rule.key}`, passed ? 'pass' : 'fail', frozenCopy(rule.source), message, { date, due });
    return passed ? why : caseIssue('too_early', ['at'], message.en, { state: c.state, eventType: event.type, reason: why });
  }
  if (event.type === 'data-quality-note' && event.signalId !== undefined && !c.signals.some((s) => s.id === event.signalId)) {
    return caseIssue('unknown_signal', ['signalId'], 'This signal is not part of the case', { state: c.state, eventType: event.type });
  }
  if (event.type === 'signal-added' && c.signals.some((s) => s.id === event.signal.id)) {
    return caseIssue('duplicate_signal', ['signal', 'id'], 'This signal is already part of the case', { state: c.state, eventType: event.type });
  }
  return null;
}

/** Whether a payload check refused the event (issues have a field path, reasons do not). */
function isIssue(check: CaseIssue | Reason): check is CaseIssue {
  return 'path' in check;
}

/**
 * The next case after an accepted step: a new object (with a new trail array) that shares with
 * the case before it only what did not change — both belong to the caller.
 */
function nextCase(c: Case, step: CompiledTransition, event: CaseEvent): Case {
  const history = c.history;
  const n = history.length;
  const nextHistory = new Array<AuditEntry>(n + 1);
  for (let i = 0; i < n; i++) nextHistory[i] = history[i]!;
  nextHistory[n] = { from: c.state, to: step.to, event };
  return {
    id: c.id,
    municipalityCode: c.municipalityCode,
    openedAt: c.openedAt,
    openedBy: c.openedBy,
    state: step.to,
    outcome: step.rule.outcome ?? c.outcome,
    signals: event.type === 'signal-added' ? [...c.signals, event.signal] : c.signals,
    matching: c.matching,
    history: nextHistory,
  };
}

/**
 * Apply one validated event to a case: the next case (with the event appended to its audit
 * trail), the effects to carry out and the reasons the step was allowed — the transition-table
 * row (`transition.<row id>`) and any rule its payload passed — or issues that name the state,
 * the event and what the state allows. The case passed in is never changed; the case returned
 * is new (the effects and reasons are frozen: the table shares them). Validate events from
 * outside with {@link parseEvent} first; this function trusts their types.
 * @example
 * const r = applyEvent(c, { type: 'picked-up', caseId: c.id, at: '2025-05-06T08:00:00.000Z', actor: 'staff:42' });
 * if (r.ok) c = r.value; else console.log(r.issues[0].message);
 * r.ok && r.reasons[0].values // { rule: 'picked-up', event: 'picked-up', from: 'screening', to: 'contacting' }
 * @category Lifecycle
 */
export function applyEvent(c: Case, event: CaseEvent, options?: ApplyOptions): StepResult {
  const lookup = options?.lookup ?? DEFAULT_LOOKUP;
  const step = lookup.get(c.state)?.get(event.type);
  if (step === undefined) return notAllowed(c, event, lookup);
  if (event.caseId !== c.id) {
    return refuse(caseIssue('case_mismatch', ['caseId'], 'The event belongs to another case', { state: c.state, eventType: event.type }));
  }
  const history = c.history;
  const last = history.length === 0 ? c.openedAt : history[history.length - 1]!.event.at;
  if (event.at < last) {
    return refuse(caseIssue('event_out_of_order', ['at'], 'The event is older than the previous one', { state: c.state, eventType: event.type }));
  }
  let reasons: readonly Reason[] = step.reasons;
  if (event.type === 'feedback-sent' || event.type === 'signal-added' || event.type === 'auto-close' || event.type === 'data-quality-note') {
    const check = payloadCheck(c, event);
    if (check !== null && isIssue(check)) return refuse(check);
    if (check !== null) reasons = [step.reason, check];
  }
  return { ok: true, value: nextCase(c, step, event), effects: step.effects, reasons };
}

/**
 * Apply events in order, stopping at the first refused one. Returns the last good case and, if
 * one was refused, its index and issues.
 * @example
 * const { case: c, failed } = applyEvents(opened, events);
 * @category Lifecycle
 */
export function applyEvents(
  c: Case,
  events: readonly CaseEvent[],
  options: ApplyOptions = {},
): { readonly case: Case; readonly failed: { readonly index: number; readonly issues: readonly CaseIssue[] } | null } {
  let current = c;
  for (let i = 0; i < events.length; i++) {
    const result = applyEvent(current, events[i]!, options);
    if (!result.ok) return { case: current, failed: { index: i, issues: result.issues } };
    current = result.value;
  }
  return { case: current, failed: null };
}
