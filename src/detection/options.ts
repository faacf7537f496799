import { z } from 'zod';
import { cite, SIGNAL_KINDS, SOURCES, type Result, type SignalKind, type SourceRef } from '../model/index.js';
import { safeParseWith } from '../model/internal.js';

/**
 * Parameters of the detection rules. Every figure differs between municipalities, so each is a
 * parameter with a documented default (see {@link DETECTION_PARAMETERS}).
 * @category Detection
 */
export interface DetectionOptions {
  /** A match needs signals of two or more creditors received within this many calendar months up to the signal's date (default 3). */
  readonly matchWindowMonths: number;
  /** Whether two creditors at one household (same address), each about another resident, also count as a match (default true). */
  readonly householdMatches: boolean;
  /** A resend by the same creditor about the same debt within this many months is an update (default 2). */
  readonly updateWindowMonths: number;
  /** A signal is recidivism when the person had another, distinct signal in one of the previous this-many calendar months (default 6). */
  readonly recidivismMonths: number;
  /** Draggers are counted over this many calendar months, the signal's own month included (default 8). */
  readonly draggerPeriodMonths: number;
  /** A dragger was signalled in at least this many of those months (default 6). */
  readonly draggerMinMonths: number;
  /** Signal kinds flagged for same-day handling (default end-of-supply, eviction-notice, warm-referral). */
  readonly sameDayKinds: readonly SignalKind[];
}

/** A documented parameter: its default, what it means and the source it rests on. @category Detection */
export interface DetectionParameter {
  /** The option's name in {@link DetectionOptions}. */
  readonly key: keyof DetectionOptions;
  /** The default value. */
  readonly default: DetectionOptions[keyof DetectionOptions];
  /** What it means, in English. */
  readonly description: string;
  /** Where the default comes from. */
  readonly source: SourceRef;
}

/** A parameter frozen through and through: reasons share its source with every result. */
function frozenParameter(p: DetectionParameter): DetectionParameter {
  if (Array.isArray(p.default)) Object.freeze(p.default);
  Object.freeze(p.source);
  return Object.freeze(p);
}

/**
 * The detection parameters with their defaults and sources; the defaults of
 * {@link DEFAULT_DETECTION_OPTIONS} are read from this table. No dated changes of these
 * practices are known: they hold for every signal date.
 * @category Detection
 */
export const DETECTION_PARAMETERS: readonly DetectionParameter[] = Object.freeze(([
  {
    key: 'matchWindowMonths',
    default: 3,
    description: 'Signals of two or more different creditors within 3 months make a match (meervoudig signaal); M5 tries contact for 3 months.',
    source: cite(SOURCES.signaalreis, 'matches (meerdere signalen); gemeente 5: "proberen ze 3 maanden contact te krijgen"'),
  },
  {
    key: 'householdMatches',
    default: true,
    description: 'A match is about the same resident or household ("pure matches": arrears at different parties).',
    source: cite(SOURCES.signaalreis, 'gemeente 5: 2 of meer betalingsachterstanden bij verschillende partijen'),
  },
  {
    key: 'updateWindowMonths',
    default: 2,
    description: 'Insurers resend an updated signal each month until the formal notice; a resend about the same debt is an update.',
    source: cite(SOURCES.signaalreis, 'bijlage 1: tot en met de aanmaning geüpdatete signalen'),
  },
  {
    key: 'recidivismMonths',
    default: 6,
    description: 'Recidivism: signalled again within the last 6 months (M4; RIS "Recidive maand-1…6").',
    source: cite(SOURCES.signaalreis, 'gemeente 4: recidive in de afgelopen 6 maanden'),
  },
  {
    key: 'draggerPeriodMonths',
    default: 8,
    description: 'Draggers (slepers) are signalled almost monthly; counted over the last 8 months.',
    source: cite(SOURCES.signaalreis, 'casus 1: sinds februari 2022 al 22 keer gemeld, slepers'),
  },
  {
    key: 'draggerMinMonths',
    default: 6,
    description: 'A dragger was signalled in at least 6 of those 8 months.',
    source: cite(SOURCES.signaalreis, 'kansen: (bijna) maandelijks een signaal voor slepers'),
  },
  {
    key: 'sameDayKinds',
    default: ['end-of-supply', 'eviction-notice', 'warm-referral'],
    description: 'End-of-supply signals, eviction notices (crisis, "erop af") and warm referrals are picked up the same day.',
    source: cite(SOURCES.signaalreis, 'gemeente 3: eindeleveringssignalen en warme doorverwijzingen per direct opgepakt'),
  },
] satisfies DetectionParameter[]).map(frozenParameter));

function defaultOf<K extends keyof DetectionOptions>(key: K): DetectionOptions[K] {
  return DETECTION_PARAMETERS.find((p) => p.key === key)!.default as DetectionOptions[K];
}

/** The default detection options, from {@link DETECTION_PARAMETERS}. @category Detection */
export const DEFAULT_DETECTION_OPTIONS: DetectionOptions = Object.freeze({
  matchWindowMonths: defaultOf('matchWindowMonths'),
  householdMatches: defaultOf('householdMatches'),
  updateWindowMonths: defaultOf('updateWindowMonths'),
  recidivismMonths: defaultOf('recidivismMonths'),
  draggerPeriodMonths: defaultOf('draggerPeriodMonths'),
  draggerMinMonths: defaultOf('draggerMinMonths'),
  sameDayKinds: defaultOf('sameDayKinds'),
});

const Months = z.number().int().min(1).max(120);

/** Schema of {@link DetectionOptions} given by a caller: every field optional, defaults filled in. @category Detection */
export const DetectionOptionsSchema = z
  .object({
    matchWindowMonths: Months.default(DEFAULT_DETECTION_OPTIONS.matchWindowMonths),
    householdMatches: z.boolean().default(DEFAULT_DETECTION_OPTIONS.householdMatches),
    updateWindowMonths: Months.default(DEFAULT_DETECTION_OPTIONS.updateWindowMonths),
    recidivismMonths: Months.default(DEFAULT_DETECTION_OPTIONS.recidivismMonths),
    draggerPeriodMonths: Months.default(DEFAULT_DETECTION_OPTIONS.draggerPeriodMonths),
    draggerMinMonths: Months.default(DEFAULT_DETECTION_OPTIONS.draggerMinMonths),
    sameDayKinds: z.array(z.enum(SIGNAL_KINDS)).default([...DEFAULT_DETECTION_OPTIONS.sameDayKinds]),
  })
  .strict()
  .refine((o) => o.draggerMinMonths <= o.draggerPeriodMonths, {
    message: 'draggerMinMonths must not exceed draggerPeriodMonths',
    path: ['draggerMinMonths'],
  });

const OPTION_LABELS: Readonly<Record<string, string>> = {
  matchWindowMonths: 'matchvenster (maanden)',
  householdMatches: 'matches per huishouden',
  updateWindowMonths: 'updatevenster (maanden)',
  recidivismMonths: 'recidivevenster (maanden)',
  draggerPeriodMonths: 'sleperperiode (maanden)',
  draggerMinMonths: 'minimum maanden sleper',
  sameDayKinds: 'soorten voor dezelfde dag',
};

/**
 * Check detection options and fill in the defaults; never throws.
 * @example
 * parseDetectionOptions({ recidivismMonths: 3 }) // { ok: true, value: { …defaults, recidivismMonths: 3 } }
 * @category Detection
 */
export function parseDetectionOptions(input: unknown = {}): Result<DetectionOptions> {
  return safeParseWith(DetectionOptionsSchema, input ?? {}, OPTION_LABELS);
}
