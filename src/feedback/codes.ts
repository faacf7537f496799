import { cite, SOURCES, type LocalizedText, type Reason, type SourceRef } from '../model/index.js';
import { text } from '../model/internal.js';
import type { IsoDate } from '../model/index.js';

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
 * One entry of the feedback vocabulary: its label, the period it is valid in and what older
 * feedback used before it existed.
 * @category Feedback
 */
export interface FeedbackCodeDefinition {
  /** The code. */
  readonly code: FeedbackCode;
  /** The text the creditor sees, Dutch and English. */
  readonly label: LocalizedText;
  /** First Amsterdam date on which the code may be sent. */
  readonly validFrom: IsoDate;
  /** Last date on which it may be sent, or `null` while it is current. */
  readonly validUntil: IsoDate | null;
  /** The code derived feedback falls back to before `validFrom` (what RIS/VPS sent then). */
  readonly fallback: FeedbackCode | null;
  /** Where the code and its dates come from. */
  readonly source: SourceRef;
}

/**
 * First day of the statutory task (Wgs in force, 1 January 2021): the default start of the six
 * original codes. The codes existed in RIS/VPS before; replays of older data are out of scope.
 * @category Feedback
 */
export const WGS_START: IsoDate = '2021-01-01';

/**
 * "Already known at debt help" was added at the end of November 2023 (De signaalreis, 003,
 * footnote 1: "sinds eind november 2023"). The report gives no day; this library uses
 * 30 November 2023, the last day of that month, so that no earlier date is wrongly accepted.
 * @category Feedback
 */
export const KNOWN_AT_DEBT_HELP_FROM: IsoDate = '2023-11-30';

/**
 * "Resident deceased" was added in mid-2024 (De signaalreis, 003: "vanaf medio 2024"). The
 * report gives no day; this library uses 1 July 2024.
 * @category Feedback
 */
export const DECEASED_FROM: IsoDate = '2024-07-01';

const INTRO = cite(SOURCES.signaalreis, 'Inleiding: terugkoppelingen 1) t/m 6)');

/**
 * The feedback vocabulary with validity dates (rules as data). Pass your own table to the
 * functions that take one, e.g. when a new code such as "not living at this address" arrives.
 * @category Feedback
 */
export const FEEDBACK_CODES: Readonly<Record<FeedbackCode, FeedbackCodeDefinition>> = {
  unjustified: {
    code: 'unjustified', label: text('Melding is onterecht', 'Signal is unjustified'),
    validFrom: WGS_START, validUntil: null, fallback: null, source: INTRO,
  },
  'not-picked-up': {
    code: 'not-picked-up', label: text('Melding wordt niet opgepakt', 'Signal will not be picked up'),
    validFrom: WGS_START, validUntil: null, fallback: null, source: INTRO,
  },
  repeated: {
    code: 'repeated', label: text('Herhaalde melding', 'Repeated signal'),
    validFrom: WGS_START, validUntil: null, fallback: null, source: INTRO,
  },
  'known-at-debt-help': {
    code: 'known-at-debt-help',
    label: text('Inwoner/klant al bekend bij schuldhulpverlening', 'Resident already known at debt help'),
    validFrom: KNOWN_AT_DEBT_HELP_FROM, validUntil: null, fallback: 'not-picked-up',
    source: cite(SOURCES.signaalreis, 'voetnoot 1: sinds eind november 2023'),
  },
  'wants-help': {
    code: 'wants-help', label: text('Inwoner/klant wil hulp', 'Resident wants help'),
    validFrom: WGS_START, validUntil: null, fallback: null, source: INTRO,
  },
  'not-reached-or-no-help': {
    code: 'not-reached-or-no-help',
    label: text('Inwoner/klant is nog niet bereikt of wil geen hulp', 'Resident not reached yet or wants no help'),
    validFrom: WGS_START, validUntil: null, fallback: null, source: INTRO,
  },
  deceased: {
    code: 'deceased', label: text('Inwoner is overleden', 'Resident deceased'),
    validFrom: DECEASED_FROM, validUntil: null, fallback: 'not-picked-up',
    source: cite(SOURCES.signaalreis, 'terugkoppeling "inwoner is overleden" vanaf medio 2024'),
  },
};

/**
 * Whether a code may be sent on a date, with the reason (values compared, source cited).
 * @example
 * feedbackCodeAt('deceased', '2024-06-30').ok // false: valid from 2024-07-01
 * feedbackCodeAt('deceased', '2024-07-01').ok // true
 * @category Feedback
 */
export function feedbackCodeAt(
  code: FeedbackCode,
  date: IsoDate,
  codes: Readonly<Record<FeedbackCode, FeedbackCodeDefinition>> = FEEDBACK_CODES,
): { readonly ok: boolean; readonly reason: Reason } {
  const def = codes[code];
  const valid = date >= def.validFrom && (def.validUntil === null || date <= def.validUntil);
  const values = { code, date, validFrom: def.validFrom, validUntil: def.validUntil };
  const period = `${def.validFrom} – ${def.validUntil ?? '…'}`;
  return {
    ok: valid,
    reason: {
      code: 'feedback.code-validity',
      outcome: valid ? 'pass' : 'fail',
      values,
      source: def.source,
      message: valid
        ? text(`Terugkoppeling "${def.label.nl}" is geldig op ${date}`, `Feedback "${def.label.en}" is valid on ${date}`)
        : text(
            `Terugkoppeling "${def.label.nl}" bestaat niet op ${date} (geldig ${period})`,
            `Feedback "${def.label.en}" does not exist on ${date} (valid ${period})`,
          ),
    },
  };
}
