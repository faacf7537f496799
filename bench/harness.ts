/**
 * Shared helpers for the benchmarks in `bench/`. Each `*.bench.ts` file default-exports a
 * {@link Bench}; `npm run bench -- --json` runs them all and prints one JSON object per line.
 */

/** A benchmark: a name and a function that returns its figures. */
export interface Bench {
  /** Value of the `bench` field, e.g. `parse`. */
  readonly name: string;
  /** Run it and return the figures (the `bench` field is added by the runner). */
  run(): Promise<Record<string, unknown>> | Record<string, unknown>;
}

/** Milliseconds since an arbitrary origin, high resolution. */
export function now(): number {
  return performance.now();
}

/** Process CPU time in ms (user + system, all threads), less disturbed than wall time by other work on the machine. */
export function cpuNow(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/**
 * Time a function: run it `warmup` times, then repeat until at least `minMs` have passed,
 * and return the best throughput seen (units per second), which is the least noisy figure
 * on a shared machine. `clock: 'cpu'` times by the process's CPU time instead of wall time
 * (a ratio of two rates measured that way barely moves when other processes load the machine).
 */
export function bestRate(fn: () => number, options: { minMs?: number; warmup?: number; rounds?: number; clock?: 'wall' | 'cpu' } = {}): number {
  const { minMs = 300, warmup = 1, rounds = 5, clock = 'wall' } = options;
  const read = clock === 'cpu' ? cpuNow : now;
  for (let i = 0; i < warmup; i++) fn();
  let best = 0;
  for (let r = 0; r < rounds; r++) {
    let units = 0;
    const start = read();
    let elapsed = 0;
    do {
      units += fn();
      elapsed = read() - start;
    } while (elapsed < minMs / rounds);
    best = Math.max(best, (units * 1000) / elapsed);
  }
  return best;
}

/** Round to a number of significant digits, for readable output. */
export function round(value: number, digits = 4): number {
  if (!Number.isFinite(value) || value === 0) return value;
  return Number(value.toPrecision(digits));
}

/** Whether Node runs with `--expose-gc` (as `npm run bench` does), so heap figures are real. */
export function canCollectGarbage(): boolean {
  return typeof (globalThis as { gc?: () => void }).gc === 'function';
}

/**
/**
 * Memory kept alive by what `build` returns, in MB: collect, read the heap and the array buffers
 * (typed arrays' memory lives outside the heap, so a heap-only figure would hide it), build,
 * collect again (the result still referenced), read again. `retainedMB` counts both;
 * `arrayBuffersMB` is the part of it in array buffers. Never negative. `null` without
 * `--expose-gc`, because a reading without a forced collection measures the collector's timing,
 * not what is kept.
 */
export function retainedHeapMB<T>(build: () => T): { value: T; retainedMB: number | null; arrayBuffersMB: number | null } {
  if (!canCollectGarbage()) return { value: build(), retainedMB: null, arrayBuffersMB: null };
  const before = settledMemory();
  const value = build();
  const after = settledMemory();
  const arrayBuffersMB = Math.max(0, after.arrayBuffers - before.arrayBuffers);
  return { value, retainedMB: Math.max(0, after.heap + after.arrayBuffers - before.heap - before.arrayBuffers), arrayBuffersMB };
}

/**
 * Heap and array buffers in use, in MB, after two full collections: V8 frees the memory of dead
 * array buffers after a collection, concurrently, and finishes that only when the next one
 * starts; read after one collection, array buffers that were already dead still counted (the
 * detection bench read 0 MB kept for a run that keeps tens of MB of typed arrays).
 */
function settledMemory(): { heap: number; arrayBuffers: number } {
  const { gc } = globalThis as { gc?: () => void };
  gc?.();
  gc?.();
  const m = process.memoryUsage();
  return { heap: m.heapUsed / (1024 * 1024), arrayBuffers: m.arrayBuffers / (1024 * 1024) };
}

/** Heap used in MB, after a garbage collection when Node runs with --expose-gc. */
export function heapMB(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / (1024 * 1024);
}

/**
 * Collect garbage and wait (at most `maxMs`) until the collector's helper threads are idle, so that
 * a CPU-time measurement started next is not charged for sweeping after this collection: V8 sweeps
 * a large heap concurrently, on other threads of this process, for up to a second after `gc()`
 * returns, and `process.cpuUsage` counts every thread. Measured on the matching bench: reading every
 * field of 1,000,000 register records cost 1.57 s of CPU right after `gc()` and 0.64 s once idle.
 * Sleeps with `Atomics.wait` (the main thread blocks; the helpers run). Without `--expose-gc` it only waits.
 */
export function settle(maxMs = 5000): void {
  (globalThis as { gc?: () => void }).gc?.();
  const cell = new Int32Array(new SharedArrayBuffer(4));
  const start = now();
  while (now() - start < maxMs) {
    const cpu = process.cpuUsage();
    Atomics.wait(cell, 0, 0, 20);
    const used = process.cpuUsage(cpu);
    if (used.user + used.system < 1000) return;
  }
}

/** A small, fast, seeded pseudo-random generator (mulberry32) for synthetic data. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
