import { type IsoDate } from '../model/index.js';
import { isThreateningSituation } from '../model/internal.js';
import type { Case, AuditEntry } from './case.js';
import type { CaseEventType } from './events.js';
import { localDateOf } from './local-time.js';

/**
 * Dates read from a case's audit trail, in Europe/Amsterdam, that deadlines, feedback and the
 * DDAS export need. `null` when the event has not happened.
 * @category Lifecycle
 */
export interface CaseFacts {
  /** Received date of the first signal (start of the 28-day and 2/4-week clocks). */
  readonly receivedDate: IsoDate;
  /** Received date of the first signal that is a threatening situation (the model's `isThreateningSituation`), or `null`. */
  readonly threateningSituationDate: IsoDate | null;
  /** Received date of the first warm referral, or `null`. */
  readonly warmReferralDate: IsoDate | null;
  /** Date of the register match. */
  readonly matchedDate: IsoDate | null;
  /** Date the case was picked up (opgepakt). */
  readonly pickedUpDate: IsoDate | null;
  /** Date of the first contact attempt, reached or not. */
  readonly firstAttemptDate: IsoDate | null;
  /** Date the resident was first reached. */
  readonly firstReachedDate: IsoDate | null;
  /** Date help was accepted. */
  readonly helpAcceptedDate: IsoDate | null;
  /** Date the plan of approach was ready (`plan-ready`). */
  readonly planReadyDate: IsoDate | null;
  /** Date the case closed. */
  readonly closedDate: IsoDate | null;
  /** The entry that closed the case. */
  readonly closingEntry: AuditEntry | null;
}

/** The date facts of a case (every fact but the closing entry). @category Lifecycle */
export type CaseDateFact = Exclude<keyof CaseFacts, 'closingEntry'>;

const FIRST_DATE_OF: Partial<Record<CaseEventType, CaseDateFact>> = {
  'register-matched': 'matchedDate',
  'picked-up': 'pickedUpDate',
  'contact-not-reached': 'firstAttemptDate',
  'contact-reached': 'firstReachedDate',
  'help-accepted': 'helpAcceptedDate',
  'plan-ready': 'planReadyDate',
};

/**
 * Read the {@link CaseFacts} of a case.
 * @example
 * caseFacts(c).pickedUpDate // '2025-05-06'
 * @category Lifecycle
 */
export function caseFacts(c: Case): CaseFacts {
  const facts: { -readonly [K in keyof CaseFacts]: CaseFacts[K] } = {
    receivedDate: c.signals[0].receivedDate,
    threateningSituationDate: c.signals.find((s) => isThreateningSituation(s))?.receivedDate ?? null,
    warmReferralDate: c.signals.find((s) => s.kind === 'warm-referral')?.receivedDate ?? null,
    matchedDate: null, pickedUpDate: null, firstAttemptDate: null, firstReachedDate: null,
    helpAcceptedDate: null, planReadyDate: null, closedDate: null, closingEntry: null,
  };
  for (const entry of c.history) {
    const key = FIRST_DATE_OF[entry.event.type];
    const date = localDateOf(entry.event.at);
    if (key !== undefined && facts[key] === null) facts[key] = date;
    if (entry.event.type === 'contact-reached' && facts.firstAttemptDate === null) facts.firstAttemptDate = date;
    if (entry.to === 'closed' && entry.from !== 'closed') {
      facts.closedDate = date;
      facts.closingEntry = entry;
    }
  }
  return facts;
}
