import { deadline, DEADLINE_RULES } from '../calendar/index.js';
import { type Reason } from '../model/index.js';
import { text } from '../model/internal.js';
import type { AuditEntry, Case } from './case.js';
import { feedbackCodeAt } from './codes.js';
import type { CaseError, CaseResult } from './errors.js';
import type { CaseEvent } from './events.js';
import { allowedEvents, compileTransitions, type TransitionLookup } from './lookup.js';
import { TRANSITIONS } from './transitions.js';
import { localDateOf } from './local-time.js';

/**
 * The default transition table, compiled once.
 * @category Lifecycle
 */
export const DEFAULT_LOOKUP: TransitionLookup = compileTransitions(TRANSITIONS);

/** Options of {@link applyEvent}. @category Lifecycle */
export interface ApplyOptions {
  /** A compiled table of your own (see {@link compileTransitions}); default {@link DEFAULT_LOOKUP}. */
  readonly lookup?: TransitionLookup;
}

function refuse(error: CaseError): CaseResult {
  return { ok: false, error };
}

function notAllowed(c: Case, event: CaseEvent, lookup: TransitionLookup): CaseResult {
  return refuse({
    code: 'transition_not_allowed',
    state: c.state,
    eventType: event.type,
    allowed: allowedEvents(lookup, c.state),
    message: text(
      `Gebeurtenis "${event.type}" is niet toegestaan in status "${c.state}"`,
      `Event "${event.type}" is not allowed in state "${c.state}"`,
    ),
  });
}

/** Checks that depend on the event's payload rather than on the table. */
function payloadError(c: Case, event: CaseEvent): CaseError | null {
  if (event.type === 'feedback-sent') {
    const validity = feedbackCodeAt(event.code, localDateOf(event.at));
    if (!validity.ok) {
      return { code: 'feedback_code_not_valid', state: c.state, eventType: event.type, reason: validity.reason, message: validity.reason.message };
    }
  } else if (event.type === 'auto-close') {
    const due = deadline(c.signals[0].receivedDate, DEADLINE_RULES.autoClose);
    const date = localDateOf(event.at);
    if (date < due) {
      const message = text(`Automatisch afsluiten kan pas vanaf ${due}`, `Automatic closing is allowed from ${due} only`);
      const reason: Reason = { code: 'deadline.autoClose', outcome: 'fail', values: { date, due }, source: DEADLINE_RULES.autoClose.source, message };
      return { code: 'too_early', state: c.state, eventType: event.type, reason, message };
    }
  } else if (event.type === 'signal-added' && c.signals.some((s) => s.id === event.signal.id)) {
    return {
      code: 'duplicate_signal', state: c.state, eventType: event.type,
      message: text('Dit signaal hoort al bij de zaak', 'This signal is already part of the case'),
    };
  }
  return null;
}

/**
 * Apply one validated event to a case: the next case (with the event appended to its audit
 * trail) and the effects to carry out, or an error that names the state, the event and what the
 * state allows. The case passed in is never changed. Validate events from outside with
 * {@link parseEvent} first; this function trusts their types.
 * @example
 * const r = applyEvent(c, { type: 'picked-up', caseId: c.id, at: '2025-05-06T08:00:00.000Z', actor: 'staff:42' });
 * if (r.ok) c = r.case; else console.log(r.error.message.en);
 * @category Lifecycle
 */
export function applyEvent(c: Case, event: CaseEvent, options?: ApplyOptions): CaseResult {
  const lookup = options?.lookup ?? DEFAULT_LOOKUP;
  const step = lookup.get(c.state)?.get(event.type);
  if (step === undefined) return notAllowed(c, event, lookup);
  if (event.caseId !== c.id) {
    return refuse({
      code: 'case_mismatch', state: c.state, eventType: event.type,
      message: text('De gebeurtenis hoort bij een andere zaak', 'The event belongs to another case'),
    });
  }
  const history = c.history;
  const last = history.length === 0 ? c.openedAt : history[history.length - 1]!.event.at;
  if (event.at < last) {
    return refuse({
      code: 'event_out_of_order', state: c.state, eventType: event.type,
      message: text('De gebeurtenis is ouder dan de vorige', 'The event is older than the previous one'),
    });
  }
  if (event.type === 'feedback-sent' || event.type === 'signal-added' || event.type === 'auto-close') {
    const error = payloadError(c, event);
    if (error !== null) return refuse(error);
  }
  const n = history.length;
  const nextHistory = new Array<AuditEntry>(n + 1);
  for (let i = 0; i < n; i++) nextHistory[i] = history[i]!;
  nextHistory[n] = { from: c.state, to: step.to, event };
  const next: Case = {
    id: c.id,
    municipalityCode: c.municipalityCode,
    openedAt: c.openedAt,
    openedBy: c.openedBy,
    state: step.to,
    outcome: step.rule.outcome ?? c.outcome,
    signals: event.type === 'signal-added' ? [...c.signals, event.signal] : c.signals,
    matchingPeriod: c.matchingPeriod,
    history: nextHistory,
  };
  return { ok: true, case: next, effects: step.effects };
}

/**
 * Apply events in order, stopping at the first refused one. Returns the last good case and, if
 * one was refused, its index and error.
 * @example
 * const { case: c, failed } = applyEvents(opened, events);
 * @category Lifecycle
 */
export function applyEvents(
  c: Case,
  events: readonly CaseEvent[],
  options: ApplyOptions = {},
): { readonly case: Case; readonly failed: { readonly index: number; readonly error: CaseError } | null } {
  let current = c;
  for (let i = 0; i < events.length; i++) {
    const result = applyEvent(current, events[i]!, options);
    if (!result.ok) return { case: current, failed: { index: i, error: result.error } };
    current = result.case;
  }
  return { case: current, failed: null };
}
