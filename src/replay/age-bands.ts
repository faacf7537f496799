/**
 * Age bands a pseudonymised sample may keep instead of a birth date. The first adult band is
 * 18–27 because several municipalities route that age to a youth worker (De signaalreis, 003,
 * M1); 67 is the state pension age.
 * @module
 */

/** One age band: a label and the ages it covers (inclusive; `max` null for no upper bound). @category Pseudonymisation */
export interface AgeBand {
  /** Label as written in samples, e.g. `18-27`. */
  readonly label: string;
  /** Lowest age in the band. */
  readonly min: number;
  /** Highest age in the band, or null for "and older". */
  readonly max: number | null;
}

/** The age bands, youngest first. @category Pseudonymisation */
export const AGE_BANDS = Object.freeze([
  Object.freeze({ label: '0-17', min: 0, max: 17 }),
  Object.freeze({ label: '18-27', min: 18, max: 27 }),
  Object.freeze({ label: '28-44', min: 28, max: 44 }),
  Object.freeze({ label: '45-66', min: 45, max: 66 }),
  Object.freeze({ label: '67+', min: 67, max: null }),
] as const) satisfies readonly AgeBand[];

/** The label of an age band. @category Pseudonymisation */
export type AgeBandLabel = (typeof AGE_BANDS)[number]['label'];

/** The labels of {@link AGE_BANDS}, for schemas. @category Pseudonymisation */
export const AGE_BAND_LABELS = AGE_BANDS.map((b) => b.label) as [AgeBandLabel, ...AgeBandLabel[]];

/**
 * The band an age falls in.
 * @example
 * ageBandOf(23) // '18-27'
 * @category Pseudonymisation
 */
export function ageBandOf(age: number): AgeBandLabel {
  for (const band of AGE_BANDS) if (age >= band.min && (band.max === null || age <= band.max)) return band.label;
  return AGE_BANDS[0].label;
}
