import { valueOrThrow } from '../model/internal.js';
import { DetectionRun } from './engine.js';
import { parseDetectionOptions, type DetectionOptions } from './options.js';
import type { DetectionResults } from './result.js';
import { parseDetectionState, type DetectionState } from './state.js';

/**
 * Detect matches, updates, recidivism, draggers and same-day signals in a set of signals
 * processed all at once. Returns exactly one item per input, in input order (as compact columns
 * whose items are built when asked for: `at(i)`, `for … of`, `JSON.stringify`), and never throws
 * for bad data: `{ index, ok: true, value }` with the labels, facts and reasons, or
 * `{ index, ok: false, issues }` for an input that is not a detectable signal (it takes no part).
 *
 * Inputs are signal records as `parseSignal` reads them (raw export forms are read by the model's
 * readers) or signals it already parsed, each optionally with `personId` (register id) and
 * `householdId`. A signal whose id came earlier in the batch is refused (`duplicate_id`).
 *
 * Signals are grouped by resident (`personId`, else a fuzzy identity from the matching module's
 * normalisers) and by household (`householdId`, else the normalised address), and classified in
 * date order, each against the signals received before it and on the same day. Throws
 * `UsageError` (from `vroegsignalering/model`) only for invalid options.
 * @example
 * const items = detectMatches([
 *   { ...energySignal, personId: 'P1' },   // 2023-03-02, creditor EN-1
 *   { ...waterSignal, personId: 'P1' },    // 20-03-2023, creditor WA-1, a raw record
 * ]);
 * const second = items.at(1);
 * second?.ok && second.value.labels // ['person-match']
 * @category Detection
 */
export function detectMatches(inputs: readonly unknown[], options: Partial<DetectionOptions> = {}): DetectionResults {
  return new DetectionRun(valueOrThrow(parseDetectionOptions(options), 'detection options'), false).process(inputs);
}

/** Options of {@link detectIncremental}: the state of earlier batches, and the detection options. @category Detection */
export interface IncrementalOptions extends Partial<DetectionOptions> {
  /** The state the previous batch returned (or {@link createDetectionState} for the first). */
  readonly state: DetectionState;
}

/** Items of one incremental batch and the state to carry to the next. @category Detection */
export interface IncrementalDetection {
  /** One item per input of the batch, in input order (built when asked for). */
  readonly items: DetectionResults;
  /** The new state (plain JSON; store it and pass it with the next batch). */
  readonly state: DetectionState;
}

/**
 * Detect on one batch (e.g. a month of signals) against the history carried in `options.state`,
 * and return one item per input with the new, pruned state. Run month by month with batches in
 * date order, the labels are exactly those of {@link detectMatches} over all months at once. A
 * signal dated before the state's `lastDate` is classified against the history that is left.
 *
 * Running a batch again is refused, signal by signal: an input whose id is already in the state
 * gets `{ ok: false, issues: [{ code: 'duplicate_id' }] }` and the state does not change for it,
 * so a month run twice neither labels its signals updates of themselves nor stores them twice.
 * Use the same options for every batch. Throws `UsageError` (from `vroegsignalering/model`) for invalid options or a state
 * that {@link parseDetectionState} refuses (read stored states with it first).
 * @example
 * let state = createDetectionState();
 * for (const month of months) {
 *   const out = detectIncremental(month, { state });
 *   state = out.state; // JSON.stringify(state) to keep it between runs
 * }
 * @category Detection
 */
export function detectIncremental(inputs: readonly unknown[], options: IncrementalOptions): IncrementalDetection {
  const { state, ...rest } = options ?? ({} as IncrementalOptions);
  const checked = valueOrThrow(parseDetectionState(state), 'detection state');
  const run = new DetectionRun(valueOrThrow(parseDetectionOptions(rest), 'detection options'), true);
  run.load(checked);
  const items = run.process(inputs);
  return { items, state: run.save() };
}
