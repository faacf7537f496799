import { UsageError } from '../model/index.js';
import { DetectionRun } from './engine.js';
import { parseDetectionOptions, type DetectionOptions } from './options.js';
import type { DetectionResult } from './result.js';
import { parseDetectionState, type DetectionState } from './state.js';

function optionsOrThrow(options: Partial<DetectionOptions> | undefined): DetectionOptions {
  const parsed = parseDetectionOptions(options ?? {});
  if (!parsed.ok) throw new UsageError('detection options', parsed.issues);
  return parsed.value;
}

/**
 * Detect matches, updates, recidivism, draggers and same-day signals in a set of signals
 * processed all at once. Returns exactly one result per input, in input order; an input that is
 * not a detectable signal gets `{ ok: false, errors }` and takes no part.
 *
 * Signals are grouped by resident (`personId` from register matching, else a fuzzy identity
 * from the matching module's normalisers) and by household (`householdId`, else the normalised
 * address), and classified in date order, each against the signals received before it and on
 * the same day. Throws {@link UsageError} only for invalid options.
 * @example
 * const results = detectMatches([
 *   { ...energySignal, personId: 'P1' },   // 2023-03-02, creditor EN-1
 *   { ...waterSignal, personId: 'P1' },    // 2023-03-20, creditor WA-1
 * ]);
 * results[1].ok && results[1].labels // ['person-match']
 * @category Detection
 */
export function detectMatches(signals: readonly unknown[], options?: Partial<DetectionOptions>): DetectionResult[] {
  return new DetectionRun(optionsOrThrow(options), false).process(signals);
}

/** Results of one incremental batch and the state to carry to the next. @category Detection */
export interface IncrementalDetection {
  /** One result per input of the batch, in input order. */
  readonly results: DetectionResult[];
  /** The new state (plain JSON; store it and pass it with the next batch). */
  readonly state: DetectionState;
}

/**
 * Detect on one batch (e.g. a month of signals) against the history carried in `state`, and
 * return the results with the new, pruned state. Run month by month with batches in date order,
 * the labels are exactly those of {@link detectMatches} over all months at once. A signal dated
 * before the state's `lastDate` is classified against the history that is left. Use the same
 * options for every batch. Throws {@link UsageError} for an invalid state or options.
 * @example
 * let state = createDetectionState();
 * for (const month of months) {
 *   const out = detectIncremental(state, month);
 *   state = out.state; // JSON.stringify(state) to keep it between runs
 * }
 * @category Detection
 */
export function detectIncremental(
  state: DetectionState,
  batch: readonly unknown[],
  options?: Partial<DetectionOptions>,
): IncrementalDetection {
  const checked = parseDetectionState(state);
  if (!checked.ok) throw new UsageError('detection state', checked.issues);
  const run = new DetectionRun(optionsOrThrow(options), true);
  run.load(checked.value);
  const results = run.process(batch);
  return { results, state: run.save() };
}
