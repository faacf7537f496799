/**
 * Helpers of the feedback module that other parts of this package use (the synthetic
 * generators read the outcome-to-code table); not part of the package's public API.
 * @module
 */
export { OUTCOME_FEEDBACK } from './feedback-for.js';
