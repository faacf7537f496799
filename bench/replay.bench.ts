/**
 * Replay at scale: 1,000,000 SYNTHETIC signals (a year; pseudonymised form, without outcomes
 * and without register matching) parsed from plain objects and replayed under preset M4:
 * detection, triage month by month with capacities, figures. The baseline, measured in the
 * same run, is parsing alone (the sample schema), so `ratioToParse` says how many parses one
 * end-to-end replay costs; `detectionMs` (`detectionCpuMs`) is the part spent in the detection
 * module, `contactsMs` the part spent planning every signal's contact attempts for the contact
 * figures (`contactsShare` of the end-to-end time, `contactsCpuShare` of its CPU time), and `cpuMs`
 * the process CPU time of the end-to-end run (less disturbed by other work than wall time).
 * `retainedHeapMB` is what the parsed sample and the replay result keep alive (after forced
 * collections; null without `--expose-gc`), and `workers` the replay of the parsed sample by
 * `replayParallel` on `REPLAY_BENCH_WORKERS` threads (default 2) in the same run: its wall time,
 * its speed-up over the single-threaded replay of the same parsed sample, the CPU time of both
 * (all threads), `speedUpBound` (the most the threads can give on idle cores, as only detection
 * runs on them: single CPU / (single CPU − detection CPU × (1 − 1/threads))), and whether its
 * figures are the same. On a machine without idle cores the wall-time speed-up says only that;
 * read the CPU figures there.
 */
import { replayParallel } from '../src/parallel/index.js';
import { parseSample, replay, type SampleRecord } from '../src/replay/index.js';
import { generateSample } from '../tools/synthetic/sample.js';
import { cpuNow, now, retainedHeapMB, round, type Bench } from './harness.js';

const SIGNALS = Number(process.env['REPLAY_BENCH_SIGNALS'] ?? 1_000_000);

const WORKERS = Number(process.env['REPLAY_BENCH_WORKERS'] ?? 2);

function parsed(inputs: readonly unknown[]): SampleRecord[] {
  const out: SampleRecord[] = [];
  for (const r of parseSample(inputs)) if (r.ok) out.push(r.value);
  return out;
}

const bench: Bench = {
  name: 'replay',
  async run() {
    const inputs = generateSample({ seed: 8, signals: SIGNALS, personal: false, outcomes: false });
    let t = now();
    const parsedCount = parsed(inputs).length;
    const parseMs = now() - t;
    if (parsedCount !== SIGNALS) throw new Error(`only ${parsedCount} of ${SIGNALS} synthetic records parse`);
    const steps = new Map<string, { ms: number; cpuMs: number }>();
    let endToEndMs = 0;
    let replayMs = 0;
    let replayCpuMs = 0;
    let cpuMs = 0;
    let sample: SampleRecord[] = [];
    // the clocks run inside: the collections that measure what the parsed sample and the result keep are not timed
    const { value: { figures }, retainedMB } = retainedHeapMB(() => {
      const start = now();
      const cpu = cpuNow();
      sample = parsed(inputs);
      inputs.length = 0; // the raw records are not needed once parsed, as when reading a file
      const replayStart = now();
      const replayCpu = cpuNow();
      const result = replay(sample, { policy: 'M4', asOf: '2024-01-31', onProgress: (step) => void (steps.has(step) || steps.set(step, { ms: now(), cpuMs: cpuNow() })) });
      endToEndMs = now() - start;
      replayMs = now() - replayStart;
      replayCpuMs = cpuNow() - replayCpu;
      cpuMs = cpuNow() - cpu;
      return result;
    });
    t = now();
    const parallelCpu = cpuNow();
    const parallel = await replayParallel(sample, { policy: 'M4', asOf: '2024-01-31', workers: WORKERS });
    const parallelMs = now() - t;
    const parallelCpuMs = cpuNow() - parallelCpu;
    const span = (from: string, to: string, clock: 'ms' | 'cpuMs'): number => (steps.get(to)?.[clock] ?? 0) - (steps.get(from)?.[clock] ?? 0);
    const detectionCpuMs = span('detection', 'context', 'cpuMs');
    const contactsMs = span('contacts', 'figures', 'ms');
    return {
      signals: figures.signals,
      endToEndMs: Math.round(endToEndMs),
      signalsPerSec: round(SIGNALS / (endToEndMs / 1000)),
      cpuMs: Math.round(cpuMs),
      parseMs: Math.round(parseMs),
      detectionMs: Math.round(span('detection', 'context', 'ms')),
      detectionCpuMs: Math.round(detectionCpuMs),
      contactsMs: Math.round(contactsMs),
      contactsShare: round(contactsMs / endToEndMs, 3),
      contactsCpuShare: round(span('contacts', 'figures', 'cpuMs') / cpuMs, 3),
      contactAttempts: figures.contacts.attempts,
      ratioToParse: round(endToEndMs / parseMs, 3),
      homeVisits: figures.channels['home-visit'] ?? 0,
      retainedHeapMB: retainedMB === null ? null : round(retainedMB, 3),
      workers: {
        threads: WORKERS,
        replayMs: Math.round(parallelMs),
        singleReplayMs: Math.round(replayMs),
        speedUp: round(replayMs / parallelMs, 3),
        cpuMs: Math.round(parallelCpuMs),
        singleCpuMs: Math.round(replayCpuMs),
        // Amdahl: only detection runs on the threads, so on idle cores the replay takes at least the rest plus detection / threads
        speedUpBound: round(replayCpuMs / (replayCpuMs - detectionCpuMs + detectionCpuMs / WORKERS), 3),
        sameFigures: JSON.stringify(parallel.figures) === JSON.stringify(figures),
      },
      goalMs: 8_000,
    };
  },
};
export default bench;
