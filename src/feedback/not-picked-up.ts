import { z } from 'zod';
import { NOT_PICKED_UP_MEANINGS, NOT_PICKED_UP_REASONS, type NotPickedUpReason, type Result } from '../model/index.js';
import { issuesFromZod } from '../model/internal.js';
import { EVENT_LABELS, InstantField, parseEvent, type CaseEvent } from './events.js';

const NotPickedUpEventSchema = z.strictObject({
  caseId: z.string().trim().min(1),
  at: InstantField,
  actor: z.string().trim().min(1),
  reason: z.enum(NOT_PICKED_UP_REASONS),
  rule: z.string().trim().min(1).optional(),
});

/**
 * What {@link notPickedUpEvent} needs: the case, when and by whom, and why triage did not pick
 * the signal up (`decision.notPickedUp.reason` of a triage decision) with, optionally, the rule
 * that decided it.
 * @category Lifecycle
 */
export interface NotPickedUpEventInput {
  /** The case. */
  readonly caseId: string;
  /** When, with an offset (`2025-05-02T11:00:00+02:00`). */
  readonly at: string;
  /** Who (or which process) decided. */
  readonly actor: string;
  /** Triage's reason (`decision.notPickedUp.reason`). */
  readonly reason: NotPickedUpReason;
  /** The rule that decided (`decision.rule`); kept in the event for "other reason". */
  readonly rule?: string;
}

/**
 * The lifecycle event that closes a case whose signal triage did not pick up, by its reason:
 * `unjustified` → `unjustified` (DDAS "Niet opgepakt: onterecht signaal", feedback "melding is
 * onterecht"), `repeated` → `repeated-signal` ("herhaalde melding"), `other` → `not-picked-up`
 * ("andere reden"; the rule id goes into the event's `reason`). Validates its input; never throws.
 * @example
 * const d = triage(input, compilePolicy(PRESETS.M1)); // d.notPickedUp?.reason === 'unjustified'
 * const e = notPickedUpEvent({ caseId: 'Z1', at: '2025-05-02T10:00:00+02:00', actor: 'triage', reason: d.notPickedUp!.reason, rule: d.rule });
 * // e.ok && applyEvent(c, e.value) closes the case with outcome 'unjustified'
 * @category Lifecycle
 */
export function notPickedUpEvent(input: unknown): Result<CaseEvent> {
  const parsed = NotPickedUpEventSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: issuesFromZod(parsed.error, EVENT_LABELS) };
  const { reason, rule, ...base } = parsed.data;
  const type = NOT_PICKED_UP_MEANINGS[reason].event;
  return parseEvent(type === 'not-picked-up' && rule !== undefined ? { ...base, type, reason: rule } : { ...base, type });
}
