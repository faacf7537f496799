import { z } from 'zod';
import { LEGAL_FORMS, NOT_PICKED_UP_REASONS, SECTORS, SIGNAL_KINDS } from '../model/index.js';
import { EuroField, IsoDateField } from '../model/internal.js';
import { ContactPlanSchema } from './contact-plan-shape.js';
import { CHANNELS, EXECUTORS, PRIORITY_KEYS, REFERRAL_TARGETS, type Channel } from './vocabulary.js';

const channel = z.enum(CHANNELS);
const executor = z.enum(EXECUTORS);
const count = (what: string) => z.number().int({ message: `${what} must be a whole number` }).min(0, { message: `${what} must be 0 or more` });

/** Build a strict object with one optional field per channel, so editors complete channel names. */
function perChannel<T extends z.ZodType>(value: T) {
  const shape = Object.fromEntries(CHANNELS.map((c) => [c, value.optional()])) as { [K in Channel]: z.ZodOptional<T> };
  return z.strictObject(shape);
}

const euroBound = (what: string) => EuroField.optional().describe(`Amount ${what} in euros, e.g. "500.00", "500,00" or 500`);

/**
 * An amount range in euros. Give at most one lower bound (`atLeast` inclusive or `above`
 * exclusive) and at most one upper bound (`atMost` inclusive or `below` exclusive).
 * `of` says which amount: `signal` (this signal's arrears, the default) or `match-total`
 * (summed over the resident's match; this signal's amount when it is single).
 * @category Policies
 */
export const AmountRangeSchema = z
  .strictObject({
    of: z.enum(['signal', 'match-total']).default('signal'),
    atLeast: euroBound('at least (>=)'),
    above: euroBound('above (>)'),
    atMost: euroBound('at most (<=)'),
    below: euroBound('below (<)'),
  })
  .describe('Amount range in euros: atLeast (>=) or above (>), atMost (<=) or below (<); of: signal or match-total');

const IntRange = (what: string) =>
  z.strictObject({ atLeast: count(what).optional(), atMost: count(what).optional() });

// --- The pick-up: legal form, not-picked-up reason, referral (issue 16) ---

/**
 * The debtor's legal form is one of `in` and none of `notIn` (the model's `LEGAL_FORMS`). Natural
 * persons include sole traders, maatschap, vof and cv; a bv or nv is a legal person whose signal
 * may not be followed up unless there is personal liability (De signaalreis, 003, "Ondernemers en
 * vroegsignalering").
 * @category Policies
 */
export const LegalFormConditionSchema = z
  .strictObject({ in: z.array(z.enum(LEGAL_FORMS)).min(1).optional(), notIn: z.array(z.enum(LEGAL_FORMS)).min(1).optional() })
  .describe("The debtor's legal form is one of `in` and none of `notIn`");

/** Why a `not-picked-up` action does not pick the signal up; inferred from the rule when absent (docs/triage.md). */
const NotPickedUpField = z
  .enum(NOT_PICKED_UP_REASONS)
  .optional()
  .describe('Only with channel not-picked-up: unjustified (below a floor), repeated (same creditor again) or other (e.g. a legal person); inferred from the rule when absent');

/** Where the resident is referred to besides the contact (an entrepreneur to the entrepreneurs' desk). */
const ReferToField = z.enum(REFERRAL_TARGETS).optional().describe('Refer the resident elsewhere, e.g. entrepreneur-desk (Bbz / ondernemersloket)');

// --- end of the pick-up block ---

/**
 * The conditions of a rule; all given conditions must hold (AND). An empty `when` matches
 * every signal. See docs/triage.md for each condition's meaning.
 * @category Policies
 */
export const ConditionsSchema = z.strictObject({
  amount: AmountRangeSchema.optional(),
  sector: z.array(z.enum(SECTORS)).min(1).optional().describe("This signal's creditor sector is one of these"),
  sectors: z
    .strictObject({ anyOf: z.array(z.enum(SECTORS)).min(1).optional(), noneOf: z.array(z.enum(SECTORS)).min(1).optional() })
    .optional()
    .describe('Sectors of all creditors of the resident (this signal and its match)'),
  match: z.boolean().optional().describe('true: part of a match (two or more creditors); false: single'),
  creditors: IntRange('Number of creditors').optional().describe('Number of different creditors'),
  recidivism: z
    .strictObject({ withinMonths: z.number().int().min(1), present: z.boolean().default(true) })
    .optional()
    .describe('present true: signalled before within N months; present false: not'),
  dragger: z.boolean().optional(),
  update: z.boolean().optional().describe('An updated resend of an earlier signal'),
  sameCreditorLastMonth: z.boolean().optional().describe('The same creditor signalled this resident last month too'),
  age: IntRange('Age').optional().describe('Age band in whole years, inclusive'),
  kind: z.array(z.enum(SIGNAL_KINDS)).min(1).optional().describe('The signal kind is one of these'),
  crisis: z.boolean().optional().describe("The signal kind is (true) or is not (false) one of the policy's crisisKinds"),
  knownAtDebtHelp: z.boolean().optional(),
  legalForm: LegalFormConditionSchema.optional(),
  registerOutcome: z.array(z.string().min(1)).min(1).optional().describe('The register check outcome is one of these'),
  earlierContactFailed: z.boolean().optional(),
  hasPhone: z.boolean().optional(),
  hasEmail: z.boolean().optional(),
});

