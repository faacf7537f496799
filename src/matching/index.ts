/**
 * Register matching: check signals against population-register (BRP) records with Dutch
 * normalisers for names, birth dates and addresses and Fellegi-Sunter scoring, in a register
 * index built for scale. Every result explains itself with `reasons`.
 *
 * Public surface, by name: read register records, build an index, match signals, compare one
 * pair, estimate the parameters, and the vocabulary of the results. Helpers other modules of
 * this library use live in `./internal.ts` and are not part of the package's API.
 * @module matching
 */
export { normaliseName, type NameParts, type NameUse, type NormalisedName, type SurnameParts } from './normalise-name.js';
export {
  parseRegisterRecord, parseRegisterRecords, type RegisterRecord, type RegisterRecordInput, type SuspensionReason,
} from './register-record.js';
export { createRegisterIndex, RegisterIndex, type RegisterIndexOptions } from './register-index.js';
export {
  matchSignal, matchSignals, type MatchCandidate, type MatchDecision, type MatchOptions, type MatchResult,
} from './match-signal.js';
export type { CandidateIds } from './candidate-ids.js';
export { MATCH_FLAGS, MATCH_OUTCOMES, type FlagOptions, type MatchFlag, type MatchOutcome } from './outcome.js';
export { compareRecords, type CompareOptions, type RecordComparison } from './compare-records.js';
export { estimateParameters, estimateU, type EstimateOptions, type EstimateResult } from './estimate.js';
export {
  DEFAULT_MATCH_PARAMETERS, LEVELS_OF, MATCH_FIELDS, type FieldLevels, type LevelProbabilities, type LevelTable, type MatchField,
  type MatchParameterOverrides, type MatchParameters,
} from './parameters.js';
export type { FieldScore, PairScore, TermFrequencies } from './score.js';
export type { AddressLevel } from './address.js';
export type { BirthDateLevel } from './birth-date.js';
export type { GivenNameLevel, SurnameLevel } from './compare-names.js';
