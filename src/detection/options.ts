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
  /** Where the default comes from; for an assumption, what the sources do say. */
  readonly source: SourceRef;
  /** True when no source states the default: a choice of this library, to set per municipality. */
  readonly assumption: boolean;
}

/** A choice of this library where the sources give no figure (cited with what they do say). */
function assumption(clause: string): SourceRef {
  return { id: 'assumption', document: 'Assumption of this library (no source gives the figure)', clause };
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
    description: 'ASSUMPTION. Signals of two or more different creditors within 3 months make a match (meervoudig signaal). '
      + 'The sources define a match ("2 of meer betalingsachterstanden bij verschillende partijen") but give no period; '
      + 'gemeente 5\'s "3 maanden" is about trying to reach a resident the same creditor keeps signalling, not about matches. '
      + 'Set it to the period your municipality matches over (e.g. 1 for a monthly matching run).',
    source: assumption('De signaalreis, gemeente 5: "Als er 2 of meer betalingsachterstanden bij verschillende partijen" — no period is named'),
    assumption: true,
  },
  {
    key: 'householdMatches',
    default: true,
    description: 'A match is about the same resident or household ("pure matches": arrears at different parties).',
    source: cite(SOURCES.signaalreis, 'gemeente 5: 2 of meer betalingsachterstanden bij verschillende partijen'),
    assumption: false,
  },
  {
    key: 'updateWindowMonths',
    default: 2,
    description: 'ASSUMPTION. Insurers resend an updated signal each month until the formal notice; a resend of the same debt by the '
      + 'same creditor within 2 months is an update (not a new creditor, never a match partner). The sources give the practice, not the period.',
    source: assumption('De signaalreis, bijlage: "Tot en met de aanmaning worden signalen aangeleverd; dus dan kunnen er geupdatet signalen worden gestuurd"'),
    assumption: true,
  },
  {
    key: 'recidivismMonths',
    default: 6,
    description: 'Returning resident (recidive): signalled in an earlier month of the last 6 months, by any creditor (M4; RIS "Recidive maand-1…6").',
    source: cite(SOURCES.signaalreis, 'gemeente 4: "Enkelvoudig signaal, dat een recidive is in de afgelopen 6 maanden"'),
    assumption: false,
  },
  {
    key: 'draggerPeriodMonths',
    default: 8,
    description: 'ASSUMPTION. Draggers (slepers) are signalled almost monthly; counted over the last 8 months. The sources give no period.',
    source: assumption('De signaalreis, casus 1: "Sinds februari 2022 al 22 keer gemeld, cliënten zijn \u201cslepers\u201d"'),
    assumption: true,
  },
  {
    key: 'draggerMinMonths',
    default: 6,
    description: 'ASSUMPTION. A dragger was signalled in at least 6 of those 8 months ("(bijna) maandelijks").',
    source: assumption('De signaalreis: "Daardoor komt het (bijna) maandelijks voor dat er een signaal voor hen is"'),
    assumption: true,
  },
  {
    key: 'sameDayKinds',
    default: ['end-of-supply', 'eviction-notice', 'warm-referral'],
    description: 'End-of-supply signals, eviction notices (crisis, "erop af") and warm referrals are picked up the same day.',
    source: cite(SOURCES.signaalreis, 'gemeente 3: eindeleveringssignalen en warme doorverwijzingen per direct opgepakt'),
    assumption: false,
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
