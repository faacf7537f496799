/**
 * Multi-signal detection: group signals by resident and household over time and label each as
 * single or match (person or household level), update, recidivism, dragger, and crisis or warm
 * referral for same-day handling. Batch or month by month with a small JSON state; every label
 * explains itself (De signaalreis, 003).
 * @module detection
 */
export * from './options.js';
export { DetectableSignalSchema, checkDetectable, isDetectable, type DetectableSignal } from './input.js';
export * from './result.js';
export * from './state.js';
export * from './detect.js';
export * from './triage-facts.js';
