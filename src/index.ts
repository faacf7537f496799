/**
 * `vroegsignalering`: the typed, explained, tested core of Dutch early signalling of
 * payment arrears. Each module is also its own subpath (`vroegsignalering/triage`, …);
 * the root re-exports them as namespaces.
 * @module vroegsignalering
 */
export * as model from './model/index.js';
export * as calendar from './calendar/index.js';
