/**
 * Detection benchmark: `detectMatches` with full results and reasons on 1,000,000 synthetic
 * signals over 24 months with ground-truth labels (`tools/synthetic/detection.ts`: one-off
 * signals, insurers' monthly updates, matches, recidivists, draggers, two-resident households,
 * a fifth of the residents without a register id and with spelling variants).
 * `labelAccuracy` is the share of signals whose labels all equal the truth.
 * Baseline, measured in the same run: a plain group-by on person id (a Map of arrays), the
 * least any grouping must do. The machine is shared: each figure is the best of several runs.
 * Wall-clock rates (`signalsPerSec`, `baselineSignalsPerSec`) suffer from other jobs on the
 * machine; `cpuSignalsPerSec` and `baselineCpuSignalsPerSec` divide by the process's CPU time
 * (`process.cpuUsage`, user + system, all threads, so garbage-collector helpers included), which
 * load disturbs less. `heapMB` is the memory the results of one run keep alive, heap and array
 * buffers, measured after forced collections (`retainedHeapMB`; `null` without `--expose-gc`, with
 * which `npm run bench` runs Node); `arrayBuffersMB` is the part of it outside the heap (their
 * typed-array columns and the run's history).
 */
import { detectMatches, type DetectionResults } from '../src/detection/index.js';
import { generateDetectionStream, labelCode } from '../tools/synthetic/detection.js';
import { now, retainedHeapMB, round, type Bench } from './harness.js';

const SIGNALS = 1_000_000;
const RUNS = 4;

/** Best throughput of `runs` timed calls, by wall clock and by CPU time (signals per second). */
function best(runs: number, fn: () => void): { wall: number; cpu: number } {
  let bestMs = Infinity;
  let bestCpuMs = Infinity;
  for (let r = 0; r < runs; r++) {
    const cpuStart = process.cpuUsage();
    const start = now();
    fn();
    bestMs = Math.min(bestMs, now() - start);
    const cpu = process.cpuUsage(cpuStart);
    bestCpuMs = Math.min(bestCpuMs, (cpu.user + cpu.system) / 1000);
  }
  return { wall: (SIGNALS * 1000) / bestMs, cpu: (SIGNALS * 1000) / bestCpuMs };
}

const bench: Bench = {
  name: 'detection',
  run() {
    const { signals, truth } = generateDetectionStream({ signals: SIGNALS, seed: 20220201 });
    let results: DetectionResults | null = null;
    const detection = best(RUNS, () => {
      results = null;
      results = detectMatches(signals);
    });
    results = null;
    const retained: { value: DetectionResults | null; retainedMB: number | null; arrayBuffersMB: number | null } = retainedHeapMB(() => detectMatches(signals));
    let correct = 0;
    const perLabel = new Map<number, number>();
    let i = 0;
    for (const r of retained.value!) {
      const code = r.ok ? labelCode(r.value.labels) : -1;
      if (code === truth[i]) correct += 1;
      else perLabel.set(truth[i]!, (perLabel.get(truth[i]!) ?? 0) + 1);
      i += 1;
    }
    retained.value = null; // not alive during the baseline
    let groups = 0;
    const baseline = best(RUNS, () => {
      const byPerson = new Map<string, number[]>();
      for (let i = 0; i < signals.length; i++) {
        const s = signals[i]!;
        const key = s.personId ?? s.id;
        const list = byPerson.get(key);
        if (list === undefined) byPerson.set(key, [i]);
        else list.push(i);
      }
      groups = byPerson.size;
    });
    return {
      signals: SIGNALS,
      signalsPerSec: round(detection.wall),
      baselineSignalsPerSec: round(baseline.wall),
      ratioToBaseline: round(detection.wall / baseline.wall, 3),
      cpuSignalsPerSec: round(detection.cpu),
      baselineCpuSignalsPerSec: round(baseline.cpu),
      cpuRatioToBaseline: round(detection.cpu / baseline.cpu, 3),
      labelAccuracy: round(correct / SIGNALS, 5),
      wrongByTruthCode: Object.fromEntries([...perLabel].sort((a, b) => b[1] - a[1]).slice(0, 5)),
      baselineGroups: groups,
      heapMB: retained.retainedMB === null ? null : round(retained.retainedMB, 3),
      arrayBuffersMB: retained.arrayBuffersMB === null ? null : round(retained.arrayBuffersMB, 3),
    };
  },
};

export default bench;
