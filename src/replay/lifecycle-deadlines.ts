/**
 * The lifecycle deadlines of each replayed signal (DOMAIN.md §5), evaluated with the feedback
 * module's deadline table (`CASE_DEADLINE_RULES`) on the dates the sample's outcome gives:
 * a threatening situation picked up within 3 working days, a warm referral contacted within 3
 * working days, the first conversation within 2 (at most 4) weeks, closed within 28 days.
 * @module
 */
import { deadline } from '../calendar/index.js';
import { isThreateningSituation, type IsoDate } from '../model/index.js';
import { CASE_DEADLINE_RULES, type CaseDateFact } from '../feedback/index.js';
import type { SampleRecord } from './sample-schema.js';

/**
 * How a deadline came out:
 * - `met`: the fact that meets it happened on or before the due date;
 * - `missed`: it happened later, or had not happened by the replay date although the due date had passed;
 * - `open`: not yet due on the replay date.
 * @category Replay
 */
export type DeadlineStatus = 'met' | 'missed' | 'open';

/** One deadline of a replayed signal. @category Replay */
export interface ReplayDeadline {
  /** Key of the calendar rule, e.g. `firstConversation`. */
  readonly key: string;
  readonly start: IsoDate;
  readonly due: IsoDate;
  /** The date it was met (or the late date), or null. */
  readonly metOn: IsoDate | null;
  readonly status: DeadlineStatus;
}

/**
 * The case dates a sample outcome gives. Picking up is taken to happen with the first contact
 * attempt (a sample records no separate "picked up" date); help is accepted when the resident
 * was first reached.
 */
function factsOf(record: SampleRecord): Record<CaseDateFact, IsoDate | null> | null {
  const o = record.outcome;
  if (!o || o.class === 'not-picked-up') return null;
  let firstAttempt: IsoDate | null = null;
  let firstReached: IsoDate | null = null;
  for (const a of o.attempts) {
    if (firstAttempt === null || a.date < firstAttempt) firstAttempt = a.date;
    if (a.reached && (firstReached === null || a.date < firstReached)) firstReached = a.date;
  }
  const crisis = isThreateningSituation(record);
  return {
    receivedDate: record.receivedDate,
    threateningSituationDate: crisis ? record.receivedDate : null,
    warmReferralDate: record.kind === 'warm-referral' ? record.receivedDate : null,
    matchedDate: null,
    pickedUpDate: firstAttempt,
    firstAttemptDate: firstAttempt,
    firstReachedDate: firstReached,
    helpAcceptedDate: o.helpAccepted ? firstReached : null,
    closedDate: o.closedDate ?? null,
  };
}

/**
 * The deadlines of one replayed signal with an outcome, each met, missed or open on `asOf`;
 * empty without an outcome or when the signal was not picked up.
 * @example
 * replayDeadlines(record, '2023-12-31').find((d) => d.key === 'firstConversation')?.status // 'met'
 * @category Replay
 */
export function replayDeadlines(record: SampleRecord, asOf: IsoDate): ReplayDeadline[] {
  const facts = factsOf(record);
  if (facts === null) return [];
  const out: ReplayDeadline[] = [];
  for (const r of CASE_DEADLINE_RULES) {
    const start = facts[r.startsAt];
    if (start === null) continue;
    const due = deadline(start, r.rule);
    const metOn = facts[r.metBy];
    const status: DeadlineStatus = metOn !== null ? (metOn <= due ? 'met' : 'missed') : due < asOf ? 'missed' : 'open';
    out.push({ key: r.rule.key, start, due, metOn, status });
  }
  return out;
}
