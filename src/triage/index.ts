/**
 * Contact-channel triage (DOMAIN.md §4; De signaalreis, 003, Bijlage 1): policies as JSON or
 * TypeScript, validated with path-naming errors, compiled to a fast evaluator, applied to one
 * signal or a month's batch within capacity and priority, every decision explained.
 * @module triage
 */
export {
  CHANNELS, EXECUTORS, PRIORITY_KEYS, CHANNEL_NAMES, REFERRAL_TARGETS, REFERRAL_TARGET_NAMES, type Channel, type Executor, type PriorityKey,
  type ReferralTarget,
} from './vocabulary.js';
export type { NotPickedUp } from './pick-up-outcome.js';
export { parseTriageInput, type TriageContext, type TriageInput } from './context.js';
export type { PolicyInput, Policy, Rule, Conditions, Action, Capacities } from './policy-shape.js';
export { definePolicy, parsePolicy } from './define-policy.js';
export { policyInEffect, policyVersions } from './versions.js';
export { compilePolicy, type CompiledPolicy } from './compile.js';
export { triage, type TriageDecision } from './triage.js';
export { triageBatch, type TriageBatchOptions } from './batch.js';
export { explainTriage } from './explain.js';
export { policyJsonSchema } from './json-schema.js';
export type { ChannelMove, MoveCause } from './moves.js';
export {
  CONTACT_WINDOWS, NON_CONTACT_CHANNELS, type PlannedChannel, type ContactWindow, type ContactPlan, type ContactPlanInput, type ChannelPlan,
} from './contact-plan-shape.js';
export {
  planContacts, parseContactPlanItem, type ContactPlanItem, type ContactProgress, type PlanContactsOptions, type AttemptStep,
  type PlannedAttempt, type UnplannedCause, type UnplannedAttempt, type ScheduleStatus, type ContactSchedule,
} from './contact-plan.js';
export { PRESETS, PRESET_NAMES, isPresetName, type PresetName } from './presets/index.js';
export {
  INTAKE_LIST_SOURCES, IntakeListSchema, IntakePolicySchema, parseIntakeList, selectIntake, type IntakeEntryDecision, type IntakeEntryStatus,
  type IntakeList, type IntakeListInput, type IntakeListSource, type IntakePolicyInput, type IntakeSelection, type SelectIntakeOptions,
} from './intake-list.js';
