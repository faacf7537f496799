/**
 * Helpers of the feedback module that other parts of this package use (replay reads the
 * lifecycle's crisis rule; the synthetic generators the outcome-to-code table); not part of the
 * package's public API.
 * @module
 */
export { CRISIS_KINDS, isCrisisSignal } from './case-facts.js';
export { OUTCOME_FEEDBACK } from './feedback-for.js';
