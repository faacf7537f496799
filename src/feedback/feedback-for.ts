import { deadline, DEADLINE_RULES } from '../calendar/index.js';
import { cite, SOURCES, type IsoDate, type LocalizedText, type Reason, type Sector } from '../model/index.js';
import { reason, text } from '../model/internal.js';
import { DEFAULT_LOOKUP } from './apply-event.js';
import { asOfOf } from './as-of.js';
import type { Case } from './case.js';
import { snapshotAt } from './case-at.js';
import { caseFacts } from './case-facts.js';
import { FEEDBACK_CODES, feedbackCodeAt, type FeedbackCode, type FeedbackCodeDefinition } from './codes.js';
import { CREDITOR_VIEWS, feedbackForCreditor, type CreditorView } from './creditor-views.js';
import type { DataQualityNote } from './events.js';
import { localDateOf } from './local-time.js';
import type { CaseOutcome } from './states.js';

/**
 * The feedback code each outcome leads to. Register fallout and "moved away" are reported as
 * "not picked up": the creditor only hears that (De signaalreis, 003: "VLP's krijgen bij deze
 * uitgevallen signalen vooralsnog alleen teruggekoppeld dat een signaal niet wordt opgepakt";
 * "not registered at the address" is still under study).
 * @category Feedback
 */
export const OUTCOME_FEEDBACK: Readonly<Record<CaseOutcome, FeedbackCode>> = {
  'register-fallout': 'not-picked-up',
  unjustified: 'unjustified',
  repeated: 'repeated',
  'not-picked-up': 'not-picked-up',
  'known-at-debt-help': 'known-at-debt-help',
  deceased: 'deceased',
  'moved-away': 'not-picked-up',
  'not-reached': 'not-reached-or-no-help',
  'no-response-after-contact': 'not-reached-or-no-help',
  declined: 'not-reached-or-no-help',
  'own-action': 'not-reached-or-no-help',
  'other-trajectory': 'not-reached-or-no-help',
  'help-completed': 'wants-help',
};

/**
 * What one creditor of the case is told for a feedback item.
 * @category Feedback
 */
export interface CreditorFeedback {
  /** The signal the creditor sent. */
  readonly signalId: string;
  /** The creditor. */
  readonly creditorId: string;
  /** Its sector. */
  readonly sector: Sector;
  /** The code in the creditor's view (health insurers see two codes only). */
  readonly code: string;
  /** Its label. */
  readonly label: { readonly nl: string; readonly en: string };
}

/**
 * One feedback message of a case: interim ("wants help", sent at once) or final.
 * @category Feedback
 */
export interface FeedbackItem {
  /** `interim` or `final`. */
  readonly stage: 'interim' | 'final';
  /** The code to send, valid on `due` (a fallback when the first choice did not exist yet). */
  readonly code: FeedbackCode;
  /** Whether the code exists on `due` (false only when no fallback exists either). */
  readonly valid: boolean;
  /** The date it is due. */
  readonly due: IsoDate;
  /** When a `feedback-sent` event with this code was recorded, or `null`. */
  readonly sentAt: string | null;
  /** What each creditor of the case sees. */
  readonly creditors: readonly CreditorFeedback[];
  /** Why this feedback, and why this code. */
  readonly reasons: readonly Reason[];
}

/** Dutch and English labels of the data-quality notes (De signaalreis, Bijlage 1). @category Feedback */
export const DATA_QUALITY_NOTE_LABELS: Readonly<Record<DataQualityNote, LocalizedText>> = Object.freeze({
  'contact-data-wrong': Object.freeze(text('Contactgegevens kloppen niet', 'Contact data are wrong')),
  'address-outdated': Object.freeze(text('Adres klopt niet meer', 'Address is no longer right')),
  'no-fixed-address': Object.freeze(text('Zonder vast verblijfadres', 'No fixed address')),
});

const NOTE_SOURCE = cite(SOURCES.signaalreis, 'Bijlage 1, terugkoppeling aan zorgverzekeraars: "Soms wordt via mail gemeld: Contactgegevens kloppen niet; Adres klopt niet meer; Zonder vast verblijfadres. Dan wordt dit aangepast of (adressen) geblokkeerd voor aanlevering."');

