import type { ValidationIssue } from '../model/index.js';
import { parseArrearsCase } from './arrears-case.js';
import { assessEligibility } from './assess.js';
import type { EligibilityOptions, EligibilityResult } from './result.js';

/**
 * One record's outcome in a batch: its position, and either the assessment or the issues
 * that kept the record from being assessed.
 * @category Eligibility
 */
export type EligibilityBatchItem =
  | { readonly index: number; readonly id?: string; readonly ok: true; readonly result: EligibilityResult }
  | { readonly index: number; readonly id?: string; readonly ok: false; readonly issues: readonly ValidationIssue[] };

/** The record's own id, if it has a usable one, for matching results back to records. */
function idOf(input: unknown): string | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const id = (input as { id?: unknown }).id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

/**
 * Parse and assess a batch of raw arrears records: exactly one item per input, in the same
 * order; a record that does not parse gets structured issues instead of a result. Never throws
 * for bad records (invalid options still throw {@link UsageError} before any record is read).
 * @example
 * const items = assessEligibilityBatch(rows, { asOf: '2024-03-01', creditorPolicy: 'insurer-a' });
 * const toSignal = items.filter((i) => i.ok && i.result.eligible);
 * @category Eligibility
 */
export function assessEligibilityBatch(inputs: readonly unknown[], options: EligibilityOptions): EligibilityBatchItem[] {
  const out = new Array<EligibilityBatchItem>(inputs.length);
  for (let index = 0; index < inputs.length; index++) {
    const input = inputs[index];
    const id = idOf(input);
    const parsed = parseArrearsCase(input);
    const base = id === undefined ? { index } : { index, id };
    out[index] = parsed.ok
      ? { ...base, ok: true, result: assessEligibility(parsed.value, options) }
      : { ...base, ok: false, issues: parsed.issues };
  }
  return out;
}
