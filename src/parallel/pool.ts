/**
 * A pool of worker threads for one call: start up to `workers` threads, hand each the next job
 * when it is free, collect the results in job order, and stop the threads. With one worker the
 * jobs run on the calling thread, one after another (no thread, no copy).
 * @module
 */
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { UsageError, validationIssue } from '../model/internal.js';
import { fromBytes, toBytes, toSharedBytes } from './codec.js';
import { runJob, type Job } from './tasks.js';
import type { JobMessage, ResultMessage } from './worker.js';

/** Options shared by the parallel functions. @category Parallel */
export interface ParallelOptions {
  /**
   * Number of threads to use; default: the machine's available cores − 1, at least 1. With 1 the
   * work runs on the calling thread.
   */
  readonly workers?: number;
}

/**
 * The number of threads the parallel functions (and the CLI's `--workers`) use when none is
 * given: the machine's available cores − 1, at least 1, so that one core stays free for the
 * calling thread, which reads the input, splits it and puts the results back in order.
 * @example
 * defaultWorkers() // 7 on an 8-core machine, 1 on a 2-core one
 * @category Parallel
 */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism() - 1);
}

/** The number of threads to use: `workers` when given (a whole number ≥ 1), else {@link defaultWorkers}. */
export function workerCount(options: ParallelOptions | undefined): number {
  const asked = options?.workers;
  if (asked === undefined) return defaultWorkers();
  if (!Number.isInteger(asked) || asked < 1) {
    throw new UsageError('parallel options', [validationIssue('invalid_workers', ['workers'], 'Expected a whole number of workers of 1 or more')]);
  }
  return asked;
}

let registerKeys = 0;

/**
 * Start one worker thread. From the built package it runs `worker.js` next to this file; from
 * the sources (tests, `tsx`) it loads `worker.ts` through tsx's loader.
 */
function startWorker(): Worker {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./worker.js', here));
  // the package's ESM entry sits next to the CommonJS one that `require.resolve` finds
  const tsx = pathToFileURL(createRequire(here).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const worker = new URL('./worker.ts', here).href;
  const boot = `import(${JSON.stringify(tsx)}).then((m) => (m.register ?? m.default.register)()).then(() => import(${JSON.stringify(worker)}));`;
  return new Worker(boot, { eval: true });
}

/**
 * Run jobs on up to `workers` threads and return their results in job order. A `match` job's
 * register is written once into shared memory and read by every thread.
 */
export async function runJobs(jobs: readonly Job[], workers: number): Promise<unknown[]> {
  if (workers <= 1 || jobs.length <= 1) return jobs.map((job) => runJob(job));
  const results = new Array<unknown>(jobs.length);
  const shared = new Map<unknown, { key: number; bytes: Uint8Array }>();
  const message = (id: number): { message: JobMessage; transfer: ArrayBuffer[] } => {
    const job = jobs[id]!;
    if (job.task !== 'match') {
      const bytes = toBytes(job);
      return { message: { id, job: bytes }, transfer: [bytes.buffer as ArrayBuffer] };
    }
    let register = shared.get(job.register);
    if (register === undefined) shared.set(job.register, (register = { key: registerKeys++, bytes: toSharedBytes(job.register) }));
    const bytes = toBytes({ ...job, register: [] });
    return { message: { id, job: bytes, register }, transfer: [bytes.buffer as ArrayBuffer] };
  };
  const threads = Array.from({ length: Math.min(workers, jobs.length) }, startWorker);
  let next = 0;
  try {
    await Promise.all(
      threads.map(
        (thread) =>
          new Promise<void>((resolve, reject) => {
            const post = (): void => {
              if (next >= jobs.length) return resolve();
              const { message: m, transfer } = message(next++);
              thread.postMessage(m, transfer);
            };
            thread.on('message', (answer: ResultMessage) => {
              if ('error' in answer) return reject(new Error(`parallel job failed: ${answer.error}`));
              results[answer.id] = fromBytes(answer.result);
              post();
            });
            thread.on('error', reject);
            post();
          }),
      ),
    );
  } finally {
    await Promise.all(threads.map((thread) => thread.terminate()));
  }
  return results;
}
