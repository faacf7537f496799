import { z } from 'zod';
import { IsoDateField } from '../model/internal.js';
import type { IsoDate } from '../model/index.js';
import type { CaseSignal } from './case-signal.js';
import type { CaseEvent } from './events.js';
import type { CaseOutcome, CaseState } from './states.js';

/**
 * One line of a case's audit trail: the event as it was accepted, and the step it made.
 * @category Lifecycle
 */
export interface AuditEntry {
  /** The state before the event. */
  readonly from: CaseState;
  /** The state after it. */
  readonly to: CaseState;
  /** The event, as validated. */
  readonly event: CaseEvent;
}

/**
 * The matching run that put the case's signals together: the date the municipality ran the
 * matching (DDAS `matchingsdatum`, "De datum waarop de matching wordt uitgevoerd") and the period
 * it matched over (`startdatumMatchingperiode`, `einddatumMatchingperiode`, "het tijdvak waarover
 * de matching plaatsvindt"). Not the date of the register (BRP) check.
 * @category Lifecycle
 */
export interface MatchingRun {
  /** The date the matching ran. */
  readonly date: IsoDate;
  /** The period it matched signals over. */
  readonly period: { readonly start: IsoDate; readonly end: IsoDate };
}

/** Schema of a {@link MatchingRun}. */
export const MatchingRunSchema = z.object({
  date: IsoDateField,
  period: z
    .object({ start: IsoDateField, end: IsoDateField })
    .refine((p) => p.start <= p.end, { message: 'The period must not end before it starts', path: ['end'] }),
});

/**
 * A case (vroegsignaalzaak): the signals it holds, where it stands, how it ended and every event
 * that brought it there. Plain JSON data; never mutated (each accepted event returns a new case).
 * @category Lifecycle
 */
export interface Case {
  /** Case id (zaak-ID). */
  readonly id: string;
  /** CBS municipality code (gemeentecode) of the municipality handling the case, e.g. `0363`. */
  readonly municipalityCode: string;
  /** When the case was opened (UTC ISO instant). */
  readonly openedAt: string;
  /** Who opened it. */
  readonly openedBy: string;
  /** Where the case stands. */
  readonly state: CaseState;
  /** How it ended, once closed; otherwise `null`. */
  readonly outcome: CaseOutcome | null;
  /** The signals of the case, the first one opened it. */
  readonly signals: readonly [CaseSignal, ...CaseSignal[]];
  /** The matching run that put the signals together, when the vendor records one. */
  readonly matching: MatchingRun | null;
  /** Every accepted event, oldest first. */
  readonly history: readonly AuditEntry[];
}
