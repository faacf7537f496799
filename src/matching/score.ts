import { cite, SOURCES, type LocalizedText, type Reason } from '../model/index.js';
import { reason } from '../model/internal.js';
import { frozen } from './freeze.js';
import { LEVEL_MESSAGES } from './messages.js';
import { MATCH_FIELDS, type FieldLevels, type LevelProbabilities, type MatchField, type MatchParameters } from './parameters.js';

/**
 * Share of register records carrying a name, for the term-frequency adjustment. Returns
 * `undefined` for names it does not know.
 * @category Scoring
 */
export interface TermFrequencies {
  /** Number of records the shares are counted over. */
  readonly size: number;
  /** Share (0–1) of records with this canonical surname. */
  surname(canonical: string): number | undefined;
  /** Share (0–1) of records with this canonical first given name. */
  givenName(canonical: string): number | undefined;
}

/** The values a term-frequency adjustment looks up: the agreeing surname and first given name. @category Scoring */
export interface TermValues {
  /** Canonical surname that agreed. */
  readonly surname: string;
  /** Canonical first given name that agreed. */
  readonly givenName: string;
}

/** One field's contribution to a pair's score. @category Scoring */
export interface FieldScore {
  /** The field. */
  readonly field: MatchField;
  /** Its comparison level. */
  readonly level: string;
  /** Match weight in bits, log2(m/u) (0 for unknown). */
  readonly weight: number;
  /** m of the level. */
  readonly m: number;
  /** u of the level (after term-frequency adjustment). */
  readonly u: number;
  /** The name's share in the register when `u` was term-frequency adjusted, else null. */
  readonly termFrequency: number | null;
}

/** The score of one signal–record pair, with every field's level and weight. @category Scoring */
export interface PairScore {
  /** Total match weight in bits: the sum of the field weights. */
  readonly weight: number;
  /** Each field's level and contribution, in the order of `MATCH_FIELDS`. */
  readonly fields: readonly FieldScore[];
  /** Fields whose level contradicts identity (see `blockingLevels`): never a confident match. */
  readonly contradictions: readonly MatchField[];
}

const TF_LEVELS: { readonly [F in MatchField]?: readonly string[] } = {
  surname: ['exact', 'alternate'],
  givenNames: ['exact', 'first-exact'],
};

/** The name's share in the register when the level is term-frequency adjusted, else undefined. */
function termShare(
  field: MatchField,
  level: string,
  params: MatchParameters,
  tf: TermFrequencies | undefined,
  values: TermValues | undefined,
): number | undefined {
  if (tf === undefined || values === undefined || tf.size < params.termFrequency.minRecords || !TF_LEVELS[field]?.includes(level)) return undefined;
  if (field === 'surname' && params.termFrequency.surname) return tf.surname(values.surname);
  if (field === 'givenNames' && params.termFrequency.givenNames) return tf.givenName(values.givenName);
  return undefined;
}

/** One field's score, frozen: results may share it, and nobody can change it. */
function fieldScore(field: MatchField, level: string, p: LevelProbabilities, u: number, share: number | null): FieldScore {
  return Object.freeze({ field, level, weight: weightOf(p.m, u), m: p.m, u, termFrequency: share });
}

/** Field scores without term-frequency adjustment, the same for every pair: frozen, built once per parameter set. */
const plainScores = new WeakMap<MatchParameters, Readonly<Record<MatchField, Readonly<Record<string, FieldScore>>>>>();

function plainFieldScore(params: MatchParameters, field: MatchField, level: string): FieldScore {
  let table = plainScores.get(params);
  if (table === undefined) {
    const built = {} as Record<MatchField, Record<string, FieldScore>>;
    for (const f of MATCH_FIELDS) {
      const byLevel: Record<string, FieldScore> = {};
      for (const [l, q] of Object.entries(params.levels[f] as Record<string, LevelProbabilities>)) byLevel[l] = fieldScore(f, l, q, q.u, null);
      built[f] = byLevel;
    }
    table = built;
    plainScores.set(params, table);
  }
  return table[field][level]!;
}

