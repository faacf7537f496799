import { type Euro, type LegalForm, type LocalizedText, type SourceRef } from '../model/index.js';
import { text } from '../model/internal.js';
import type { IsoDate } from '../model/index.js';
import type { CaseFlag, EligibilityKind, EligibilitySector } from './arrears-case.js';
import type { RuleSpec } from './rule-spec.js';

/**
 * Small constructors for rules, so that a rulebook written in TypeScript reads as a table.
 * Each returns a plain {@link RuleSpec} (the same data a JSON rulebook holds).
 * @module
 */

/** Where and when a rule applies, and where it comes from. @category Rulebook */
export interface RuleScope {
  /** Sectors the rule applies to. */
  readonly sectors: readonly EligibilitySector[];
  /** Signal kinds the rule applies to (default: early signals only). */
  readonly kinds?: readonly EligibilityKind[];
  /** First day the rule applies. */
  readonly validFrom: IsoDate;
  /** Last day the rule applies (inclusive); omit while in force. */
  readonly validTo?: IsoDate;
  /** Where the rule comes from. */
  readonly source: SourceRef;
}

/** The parts every rule shares. */
function head(code: string, title: LocalizedText, scope: RuleScope) {
  return {
    code,
    title,
    sectors: [...scope.sectors],
    kinds: [...(scope.kinds ?? ['early'])],
    validFrom: scope.validFrom,
    validTo: scope.validTo ?? null,
    source: scope.source,
  };
}

/** A bilingual rule title: Dutch first, then English. @category Rulebook */
export const title = text;

/** The sector may send this kind of signal at all. @category Rulebook */
export function basisRule(code: string, t: LocalizedText, scope: RuleScope): RuleSpec {
  return { ...head(code, t, scope), type: 'basis' };
}

/** A day window on the age of the oldest claim (`maxDays` null: no maximum). @category Rulebook */
export function windowRule(
  code: string, t: LocalizedText, scope: RuleScope, minDays: number, maxDays: number | null, maxOnNewestAfterLapse = false,
): RuleSpec {
  return { ...head(code, t, scope), type: 'window', minDays, maxDays, maxOnNewestAfterLapse };
}

/** A yes/no fact of the case must have the required answer. @category Rulebook */
export function flagRule(code: string, t: LocalizedText, scope: RuleScope, field: CaseFlag, required: boolean): RuleSpec {
  return { ...head(code, t, scope), type: 'flag', field, required };
}

/** The customer status or payment arrangement must be one of the allowed values. @category Rulebook */
export function oneOfRule(
  code: string, t: LocalizedText, scope: RuleScope, field: 'customerStatus' | 'paymentArrangement', allowed: readonly string[],
): RuleSpec {
  return { ...head(code, t, scope), type: 'one-of', field, allowed: [...allowed] };
}

/** The debtor's legal form must be one of the eligible forms (or the debtor personally liable). @category Rulebook */
export function legalFormRule(code: string, t: LocalizedText, scope: RuleScope, eligible: readonly LegalForm[]): RuleSpec {
  return { ...head(code, t, scope), type: 'legal-form', eligible: [...eligible] };
}

/** At least `minCount` written reminders, optionally at least `minSpacingDays` apart. @category Rulebook */
export function remindersRule(code: string, t: LocalizedText, scope: RuleScope, minCount: number, minSpacingDays: number | null = null): RuleSpec {
  return { ...head(code, t, scope), type: 'reminders', minCount, minSpacingDays };
}

/** At least `minTerms` unpaid terms of the total (or of the premium). @category Rulebook */
export function unpaidTermsRule(
  code: string, t: LocalizedText, scope: RuleScope, minTerms: number, measure: 'total' | 'premium' = 'total',
): RuleSpec {
  return { ...head(code, t, scope), type: 'unpaid-terms', minTerms, measure };
}

/** A floor on the total (or on the premium part). @category Rulebook */
export function minAmountRule(
  code: string, t: LocalizedText, scope: RuleScope, minAmount: Euro, measure: 'total' | 'premium' = 'total',
): RuleSpec {
  return { ...head(code, t, scope), type: 'min-amount', minAmount, measure };
}

/** A rule of a type without parameters. @category Rulebook */
export function plainRule(
  code: string, t: LocalizedText, scope: RuleScope, type: 'no-uninvoiced-costs' | 'premium-basis',
): RuleSpec {
  return { ...head(code, t, scope), type };
}

/** An end-of-supply signal goes out at least this many working days before the contract ends. @category Rulebook */
export function endOfSupplyNoticeRule(code: string, t: LocalizedText, scope: RuleScope, workingDaysBeforeEnd: number): RuleSpec {
  return { ...head(code, t, scope), type: 'end-of-supply-notice', workingDaysBeforeEnd };
}

/** Informs when premium arrears reach the CAK referral age in months. @category Rulebook */
export function cakReferralRule(code: string, t: LocalizedText, scope: RuleScope, months: number): RuleSpec {
  return { ...head(code, t, scope), type: 'cak-referral', months };
}
