import { z } from 'zod';
import { LEGAL_FORMS, UsageError, dated, type ValidationIssue } from '../model/index.js';
import { EuroField, IsoDateField } from '../model/internal.js';
import { ARRANGEMENT_STATES, CASE_FLAGS, CUSTOMER_STATUSES, ELIGIBILITY_KINDS, ELIGIBILITY_SECTORS } from './arrears-case.js';

/**
 * Rules as data: each rule has a code, a type (what it checks), the sectors and signal kinds it
 * applies to, and its dated versions — the one dated shape of the library (`{ from, until?,
 * value }`, `until` exclusive, as `Dated<T>` in the model): a rule whose threshold changed on a
 * date is one rule with two versions. Each version carries its parameters, its title and the
 * source it rests on. A rulebook is a list of such rules.
 * @module
 */

const LocalizedTextSchema = z.object({ nl: z.string().min(1), en: z.string().min(1) });

const SourceRefSchema = z.object({
  id: z.string().min(1),
  document: z.string().min(1),
  clause: z.string().optional(),
});

/** The values a `one-of` rule can test, per field. @internal */
export const ONE_OF_VALUES = { customerStatus: CUSTOMER_STATUSES, paymentArrangement: ARRANGEMENT_STATES } as const;

const Measure = z.enum(['total', 'premium']).default('total');

/** The dated versions of a rule, each with a value: the type's parameters, a title and a source. */
function datedValues<V extends z.ZodType>(value: V) {
  return z
    .array(z.object({
      /** First day the version applies. */
      from: IsoDateField,
      /** First day it no longer applies (exclusive); absent while in force. */
      until: IsoDateField.optional(),
      value,
    }))
    .min(1);
}

/**
 * What every version value holds besides its parameters: the title, the source, where the rule
 * comes from (`seed`: the seed documents state it; `public`: a later public source; `assumption`:
 * neither — see docs/assumptions.md) and its effect when it is not met (`exclude`: the signal may
 * not go; `flag`: it may, and the reason says what is wrong).
 */
const versionValue = {
  title: LocalizedTextSchema,
  source: SourceRefSchema,
  origin: z.enum(['seed', 'public', 'assumption']).optional(),
  effect: z.enum(['exclude', 'flag']).default('exclude'),
};

function versions<S extends z.ZodRawShape>(params: S) {
  return datedValues(z.object({ ...versionValue, ...params }));
}

const head = {
  /** Stable code, e.g. `window.energy`; appears as the reason's code. */
  code: z.string().min(1),
  sectors: z.array(z.enum(ELIGIBILITY_SECTORS)).min(1),
  kinds: z.array(z.enum(ELIGIBILITY_KINDS)).min(1).default(['early']),
  /** In a creditor policy: the code of a rulebook rule this rule takes the place of, for the policy's sectors. */
  replaces: z.string().min(1).optional(),
};

const ONE_OF_MESSAGE = 'Allowed values must be values of the field (current, ex-customer; none, honoured, broken, lapsed)';

/**
 * One rule with its dated versions. Types and their parameters:
 * - `basis`: the sector may send this kind of signal at all (Wgs, Bgs, an experiment);
 * - `window`: days since the oldest due date within `minDays`…`maxDays` (null: no maximum);
 *   `measure: 'premium'` counts from the oldest unpaid premium (health insurers decide on the
 *   premium); when the arrangement is one of `newestClaimAfter` (e.g. `lapsed`), the newest
 *   claim's age is held against the maximum;
 * - `flag`: a yes/no fact of the case must have the `required` answer;
 * - `one-of`: the customer status or the payment arrangement must be one of `allowed`;
 * - `legal-form`: the debtor's legal form is one of `eligible`, or the debtor is personally liable;
 * - `reminders`: at least `minCount` written reminders, each `minSpacingDays` after the previous;
 * - `unpaid-terms`: at least `minTerms` terms (invoices, monthly premiums) unpaid;
 * - `min-amount`: the total (or premium part) is at least `minAmount`;
 * - `no-uninvoiced-costs`: the amount includes no costs not yet invoiced (e.g. a disconnection deposit);
 * - `end-of-supply-notice`: sent at least `workingDaysBeforeEnd` working days before the contract ends;
 * - `cak-referral`: informs when the premium arrears reach `months` months (CAK referral);
 * - `premium-basis`: informs that the premium part decides while the total is reported;
 * - `note`: informs (e.g. "no day window known for this sector").
 * Every version also has `origin` and `effect` (see above).
 * @category Rulebook
 */