/**
 * What a rule decides: the channel, who executes it (default: the policy's `executors` entry
 * for the channel, else the municipality), channels used alongside it (informational: a letter
 * before a visit, a call when not at home; they use no capacity), and an optional upgrade to a
 * scarcer channel when capacity is left after everyone else was served.
 * @category Policies
 */
export const ActionSchema = z.strictObject({
  channel,
  executor: executor.optional(),
  also: z.array(channel).optional(),
  ifCapacityLeft: channel.optional().describe('Upgrade to this channel when it still has capacity after the batch'),
  notPickedUp: NotPickedUpField,
  referTo: ReferToField,
});

/** One rule: an id, its conditions and its action; the first rule whose conditions hold decides. @category Policies */
export const RuleSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { message: 'Rule id must be lower-case letters, digits and hyphens' }),
  description: z.string().optional(),
  source: z.string().optional().describe('Where the rule comes from, e.g. a council decision or a report passage'),
  when: ConditionsSchema.default({}),
  then: ActionSchema,
});

/** Where a channel's signals go when it is full or the contact data it needs is missing. @category Policies */
export const FallbackSchema = z.strictObject({
  whenFull: channel.optional(),
  whenNoContact: channel.optional(),
});

/** Monthly capacity per channel (whole numbers, 0 or more); an absent channel is unlimited. @category Policies */
export const CapacitySchema = perChannel(count('Capacity')).describe('Monthly capacity per channel; absent means unlimited');

const DEFAULT_PRIORITY = ['crisis', 'match', 'housing', 'amount-desc'] as const;

/**
 * The shape of a triage policy: named, versioned, dated, with rules in order (first hit
 * decides), a fallback action, monthly capacities, fallbacks and a priority order. The checks
 * on the whole policy (shadowed rules, empty ranges, fallback loops) are added in
 * `policy-schema.ts`, which builds on this shape.
 * @internal
 */
export const PolicyShape = z
  .strictObject({
    $schema: z.string().optional(),
    name: z.string().min(1),
    version: z.string().min(1),
    effectiveFrom: IsoDateField.describe('Date the policy takes effect, YYYY-MM-DD'),
    description: z.string().optional(),
    source: z.string().optional(),
    crisisKinds: z.array(z.enum(SIGNAL_KINDS)).default(['eviction-notice', 'end-of-supply']),
    capacity: CapacitySchema.default({}),
    executors: perChannel(executor).default({}).describe('Default executor per channel'),
    fallbacks: perChannel(FallbackSchema).default({}),
    priority: z.array(z.enum(PRIORITY_KEYS)).default([...DEFAULT_PRIORITY]),
    rules: z.array(RuleSchema),
    otherwise: ActionSchema.describe('What happens when no rule applies'),
    contactPlan: ContactPlanSchema.optional().describe('Attempts per channel, their spacing, time windows, escalation, stop conditions and capacity per day and month (see docs/triage.md, "Contact plans")'),
  });

/** The input form of a policy (JSON file or `definePolicy` argument). @category Policies */
export type PolicyInput = z.input<typeof PolicyShape>;
/** A validated, normalised policy (amounts as `"250.00"`, defaults filled in; deeply frozen). @category Policies */
export type Policy = z.output<typeof PolicyShape>;
/** A rule of a validated policy. @category Policies */
export type Rule = z.output<typeof RuleSchema>;
/** The conditions of a validated rule. @category Policies */
export type Conditions = z.output<typeof ConditionsSchema>;
/** Capacities per channel, e.g. `{ 'home-visit': 20, phone: 50 }`. @category Policies */
export type Capacities = z.input<typeof CapacitySchema>;
/** A validated action. @category Policies */
export type Action = z.output<typeof ActionSchema>;
