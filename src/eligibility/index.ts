/**
 * Eligibility, the creditor side of the signal journey: may this arrears become a signal,
 * on which date, under which dated rule. Rules are data with dated versions (a rulebook);
 * creditor policies (floors, "two invoices and 15 days", "2-month letter") layer on top.
 * @module eligibility
 */
export {
  ELIGIBILITY_SECTORS, ELIGIBILITY_KINDS, CASE_FLAGS, parseArrearsCase,
  type EligibilitySector, type EligibilityKind, type CaseFlag, type ArrearsCase, type ArrearsCaseInput,
} from './arrears-case.js';
export type {
  Rulebook, RulebookInput, RuleSpec, RuleSpecInput, RuleType, RuleVersionValue, CreditorPolicy, CreditorPolicyInput,
} from './rule-spec.js';
export { parseRulebook, defineRulebook, parseCreditorPolicy, defineCreditorPolicy, withoutRules } from './load.js';
export { DEFAULT_RULEBOOK, RULE_DATES, nationalRulebook, type NationalRulebookOptions, type WarmReferralScope } from './default-rulebook.js';
export { SIGNAALREIS_RULEBOOK } from './signaalreis-rulebook.js';
export { CREDITOR_PRESETS, creditorFloor, type CreditorPresetId } from './creditor-presets.js';
export type { EligibilityOptions, EligibilityResult, EligibilityStatus } from './result.js';
export { assessEligibility } from './assess.js';
export { assessEligibilityBatch } from './batch.js';
