/**
 * Glue between contact plans (`planContacts` in `vroegsignalering/triage`) and the case
 * lifecycle: a planned attempt that was made becomes the lifecycle's own contact event, and a
 * case's history tells the planner how far its plan got.
 * @module
 */
import { applyEvent, type ApplyOptions } from './apply-event.js';
import type { Case } from './case.js';
import type { ContactChannel } from './channels.js';
import type { StepResult } from './errors.js';
import { parseEvent } from './events.js';

/**
 * The channel of a planned attempt: a lifecycle {@link ContactChannel}, or one of the triage
 * channel names that differ from it (`sms` is recorded as `sms-whatsapp`; `youth-worker` and
 * `case-director`, contacts by another team, as `other`).
 * @category Lifecycle
 */
export type PlannedContactChannel = ContactChannel | 'sms' | 'youth-worker' | 'case-director';

/**
 * A contact attempt to record: a `PlannedAttempt` from `planContacts` has these fields (its `at`
 * is the start of its time window; pass the real time in {@link AttemptOutcome.at}).
 * @category Lifecycle
 */
export interface AttemptToRecord {
  /** The attempt's channel. */
  readonly channel: PlannedContactChannel;
  /** When it was planned, an instant with offset (`2026-12-01T18:00:00+01:00`). */
  readonly at: string;
  /** Whether it is the plan's last attempt: when it fails too, the plan is given up. */
  readonly last?: boolean;
}

/** How an attempt went. @category Lifecycle */
export interface AttemptOutcome {
  /** Whether the resident was reached. */
  readonly reached: boolean;
  /** Who made the attempt (a staff or system id, no personal data). */
  readonly actor: string;
  /** When it was made, an instant with offset; default the attempt's planned `at`. */
  readonly at?: string;
}

const RECORDED_AS: Readonly<Record<Exclude<PlannedContactChannel, ContactChannel>, ContactChannel>> = {
  sms: 'sms-whatsapp',
  'youth-worker': 'other',
  'case-director': 'other',
};

/**
 * Record a contact attempt in a case: `contact-reached` or `contact-not-reached` on its channel
 * at its time (the DDAS export takes date and day part — Ochtend, Middag, Avond — from it);
 * when the plan's last attempt fails, `contact-given-up` follows, closing the case as not
 * reached. Never throws: a refused or invalid event comes back as issues, as from `applyEvent`.
 * @example
 * const [plan] = planContacts([decision], { policy, asOf: '2026-12-01' });
 * const step = recordAttempt(openCase, plan.attempts[0], { reached: false, actor: 'staff:42' });
 * if (step.ok) c = step.value; // its history has a contact-not-reached by phone
 * @category Lifecycle
 */
export function recordAttempt(c: Case, attempt: AttemptToRecord, outcome: AttemptOutcome, options?: ApplyOptions): StepResult {
  const channel = attempt.channel in RECORDED_AS ? RECORDED_AS[attempt.channel as keyof typeof RECORDED_AS] : attempt.channel as ContactChannel;
  const at = outcome.at ?? attempt.at;
  const event = parseEvent({ type: outcome.reached ? 'contact-reached' : 'contact-not-reached', caseId: c.id, at, actor: outcome.actor, channel });
  if (!event.ok) return event;
  const step = applyEvent(c, event.value, options);
  if (!step.ok || outcome.reached || attempt.last !== true) return step;
  const givenUp = applyEvent(step.value, { type: 'contact-given-up', caseId: c.id, at: event.value.at, actor: outcome.actor }, options);
  return givenUp.ok ? { ...givenUp, effects: [...step.effects, ...givenUp.effects], reasons: [...step.reasons, ...givenUp.reasons] } : givenUp;
}

/**
 * How far a case's contact plan got, as `planContacts` reads it (`progress`): the contact
 * attempts recorded, and whether the resident was reached or declined help.
 * @example
 * planContacts(decisions, { policy, asOf, progress: { [signalId]: contactProgress(c) } });
 * @category Lifecycle
 */
export function contactProgress(c: Case): { readonly attemptsMade: number; readonly reached: boolean; readonly helpDeclined: boolean } {
  let attemptsMade = 0;
  let reached = false;
  let helpDeclined = false;
  for (const { event } of c.history) {
    if (event.type === 'contact-reached' || event.type === 'contact-not-reached') attemptsMade += 1;
    if (event.type === 'contact-reached') reached = true;
    if (event.type === 'help-declined') helpDeclined = true;
  }
  return { attemptsMade, reached, helpDeclined };
}
