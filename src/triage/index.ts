/**
 * Contact-channel triage (DOMAIN.md §4; De signaalreis, 003, Bijlage 1): policies as JSON or
 * TypeScript, validated with path-naming errors, compiled to a fast evaluator, applied to one
 * signal or a month's batch within capacity and priority, and explained rule by rule.
 * @module triage
 */
export * from './vocabulary.js';
export * from './context.js';
export {
  AmountRangeSchema, ConditionsSchema, ActionSchema, RuleSchema, FallbackSchema, CapacitySchema, PolicySchema,
  type PolicyInput, type Policy, type Rule, type Conditions, type Action, type Capacities,
} from './policy-schema.js';
export { definePolicy, parsePolicy, POLICY_FIELD_LABELS } from './define-policy.js';
export { policyInEffect } from './versions.js';
export { compilePolicy, type CompiledPolicy, type CompiledAction } from './compile.js';
export { triage, type TriageResult } from './triage.js';
export { triageBatch, type TriageBatchOptions } from './batch.js';
export { explainTriage } from './explain.js';
export { policyJsonSchema, policyJsonSchemaText, POLICY_SCHEMA_ID } from './json-schema.js';
export type { ChannelMove, MoveCause } from './resolve.js';
export type { CompiledCondition, Facts } from './conditions.js';
export * from './presets/index.js';