/** Weight in bits of a level with these probabilities. */
function weightOf(m: number, u: number): number {
  return m === u ? 0 : Math.log2(m / u);
}

/**
 * Score one pair from its field levels: Fellegi-Sunter weights log2(m/u) per field, summed,
 * with the term-frequency adjustment when frequencies are given.
 * @example
 * scoreLevels({ surname: 'exact', givenNames: 'initials', birthDate: 'placeholder', address: 'exact' },
 *   DEFAULT_MATCH_PARAMETERS).weight // ≈ 22.6
 * @category Scoring
 */
export function scoreLevels(
  levels: FieldLevels,
  params: MatchParameters,
  tf?: TermFrequencies,
  values?: TermValues,
): PairScore {
  const fields: FieldScore[] = [];
  const contradictions: MatchField[] = [];
  let total = 0;
  for (const field of MATCH_FIELDS) {
    const level = levels[field];
    const p = (params.levels[field] as Record<string, LevelProbabilities>)[level]!;
    const share = termShare(field, level, params, tf, values);
    const scored = share === undefined ? plainFieldScore(params, field, level) : fieldScore(field, level, p, Math.max(share, params.termFrequency.minU), share);
    total += scored.weight;
    fields.push(scored);
    if ((params.blockingLevels[field] as readonly string[] | undefined)?.includes(level)) contradictions.push(field);
  }
  return { weight: total, fields, contradictions };
}

/**
 * A scorer for one signal: the weight of every level of every field computed once (with the
 * term-frequency adjustment for this signal's names), so scoring a candidate is four lookups and
 * allocates nothing. Gives the same totals as {@link scoreLevels}.
 * @category Scoring
 */
export type LevelScorer = (levels: FieldLevels) => number;

/**
 * Build a {@link LevelScorer} for one signal's names.
 * @example
 * const score = levelScorer(DEFAULT_MATCH_PARAMETERS, index.frequencies, { surname: 'jansen', givenName: 'sanne' });
 * score({ surname: 'exact', givenNames: 'exact', birthDate: 'exact', address: 'different' })
 * @category Scoring
 */
export function levelScorer(params: MatchParameters, tf?: TermFrequencies, values?: TermValues): LevelScorer {
  const base = baseWeights(params);
  const tfOn = tf !== undefined && values !== undefined && tf.size >= params.termFrequency.minRecords;
  const surnameShare = tfOn && params.termFrequency.surname ? tf.surname(values.surname) : undefined;
  const givenShare = tfOn && params.termFrequency.givenNames ? tf.givenName(values.givenName) : undefined;
  const adjusted = (field: 'surname' | 'givenNames', level: string): number => {
    const share = field === 'surname' ? surnameShare : givenShare;
    const p = (params.levels[field] as Record<string, LevelProbabilities>)[level]!;
    return share === undefined ? base[field][level]! : weightOf(p.m, Math.max(share, params.termFrequency.minU));
  };
  const surnameExact = adjusted('surname', 'exact');
  const surnameAlternate = adjusted('surname', 'alternate');
  const givenExact = adjusted('givenNames', 'exact');
  const givenFirst = adjusted('givenNames', 'first-exact');
  const { surname, givenNames, birthDate, address } = base;
  return (levels) => {
    const s = levels.surname;
    const g = levels.givenNames;
    return (
      (s === 'exact' ? surnameExact : s === 'alternate' ? surnameAlternate : surname[s]!) +
      (g === 'exact' ? givenExact : g === 'first-exact' ? givenFirst : givenNames[g]!) +
      birthDate[levels.birthDate]! +
      address[levels.address]!
    );
  };
}

const baseWeightCache = new WeakMap<MatchParameters, Record<MatchField, Record<string, number>>>();

