/**
 * Replay a sample through the whole pipeline under a policy.
 * @module
 */
import type { Capacities, CompiledPolicy } from '../triage/index.js';
import { contactFigures } from './contact-figures.js';
import { prepareSample, type PreparedSample } from './prepare.js';
import { replayFigures } from './replay-figures.js';
import type { ReplayOptions } from './replay-options.js';
import type { ReplayResult, ReplaySignalResult } from './replay-result.js';
import type { SampleRecord } from './sample-schema.js';
import { compilePolicyRef, triageByMonth } from './triage-months.js';

/**
 * Triage a prepared sample (see `prepareSample`) under one compiled policy and gather the
 * per-signal results and figures; `comparePolicies` runs it once per policy.
 * @category Replay
 */
export function replayPrepared(prepared: PreparedSample, compiled: CompiledPolicy, capacities: Capacities | undefined, onProgress?: ReplayOptions['onProgress']): ReplayResult {
  const triage = triageByMonth(prepared, compiled, capacities, onProgress);
  const { records } = prepared;
  const signals = new Array<ReplaySignalResult>(records.length);
  for (let i = 0; i < records.length; i++) {
    const record = records[i]!;
    signals[i] = {
      signalId: record.id,
      kind: record.kind,
      month: record.receivedDate.slice(0, 7),
      eligibility: prepared.eligibility[i]!,
      register: prepared.register[i]!,
      detection: prepared.detection[i]!,
      triage: triage[i]!,
      deadlines: prepared.deadlines[i]!,
      outcome: record.outcome?.class ?? null,
      reasons: prepared.reasons[i]!,
    };
  }
  onProgress?.('contacts', records.length, records.length);
  const contacts = contactFigures(compiled, signals.map((s, i) => ({ signalId: s.signalId, channel: s.triage.channel, rank: s.triage.rank, signalDate: records[i]!.receivedDate })));
  onProgress?.('figures', records.length, records.length);
  return { signals, figures: { ...replayFigures(compiled, capacities, signals, [...prepared.months.keys()]), contacts } };
}

/**
 * Replay a sample through the whole pipeline: the eligibility check where creditor fields are
 * present, register matching where a register is given (records with names and full addresses
 * only), detection, triage month by month within the monthly capacities, and the lifecycle
 * deadlines where outcomes are present. Returns one result per signal, in order, and the
 * figures: channel counts, capacity use and overflow, matches and crisis signals and how they
 * were served, deadlines met, the study's outcome table per channel, and the contact plan's
 * attempts per channel and day against capacity with the share of plans not completed (`contacts`).
 * Throws `UsageError` for an invalid policy or options.
 * @example
 * const sample = parseSample(rows).flatMap((r) => (r.ok ? [r.value] : []));
 * const { figures } = replay(sample, { policy: 'M4', asOf: '2024-01-31' });
 * figures.channels['home-visit'] // home visits within M4's 20 a month
 * figures.capacity.find((c) => c.channel === 'home-visit')?.overflow // signals moved on because visits were full
 * @category Replay
 */
export function replay(sample: readonly SampleRecord[], options: ReplayOptions): ReplayResult {
  const compiled = compilePolicyRef(options.policy);
  const prepared = prepareSample(sample, options);
  return replayPrepared(prepared, compiled, options.capacities, options.onProgress);
}
