/**
 * An independent evaluation set for register matching (issue 13): a seeded register of
 * Haal Centraal BRP "Personen" records and creditor signals with one failure mode each, in equal
 * shares, with the ground truth kept apart. Written from the register's and a creditor's side,
 * separately from the project's own generator, and used only to measure the matcher, never to
 * tune it. See docs/matching-evaluation.md.
 * @module
 */
import type { HcPersoon } from './haal-centraal.js';
import { BsnSource, generatePopulation, PersonFactory, type DateParts } from './population.js';
import { createRng } from './random.js';
import { toHaalCentraal } from './register.js';
import { SignalGenerator, type CreditorSignal, type SignalTruth } from './signals.js';

export { FAILURE_MODES, type CreditorDebtor, type CreditorSignal, type FailureMode, type SignalTruth } from './signals.js';
export type { HcPersoon, HcPersonenResponse } from './haal-centraal.js';
export { evaluate, type EvaluationFigures, type LinkDecision, type ModeFigures, type SignalOutcome } from './evaluate.js';

/** Options of {@link buildEvaluationSet}. */
export interface EvaluationSetOptions {
  /** Persons in the register (including the deceased and emigrated it still holds). */
  readonly persons: number;
  /** Signals; the failure modes take equal shares in turn. */
  readonly signals: number;
  /** Seed: the same seed and sizes give the same set. */
  readonly seed: number;
  /** The date of the register extract; default 2025-06-01. */
  readonly asOf?: DateParts;
}

/** The set: register, signals and their truth (same order as the signals). */
export interface EvaluationSet {
  /** Date of the register extract, `YYYY-MM-DD`. */
  readonly asOf: string;
  readonly register: readonly HcPersoon[];
  readonly signals: readonly CreditorSignal[];
  readonly truth: readonly SignalTruth[];
}

/** Default date of the register extract. */
export const DEFAULT_AS_OF: DateParts = { y: 2025, m: 6, d: 1 };

/**
 * Build the evaluation set, deterministically from the seed.
 * @example
 * const set = buildEvaluationSet({ persons: 2000, signals: 260, seed: 13 });
 * set.truth.filter((t) => t.mode === 'not-registered').every((t) => t.bsn === null); // true
 */
export function buildEvaluationSet(options: EvaluationSetOptions): EvaluationSet {
  const asOf = options.asOf ?? DEFAULT_AS_OF;
  const rng = createRng(options.seed);
  const bsns = new BsnSource();
  const population = generatePopulation(rng.fork('population'), { persons: options.persons, asOf }, bsns);
  const outsiders = new PersonFactory(rng.fork('outsiders'), asOf, bsns);
  const { signals, truth } = new SignalGenerator(rng.fork('signals'), population, outsiders).generate({ count: options.signals });
  const register = population.persons.map((p) => toHaalCentraal(p, population));
  const pad = (n: number) => String(n).padStart(2, '0');
  return { asOf: `${asOf.y}-${pad(asOf.m)}-${pad(asOf.d)}`, register, signals, truth };
}
