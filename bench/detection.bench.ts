/**
 * Detection benchmark: `detectMatches` with full results and reasons on 1,000,000 synthetic
 * signals over 24 months with ground-truth labels (`tools/synthetic/detection.ts`: one-off
 * signals, insurers' monthly updates, matches, recidivists, draggers, two-resident households,
 * a fifth of the residents without a register id and with spelling variants).
 * `labelAccuracy` is the share of signals whose labels all equal the truth.
 * Baseline, measured in the same run: a plain group-by on person id (a Map of arrays), the
 * least any grouping must do. The machine is shared: each figure is the best of several runs.
 */
import { detectMatches, type DetectionResult } from '../src/detection/index.js';
import { generateDetectionStream, labelCode } from '../tools/synthetic/detection.js';
import { heapMB, now, round, type Bench } from './harness.js';

const SIGNALS = 1_000_000;
const RUNS = 4;

/** Best throughput of `runs` timed calls (signals per second). */
function best(runs: number, fn: () => void): number {
  let bestMs = Infinity;
  for (let r = 0; r < runs; r++) {
    const start = now();
    fn();
    bestMs = Math.min(bestMs, now() - start);
  }
  return (SIGNALS * 1000) / bestMs;
}

const bench: Bench = {
  name: 'detection',
  run() {
    const { signals, truth } = generateDetectionStream({ signals: SIGNALS, seed: 20220201 });
    let results: DetectionResult[] = [];
    const signalsPerSec = best(RUNS, () => {
      results = [];
      results = detectMatches(signals);
    });
    let correct = 0;
    const perLabel = new Map<number, number>();
    for (let i = 0; i < results.length; i++) {
      const r = results[i]!;
      const code = r.ok ? labelCode(r.labels) : -1;
      if (code === truth[i]) correct += 1;
      else perLabel.set(truth[i]!, (perLabel.get(truth[i]!) ?? 0) + 1);
    }
    const heap = heapMB();
    results = [];
    let groups = 0;
    const baselineSignalsPerSec = best(RUNS, () => {
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
      signalsPerSec: round(signalsPerSec),
      baselineSignalsPerSec: round(baselineSignalsPerSec),
      ratioToBaseline: round(signalsPerSec / baselineSignalsPerSec, 3),
      labelAccuracy: round(correct / SIGNALS, 5),
      wrongByTruthCode: Object.fromEntries([...perLabel].sort((a, b) => b[1] - a[1]).slice(0, 5)),
      baselineGroups: groups,
      heapMB: round(heap, 3),
    };
  },
};

export default bench;