/**
 * A note on the data of a signal for its creditor, beside the feedback code: the creditor can then
 * correct the data or block the address for delivery. DDAS v1.2 has no field for it (the national
 * monitor does not carry notes to creditors); it goes to the creditor by other means, e.g. mail.
 * @category Feedback
 */
export interface DataQualityFeedback {
  /** The note. */
  readonly note: DataQualityNote;
  /** Its text, Dutch and English. */
  readonly label: LocalizedText;
  /** The Amsterdam date it was recorded. */
  readonly recorded: IsoDate;
  /** The signals (and their creditors) it is about: the one named in the event, else every signal of the case. */
  readonly creditors: readonly { readonly signalId: string; readonly creditorId: string; readonly sector: Sector }[];
  /** Why, with its source. */
  readonly reason: Reason;
}

/**
 * The feedback of a case as of a date.
 * @category Feedback
 */
export interface CaseFeedback {
  /** Case id. */
  readonly caseId: string;
  /** The date it was derived for. */
  readonly asOf: IsoDate;
  /** All feedback due by `asOf`. */
  readonly items: readonly FeedbackItem[];
  /** The items due and not sent yet. */
  readonly toSend: readonly FeedbackItem[];
  /** Notes on the data for the creditors (wrong contact data, address, no fixed address), recorded by `asOf`. */
  readonly notes: readonly DataQualityFeedback[];
}

/** Options of {@link feedbackFor}. @category Feedback */
export interface FeedbackOptions {
  /** The date to derive the feedback for (Europe/Amsterdam). */
  readonly asOf: IsoDate;
  /** Feedback vocabulary; default {@link FEEDBACK_CODES}. */
  readonly codes?: Readonly<Record<FeedbackCode, FeedbackCodeDefinition>>;
  /** Creditor views; default {@link CREDITOR_VIEWS}. */
  readonly views?: Readonly<Partial<Record<Sector, CreditorView>>>;
  /**
   * After an interim "wants help": `keep` (default) — the creditor keeps it, no final feedback
   * follows, as the seed describes ("wordt dat direct doorgegeven"); `correct` — when the case
   * ends without help (lost, deceased, moved, known at debt help), a final code corrects it.
   */
  readonly afterInterim?: 'keep' | 'correct';
}

const CLOSED_SOURCE = cite(SOURCES.signaalreis, 'na afsluiting van de melding krijgt de VLP een terugkoppeling');
const INTERIM_SOURCE = cite(SOURCES.signaalreis, 'als de gemeente tussentijds hulpacceptatie aanvinkt, wordt dat direct doorgegeven');

interface Wanted {
  readonly stage: 'interim' | 'final';
  readonly code: FeedbackCode;
  readonly due: IsoDate;
  readonly why: Reason;
}

function why(code: string, due: IsoDate, source: Reason['source'], nl: string, en: string): Reason {
  return reason(code, 'pass', source, text(nl, en), { due });
}

const KEEP_SOURCE = cite(SOURCES.signaalreis, '"Als de gemeente tussentijds al hulpacceptatie aanvinkt, dan wordt dat direct doorgegeven aan de VLP."');

/** The feedback the history asks for, before dates and views are applied. */
function wantedFeedback(c: Case, asOf: IsoDate, afterInterim: 'keep' | 'correct'): Wanted[] {
  const facts = caseFacts(c);
  const wanted: Wanted[] = [];
  if (facts.helpAcceptedDate !== null) {
    const due = facts.helpAcceptedDate;
    wanted.push({
      stage: 'interim', code: 'wants-help', due,
      why: why('feedback.interim-help-accepted', due, INTERIM_SOURCE,
        `Hulpacceptatie op ${due}: direct terugkoppelen`, `Help accepted on ${due}: tell the creditor at once`),
    });
  }
  let final: Wanted | null = null;
  if (c.outcome !== null && facts.closedDate !== null) {
    const due = facts.closedDate;
    final = {
      stage: 'final', code: OUTCOME_FEEDBACK[c.outcome], due,
      why: why('feedback.closed', due, CLOSED_SOURCE,
        `Zaak afgesloten op ${due} (${c.outcome})`, `Case closed on ${due} (${c.outcome})`),
    };
  } else {
    const autoClose = DEFAULT_LOOKUP.get(c.state)?.get('auto-close');
    const due = deadline(facts.receivedDate, DEADLINE_RULES.autoClose);
    if (autoClose?.rule.outcome !== undefined && due <= asOf) {
      final = {
        stage: 'final', code: OUTCOME_FEEDBACK[autoClose.rule.outcome], due,
        why: why('feedback.auto-close', due, DEADLINE_RULES.autoClose.source,
          `Na 28 dagen (${due}) terugkoppelen, ook zonder afsluiting`, `Feedback is due after 28 days (${due}), closed or not`),
      };
    }
  }
  if (final === null) return wanted;
  if (facts.helpAcceptedDate === null) wanted.push(final);
  else if (afterInterim === 'correct' && final.code !== 'wants-help') {
    wanted.push({
      ...final,
      why: reason('feedback.correct-interim', 'pass', KEEP_SOURCE, text(
        `Tussentijds "wil hulp" doorgegeven; op ${final.due} gecorrigeerd (optie afterInterim: correct)`,
        `Interim "wants help" was sent; corrected on ${final.due} (option afterInterim: correct)`,
      ), { due: final.due, interimOn: facts.helpAcceptedDate }),
    });
  }
  return wanted;
}

