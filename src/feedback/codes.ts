import { cite, dated, SOURCES, type Dated, type IsoDate, type LocalizedText, type Reason, type SourceRef } from '../model/index.js';
import { reason, text } from '../model/internal.js';
import { deepFreeze } from './freeze.js';

/**
 * The feedback codes a municipality sends back to the creditor through RIS or VPS, as a dated
 * vocabulary (De signaalreis, 003, introduction and footnote 1).
 * @category Feedback
 */
export const FEEDBACK_CODE_NAMES = [
  'unjustified', 'not-picked-up', 'repeated', 'known-at-debt-help', 'wants-help', 'not-reached-or-no-help', 'deceased',
] as const;
/** A feedback code. @category Feedback */
export type FeedbackCode = (typeof FEEDBACK_CODE_NAMES)[number];

/**
 * One entry of the feedback vocabulary: its label, the periods it may be sent in (a dated value
 * of the model: `versionAt(date)` tells whether and under which source it is in force), and what
 * older feedback used before it existed.
 * @category Feedback
 */
export interface FeedbackCodeDefinition {
  /** The code. */
  readonly code: FeedbackCode;
  /** The text the creditor sees, Dutch and English. */
  readonly label: LocalizedText;
  /** When the code may be sent (Amsterdam dates; `until` exclusive), each period with the source of its dates. */
  readonly validity: Dated<SourceRef>;
  /** The code derived feedback falls back to while this one is not in force (what RIS/VPS sent then). */
  readonly fallback: FeedbackCode | null;
  /**
   * The fallback for a case that was picked up, when it differs: "not picked up" would be wrong
   * there. An assumption of this library (the sources do not say what RIS/VPS sent then).
   */
  readonly fallbackAfterPickUp: FeedbackCode | null;
}

/**
 * First day of the statutory task (Wgs in force, 1 January 2021): the default start of the six
 * original codes. The codes existed in RIS/VPS before; replays of older data are out of scope.
 */
export const WGS_START: IsoDate = '2021-01-01';

/**
 * "Already known at debt help" was added at the end of November 2023 (De signaalreis, 003,
 * footnote 1: "sinds eind november 2023"). The report gives no day; this library uses
 * 30 November 2023, the last day of that month, so that no earlier date is wrongly accepted.
 */
export const KNOWN_AT_DEBT_HELP_FROM: IsoDate = '2023-11-30';

/**
 * "Resident deceased" was added in mid-2024 (De signaalreis, 003: "vanaf medio 2024"). The
 * report gives no day; this library uses 1 July 2024.
 */
export const DECEASED_FROM: IsoDate = '2024-07-01';

const INTRO = cite(SOURCES.signaalreis, 'Inleiding: terugkoppelingen 1) t/m 6)');

/** A code in force from a date on, open-ended, frozen all the way down; a later code falls back to "not picked up" (before pick-up) or "not reached or no help" (after). */
function code(name: FeedbackCode, label: LocalizedText, from: IsoDate, source: SourceRef, later = false): FeedbackCodeDefinition {
  return deepFreeze({
    code: name, label, validity: dated([{ from, value: Object.freeze(source) }]),
    fallback: later ? 'not-picked-up' : null, fallbackAfterPickUp: later ? 'not-reached-or-no-help' : null,
  });
}

/**
 * The feedback vocabulary with validity dates (rules as data). Pass your own table to the
 * functions that take one, e.g. when a new code such as "not living at this address" arrives.
 * @category Feedback
 */
