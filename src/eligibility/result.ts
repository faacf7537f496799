import type { Euro, IsoDate } from '../model/index.js';
import type { Reason } from '../model/index.js';
import type { CreditorPresetId } from './creditor-presets.js';
import type { CreditorPolicy, Rulebook } from './rule-spec.js';

/**
 * The outcome of an assessment:
 * - `eligible`: the arrears may be signalled on `asOf`;
 * - `not-yet`: only the minimum age of the arrears is not reached (see `eligibleFrom`);
 * - `too-late`: the arrears are older than a maximum (e.g. beyond 100 days), or an
 *   end-of-supply signal comes too close to the end of the contract;
 * - `excluded`: another rule blocks the signal (ex-customer, objection, legal person, …).
 * @category Eligibility
 */
export type EligibilityStatus = 'eligible' | 'not-yet' | 'too-late' | 'excluded';

/**
 * Whether an arrears case may become a signal, and why.
 * @category Eligibility
 */
export interface EligibilityResult {
  /** True when `status` is `eligible`. */
  readonly eligible: boolean;
  /** See {@link EligibilityStatus}. */
  readonly status: EligibilityStatus;
  /**
   * When not eligible: the first date after `asOf` on which the case would be eligible if
   * nothing about it changes (e.g. the oldest due date + 30 days, or the day a later rule
   * takes effect). Absent when there is no such date.
   */
  readonly eligibleFrom?: IsoDate;
  /** The date assessed. */
  readonly asOf: IsoDate;
  /** The rulebook version applied: `rulebook-id[+policy-id]@first-day-of-the-version`. */
  readonly ruleVersion: string;
  /** The case's own id (`id`), when it has one. */
  readonly caseId?: string;
  /**
   * The amount that may be signalled: the total, less costs not yet invoiced (they may not be in
   * a signal, De signaalreis; the case's `arrears.uninvoicedCosts`).
   */
  readonly signalAmount: Euro;
  /**
   * Codes of the rules that raised a flag: the signal may go (or not, for other reasons), and
   * the reason of each says what to note (a business address, costs taken out of the amount,
   * an end-of-supply signal later than 20 working days before the contract ends, …).
   */
  readonly flags: readonly string[];
  /**
   * Every rule evaluated, in rulebook order: outcome, values compared, source and message
   * (each built by the model's `reason()` and frozen; the array is the caller's own).
   */
  readonly reasons: readonly Reason[];
}

/**
 * Options of {@link assessEligibility}.
 * @category Eligibility
 */
export interface EligibilityOptions {
  /**
   * The date to assess on (`YYYY-MM-DD`, or a form the model's date reader accepts, such as
   * `01-03-2024`); the library never reads a clock.
   */
  readonly asOf: IsoDate;
  /**
   * The rulebook (default {@link DEFAULT_RULEBOOK}). One from `parseRulebook` or
   * `defineRulebook` is compiled once; any other object is validated and compiled on every call.
   */
  readonly rulebook?: Rulebook;
  /** A creditor policy (or preset id) layered on top of the rulebook for every case. */
  readonly creditorPolicy?: CreditorPolicy | CreditorPresetId;
  /** Creditor policies (or preset ids) by `creditorId`, for cases that name their creditor. */
  readonly creditorPolicies?: Readonly<Record<string, CreditorPolicy | CreditorPresetId>>;
}