/**
 * Derive the feedback of a case from its history, as of a date: the interim "wants help" that
 * goes out at once when help is accepted — and which the creditor then keeps (a correcting final
 * code only with `afterInterim: 'correct'`) — or else the final feedback when the case closes or
 * after 28 days. Codes are checked against their validity dates; before a code existed the
 * documented fallback is used ("not picked up" for "already known at debt help" before
 * 2023-11-30, "not reached or no help" once the case was picked up), with a reason. Each
 * creditor gets its own view (health insurers see two codes only). Throws `UsageError` for an
 * invalid `asOf`.
 * @example
 * const fb = feedbackFor(c, { asOf: '2025-06-01' });
 * fb.toSend.map((i) => i.code) // ['wants-help']
 * @category Feedback
 */
export function feedbackFor(c: Case, options: FeedbackOptions): CaseFeedback {
  const asOf = asOfOf(options);
  const { codes = FEEDBACK_CODES, views = CREDITOR_VIEWS, afterInterim = 'keep' } = options;
  const snapshot = snapshotAt(c, asOf);
  const pickedUp = caseFacts(snapshot).pickedUpDate !== null;
  const items: FeedbackItem[] = [];
  for (const w of wantedFeedback(snapshot, asOf, afterInterim)) {
    const first = feedbackCodeAt(w.code, w.due, codes);
    const fallback = (pickedUp ? codes[w.code].fallbackAfterPickUp : null) ?? codes[w.code].fallback;
    const second = first.ok || fallback === null ? null : feedbackCodeAt(fallback, w.due, codes);
    const code = second?.ok ? fallback! : w.code;
    const sent = snapshot.history.find((e) => e.event.type === 'feedback-sent' && e.event.code === code);
    items.push({
      stage: w.stage, code, due: w.due, valid: first.ok || second?.ok === true, sentAt: sent?.event.at ?? null,
      creditors: snapshot.signals.map((s) => ({
        signalId: s.id, creditorId: s.creditor.id, sector: s.creditor.sector, ...feedbackForCreditor(code, s.creditor.sector, views),
      })),
      reasons: second === null ? [w.why, first.reason] : [w.why, first.reason, second.reason],
    });
  }
  return { caseId: c.id, asOf, items, toSend: items.filter((i) => i.valid && i.sentAt === null && i.due <= asOf), notes: dataQualityNotes(snapshot) };
}

/** The data-quality notes recorded in a case's history, each addressed to the creditors it concerns. */
function dataQualityNotes(c: Case): DataQualityFeedback[] {
  const notes: DataQualityFeedback[] = [];
  for (const { event } of c.history) {
    if (event.type !== 'data-quality-note') continue;
    const about = c.signals.filter((s) => event.signalId === undefined || s.id === event.signalId);
    const label = DATA_QUALITY_NOTE_LABELS[event.note];
    const recorded = localDateOf(event.at);
    notes.push({
      note: event.note, label, recorded,
      creditors: about.map((s) => ({ signalId: s.id, creditorId: s.creditor.id, sector: s.creditor.sector })),
      reason: reason('feedback.data-quality-note', 'info', NOTE_SOURCE,
        text(`Melden aan de signaalpartner: ${label.nl}`, `Tell the creditor: ${label.en}`), { note: event.note, recorded }),
    });
  }
  return notes;
}
