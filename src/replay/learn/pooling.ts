/**
 * Partial pooling with a beta-binomial model, fitted by empirical Bayes, across channels and
 * strata.
 *
 * Each stratum's rate for a channel is drawn from a Beta prior. Its mean is what the stratum's
 * features predict (`features`, the default) or the channel's level (`channel`). The feature
 * prediction is a logistic model in two stages: first a level per channel (pooled towards the
 * overall rate) and effects shared by all channels (one per value of each stratum dimension),
 * fitted on every case; then per channel its own small deviations, fitted on that channel's
 * cases. Normal priors keep the effects small unless the data say otherwise; each dimension's
 * prior width is chosen by the evidence approximation (automatic relevance determination). Help
 * accepted is predicted as reach times acceptance once reached, each fitted this way: reach rests
 * on many more events than help accepted does. The prior's strength κ (how many cases' worth it
 * weighs beyond its mean's uncertainty; small when strata differ more than the features say) is
 * fitted by maximum marginal likelihood of the beta-binomial. The uncertainty of the predicted
 * mean is added to the prior's variance, so a stratum whose prediction rests on little data is
 * not pulled hard towards it. Each stratum's posterior is then Beta(α + k, β + n − k).
 * @module
 */
import { betaInterval, lnBeta } from './beta.js';

/**
 * What the prior of a stratum is centred on: the prediction of the stratum's features
 * (`features`) or the channel's overall rate (`channel`).
 * @category Learning
 */
export type PoolingCentre = 'features' | 'channel';

/** The fitted prior of one channel and one outcome, across strata. @category Learning */
export interface BetaPrior {
  /** The channel's rate across the strata where it was tried (cases-weighted mean of the prior means). */
  readonly mean: number;
  /** κ: how many cases' worth the prior weighs beyond its mean's own uncertainty; large means the features explain the strata. */
  readonly strength: number;
  readonly centre: PoolingCentre;
  /** Strata the prior was fitted on (those where the channel was tried). */
  readonly strata: number;
}

/** One stratum of one channel for the fit: its cases, successes and feature columns. */
export interface PoolRow {
  readonly n: number;
  readonly k: number;
  /** Column index of each dimension's value (one per dimension). */
  readonly columns: readonly number[];
}

/** A fitted prior of one channel: the summary and the prior of any stratum. */
export interface PriorModel {
  readonly summary: BetaPrior;
  /** The Beta prior of a stratum with these feature columns. */
  priorOf(columns: readonly number[]): { readonly alpha: number; readonly beta: number };
}

/** Bounds of the prior precision (1 / sd²) of a group of effects on the logit scale: sd from 2 down to 0.125. */
const MIN_PRECISION = 0.25;
const MAX_PRECISION = 64;
/**
 * A channel's own deviations from the shared effects have a prior sd of at most 0.25: channels
 * differ in level more than in which residents they suit, and a channel tried on few cases
 * should not be read as suiting a group on a handful of them (chosen on synthetic histories).
 */
const MIN_DEVIATION_PRECISION = 16;
const MIN_STRENGTH = 0.5;
const MAX_STRENGTH = 1e4;

const expit = (x: number): number => 1 / (1 + Math.exp(-x));
const logit = (p: number): number => Math.log(p / (1 - p));

/** The Cholesky factor L of a symmetric positive definite matrix (A = L Lᵀ). */
function cholesky(a: readonly (readonly number[])[]): number[][] {
  const n = a.length;
  const l = a.map((row) => row.map(() => 0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i]![j]!;
      for (let k = 0; k < j; k++) s -= l[i]![k]! * l[j]![k]!;
      l[i]![j] = i === j ? Math.sqrt(Math.max(s, 1e-300)) : s / l[j]![j]!;
    }
  }
  return l;
}

/** Solve L Lᵀ x = b. */
function solveWith(l: readonly (readonly number[])[], b: readonly number[]): number[] {
  const n = b.length;
  const y = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    let s = b[i]!;
    for (let k = 0; k < i; k++) s -= l[i]![k]! * y[k]!;
    y[i] = s / l[i]![i]!;
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i]!;
    for (let k = i + 1; k < n; k++) s -= l[k]![i]! * x[k]!;
    x[i] = s / l[i]![i]!;
  }
  return x;
}

/** A row of a logistic fit: cases, successes, the parameters it uses, and a fixed offset. */
interface FitRow {
  readonly n: number;
  readonly k: number;
  readonly params: readonly number[];
  readonly offset: number;
}

/** A fitted logistic model: coefficients and their covariance. */
interface Logistic {
  readonly coef: number[];
  readonly covariance: number[][];
}

/**
 * Fit a penalised logistic model on aggregated binomial rows (Newton's method from `start`) with
 * independent normal priors (mean `centre[j]`, precision `precision[j]`).
 */
