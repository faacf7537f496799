import { validationIssue } from './issues.js';
import type { Result } from './result.js';
import { readSection } from './section.js';
import { SIGNAL_FIELD_LABELS, SignalSchema, type Signal } from './signal.js';

/**
 * Parse one signal as a municipality receives it. Never throws: returns the normalised
 * {@link Signal}, or the issues (field path, Dutch label, plain message) that prevent it.
 * @example
 * const r = parseSignal({ id: 'S1', creditor: { id: 'W1', sector: 'water' }, receivedDate: '15-03-2023',
 *   debtor: { name: { surname: 'Jansen' } }, address: { postcode: '1234 ab', houseNumber: '12' },
 *   arrears: { total: '1.234,56' } });
 * // r.ok === true, r.value.address.postcode === '1234AB', r.value.arrears.total === '1234.56'
 * @category Signals
 */
export function parseSignal(input: unknown): Result<Signal> {
  const read = readSection(SignalSchema, input);
  if (read.ok) return read;
  return { ok: false, issues: read.issues.map((i) => validationIssue(i.code, i.path, i.message, SIGNAL_FIELD_LABELS)) };
}

/**
 * Parse a batch of signals: exactly one result per input, in the same order. Never throws.
 * @example
 * const results = parseSignals(rows);
 * const valid = results.flatMap((r) => (r.ok ? [r.value] : []));
 * @category Signals
 */
export function parseSignals(inputs: readonly unknown[]): Result<Signal>[] {
  const out = new Array<Result<Signal>>(inputs.length);
  for (let i = 0; i < inputs.length; i++) out[i] = parseSignal(inputs[i]);
  return out;
}
