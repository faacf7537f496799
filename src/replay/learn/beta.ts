/**
 * The Beta distribution the outcome learner needs: the log-gamma function, the regularised
 * incomplete beta function I_x(a, b) (a continued fraction, evaluated with the modified Lentz
 * method) and its inverse, the Beta quantile (Halley steps inside a bracket that bisection keeps
 * honest). Tested against SciPy's `beta.ppf` in `test/fixtures/recommend/beta-quantiles.jsonl`.
 * @module
 */

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const HALF_LN_2PI = 0.5 * Math.log(2 * Math.PI);

/** ln Γ(x) for x > 0 (Lanczos, g = 7; about 15 significant digits). */
export function lnGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lnGamma(1 - x);
  const z = x - 1;
  let sum = LANCZOS[0]!;
  for (let i = 1; i < 9; i++) sum += LANCZOS[i]! / (z + i);
  const t = z + 7.5;
  return HALF_LN_2PI + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b). */
export function lnBeta(a: number, b: number): number {
  return lnGamma(a) + lnGamma(b) - lnGamma(a + b);
}

const TINY = 1e-300;
const EPS = 1e-15;

/** The continued fraction of I_x(a, b), valid for x < (a + 1) / (a + b + 2). */
function betaFraction(x: number, a: number, b: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < EPS) break;
  }
  return h;
}

/**
 * The regularised incomplete beta function I_x(a, b): the probability that a Beta(a, b)
 * variable is at most x.
 * @example
 * regularisedBeta(0.5, 2, 2) // 0.5
 */
export function regularisedBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(a * Math.log(x) + b * Math.log1p(-x) - lnBeta(a, b));
  return x < (a + 1) / (a + b + 2) ? (front * betaFraction(x, a, b)) / a : 1 - (front * betaFraction(1 - x, b, a)) / b;
}

/** A first guess of the quantile (Numerical Recipes, 3rd ed., §6.14, after Abramowitz & Stegun 26.5.22). */
function firstGuess(p: number, a: number, b: number): number {
  if (a >= 1 && b >= 1) {
    const pp = p < 0.5 ? p : 1 - p;
    const t = Math.sqrt(-2 * Math.log(pp));
    let x = (2.30753 + t * 0.27061) / (1 + t * (0.99229 + t * 0.04481)) - t;
    if (p < 0.5) x = -x;
    const al = (x * x - 3) / 6;
    const h = 2 / (1 / (2 * a - 1) + 1 / (2 * b - 1));
    const w = (x * Math.sqrt(al + h)) / h - (1 / (2 * b - 1) - 1 / (2 * a - 1)) * (al + 5 / 6 - 2 / (3 * h));
    return a / (a + b * Math.exp(2 * w));
  }
  const lna = Math.log(a / (a + b));
  const lnb = Math.log(b / (a + b));
  const t = Math.exp(a * lna) / a;
  const u = Math.exp(b * lnb) / b;
  const w = t + u;
  return p < t / w ? Math.pow(a * w * p, 1 / a) : 1 - Math.pow(b * w * (1 - p), 1 / b);
}

/**
 * The p-quantile of Beta(a, b): the x with I_x(a, b) = p (absolute error below 1e-12).
 * Halley steps from a first guess, kept inside a bracket; a step that leaves the bracket
 * bisects it instead, so the search always converges.
 * @example
 * betaQuantile(0.975, 1, 10) // 0.3084971…, the upper end of the exact interval for 0 of 9
 */
export function betaQuantile(p: number, a: number, b: number): number {
  if (!(a > 0 && b > 0) || !(p >= 0 && p <= 1)) throw new RangeError('betaQuantile needs a > 0, b > 0 and 0 <= p <= 1');
  if (p === 0) return 0;
  if (p === 1) return 1;
  const lnNorm = -lnBeta(a, b);
  let lo = 0;
  let hi = 1;
  let x = Math.min(1 - 1e-16, Math.max(1e-300, firstGuess(p, a, b)));
  for (let i = 0; i < 200; i++) {
    const err = regularisedBeta(x, a, b) - p;
    if (err < 0) lo = x;
    else hi = x;
    if (err === 0 || hi - lo < 1e-15 * Math.max(x, 1e-300)) break;
    const density = Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) + lnNorm);
    const u = err / density;
    const step = u / (1 - 0.5 * Math.min(1, u * ((a - 1) / x - (b - 1) / (1 - x))));
    // A step below a few units in the last place is convergence (x - step may round back to x).
    if (Number.isFinite(step) && Math.abs(step) <= 4 * Number.EPSILON * Math.max(x, 1e-300)) break;
    const next = x - step;
    x = next > lo && next < hi && Number.isFinite(next) ? next : 0.5 * (lo + hi);
  }
  return x;
}

/**
 * The central interval of Beta(a, b) holding `level` of its mass (0.95: from the 2.5% to the
 * 97.5% quantile).
 */
export function betaInterval(a: number, b: number, level = 0.95): readonly [number, number] {
  const tail = (1 - level) / 2;
  return [betaQuantile(tail, a, b), betaQuantile(1 - tail, a, b)];
}
