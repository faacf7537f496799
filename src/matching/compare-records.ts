import type { Reason, Signal } from '../model/index.js';
import { comparableFromRegister, comparableFromSignal, compareComparables } from './comparable.js';
import { parametersOf, type FieldLevels, type MatchParameterOverrides } from './parameters.js';
import type { RegisterRecord } from './register-record.js';
import { fieldReasons, scoreLevels, type PairScore, type TermFrequencies } from './score.js';

/** A scored signal–record pair with one reason per field. @category Scoring */
export interface RecordComparison extends PairScore {
  /** The comparison level of each field (also the input of `estimateParameters`). */
  readonly levels: FieldLevels;
  /** One reason per field: level, weight, m, u, meaning in Dutch and English. */
  readonly reasons: readonly Reason[];
}

/** Options of {@link compareRecords}. @category Scoring */
export interface CompareOptions {
  /** Parameters to override; defaults: `DEFAULT_MATCH_PARAMETERS`. */
  readonly parameters?: MatchParameterOverrides;
  /** Name frequencies for the term-frequency adjustment, e.g. `index.frequencies`. */
  readonly termFrequencies?: TermFrequencies;
}

/**
 * Compare one signal with one register record, without an index: each field's level and
 * Fellegi-Sunter weight, the total, the fields that contradict identity, and one reason per field.
 * Useful to explain a pair, and to collect the levels of pairs for `estimateParameters`.
 * @example
 * const c = compareRecords(signal, record);
 * c.weight;                    // total in bits
 * c.fields.map((f) => f.level) // ['exact', 'initials', 'placeholder', 'exact']
 * @category Scoring
 */
export function compareRecords(
  signal: Signal,
  record: RegisterRecord,
  options: CompareOptions = {},
): RecordComparison {
  const params = parametersOf(options.parameters);
  const person = comparableFromSignal(signal);
  const levels = compareComparables(person, comparableFromRegister(record));
  const score = scoreLevels(levels, params, options.termFrequencies, { surname: person.name.surname, givenName: person.name.givenNames[0] ?? '' });
  return { ...score, levels, reasons: fieldReasons(score) };
}
