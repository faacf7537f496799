import { z } from 'zod';
import { IsoDateField } from '../model/internal.js';
import type { IsoDate } from '../model/index.js';
import type { CaseSignal } from './case-signal.js';
import type { CaseEvent } from './events.js';
import type { CaseOutcome, CaseState } from './states.js';
import { deepFreeze } from './freeze.js';

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
 * The period over which signals were matched into this case (DDAS `startdatumMatchingperiode`,
 * `einddatumMatchingperiode`).
 * @category Lifecycle
 */
export interface MatchingPeriod {
  /** First date of the period. */
  readonly start: IsoDate;
  /** Last date of the period. */
  readonly end: IsoDate;
}

/** Schema of a {@link MatchingPeriod}. @category Lifecycle */
export const MatchingPeriodSchema = z
  .object({ start: IsoDateField, end: IsoDateField })
  .refine((p) => p.start <= p.end, { message: 'The period must not end before it starts', path: ['end'] });

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
  /** The matching period, when the vendor records one. */
  readonly matchingPeriod: MatchingPeriod | null;
  /** Every accepted event, oldest first. */
  readonly history: readonly AuditEntry[];
}

/** A case built by this module, frozen all the way down (its signals, matching period and trail). */
export function frozenCase(c: Case): Case {
  return deepFreeze(c);
}
