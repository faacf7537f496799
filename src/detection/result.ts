import type { BatchItem, Euro, IsoDate, Reason, Sector } from '../model/index.js';

/**
 * Labels of a signal, as municipalities use them (De signaalreis, 003):
 * - `single`: one creditor for this resident and household in the match window (enkelvoudig);
 * - `person-match`: two or more different creditors about this resident (meervoudig, match);
 * - `household-match`: two or more different creditors at this household, not all about this resident;
 * - `update`: the same creditor re-sending the same debt (not a new creditor, not a match partner);
 * - `recidivism`: a returning resident (terugkerende inwoner), signalled in an earlier month of the
 *   recidivism window by any creditor — an update from an earlier month included;
 * - `dragger`: signalled in most months of the dragger period (sleper, schuiver);
 * - `crisis`: a crisis signal ("erop af": eviction notice or end of supply; the model's `CRISIS_KINDS`);
 * - `warm-referral`: warm referral by the creditor.
 * @category Detection
 */
export const DETECTION_LABELS = [
  'single', 'person-match', 'household-match', 'update', 'recidivism', 'dragger', 'crisis', 'warm-referral',
] as const;
/** A detection label. @category Detection */
export type DetectionLabel = (typeof DETECTION_LABELS)[number];

/** Whether, and with whom, a signal is a match. The fields triage reads first. @category Detection */
export interface MatchFacts {
  /** Two or more different creditors, about the resident or the household. */
  readonly isMatch: boolean;
  /** `person` (the resident), `household` (the address, other residents included) or `none`. */
  readonly level: 'person' | 'household' | 'none';
  /** Different creditors in the window at that level (at the person's level when `none`). */
  readonly creditorCount: number;
  /** Creditor ids, this signal's creditor first. */
  readonly creditorIds: readonly string[];
  /** Sectors of those creditors, in the order of the model's `SECTORS`. */
  readonly sectors: readonly Sector[];
  /** Sum of the newest amount of each creditor (an update replaces its creditor's earlier amount). */
  readonly totalAmount: Euro;
  /** The match partners: the newest signal of each other creditor in the window (empty when single). */
  readonly partnerSignalIds: readonly string[];
  /** Their received dates, in the same order. */
  readonly partnerDates: readonly IsoDate[];
  /** First day of the match window. */
  readonly windowStart: IsoDate;
}

/**
 * Whether a signal updates an earlier one (same creditor, same debt). Also the values of the
 * `update.same-debt` reason. @category Detection
 */
export type UpdateFacts = {
  readonly isUpdate: boolean;
  /** The signal it updates (the previous one of the same debt), or `null`. */
  readonly previousSignalId: string | null;
  /** Its received date, or `null`. */
  readonly previousDate: IsoDate | null;
  /** Its amount, or `null`. */
  readonly previousAmount: Euro | null;
};

/**
 * Whether the resident is a returning resident (recidive, DOMAIN.md §3: "signalled in more than
 * one month, whichever creditor"): signalled in an earlier calendar month of the recidivism
 * window. An update of the same debt from an earlier month counts too — update and returning
 * resident are separate facts. Also the values of the `recidivism.within-months` reason.
 * @category Detection
 */
export type RecidivismFacts = {
  readonly isRecidivist: boolean;
  /** The most recent signal of the resident in an earlier month of the window, or `null`. */
  readonly previousSignalId: string | null;
  /** Its received date, or `null`. */
  readonly previousDate: IsoDate | null;
  /** Its creditor, or `null`. */
  readonly previousCreditorId: string | null;
  /** Whether that creditor is this signal's creditor, or `null`. */
  readonly sameCreditor: boolean | null;
  /** Calendar months between its month and this signal's month, or `null`. */
  readonly monthsSince: number | null;
};

/**
 * Whether the same creditor signalled this resident in the previous calendar month (any debt):
 * the fact behind "> € 100 opgepakt, tenzij hetzelfde signaal vorige maand ook" (De signaalreis,
 * gemeente 1). The `repeat.same-creditor-last-month` reason says whether it holds; these facts name the signal.
 * @category Detection
 */
export type RepeatFacts = {
  readonly sameCreditorLastMonth: boolean;
  /** That creditor's newest signal about the resident last month, or `null`. */
  readonly previousSignalId: string | null;
  /** Its received date, or `null`. */
  readonly previousDate: IsoDate | null;
};

/** How often the resident was signalled in the dragger period. @category Detection */
export interface DraggerFacts {
  readonly isDragger: boolean;
  /** Calendar months of the period with at least one signal, this month included. */
  readonly monthsSignalled: number;
  /** Length of the period in months. */
  readonly periodMonths: number;
}

/** Whether a signal is handled the same day, and whether it is a crisis signal or a warm referral. @category Detection */
export interface UrgencyFacts {
  /** Pick up the same day: the signal's kind is one of the option `sameDayKinds`. */
  readonly sameDay: boolean;
  /** What kind of urgent signal: `crisis` (a crisis signal), `warm-referral`, or `null`. */
  readonly reason: 'crisis' | 'warm-referral' | null;
}

/**
 * What detection found for one valid signal. Labels and facts explain themselves through
 * `reasons`, which name the earlier signals, creditors and dates they rest on.
 * @category Detection
 */
export interface SignalDetection {
  /** The signal's id. */
  readonly signalId: string;
  /** The resident it is about: `register:<id>`, or `fuzzy:<first signal id>` for a fuzzy identity. */
  readonly person: string;
  /** The household: `household:<id>`, or `address:<postcode|number|addition>`. */
  readonly household: string;
  /** Its labels (exactly one of single / person-match / household-match, plus any others). */
  readonly labels: readonly DetectionLabel[];
  readonly match: MatchFacts;
  readonly update: UpdateFacts;
  readonly recidivism: RecidivismFacts;
  readonly repeat: RepeatFacts;
  readonly dragger: DraggerFacts;
  readonly urgency: UrgencyFacts;
  /** One reason per rule, with the values compared and the source. */
  readonly reasons: readonly Reason[];
}

/**
 * One item per input, in input order: `{ index, ok: true, value }` with what detection found, or
 * `{ index, ok: false, issues }` for an input it could not read (it took no part in the detection).
 * @category Detection
 */
export type DetectionResult = BatchItem<SignalDetection>;

/**
 * What `detectMatches` and `detectIncremental` return: one item per input, in input
 * order, kept as compact columns. Each item (`{ index, ok: true, value }` or `{ index, ok: false,
 * issues }`) is built when it is asked for — its facts, labels and reasons are explained only then
 * — and is a fresh object each time. Iterate it (`for … of`), read one item with `at(i)`, or
 * `JSON.stringify` it: that gives the same JSON as the array of its items.
 * @example
 * const results = detectMatches(signals);
 * for (const item of results) if (item.ok) console.log(item.value.labels);
 * const first = results.at(0);          // DetectionResult | undefined
 * const all = [...results];             // a plain array of the items, when one is needed
 * @category Detection
 */
export interface DetectionResults extends Iterable<DetectionResult> {
  /** The number of items: the number of inputs. */
  readonly length: number;
  /** The item of input `index` (negative counts from the end, as `Array.prototype.at`), or `undefined` out of range. */
  at(index: number): DetectionResult | undefined;
  /** The items as a plain array: what `JSON.stringify` writes. */
  toJSON(): DetectionResult[];
}
