import { z } from 'zod';
import { LEGAL_FORMS } from '../model/index.js';
import { EuroField, IsoDateField } from '../model/internal.js';
import { ARRANGEMENT_STATES, CASE_FLAGS, CUSTOMER_STATUSES, ELIGIBILITY_KINDS, ELIGIBILITY_SECTORS } from './arrears-case.js';

/**
 * Rules as data: each rule has a type (what it checks), parameters, the sectors and signal
 * kinds it applies to, the period it is valid in and its source. A rulebook is a list of
 * them (OpenFisca-style parameters keyed by the date they take effect).
 * @module
 */

const LocalizedTextSchema = z.object({ nl: z.string().min(1), en: z.string().min(1) });

const SourceRefSchema = z.object({
  id: z.string().min(1),
  document: z.string().min(1),
  clause: z.string().optional(),
  seed: z.string().optional(),
});

const common = {
  /** Stable code, e.g. `window.energy.from-30`; appears as the reason's code. */
  code: z.string().min(1),
  /** What the rule says, in Dutch and English. */
  title: LocalizedTextSchema,
  sectors: z.array(z.enum(ELIGIBILITY_SECTORS)).min(1),
  kinds: z.array(z.enum(ELIGIBILITY_KINDS)).min(1).default(['early']),
  /** First day the rule applies. */
  validFrom: IsoDateField,
  /** Last day the rule applies (inclusive); absent or null while it is in force. */
  validTo: IsoDateField.nullable().optional(),
  source: SourceRefSchema,
};

/** The values a `one-of` rule can test, per field. @category Rulebook */
export const ONE_OF_VALUES = { customerStatus: CUSTOMER_STATUSES, paymentArrangement: ARRANGEMENT_STATES } as const;

const Measure = z.enum(['total', 'premium']).default('total');

/**
 * One dated rule. Types:
 * - `basis`: the sector may send this kind of signal at all (Wgs, Bgs, an experiment);
 * - `window`: days since the oldest due date within `minDays`…`maxDays` (null: no maximum);
 *   with `maxOnNewestAfterLapse`, after a lapsed arrangement the newest claim's age is held
 *   against the maximum;
 * - `flag`: a yes/no fact of the case must have the `required` answer;
 * - `one-of`: the customer status or the payment arrangement must be one of `allowed`;
 * - `legal-form`: the debtor's legal form is one of `eligible`, or the debtor is personally liable;
 * - `reminders`: at least `minCount` written reminders, each `minSpacingDays` after the previous;
 * - `unpaid-terms`: at least `minTerms` terms (invoices, monthly premiums) unpaid;
 * - `min-amount`: the total (or premium part) is at least `minAmount`;
 * - `no-uninvoiced-costs`: the amount includes no costs not yet invoiced (e.g. a disconnection deposit);
 * - `end-of-supply-notice`: sent at least `workingDaysBeforeEnd` working days before the contract ends;
 * - `cak-referral`: informs when the premium arrears reach `months` months (CAK referral);
 * - `premium-basis`: informs that the premium part decides while the total is reported.
 * @category Rulebook
 */
export const RuleSpecSchema = z.discriminatedUnion('type', [
  z.object({ ...common, type: z.literal('basis') }),
  z.object({
    ...common,
    type: z.literal('window'),
    minDays: z.number().int().min(0),
    maxDays: z.number().int().min(0).nullable(),
    maxOnNewestAfterLapse: z.boolean().default(false),
  }),
  z.object({ ...common, type: z.literal('flag'), field: z.enum(CASE_FLAGS), required: z.boolean() }),
  z
    .object({
      ...common,
      type: z.literal('one-of'),
      field: z.enum(['customerStatus', 'paymentArrangement']),
      allowed: z.array(z.string()).min(1),
    })
    .refine(
      (r) => r.allowed.every((v) => (ONE_OF_VALUES[r.field] as readonly string[]).includes(v)),
      { path: ['allowed'], message: 'Allowed values must be values of the field (current, ex-customer; none, honoured, broken, lapsed)' },
    ),
  z.object({ ...common, type: z.literal('legal-form'), eligible: z.array(z.enum(LEGAL_FORMS)).min(1) }),
  z.object({
    ...common,
    type: z.literal('reminders'),
    minCount: z.number().int().min(1),
    minSpacingDays: z.number().int().min(1).nullable().default(null),
  }),
  z.object({ ...common, type: z.literal('unpaid-terms'), minTerms: z.number().int().min(1), measure: Measure }),
  z.object({ ...common, type: z.literal('min-amount'), minAmount: EuroField, measure: Measure }),
  z.object({ ...common, type: z.literal('no-uninvoiced-costs') }),
  z.object({ ...common, type: z.literal('end-of-supply-notice'), workingDaysBeforeEnd: z.number().int().min(0) }),
  z.object({ ...common, type: z.literal('cak-referral'), months: z.number().int().min(1) }),
  z.object({ ...common, type: z.literal('premium-basis') }),
]);

/** The input form of a rule (as written in a JSON rulebook). @category Rulebook */
export type RuleSpecInput = z.input<typeof RuleSpecSchema>;
/** A validated rule. @category Rulebook */
export type RuleSpec = z.output<typeof RuleSpecSchema>;
/** A rule's type. @category Rulebook */
export type RuleType = RuleSpec['type'];

/**
 * A rulebook: an id (part of every result's `ruleVersion`), a name, and its dated rules.
 * @category Rulebook
 */
export const RulebookSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    rules: z.array(RuleSpecSchema).min(1),
  })
  .superRefine((book, ctx) => {
    const seen = new Set<string>();
    book.rules.forEach((rule, i) => {
      if (rule.validTo && rule.validTo < rule.validFrom) {
        ctx.addIssue({ code: 'custom', path: ['rules', i, 'validTo'], message: 'validTo must not be before validFrom', params: { code: 'invalid_period' } });
      }
      const key = `${rule.code}@${rule.validFrom}`;
      if (seen.has(key)) {
        ctx.addIssue({ code: 'custom', path: ['rules', i, 'code'], message: 'Two rules share a code and start date', params: { code: 'duplicate_rule' } });
      }
      seen.add(key);
    });
  });

/** The input form of a rulebook (e.g. a JSON file for `--rulebook`). @category Rulebook */
export type RulebookInput = z.input<typeof RulebookSchema>;
/** A validated rulebook. @category Rulebook */
export type Rulebook = z.output<typeof RulebookSchema>;

/**
 * A creditor's own policy, layered on top of a rulebook: extra rules (floors, "two invoices
 * and 15 days", "2-month letter") for the sectors it serves. A policy can only narrow what the
 * rulebook allows, never widen it: every rule of both must pass. `basis` rules are not allowed.
 * @category Rulebook
 */
export const CreditorPolicySchema = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    sectors: z.array(z.enum(ELIGIBILITY_SECTORS)).min(1),
    source: SourceRefSchema,
    rules: z.array(RuleSpecSchema),
  })
  .superRefine((policy, ctx) => {
    policy.rules.forEach((rule, i) => {
      if (rule.type === 'basis') {
        ctx.addIssue({ code: 'custom', path: ['rules', i, 'type'], message: 'A creditor policy cannot add a basis rule', params: { code: 'basis_in_policy' } });
      }
    });
  });

/** The input form of a creditor policy. @category Rulebook */
export type CreditorPolicyInput = z.input<typeof CreditorPolicySchema>;
/** A validated creditor policy. @category Rulebook */
export type CreditorPolicy = z.output<typeof CreditorPolicySchema>;