function fitLogistic(rows: readonly FitRow[], centre: readonly number[], precision: readonly number[], start: readonly number[]): Logistic {
  const p = centre.length;
  const coef = [...start];
  let factor: number[][] = [];
  for (let iter = 0; iter < 100; iter++) {
    const grad = coef.map((c, j) => -precision[j]! * (c - centre[j]!));
    const hessian = Array.from({ length: p }, (_, i) => Array.from({ length: p }, (_, j) => (i === j ? precision[i]! : 0)));
    for (const row of rows) {
      let eta = row.offset;
      for (const j of row.params) eta += coef[j]!;
      const mu = expit(eta);
      const w = row.n * mu * (1 - mu);
      const r = row.k - row.n * mu;
      for (const i of row.params) {
        grad[i] = grad[i]! + r;
        const h = hessian[i]!;
        for (const j of row.params) h[j] = h[j]! + w;
      }
    }
    factor = cholesky(hessian);
    const step = solveWith(factor, grad);
    let largest = 0;
    step.forEach((s, j) => {
      const bounded = Math.max(-5, Math.min(5, s));
      coef[j] = coef[j]! + bounded;
      largest = Math.max(largest, Math.abs(bounded));
    });
    if (largest < 1e-9) break;
  }
  const covariance = Array.from({ length: p }, (_, j) => solveWith(factor, Array.from({ length: p }, (_, i) => (i === j ? 1 : 0))));
  return { coef, covariance };
}

/**
 * Fit with one prior precision per group of effects (each stratum dimension is a group), chosen
 * by the evidence approximation (MacKay's fixed-point update α = γ / Σβ², where γ counts the
 * effects the data determine): a dimension that matters keeps wide priors, one that does not is
 * shrunk hard. `group[j]` is the group of parameter j; precisions stay within [`minPrecision`, 64].
 */
function fitRelevance(rows: readonly FitRow[], centre: readonly number[], group: readonly number[], minPrecision = MIN_PRECISION): Logistic {
  const groups = Math.max(0, ...group) + 1;
  const alpha = new Array<number>(groups).fill(1);
  const precisionOf = (): number[] => group.map((g) => alpha[g]!);
  let model = fitLogistic(rows, centre, precisionOf(), centre);
  for (let iter = 0; iter < 30; iter++) {
    let changed = 0;
    for (let g = 0; g < groups; g++) {
      let gamma = 0;
      let squares = 0;
      group.forEach((gj, j) => {
        if (gj !== g) return;
        gamma += 1 - alpha[g]! * model.covariance[j]![j]!;
        squares += (model.coef[j]! - centre[j]!) ** 2;
      });
      const next = Math.min(MAX_PRECISION, Math.max(minPrecision, gamma / Math.max(squares, 1e-12)));
      changed = Math.max(changed, Math.abs(Math.log(next / alpha[g]!)));
      alpha[g] = next;
    }
    model = fitLogistic(rows, centre, precisionOf(), model.coef);
    if (changed < 0.01) break;
  }
  return model;
}

/** The linear predictor of a row and its variance. */
function linear(model: Logistic, params: readonly number[]): { eta: number; variance: number } {
  let eta = 0;
  let variance = 0;
  for (const i of params) {
    eta += model.coef[i]!;
    for (const j of params) variance += model.covariance[i]![j]!;
  }
  return { eta, variance };
}

/** A Beta with mean m whose variance is the between-strata variance at strength κ plus the mean's own variance. */
function betaFor(m: number, meanVariance: number, strength: number): { alpha: number; beta: number } {
  const between = (m * (1 - m)) / (strength + 1);
  const s = Math.min(MAX_STRENGTH, Math.max(MIN_STRENGTH, (m * (1 - m)) / (between + meanVariance) - 1));
  return { alpha: m * s, beta: (1 - m) * s };
}

/** The strength κ that maximises the beta-binomial marginal likelihood (golden-section search on log κ). */
function fitStrength(rows: readonly PoolRow[], predicted: readonly { m: number; variance: number }[]): number {
  const logLik = (strength: number): number =>
    rows.reduce((sum, r, i) => {
      const { alpha, beta } = betaFor(predicted[i]!.m, predicted[i]!.variance, strength);
      return sum + lnBeta(alpha + r.k, beta + r.n - r.k) - lnBeta(alpha, beta);
    }, 0);
  let lo = Math.log(MIN_STRENGTH);
  let hi = Math.log(MAX_STRENGTH);
  const g = (Math.sqrt(5) - 1) / 2;
  let x1 = hi - g * (hi - lo);
  let x2 = lo + g * (hi - lo);
  let f1 = logLik(Math.exp(x1));
  let f2 = logLik(Math.exp(x2));
  for (let i = 0; i < 60 && hi - lo > 1e-4; i++) {
    if (f1 > f2) {
      hi = x2;
      x2 = x1;
      f2 = f1;
      x1 = hi - g * (hi - lo);
      f1 = logLik(Math.exp(x1));
    } else {
      lo = x1;
      x1 = x2;
      f1 = f2;
      x2 = lo + g * (hi - lo);
      f2 = logLik(Math.exp(x2));
    }
  }
  return Math.exp((lo + hi) / 2);
}