export const RuleSpecSchema = z.discriminatedUnion('type', [
  z.object({ ...head, type: z.literal('basis'), versions: versions({}) }),
  z.object({
    ...head,
    type: z.literal('window'),
    versions: versions({
      minDays: z.number().int().min(0),
      maxDays: z.number().int().min(0).nullable(),
      measure: Measure,
      newestClaimAfter: z.array(z.enum(ARRANGEMENT_STATES)).default([]),
    }),
  }),
  z.object({ ...head, type: z.literal('flag'), versions: versions({ field: z.enum(CASE_FLAGS), required: z.boolean() }) }),
  z.object({
    ...head,
    type: z.literal('one-of'),
    versions: datedValues(z
      .object({ ...versionValue, field: z.enum(['customerStatus', 'paymentArrangement']), allowed: z.array(z.string()).min(1) })
      .refine((v) => v.allowed.every((x) => (ONE_OF_VALUES[v.field] as readonly string[]).includes(x)), { path: ['allowed'], message: ONE_OF_MESSAGE })),
  }),
  z.object({ ...head, type: z.literal('legal-form'), versions: versions({ eligible: z.array(z.enum(LEGAL_FORMS)).min(1) }) }),
  z.object({
    ...head,
    type: z.literal('reminders'),
    versions: versions({ minCount: z.number().int().min(1), minSpacingDays: z.number().int().min(1).nullable().default(null) }),
  }),
  z.object({ ...head, type: z.literal('unpaid-terms'), versions: versions({ minTerms: z.number().int().min(1), measure: Measure }) }),
  z.object({ ...head, type: z.literal('min-amount'), versions: versions({ minAmount: EuroField, measure: Measure }) }),
  z.object({ ...head, type: z.literal('no-uninvoiced-costs'), versions: versions({}) }),
  z.object({ ...head, type: z.literal('end-of-supply-notice'), versions: versions({ workingDaysBeforeEnd: z.number().int().min(0) }) }),
  z.object({ ...head, type: z.literal('cak-referral'), versions: versions({ months: z.number().int().min(1) }) }),
  z.object({ ...head, type: z.literal('premium-basis'), versions: versions({}) }),
  z.object({ ...head, type: z.literal('note'), versions: versions({}) }),
]);

/** The input form of a rule (as written in a JSON rulebook). @category Rulebook */
export type RuleSpecInput = z.input<typeof RuleSpecSchema>;
/** A validated rule. @category Rulebook */
export type RuleSpec = z.output<typeof RuleSpecSchema>;
/** A rule's type. @category Rulebook */
export type RuleType = RuleSpec['type'];
/** The parameters, title and source of one version of a rule of type `T`. @category Rulebook */
export type RuleVersionValue<T extends RuleType = RuleType> = Extract<RuleSpec, { type: T }>['versions'][number]['value'];

type Ctx = z.core.$RefinementCtx;

function addIssue(ctx: Ctx, path: (string | number)[], code: string, message: string): void {
  ctx.addIssue({ code: 'custom', path, message, params: { code } });
}

/** Versions in date order, each ending after it starts, none overlapping (checked by the model's `dated`). */
function checkVersions(rule: RuleSpec, at: (string | number)[], ctx: Ctx): void {
  try {
    dated(rule.versions);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    for (const issue of error.issues as readonly ValidationIssue[]) addIssue(ctx, [...at, 'versions', ...issue.path], issue.code, issue.message);
  }
}

/** Rules with checked versions and unique codes. */
function checkRules(rules: readonly RuleSpec[], ctx: Ctx): void {
  const seen = new Set<string>();
  rules.forEach((rule, i) => {
    checkVersions(rule, ['rules', i], ctx);
    if (seen.has(rule.code)) addIssue(ctx, ['rules', i, 'code'], 'duplicate_rule', 'Two rules share a code: give one rule several versions instead');
    seen.add(rule.code);
  });
}

/**
 * A rulebook: an id (part of every result's `ruleVersion`), a name, and its rules.
 * @category Rulebook
 */
export const RulebookSchema = z
  .object({
    id: z.string().min(1),
    name: z.string().min(1),
    rules: z.array(RuleSpecSchema).min(1),
  })
  .superRefine((book, ctx) => {
    checkRules(book.rules, ctx);
    book.rules.forEach((rule, i) => {
      if (rule.replaces !== undefined) addIssue(ctx, ['rules', i, 'replaces'], 'replaces_in_rulebook', 'Only a creditor policy rule can replace a rulebook rule');
    });
  });

/** The input form of a rulebook (e.g. a JSON file for `--rulebook`). @category Rulebook */
export type RulebookInput = z.input<typeof RulebookSchema>;
/** A validated rulebook (deeply frozen). @category Rulebook */
export type Rulebook = z.output<typeof RulebookSchema>;

/**
 * A creditor's own policy, layered on top of a rulebook: extra rules (floors, "two invoices
 * and 15 days", "2-month letter") for the sectors it serves. A policy narrows what the rulebook
 * allows: every rule of both must pass, except that a policy rule with `replaces` takes the
 * place of the rulebook rule with that code for the policy's sectors (an insurer's own window,
 * say), visibly in every result. `basis` rules are not allowed.
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
    checkRules(policy.rules, ctx);
    policy.rules.forEach((rule, i) => {
      if (rule.type === 'basis') addIssue(ctx, ['rules', i, 'type'], 'basis_in_policy', 'A creditor policy cannot add a basis rule');
      if (rule.replaces?.startsWith('basis.')) addIssue(ctx, ['rules', i, 'replaces'], 'replaces_basis', 'A creditor policy cannot replace a basis rule');
    });
  });

/** The input form of a creditor policy. @category Rulebook */
export type CreditorPolicyInput = z.input<typeof CreditorPolicySchema>;
/** A validated creditor policy (deeply frozen). @category Rulebook */
export type CreditorPolicy = z.output<typeof CreditorPolicySchema>;
