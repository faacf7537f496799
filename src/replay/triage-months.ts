/**
 * Triage a prepared sample month by month: each month's signals compete for that month's
 * capacity (capacity is monthly, De signaalreis, 003, Bijlage 1), in the policy's priority order.
 * @module
 */
import { UsageError } from '../model/index.js';
import {
  compilePolicy, isPresetName, PRESET_NAMES, PRESETS, type Capacities, type CompiledPolicy, type TriageDecision, type TriageInput,
} from '../triage/index.js';
import { triageParsed } from '../triage/internal.js';
import type { PreparedSample } from './prepare.js';
import type { PolicyRef, ProgressListener } from './replay-options.js';

/** Compile a policy reference: a preset name, a policy, or an already compiled policy. @category Replay */
export function compilePolicyRef(policy: PolicyRef): CompiledPolicy {
  if (typeof policy === 'string') {
    if (!isPresetName(policy)) {
      throw new UsageError('policy', [
        { code: 'unknown_preset', path: ['policy'], field: 'policy', label: 'beleid', message: `Unknown policy preset; use one of ${PRESET_NAMES.join(', ')} or a policy file (beleid)` },
      ]);
    }
    return compilePolicy(PRESETS[policy]);
  }
  return compilePolicy(policy);
}

/** Triage every signal of a prepared sample, month by month; one result per record, in record order. @category Replay */
export function triageByMonth(
  prepared: PreparedSample,
  compiled: CompiledPolicy,
  capacities: Capacities | undefined,
  onProgress: ProgressListener = () => {},
): TriageDecision[] {
  const results = new Array<TriageDecision>(prepared.records.length);
  let done = 0;
  for (const indexes of prepared.months.values()) {
    const inputs: TriageInput[] = indexes.map((i) => prepared.inputs[i]!);
    const monthResults = triageParsed(inputs, compiled, capacities ? { capacities } : {});
    indexes.forEach((i, k) => {
      results[i] = monthResults[k]!;
    });
    done += indexes.length;
    onProgress('triage', done, prepared.records.length);
  }
  return results;
}
