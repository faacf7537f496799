/**
 * The trade-off between two routings of the same signals, with the uncertainty of the learned
 * rates: each draw takes one rate per stratum and channel from its posterior (or, where the
 * channel was never tried in the stratum, from the channel's prior across strata) and sums the
 * expected residents helped under each routing. The draws are seeded.
 * @module
 */
import { betaDraw, quantileOf, uniformFrom } from './random.js';

/** A mean with a central interval. @category Learning */
export interface Interval {
  readonly mean: number;
  readonly lo: number;
  readonly hi: number;
}

/** Two routings compared: each one's expected total and the difference, with intervals. @category Learning */
export interface Comparison {
  readonly current: Interval;
  readonly recommended: Interval;
  /** Recommended minus current. */
  readonly difference: Interval;
  /** Share of draws in which the recommended routing does better. */
  readonly probabilityBetter: number;
}

/** One stratum–channel cell: the Beta to draw its rate from and how many signals each routing sends there. */
export interface SimulationCell {
  readonly alpha: number;
  readonly beta: number;
  readonly current: number;
  readonly recommended: number;
}

function interval(values: Float64Array, level: number): Interval {
  const sorted = Float64Array.from(values).sort();
  const tail = (1 - level) / 2;
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return { mean, lo: quantileOf(sorted, tail), hi: quantileOf(sorted, 1 - tail) };
}

/**
 * Simulate the expected totals of both routings over the posterior: `draws` draws, seeded;
 * totals are divided by `per` (the number of months, for totals per month).
 */
export function simulate(cells: readonly SimulationCell[], options: { draws: number; seed: number; level: number; per: number }): Comparison {
  const uniform = uniformFrom(options.seed);
  const current = new Float64Array(options.draws);
  const recommended = new Float64Array(options.draws);
  const difference = new Float64Array(options.draws);
  let better = 0;
  for (let d = 0; d < options.draws; d++) {
    let cur = 0;
    let rec = 0;
    for (const cell of cells) {
      const p = betaDraw(cell.alpha, cell.beta, uniform);
      cur += cell.current * p;
      rec += cell.recommended * p;
    }
    current[d] = cur / options.per;
    recommended[d] = rec / options.per;
    difference[d] = (rec - cur) / options.per;
    if (rec > cur) better++;
  }
  return {
    current: interval(current, options.level),
    recommended: interval(recommended, options.level),
    difference: interval(difference, options.level),
    probabilityBetter: better / options.draws,
  };
}
