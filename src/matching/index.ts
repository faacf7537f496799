/**
 * Register matching: normalise Dutch names, birth dates and addresses, compare and score a
 * signal against population-register (BRP) records with Fellegi-Sunter weights, and find the
 * person in a register index built for scale. Every result explains itself.
 * @module matching
 */
export * from './fold.js';
export * from './prefixes.js';
export * from './phonetic.js';
export * from './jaro-winkler.js';
export * from './normalize-name.js';
export * from './birth-date.js';
export * from './address.js';
export * from './compare-names.js';
export * from './register-record.js';
export * from './parameters.js';
export * from './comparable.js';
export * from './score.js';
export { BLOCKING_RULES, type BlockingRule } from './blocking.js';
export * from './register-index.js';
export { LEGAL_ENTITY_FORMS, MATCH_FLAGS, MATCH_OUTCOMES, type FlagOptions, type MatchFlag, type MatchOutcome } from './outcome.js';
export * from './match-signal.js';
export * from './estimate.js';
export * from './compare-records.js';
