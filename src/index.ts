/**
 * `vroegsignalering`: the typed, explained, tested core of Dutch early signalling of
 * payment arrears. Each module is also its own subpath (`vroegsignalering/triage`, …);
 * the root re-exports them as namespaces.
 * @module vroegsignalering
 */
export * as model from './model/index.js';
export * as calendar from './calendar/index.js';
export * as eligibility from './eligibility/index.js';
export * as matching from './matching/index.js';
export * as detection from './detection/index.js';
export * as triage from './triage/index.js';
export * as feedback from './feedback/index.js';
export * as replay from './replay/index.js';