export const FEEDBACK_CODES: Readonly<Record<FeedbackCode, FeedbackCodeDefinition>> = Object.freeze({
  unjustified: code('unjustified', text('Melding is onterecht', 'Signal is unjustified'), WGS_START, INTRO),
  'not-picked-up': code('not-picked-up', text('Melding wordt niet opgepakt', 'Signal will not be picked up'), WGS_START, INTRO),
  repeated: code('repeated', text('Herhaalde melding', 'Repeated signal'), WGS_START, INTRO),
  'known-at-debt-help': code(
    'known-at-debt-help', text('Inwoner/klant al bekend bij schuldhulpverlening', 'Resident already known at debt help'),
    KNOWN_AT_DEBT_HELP_FROM, cite(SOURCES.signaalreis, 'voetnoot 1: sinds eind november 2023'), true,
  ),
  'wants-help': code('wants-help', text('Inwoner/klant wil hulp', 'Resident wants help'), WGS_START, INTRO),
  'not-reached-or-no-help': code(
    'not-reached-or-no-help', text('Inwoner/klant is nog niet bereikt of wil geen hulp', 'Resident not reached yet or wants no help'), WGS_START, INTRO,
  ),
  deceased: code(
    'deceased', text('Inwoner is overleden', 'Resident deceased'), DECEASED_FROM,
    cite(SOURCES.signaalreis, 'terugkoppeling "inwoner is overleden" vanaf medio 2024'), true,
  ),
});

/** The passing reason of each version of each default code, built once: what an accepted `feedback-sent` step cites. */
const IN_FORCE: ReadonlyMap<FeedbackCode, readonly { readonly from: IsoDate; readonly until: IsoDate | undefined; readonly reason: Reason }[]> = new Map(
  FEEDBACK_CODE_NAMES.map((name) => {
    const def = FEEDBACK_CODES[name];
    return [name, def.validity.versions.map((v) => ({
      from: v.from, until: v.until,
      reason: reason('feedback.code-validity', 'pass', v.value, Object.freeze(text(
        `Terugkoppeling "${def.label.nl}" is geldig vanaf ${v.from}${v.until ? ` tot ${v.until}` : ''}`,
        `Feedback "${def.label.en}" is valid from ${v.from}${v.until ? ` until ${v.until}` : ''}`,
      )), { code: name, validFrom: v.from, validUntil: v.until ?? null }),
    }))] as const;
  }),
);

/**
 * The passing reason of a default code on a date (shared and frozen), or `null` when the code is
 * not in force then; see {@link feedbackCodeAt} for the reason of a refusal.
 */
export function codeInForce(name: FeedbackCode, date: IsoDate): Reason | null {
  for (const v of IN_FORCE.get(name) ?? []) if (date >= v.from && (v.until === undefined || date < v.until)) return v.reason;
  return null;
}

/**
 * Whether a code may be sent on a date, with the reason (values compared, source cited).
 * @example
 * feedbackCodeAt('deceased', '2024-06-30').ok // false: in force from 2024-07-01
 * feedbackCodeAt('deceased', '2024-07-01').ok // true
 * @category Feedback
 */
export function feedbackCodeAt(
  name: FeedbackCode,
  date: IsoDate,
  codes: Readonly<Record<FeedbackCode, FeedbackCodeDefinition>> = FEEDBACK_CODES,
): { readonly ok: boolean; readonly reason: Reason } {
  const def = codes[name];
  const version = def.validity.versionAt(date);
  const shown = version ?? def.validity.versions.find((v) => v.from > date) ?? def.validity.versions.at(-1)!;
  const values = { code: name, date, validFrom: shown.from, validUntil: shown.until ?? null };
  const period = `${shown.from} – ${shown.until ?? '…'}`;
  return {
    ok: version !== undefined,
    reason: reason(
      'feedback.code-validity', version !== undefined ? 'pass' : 'fail', shown.value,
      version !== undefined
        ? text(`Terugkoppeling "${def.label.nl}" is geldig op ${date}`, `Feedback "${def.label.en}" is valid on ${date}`)
        : text(
            `Terugkoppeling "${def.label.nl}" bestaat niet op ${date} (geldig ${period})`,
            `Feedback "${def.label.en}" does not exist on ${date} (valid ${period})`,
          ),
      values,
    ),
  };
}