/** Weight of every level without term-frequency adjustment, computed once per parameter set. */
function baseWeights(params: MatchParameters): Record<MatchField, Record<string, number>> {
  let weights = baseWeightCache.get(params);
  if (weights === undefined) {
    weights = {} as Record<MatchField, Record<string, number>>;
    for (const field of MATCH_FIELDS) {
      const table: Record<string, number> = {};
      for (const [level, p] of Object.entries(params.levels[field] as Record<string, LevelProbabilities>)) table[level] = weightOf(p.m, p.u);
      weights[field] = table;
    }
    baseWeightCache.set(params, weights);
  }
  return weights;
}

/** The weight of one level without term-frequency adjustment. */
export function levelWeight(params: MatchParameters, field: MatchField, level: string): number {
  return baseWeights(params)[field][level]!;
}

/** Per parameter set: for each field, the levels that contradict identity (see `blockingLevels`). */
const blockingSets = new WeakMap<MatchParameters, Readonly<Record<MatchField, ReadonlySet<string>>>>();

/** How many fields are at a level that contradicts identity. */
export function contradictionCount(levels: FieldLevels, params: MatchParameters): number {
  let sets = blockingSets.get(params);
  if (sets === undefined) {
    sets = Object.fromEntries(MATCH_FIELDS.map((f) => [f, new Set<string>(params.blockingLevels[f] ?? [])])) as unknown as Record<MatchField, ReadonlySet<string>>;
    blockingSets.set(params, sets);
  }
  return (
    (sets.surname.has(levels.surname) ? 1 : 0) + (sets.givenNames.has(levels.givenNames) ? 1 : 0) +
    (sets.birthDate.has(levels.birthDate) ? 1 : 0) + (sets.address.has(levels.address) ? 1 : 0)
  );
}

/** Whether the given names or the birth date point to one person (see `identifyingLevels`). */
export function identifies(levels: FieldLevels, params: MatchParameters): boolean {
  return params.identifyingLevels.givenNames.includes(levels.givenNames) || params.identifyingLevels.birthDate.includes(levels.birthDate);
}

/**
 * Whether a candidate is another person, not a candidate at all: two fields contradict identity
 * (a housemate with another given name and birth date), or the birth date contradicts it while the
 * given names identify nobody (at most a shared initial) — then only the household's facts,
 * surname and address, agree — or the birth dates lie a generation apart (`generationApart`: a
 * parent or child with the same names, never a mistyped date). A relative (a child who moved out, a
 * parent), as a register clerk reads it.
 */
export function anotherPerson(levels: FieldLevels, params: MatchParameters, generationApart: boolean): boolean {
  const count = contradictionCount(levels, params);
  if (count >= 2) return true;
  return count === 1 && (params.blockingLevels.birthDate ?? []).includes(levels.birthDate) && (generationApart || !identifies(levels, params));
}

const ROUND = 100;
const FIELD_SOURCE = frozen(cite(SOURCES.signaalreis, 'BRP-check: uitval door omgedraaide namen, 1-1-2000 en andere schrijfwijzen'));

/** One {@link Reason} per field of a scored pair: the level, its weight, m and u, and what it means. */
export function fieldReasons(score: PairScore): Reason[] {
  return score.fields.map(reasonOf);
}

/** The frozen reasons of the shared (not term-frequency adjusted) field scores, built once each. */
const sharedReasons = new WeakMap<FieldScore, Reason>();

function reasonOf(f: FieldScore): Reason {
  let built = sharedReasons.get(f);
  if (built === undefined) {
    built = reason(
      `matching.${f.field}.${f.level}`,
      f.weight > 0 ? 'pass' : f.weight < 0 ? 'fail' : 'info',
      FIELD_SOURCE,
      (LEVEL_MESSAGES[f.field] as Record<string, LocalizedText>)[f.level]!,
      { level: f.level, weight: Math.round(f.weight * ROUND) / ROUND, m: f.m, u: f.u, termFrequency: f.termFrequency },
    );
    if (f.termFrequency === null) sharedReasons.set(f, built);
  }
  return built;
}