/** What a channel's features predict for a stratum: the mean and the variance of that mean. */
export type Predictor = (columns: readonly number[]) => { readonly m: number; readonly variance: number };

/**
 * Fit the mean models of every channel for one outcome (stages 1 and 2 above).
 * @param rows - per channel, per stratum with cases: n, k and its feature columns
 * @param dimensionOf - the stratum dimension of each feature column
 */
export function fitMeans(rows: readonly (readonly PoolRow[])[], dimensionOf: readonly number[], centre: PoolingCentre): Predictor[] {
  const columns = dimensionOf.length;
  const C = rows.length;
  const tried = rows.map((list) => list.filter((r) => r.n > 0));
  const features = centre === 'features' ? columns : 0;
  // Stage 1: a level per channel (parameters 0..C-1, pooled towards the overall rate) and shared
  // feature effects (C..C+features-1), one prior precision per stratum dimension.
  const sharedParams = (c: number, cols: readonly number[]): number[] => [c, ...(features ? cols.map((x) => C + x) : [])];
  const dims = Math.max(-1, ...dimensionOf) + 1;
  const allN = tried.flat().reduce((a, r) => a + r.n, 0);
  const allK = tried.flat().reduce((a, r) => a + r.k, 0);
  const overall = logit((allK + 0.5) / (allN + 1));
  const shared = fitRelevance(
    tried.flatMap((list, c) => list.map((r) => ({ n: r.n, k: r.k, params: sharedParams(c, r.columns), offset: 0 }))),
    [...new Array<number>(C).fill(overall), ...new Array<number>(features).fill(0)],
    [...new Array<number>(C).fill(dims), ...dimensionOf.slice(0, features)],
  );
  return tried.map((list, c) => {
    // Stage 2: the channel's own deviations (its level and one per value) on top of the shared prediction.
    const base = (cols: readonly number[]) => linear(shared, sharedParams(c, cols));
    const own = features && list.length > 0
      ? fitRelevance(
        list.map((r) => ({ n: r.n, k: r.k, params: [0, ...r.columns.map((x) => 1 + x)], offset: base(r.columns).eta })),
        new Array<number>(features + 1).fill(0),
        [dims, ...dimensionOf],
        MIN_DEVIATION_PRECISION,
      )
      : null;
    return (cols) => {
      const b = base(cols);
      const d = own ? linear(own, [0, ...cols.map((x) => 1 + x)]) : { eta: 0, variance: 0 };
      const m = expit(b.eta + d.eta);
      return { m, variance: (m * (1 - m)) ** 2 * (b.variance + d.variance) };
    };
  });
}

/** The product of two predictors (help accepted = reached × accepted once reached), its variance by the delta method. */
export function productOf(a: Predictor, b: Predictor): Predictor {
  return (cols) => {
    const x = a(cols);
    const y = b(cols);
    return { m: x.m * y.m, variance: y.m * y.m * x.variance + x.m * x.m * y.variance };
  };
}

/** The prior of a channel: the predicted mean with the strength fitted on the channel's strata. */
export function priorModel(rows: readonly PoolRow[], predict: Predictor, centre: PoolingCentre): PriorModel {
  const list = rows.filter((r) => r.n > 0);
  const predicted = list.map((r) => predict(r.columns));
  const strength = fitStrength(list, predicted);
  const n = list.reduce((a, r) => a + r.n, 0);
  const k = list.reduce((a, r) => a + r.k, 0);
  return {
    summary: { mean: n === 0 ? (k + 0.5) / (n + 1) : list.reduce((a, r, i) => a + r.n * predicted[i]!.m, 0) / n, strength, centre, strata: list.length },
    priorOf: (cols) => {
      const { m, variance } = predict(cols);
      return betaFor(m, variance, strength);
    },
  };
}

/** A stratum's posterior under a prior: Beta(α + k, β + n − k), its mean and central interval. */
export interface Posterior {
  readonly alpha: number;
  readonly beta: number;
  readonly mean: number;
  readonly interval: readonly [number, number];
}

/** The posterior of a stratum with `k` successes in `n` cases. */
export function posteriorOf(prior: { alpha: number; beta: number }, n: number, k: number, level: number): Posterior {
  const alpha = prior.alpha + k;
  const beta = prior.beta + n - k;
  return { alpha, beta, mean: alpha / (alpha + beta), interval: betaInterval(alpha, beta, level) };
}
