/**
 * `vroegsignalering/parallel`: the batch functions on every core of one machine (Node only).
 *
 * Each function takes the same arguments as its single-threaded counterpart plus
 * `{ workers }`, splits the input into parts that cannot influence each other, runs the parts on
 * worker threads (`node:worker_threads`) and returns the same results, in input order. Inputs
 * and results cross between threads as JSON bytes in transferred buffers (a register as shared
 * memory), never as structured clones of object graphs; results from other threads are fresh
 * plain objects, equal (as JSON) to the single-threaded results, not frozen. In a browser use
 * the core functions: this module is not part of the core.
 * @module
 */
export { detectMatchesParallel, matchSignalsParallel, replayParallel, triageMonthsParallel, type MatchParallelOptions } from './parallel.js';
export { defaultWorkers, type ParallelOptions } from './pool.js';
