/**
 * Replay at scale: 1,000,000 SYNTHETIC signals (a year; pseudonymised form, without outcomes
 * and without register matching) parsed from plain objects and replayed under preset M4:
 * detection, triage month by month with capacities, figures. The baseline, measured in the
 * same run, is parsing alone (the sample schema), so `ratioToParse` says how many parses one
 * end-to-end replay costs; `detectionMs` is the part spent in the detection module,
 * `contactsMs` the part spent planning every signal's contact attempts for the contact figures
 * (`contactsShare` of the end-to-end time, `contactsCpuShare` of its CPU time), and `cpuMs` the process CPU time of the end-to-end
 * run (less disturbed by other work than wall time).
 */
import { parseSample, replay, type SampleRecord } from '../src/replay/index.js';
import { generateSample } from '../tools/synthetic/sample.js';
import { now, round, type Bench } from './harness.js';

const SIGNALS = Number(process.env['REPLAY_BENCH_SIGNALS'] ?? 1_000_000);

/** Process CPU time in ms (user + system), less disturbed than wall time by other work on the machine. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function parsed(inputs: readonly unknown[]): SampleRecord[] {
  const out: SampleRecord[] = [];
  for (const r of parseSample(inputs)) if (r.ok) out.push(r.value);
  return out;
}

const bench: Bench = {
  name: 'replay',
  run() {
    const inputs = generateSample({ seed: 8, signals: SIGNALS, personal: false, outcomes: false });
    let t = now();
    const parsedCount = parsed(inputs).length;
    const parseMs = now() - t;
    if (parsedCount !== SIGNALS) throw new Error(`only ${parsedCount} of ${SIGNALS} synthetic records parse`);
    const steps = new Map<string, number>();
    const stepCpu = new Map<string, number>();
    t = now();
    const cpu = cpuMs();
    const sample = parsed(inputs);
    inputs.length = 0; // the raw records are not needed once parsed, as when reading a file
    const { figures } = replay(sample, { policy: 'M4', asOf: '2024-01-31', onProgress: (step) => void (steps.has(step) || (steps.set(step, now()), stepCpu.set(step, cpuMs()))) });
    const endToEndMs = now() - t;
    const endToEndCpuMs = cpuMs() - cpu;
    const detectionMs = (steps.get('context') ?? 0) - (steps.get('detection') ?? 0);
    const contactsMs = (steps.get('figures') ?? 0) - (steps.get('contacts') ?? 0);
    const contactsCpuMs = (stepCpu.get('figures') ?? 0) - (stepCpu.get('contacts') ?? 0);
    return {
      signals: figures.signals,
      endToEndMs: Math.round(endToEndMs),
      signalsPerSec: round(SIGNALS / (endToEndMs / 1000)),
      cpuMs: Math.round(endToEndCpuMs),
      parseMs: Math.round(parseMs),
      detectionMs: Math.round(detectionMs),
      contactsMs: Math.round(contactsMs),
      contactsShare: round(contactsMs / endToEndMs, 3),
      contactsCpuShare: round(contactsCpuMs / endToEndCpuMs, 3),
      contactAttempts: figures.contacts.attempts,
      ratioToParse: round(endToEndMs / parseMs, 3),
      homeVisits: figures.channels['home-visit'] ?? 0,
      goalMs: 15_000,
    };
  },
};
export default bench;
