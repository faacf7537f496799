import type { IsoDate } from '../model/index.js';
import type { SignalKind } from '../model/index.js';
import type { Case, AuditEntry } from './case.js';
import type { CaseSignal } from './case-signal.js';
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
  /** Received date of the first crisis signal, or `null`. */
  readonly crisisDate: IsoDate | null;
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
  /** Date the case closed. */
  readonly closedDate: IsoDate | null;
  /** The entry that closed the case. */
  readonly closingEntry: AuditEntry | null;
}

/**
 * Signal kinds treated as a threatening situation (crisis) unless a signal says otherwise with
 * its `crisis` flag. Default: an eviction notice. An end-of-supply signal is not a threatening
 * situation by definition (De signaalreis, 003: "hiervan is niet per definitie sprake bij een
 * eindeleveringssignaal"), so it is not in the list.
 * @category Deadlines
 */
export const CRISIS_KINDS: readonly SignalKind[] = ['eviction-notice'];

/** The date facts of a case (every fact but the closing entry). @category Lifecycle */
export type CaseDateFact = Exclude<keyof CaseFacts, 'closingEntry'>;

/**
 * Whether a signal is a threatening situation: its own `crisis` flag, or else its kind.
 * @category Deadlines
 */
export function isCrisisSignal(signal: CaseSignal, crisisKinds: readonly SignalKind[] = CRISIS_KINDS): boolean {
  return signal.crisis ?? crisisKinds.includes(signal.kind);
}

const FIRST_DATE_OF: Partial<Record<CaseEventType, CaseDateFact>> = {
  'register-matched': 'matchedDate',
  'picked-up': 'pickedUpDate',
  'contact-not-reached': 'firstAttemptDate',
  'contact-reached': 'firstReachedDate',
  'help-accepted': 'helpAcceptedDate',
};

/**
 * Read the {@link CaseFacts} of a case.
 * @example
 * caseFacts(c).pickedUpDate // '2025-05-06'
 * @category Lifecycle
 */
export function caseFacts(c: Case, crisisKinds: readonly SignalKind[] = CRISIS_KINDS): CaseFacts {
  const facts: { -readonly [K in keyof CaseFacts]: CaseFacts[K] } = {
    receivedDate: c.signals[0].receivedDate,
    crisisDate: c.signals.find((s) => isCrisisSignal(s, crisisKinds))?.receivedDate ?? null,
    warmReferralDate: c.signals.find((s) => s.kind === 'warm-referral')?.receivedDate ?? null,
    matchedDate: null, pickedUpDate: null, firstAttemptDate: null, firstReachedDate: null,
    helpAcceptedDate: null, closedDate: null, closingEntry: null,
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
