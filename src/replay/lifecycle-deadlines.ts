/**
 * The lifecycle deadlines of each replayed signal (DOMAIN.md §5). Replay does not compute them
 * itself: it replays the sample's outcome as events of the feedback module's case lifecycle
 * (`openCase`, `applyEvents`) and asks that module for the case's deadlines (`caseDeadlines`):
 * a threatening situation picked up within 3 working days, a warm referral contacted within 3
 * working days, the first conversation within 2 (at most 4) weeks, closed within 28 days.
 * Replay adds one thing: whether each deadline was met, missed or still open on the replay date.
 * @module
 */
import {
  applyEvents, caseDeadlines, openCase, type Case, type CaseDeadline, type CaseEvent, type ContactChannel,
} from '../feedback/index.js';
import { type IsoDate, type Reason } from '../model/index.js';
import { reason, text } from '../model/internal.js';
import type { AttemptChannel } from './contact-channels.js';
import type { SampleRecord } from './sample-schema.js';

/**
 * How a deadline came out on the replay date:
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
  /** Why: the rule, its dates, the replay date and its source. */
  readonly reason: Reason;
}

/** The lifecycle's name of a sample's contact channel. */
const CONTACT_CHANNEL: Readonly<Record<AttemptChannel, ContactChannel>> = {
  letter: 'letter', email: 'email', sms: 'sms-whatsapp', phone: 'phone', 'home-visit': 'home-visit', card: 'card',
  appointment: 'appointment', administrative: 'administrative', other: 'other', unknown: 'unknown',
};

/**
 * Placeholders for what opening a case needs but deadlines never read: a sample is pseudonymised
 * and has no municipality code or full address.
 */
const PLACEHOLDER = { municipalityCode: '0000', client: { postcode: '9999ZZ', houseNumber: 1 }, actor: 'replay' } as const;

/** A date as an instant at noon in Amsterdam (10:00 UTC), so that the lifecycle reads back the same date. */
function at(date: IsoDate): string {
  return `${date}T10:00:00.000Z`;
}

/**
 * The sample's outcome as lifecycle events, in date order: found in the register on arrival,
 * picked up with the first contact attempt (a sample records no separate "picked up" date), each
 * attempt, help accepted when the resident was first reached, and the close.
 */
function eventsOf(record: SampleRecord, caseId: string): CaseEvent[] {
  const o = record.outcome!;
  const base = { caseId, actor: PLACEHOLDER.actor };
  const dated: Array<{ date: IsoDate; event: CaseEvent }> = [{ date: record.receivedDate, event: { ...base, type: 'register-matched', at: at(record.receivedDate) } }];
  const attempts = [...o.attempts].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  let state: 'screening' | 'contacting' | 'reached' | 'help-accepted' = 'screening';
  for (const attempt of attempts) {
    const when = at(attempt.date);
    if (state === 'screening') {
      dated.push({ date: attempt.date, event: { ...base, type: 'picked-up', at: when } });
      state = 'contacting';
    }
    const channel = CONTACT_CHANNEL[attempt.channel];
    if (attempt.reached === true) {
      dated.push({ date: attempt.date, event: { ...base, type: 'contact-reached', at: when, channel } });
      if (state === 'contacting') state = 'reached';
      if (state === 'reached' && o.helpAccepted === true) {
        dated.push({ date: attempt.date, event: { ...base, type: 'help-accepted', at: when } });
        state = 'help-accepted';
      }
    } else {
      dated.push({ date: attempt.date, event: { ...base, type: 'contact-not-reached', at: when, channel } });
    }
  }
  if (o.closedDate !== undefined) {
    const when = at(o.closedDate);
    const close: CaseEvent =
      state === 'screening' ? { ...base, type: 'not-picked-up', at: when }
        : state === 'contacting' ? { ...base, type: 'contact-given-up', at: when }
          : state === 'help-accepted' ? { ...base, type: 'help-completed', at: when, result: 'follow-up' }
            : o.class === 'reached-no-help' ? { ...base, type: 'help-declined', at: when } : { ...base, type: 'contact-lost', at: when };
    dated.push({ date: o.closedDate, event: close });
  }
  // Stable: events of one date keep the order above (attempts, then help accepted, then the close).
  return dated.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).map((d) => d.event);
}

/**
 * The lifecycle case of a sample record with an outcome, as far as the lifecycle accepts its
 * events (an event it refuses, e.g. an attempt after the close, ends the replay of the case).
 */
function caseOf(record: SampleRecord): Case | null {
  const caseId = record.caseId ?? record.id;
  const opened = openCase({
    caseId,
    municipalityCode: PLACEHOLDER.municipalityCode,
    at: at(record.receivedDate),
    actor: PLACEHOLDER.actor,
    signal: {
      id: record.id,
      kind: record.kind,
      creditor: { id: record.creditor.id, sector: record.creditor.sector },
      receivedDate: record.receivedDate,
      amount: record.arrears.total,
      ...(record.crisis !== undefined ? { crisis: record.crisis } : {}),
      client: PLACEHOLDER.client,
    },
  });
  return opened.ok ? applyEvents(opened.value, eventsOf(record, caseId)).case : null;
}

function statusOf(d: CaseDeadline, asOf: IsoDate): DeadlineStatus {
  if (d.metOn !== null) return d.metOn <= d.due ? 'met' : 'missed';
  return d.due < asOf ? 'missed' : 'open';
}

const OUTCOME_OF_STATUS = { met: 'pass', missed: 'fail', open: 'info' } as const;
const STATUS_TEXT = {
  met: text('gehaald', 'met'),
  missed: text('niet gehaald', 'missed'),
  open: text('nog open', 'still open'),
} as const;

function replayDeadline(d: CaseDeadline, asOf: IsoDate): ReplayDeadline {
  const status = statusOf(d, asOf);
  const { key, start, due, metOn } = d;
  const r = reason(
    `deadline.${key}`,
    OUTCOME_OF_STATUS[status],
    d.reason.source,
    text(`${d.reason.message.nl}. Op ${asOf}: ${STATUS_TEXT[status].nl}`, `${d.reason.message.en}. On ${asOf}: ${STATUS_TEXT[status].en}`),
    { start, due, metOn, asOf, status },
  );
  return Object.freeze({ key, start, due, metOn, status, reason: r });
}

/**
 * The deadlines of one replayed signal with an outcome, each met, missed or open on the replay
 * date; empty without an outcome or when the signal was not picked up.
 */
export function replayDeadlines(record: SampleRecord, asOf: IsoDate): ReplayDeadline[] {
  if (!record.outcome || record.outcome.class === 'not-picked-up') return [];
  const c = caseOf(record);
  return c === null ? [] : caseDeadlines(c).map((d) => replayDeadline(d, asOf));
}
