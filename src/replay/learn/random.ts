/**
 * Seeded random draws for the posterior simulation: the caller passes the seed, so the same
 * inputs always give the same intervals (no clock, no global state).
 * @module
 */

/**
 * A seeded uniform generator on [0, 1): xoshiro128** (Blackman & Vigna), its state filled by
 * splitmix32 from the seed.
 */
export function uniformFrom(seed: number): () => number {
  let x = seed >>> 0;
  const splitmix = (): number => {
    x = (x + 0x9e3779b9) >>> 0;
    let z = x;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  const s = [splitmix(), splitmix(), splitmix(), splitmix()];
  return () => {
    const result = Math.imul(((Math.imul(s[1]!, 5) << 7) | (Math.imul(s[1]!, 5) >>> 25)) >>> 0, 9) >>> 0;
    const t = (s[1]! << 9) >>> 0;
    s[2] = (s[2]! ^ s[0]!) >>> 0;
    s[3] = (s[3]! ^ s[1]!) >>> 0;
    s[1] = (s[1]! ^ s[2]!) >>> 0;
    s[0] = (s[0]! ^ s[3]!) >>> 0;
    s[2] = (s[2]! ^ t) >>> 0;
    s[3] = ((s[3]! << 11) | (s[3]! >>> 21)) >>> 0;
    return result / 4294967296;
  };
}

/** A standard normal draw (Box–Muller; one of the pair is used). */
function normal(uniform: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform());
}

/** A Gamma(shape, 1) draw (Marsaglia & Tsang 2000; shapes below 1 by the boost Γ(a) = Γ(a + 1)·U^(1/a)). */
function gamma(shape: number, uniform: () => number): number {
  if (shape < 1) return gamma(shape + 1, uniform) * Math.pow(1 - uniform(), 1 / shape);
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(uniform);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = 1 - uniform();
    if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
  }
}

/** A Beta(a, b) draw, as X / (X + Y) of two Gamma draws. */
export function betaDraw(a: number, b: number, uniform: () => number): number {
  const x = gamma(a, uniform);
  const y = gamma(b, uniform);
  return x + y === 0 ? a / (a + b) : x / (x + y);
}

/** The q-quantile of sorted numbers (linear between order statistics). */
export function quantileOf(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const pos = q * (n - 1);
  const i = Math.floor(pos);
  const frac = pos - i;
  return i + 1 < n ? sorted[i]! * (1 - frac) + sorted[i + 1]! * frac : sorted[n - 1]!;
}
