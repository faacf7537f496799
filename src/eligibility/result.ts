import type { IsoDate } from '../model/index.js';
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
  /** Every rule evaluated, in rulebook order: outcome, values compared, source and message. */
  readonly rules: readonly Reason[];
}

/**
 * Options of {@link assessEligibility}.
 * @category Eligibility
 */
export interface EligibilityOptions {
  /** The date to assess on (ISO `YYYY-MM-DD`); the library never reads a clock. */
  readonly asOf: IsoDate;
  /** The rulebook (default {@link DEFAULT_RULEBOOK}); load a JSON one with `parseRulebook`. */
  readonly rulebook?: Rulebook;
  /** A creditor policy (or preset id) layered on top of the rulebook for every case. */
  readonly creditorPolicy?: CreditorPolicy | CreditorPresetId;
  /** Creditor policies (or preset ids) by `creditorId`, for cases that name their creditor. */
  readonly creditorPolicies?: Readonly<Record<string, CreditorPolicy | CreditorPresetId>>;
}
