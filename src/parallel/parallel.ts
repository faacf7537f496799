import type { DetectionOptions, DetectionResult } from '../detection/index.js';
import type { MatchOptions, MatchResult, RegisterIndex, RegisterIndexOptions } from '../matching/index.js';
import type { BatchItem } from '../model/index.js';
import type { ReplayOptions, ReplayResult, SampleRecord } from '../replay/index.js';
import { compilePolicyRef, completePreparation, prepareSignals, replayPrepared } from '../replay/internal.js';
import { compilePolicy, type CompiledPolicy, type Policy, type PolicyInput, type TriageBatchOptions, type TriageDecision } from '../triage/index.js';
import { balance, contiguous, detectionComponents } from './partition.js';
import { runJobs, workerCount, type ParallelOptions } from './pool.js';
import type { Job } from './tasks.js';

/** Jobs per thread: small enough parts that a thread that finishes early takes another. */
const JOBS_PER_WORKER = 4;

/** Put the items of parts back in input order, each with its input's position as `index`. */
function reassemble<T extends { index: number }>(n: number, parts: readonly (readonly number[])[], results: readonly unknown[]): T[] {
  const out = new Array<T>(n);
  parts.forEach((positions, p) => {
    const items = results[p] as T[];
    for (let k = 0; k < positions.length; k++) {
      const item = items[k]!;
      const at = positions[k]!;
      out[at] = item.index === at ? item : { ...item, index: at };
    }
  });
  return out;
}

/**
 * `detectMatches` on several threads: the inputs split into groups that share no register id,
 * household id, postcode or signal id (directly or through other signals), which detection can
 * never relate (see the partition's note), each group detected on its own. Same items, in input
 * order, as `detectMatches(inputs, options)`.
 * @example
 * const items = await detectMatchesParallel(signals, { workers: 4 });
 * @category Parallel
 */
export async function detectMatchesParallel(inputs: readonly unknown[], options: Partial<DetectionOptions> & ParallelOptions = {}): Promise<DetectionResult[]> {
  const { workers: _workers, ...detection } = options;
  const workers = workerCount(options);
  const parts = workers <= 1 ? [inputs.map((_, i) => i)] : balance(detectionComponents(inputs), workers * JOBS_PER_WORKER);
  const jobs = parts.map((positions): Job => ({ task: 'detect', inputs: positions.map((i) => inputs[i]), options: detection }));
  return reassemble<DetectionResult>(inputs.length, parts, await runJobs(jobs, workers));
}

/** Options of {@link matchSignalsParallel}: the matching options, the index's own options, and the number of workers. @category Parallel */
export interface MatchParallelOptions extends MatchOptions, ParallelOptions {
  /** The options `index` was built with (`createRegisterIndex(records, indexOptions)`); each thread builds its own index from `index.records` with them. */
  readonly indexOptions?: RegisterIndexOptions;
}

/**
 * `matchSignals` on several threads: signals are matched independently, so the batch splits into
 * runs of about equal length. Each thread builds the register index once from `index.records`
 * (shared memory, read by every thread) and `options.indexOptions`. Same items, in input order,
 * as `matchSignals(inputs, index, options)`.
 * @example
 * const items = await matchSignalsParallel(rows, index, { workers: 4 });
 * @category Parallel
 */
export async function matchSignalsParallel(inputs: readonly unknown[], index: RegisterIndex, options: MatchParallelOptions = {}): Promise<BatchItem<MatchResult>[]> {
  const { workers: _workers, indexOptions = {}, ...match } = options;
  const workers = workerCount(options);
  const parts = contiguous(inputs.length, workers <= 1 ? 1 : workers * JOBS_PER_WORKER);
  const jobs = parts.map((positions): Job => ({ task: 'match', inputs: positions.map((i) => inputs[i]), register: index.records, indexOptions, options: match }));
  return reassemble<BatchItem<MatchResult>>(inputs.length, parts, await runJobs(jobs, workers));
}

/**
 * `triageBatch` for several months at once, one month per job: months are independent (each
 * has its own capacity), so the result is `months.map((m) => triageBatch(m, policy, options))`.
 * One batch shares its capacity over all its signals and is never split.
 * @example
 * const [march, april] = await triageMonthsParallel([marchRows, aprilRows], compilePolicy(PRESETS.M4), { workers: 2 });
 * @category Parallel
 */
export async function triageMonthsParallel(
  months: readonly (readonly unknown[])[],
  policy: Policy | PolicyInput | CompiledPolicy,
  options: TriageBatchOptions & ParallelOptions = {},
): Promise<BatchItem<TriageDecision>[][]> {
  const compiled = compilePolicy(policy);
  const jobs = months.map((inputs): Job => ({ task: 'triage', inputs, policy: compiled.policy, capacities: options.capacities }));
  return (await runJobs(jobs, workerCount(options))) as BatchItem<TriageDecision>[][];
}

/**
 * `replay` with its detection step on several threads (see {@link detectMatchesParallel}); the
 * steps before and after it run on the calling thread. Same result as `replay(sample, options)`.
 * @example
 * const { figures } = await replayParallel(sample, { policy: 'M4', asOf: '2024-01-31', workers: 2 });
 * @category Parallel
 */
export async function replayParallel(sample: readonly SampleRecord[], options: ReplayOptions & ParallelOptions): Promise<ReplayResult> {
  const compiled = compilePolicyRef(options.policy);
  const early = prepareSignals(sample, options);
  const detection = await detectMatchesParallel(early.signals, { ...options.detection, workers: workerCount(options) });
  const prepared = completePreparation(sample, options, early, detection);
  return replayPrepared(prepared, compiled, options.capacities, options.onProgress);
}
