import type { BatchItem } from '../model/index.js';
import { readCase } from './arrears-case.js';
import { assessWith } from './assess.js';
import { readOptions } from './options.js';
import type { EligibilityOptions, EligibilityResult } from './result.js';

/**
 * Assess a batch of arrears cases, raw records or parsed cases alike: exactly one item per
 * input, in the same order (`{ index, ok: true, value }` or `{ index, ok: false, issues }`).
 * A record that does not parse — `null`, a string, a record with a bad field — gets structured
 * issues instead of a result. Never throws for bad records; invalid options throw `UsageError`
 * before any record is read.
 * @example
 * const items = assessEligibilityBatch(rows, { asOf: '2024-03-01', creditorPolicy: 'insurer-a' });
 * const toSignal = items.filter((i) => i.ok && i.value.eligible);
 * @category Eligibility
 */
export function assessEligibilityBatch(inputs: readonly unknown[], options: EligibilityOptions): BatchItem<EligibilityResult>[] {
  const o = readOptions(options);
  const out = new Array<BatchItem<EligibilityResult>>(inputs.length);
  for (let index = 0; index < inputs.length; index++) {
    const parsed = readCase(inputs[index]);
    out[index] = parsed.ok ? { index, ok: true, value: assessWith(parsed.value, o) } : { index, ok: false, issues: parsed.issues };
  }
  return out;
}
