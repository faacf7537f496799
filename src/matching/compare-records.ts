import type { Reason, Signal } from '../model/index.js';
import { comparableFromRegister, comparableFromSignal, compareComparables } from './comparable.js';
import { DEFAULT_MATCH_PARAMETERS, resolveParameters, type MatchParameterOverrides } from './parameters.js';
import type { RegisterRecord } from './register-record.js';
import { fieldReasons, scoreLevels, type PairScore, type TermFrequencies } from './score.js';

/** A scored signal–record pair with one reason per field. @category Scoring */
export interface RecordComparison extends PairScore {
  /** One reason per field: level, weight, m, u, meaning in Dutch and English. */
  readonly reasons: readonly Reason[];
}

/**
 * Compare one signal with one register record, without an index: each field's level and
 * Fellegi-Sunter weight, the total, and the fields that contradict identity.
 * @example
 * const c = compareRecords(signal, record);
 * c.weight;                    // total in bits
 * c.fields.map((f) => f.level) // ['exact', 'initials', 'placeholder', 'exact']
 * @category Scoring
 */
export function compareRecords(
  signal: Signal,
  record: RegisterRecord,
  options: { readonly parameters?: MatchParameterOverrides; readonly termFrequencies?: TermFrequencies } = {},
): RecordComparison {
  const params = options.parameters === undefined ? DEFAULT_MATCH_PARAMETERS : resolveParameters(options.parameters);
  const person = comparableFromSignal(signal);
  const levels = compareComparables(person, comparableFromRegister(record));
  const score = scoreLevels(levels, params, options.termFrequencies, { surname: person.name.surname, givenName: person.name.givenNames[0] ?? '' });
  return { ...score, reasons: fieldReasons(score) };
}
