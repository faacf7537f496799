/**
 * Small descriptive statistics for the figures: shares, means and quantiles.
 * @module
 */

/** A summary of a list of numbers. @category Figures */
export interface Summary {
  /** How many values. */
  readonly n: number;
  /** Arithmetic mean, or null when there are none. */
  readonly mean: number | null;
  /** Median, or null when there are none. */
  readonly median: number | null;
  /** 90th percentile (nearest rank), or null when there are none. */
  readonly p90: number | null;
}

/** Share `part / whole`, or 0 when the whole is 0. @category Figures */
export function share(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}

/** Summarise numbers: count, mean, median, 90th percentile (nearest rank). @category Figures */
export function summarise(values: readonly number[]): Summary {
  if (values.length === 0) return { n: 0, mean: null, median: null, p90: null };
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (q: number): number => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { n: sorted.length, mean: sorted.reduce((a, b) => a + b, 0) / sorted.length, median, p90: rank(0.9) };
}
