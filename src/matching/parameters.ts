import { UsageError } from '../model/index.js';
import { validationIssue } from '../model/internal.js';
import { ADDRESS_LEVELS, type AddressLevel } from './address.js';
import { BIRTH_DATE_LEVELS, type BirthDateLevel } from './birth-date.js';
import { GIVEN_NAME_LEVELS, SURNAME_LEVELS, type GivenNameLevel, type SurnameLevel } from './compare-names.js';
import { frozen } from './freeze.js';

/**
 * The fields a signal and a register record are compared on.
 * @category Scoring
 */
export const MATCH_FIELDS = ['surname', 'givenNames', 'birthDate', 'address'] as const;
/** A compared field. @category Scoring */
export type MatchField = (typeof MATCH_FIELDS)[number];

/** The comparison levels of each field. @category Scoring */
export interface FieldLevels {
  /** Surname levels. */
  readonly surname: SurnameLevel;
  /** Given-name levels. */
  readonly givenNames: GivenNameLevel;
  /** Birth-date levels. */
  readonly birthDate: BirthDateLevel;
  /** Address levels. */
  readonly address: AddressLevel;
}

/** The levels of every field, in order of strength. @category Scoring */
export const LEVELS_OF: { readonly [F in MatchField]: readonly FieldLevels[F][] } = {
  surname: SURNAME_LEVELS,
  givenNames: GIVEN_NAME_LEVELS,
  birthDate: BIRTH_DATE_LEVELS,
  address: ADDRESS_LEVELS,
};

/**
 * Fellegi-Sunter probabilities of one comparison level: `m` = P(level | same person),
 * `u` = P(level | different people). The level's weight is log2(m / u).
 * @category Scoring
 */
export interface LevelProbabilities {
  /** Probability of the level when the records are the same person. */
  readonly m: number;
  /** Probability of the level when the records are different people. */
  readonly u: number;
}

/** m/u per level of every field. `unknown` levels carry no evidence (weight 0). @category Scoring */
export type LevelTable = { readonly [F in MatchField]: Readonly<Record<FieldLevels[F], LevelProbabilities>> };

/**
 * Every parameter of the matcher, with documented defaults in {@link DEFAULT_MATCH_PARAMETERS}.
 * @category Scoring
 */
export interface MatchParameters {
  /** m/u per comparison level. */
  readonly levels: LevelTable;
  /**
   * Term-frequency adjustment: on the `exact`/`alternate` surname levels and the
   * `exact`/`first-exact` given-name levels, `u` becomes the share of register records with that
   * name (at least `minU`), so agreeing on "Jansen" weighs less than agreeing on a rare name.
   */
  readonly termFrequency: {
    readonly surname: boolean;
    readonly givenNames: boolean;
    /** Lower bound of an adjusted u. */
    readonly minU: number;
    /** Registers smaller than this are too small for name frequencies to mean anything: no adjustment. */
    readonly minRecords: number;
  };
  /** Total weight (sum of field weights, in bits) at or above which a candidate is a match. */
  readonly matchThreshold: number;
  /** Total weight at or above which a candidate goes to a person for review. */
  readonly reviewThreshold: number;
  /** When a second candidate scores within this many bits of the best, the result is ambiguous. */
  readonly ambiguityMargin: number;
  /**
   * Levels that contradict identity: a candidate with any of them is never a confident match,
   * whatever its total (at most review). Guards against linking a relative at the same address.
   * A candidate with two or more fields at such levels is another person and never reviewed.
   */
  readonly blockingLevels: { readonly [F in MatchField]?: readonly FieldLevels[F][] };
  /**
   * Levels that point to one person rather than to a household: a candidate is a confident match
   * only when its given names or its birth date is at one of them. Surname and address agree for a
   * whole family; without a given name or birth date that identifies, the best candidate goes to review.
   */
  readonly identifyingLevels: { readonly givenNames: readonly GivenNameLevel[]; readonly birthDate: readonly BirthDateLevel[] };
  /** Candidates listed in a result (best first). */
  readonly maxListedCandidates: number;
  /**
   * The register-wide name rules (`nameArea`, `fullName`) run only when the address and
   * birth-date rules give no candidate at least this strong without a contradiction: a person
   * already found at the address or by birth date needs no wider search.
   */
  readonly wideSearchBelow: number;
}

/**
 * Default parameters. The m/u values are set by hand from the failure rates in De signaalreis
 * (Haarlem: 10 of 40 rejected signals were residents; causes: reversed names, 1-1-2000, spelling)
 * and the sizes of Dutch registers (about 1 in 25,000 share a birth date, 1 in 10,000 an address);
 * estimate them on your own data with `estimateParameters` (EM). Weights in bits: see docs/matching.md.
 * @category Scoring
 */
