import { requireObjects } from '../model/internal.js';
import { DEFAULT_MATCH_PARAMETERS, LEVELS_OF, MATCH_FIELDS, type FieldLevels, type LevelProbabilities, type LevelTable, type MatchField, type MatchParameters } from './parameters.js';


/** Options of {@link estimateParameters}. @category Scoring */
export interface EstimateOptions {
  /** Starting parameters (default `DEFAULT_MATCH_PARAMETERS`). */
  readonly start?: MatchParameters;
  /** Starting share of pairs that are matches (default 0.1). */
  readonly matchShare?: number;
  /** Maximum EM iterations (default 50). */
  readonly maxIterations?: number;
  /** Stop when no probability moves more than this (default 1e-5). */
  readonly tolerance?: number;
  /** Fields whose u stays fixed (e.g. u estimated from random pairs instead); default none. */
  readonly fixU?: readonly MatchField[];
}

/** The result of {@link estimateParameters}. @category Scoring */
export interface EstimateResult {
  /** The parameters with estimated m and u (other settings as in `start`). */
  readonly parameters: MatchParameters;
  /** Estimated share of matches among the pairs. */
  readonly matchShare: number;
  /** Iterations run. */
  readonly iterations: number;
  /** Whether the estimate converged within `maxIterations`. */
  readonly converged: boolean;
}

const FLOOR = 1e-6;

/**
 * Estimate m and u of every comparison level from unlabelled pairs with the EM algorithm
 * (Fellegi-Sunter, as Splink does): each pair's comparison levels in, the probabilities that make
 * the pairs most likely out. `unknown` levels carry no evidence and are left out. Pass the levels
 * of the candidate pairs your blocking produces, e.g. from `compareComparables`.
 * @example
 * const { parameters, matchShare } = estimateParameters(pairs.map(([s, r]) => compareComparables(s, r)));
 * @category Scoring
 */
export function estimateParameters(pairs: readonly FieldLevels[], options: EstimateOptions = {}): EstimateResult {
  requireObjects(pairs, 'pairs', 'comparison levels of a pair (compareRecords)');
  const start = options.start ?? DEFAULT_MATCH_PARAMETERS;
  const maxIterations = options.maxIterations ?? 50;
  const tolerance = options.tolerance ?? 1e-5;
  const fixU = new Set(options.fixU ?? []);
  let lambda = options.matchShare ?? 0.1;
  const table = {} as Record<MatchField, Record<string, { m: number; u: number }>>;
  for (const field of MATCH_FIELDS) {
    table[field] = {};
    for (const level of LEVELS_OF[field]) table[field][level] = { ...(start.levels[field] as Record<string, LevelProbabilities>)[level]! };
  }
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations && !converged) {
    iterations++;
    const mSum = {} as Record<MatchField, Record<string, number>>;
    const uSum = {} as Record<MatchField, Record<string, number>>;
    for (const field of MATCH_FIELDS) {
      mSum[field] = {};
      uSum[field] = {};
    }
    let matchTotal = 0;
    for (const pair of pairs) {
      let pm = lambda;
      let pu = 1 - lambda;
      for (const field of MATCH_FIELDS) {
        const level = pair[field];
        if (level === 'unknown') continue;
        const p = table[field][level]!;
        pm *= p.m;
        pu *= p.u;
      }
      const g = pm + pu === 0 ? 0 : pm / (pm + pu);
      matchTotal += g;
      for (const field of MATCH_FIELDS) {
        const level = pair[field];
        if (level === 'unknown') continue;
        mSum[field][level] = (mSum[field][level] ?? 0) + g;
        uSum[field][level] = (uSum[field][level] ?? 0) + (1 - g);
      }
    }
    let moved = Math.abs(matchTotal / Math.max(1, pairs.length) - lambda);
    lambda = Math.min(1 - FLOOR, Math.max(FLOOR, matchTotal / Math.max(1, pairs.length)));
    for (const field of MATCH_FIELDS) {
      const levels = LEVELS_OF[field].filter((l) => l !== 'unknown');
      const mTotal = levels.reduce((s, l) => s + (mSum[field][l] ?? 0), 0);
      const uTotal = levels.reduce((s, l) => s + (uSum[field][l] ?? 0), 0);
      for (const level of levels) {
        const p = table[field][level]!;
        const m = mTotal > 0 ? Math.max(FLOOR, (mSum[field][level] ?? 0) / mTotal) : p.m;
        const u = fixU.has(field) || uTotal === 0 ? p.u : Math.max(FLOOR, (uSum[field][level] ?? 0) / uTotal);
        moved = Math.max(moved, Math.abs(m - p.m), Math.abs(u - p.u));
        table[field][level] = { m, u };
      }
    }
    converged = moved < tolerance;
  }
  return {
    parameters: { ...start, levels: table as unknown as LevelTable },
    matchShare: lambda,
    iterations,
    converged,
  };
}

/**
 * Estimate u of every level from random pairs (which are almost all non-matches), as Splink
 * does before EM: u = the share of random pairs at that level (at least 1e-6). Returns `start`
 * with these u values; pass the result to {@link estimateParameters} with `fixU` to learn m only.
 * @example
 * const withU = estimateU(randomPairs);
 * const { parameters } = estimateParameters(blockedPairs, { start: withU, fixU: MATCH_FIELDS });
 * @category Scoring
 */
export function estimateU(randomPairs: readonly FieldLevels[], start: MatchParameters = DEFAULT_MATCH_PARAMETERS): MatchParameters {
  requireObjects(randomPairs, 'random pairs', 'comparison levels of a pair (compareRecords)');
  const table = {} as Record<MatchField, Record<string, LevelProbabilities>>;
  for (const field of MATCH_FIELDS) {
    const known = randomPairs.filter((p) => p[field] !== 'unknown');
    table[field] = {};
    for (const level of LEVELS_OF[field]) {
      const p = (start.levels[field] as Record<string, LevelProbabilities>)[level]!;
      if (level === 'unknown' || known.length === 0) {
        table[field][level] = p;
        continue;
      }
      const share = known.filter((pair) => pair[field] === level).length / known.length;
      table[field][level] = { m: p.m, u: Math.max(FLOOR, share) };
    }
  }
  return { ...start, levels: table as unknown as LevelTable };
}
