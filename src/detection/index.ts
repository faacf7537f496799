/**
 * Multi-signal detection: group signals by resident and household over time and label each as
 * single or match (person or household level), update, recidivism, dragger, and crisis or warm
 * referral for same-day handling. Batch or month by month with a small JSON state; every label
 * explains itself (De signaalreis, 003).
 * @module detection
 */
export {
  DEFAULT_DETECTION_OPTIONS, DETECTION_PARAMETERS, type DetectionOptions, type DetectionParameter,
} from './options.js';
export type { DetectableSignal } from './input.js';
export {
  DETECTION_LABELS, type DetectionLabel, type DetectionResult, type DetectionResults, type DraggerFacts, type MatchFacts, type RecidivismFacts,
  type SignalDetection, type UpdateFacts, type UrgencyFacts, type RepeatFacts,
} from './result.js';
export {
  createDetectionState, parseDetectionState, type DetectionState, type StateIdentity, type StateSignal,
} from './state.js';
export { detectIncremental, detectMatches, type IncrementalDetection, type IncrementalOptions } from './detect.js';
export { triageFacts, type DetectionTriageFacts } from './triage-facts.js';