export const DEFAULT_MATCH_PARAMETERS: MatchParameters = frozen({
  levels: {
    surname: {
      exact: { m: 0.86, u: 0.002 },
      alternate: { m: 0.05, u: 0.0005 },
      swapped: { m: 0.02, u: 0.00005 },
      phonetic: { m: 0.03, u: 0.003 },
      close: { m: 0.03, u: 0.005 },
      different: { m: 0.01, u: 0.9895 },
      unknown: { m: 1, u: 1 },
    },
    givenNames: {
      exact: { m: 0.7, u: 0.01 },
      'first-exact': { m: 0.1, u: 0.01 },
      swapped: { m: 0.02, u: 0.0002 },
      close: { m: 0.05, u: 0.01 },
      initials: { m: 0.11, u: 0.06 },
      different: { m: 0.02, u: 0.9198 },
      unknown: { m: 1, u: 1 },
    },
    birthDate: {
      exact: { m: 0.87, u: 0.00004 },
      'placeholder-agrees': { m: 0.01, u: 0.0002 },
      'one-typo': { m: 0.03, u: 0.0005 },
      'day-month-swapped': { m: 0.01, u: 0.00004 },
      'incomplete-agrees': { m: 0.02, u: 0.0004 },
      'placeholder-same-year': { m: 0.02, u: 0.0005 },
      placeholder: { m: 0.02, u: 0.03 },
      'same-year': { m: 0.01, u: 0.014 },
      different: { m: 0.01, u: 0.94722 },
      unknown: { m: 1, u: 1 },
    },
    address: {
      exact: { m: 0.88, u: 0.0001 },
      'same-house-number': { m: 0.03, u: 0.0001 },
      'same-postcode': { m: 0.01, u: 0.002 },
      different: { m: 0.08, u: 0.9978 },
      unknown: { m: 1, u: 1 },
    },
  },
  termFrequency: { surname: true, givenNames: true, minU: 0.00001, minRecords: 1000 },
  matchThreshold: 18,
  reviewThreshold: 12,
  ambiguityMargin: 6,
  blockingLevels: {
    givenNames: ['different'],
    birthDate: ['different', 'same-year'],
  },
  identifyingLevels: {
    givenNames: ['exact', 'first-exact', 'swapped', 'close'],
    birthDate: ['exact', 'one-typo', 'day-month-swapped', 'incomplete-agrees', 'placeholder-agrees', 'placeholder-same-year'],
  },
  maxListedCandidates: 3,
  wideSearchBelow: 30,
});

/** Parameters to override, field by field. @category Scoring */
export type MatchParameterOverrides = Partial<Omit<MatchParameters, 'levels'>> & {
  readonly levels?: { readonly [F in MatchField]?: Partial<Readonly<Record<FieldLevels[F], LevelProbabilities>>> };
};

/** Merge overrides into the defaults (or into `base`). */
export function resolveParameters(overrides: MatchParameterOverrides = {}, base: MatchParameters = DEFAULT_MATCH_PARAMETERS): MatchParameters {
  const levels = {} as Record<MatchField, Record<string, LevelProbabilities>>;
  for (const field of MATCH_FIELDS) levels[field] = { ...base.levels[field], ...(overrides.levels?.[field] ?? {}) };
  return { ...base, ...overrides, levels: levels as unknown as LevelTable };
}

const NUMERIC_PARAMETERS = ['matchThreshold', 'reviewThreshold', 'ambiguityMargin', 'wideSearchBelow', 'maxListedCandidates'] as const;

/** The parameters of a call: the defaults with `overrides` merged in; a `UsageError` (from `vroegsignalering/model`) when they cannot be used. */
export function parametersOf(overrides: MatchParameterOverrides | undefined): MatchParameters {
  if (overrides === undefined) return DEFAULT_MATCH_PARAMETERS;
  const params = resolveParameters(overrides);
  const issues = NUMERIC_PARAMETERS.filter((key) => typeof params[key] !== 'number' || !Number.isFinite(params[key])).map((key) =>
    validationIssue('invalid_parameter', ['parameters', key], 'Expected a finite number'),
  );
  if (!(params.maxListedCandidates >= 1)) issues.push(validationIssue('invalid_parameter', ['parameters', 'maxListedCandidates'], 'Expected at least 1'));
  for (const field of MATCH_FIELDS) {
    for (const [level, p] of Object.entries(params.levels[field] as Record<string, LevelProbabilities>)) {
      if (!(p.m > 0 && p.m <= 1 && p.u > 0 && p.u <= 1)) issues.push(validationIssue('invalid_parameter', ['parameters', 'levels', field, level], 'Expected m and u between 0 (exclusive) and 1'));
    }
  }
  if (issues.length > 0) throw new UsageError('match parameters', issues);
  return params;
}
