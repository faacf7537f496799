/**
 * Detection's golden cases, written as data in test/fixtures/detection/*.jsonl (one case a line).
 * Each input record is a raw signal record; the fields a case leaves out come from BASE, so that a
 * line names only what the case is about. The result of every signal is keyed by its id (`#n` for
 * the n-th input when detection refuses it), with its reasons also keyed by code.
 */
import { detectMatches, type DetectionOptions } from '../../src/detection/index.js';
import { runGoldenCases } from '../support/golden.js';

/** What a golden record leaves out (SYNTHETIC). */
const BASE: Readonly<Record<string, Record<string, unknown>>> = {
  debtor: { name: { initials: 'A.', surname: 'Jansen' } },
  address: { postcode: '2011 AB', houseNumber: 12 },
  arrears: { total: '150,00' },
};

/** A golden record with the base filled in, one level deep per section. */
function withBase(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...record };
  for (const [key, base] of Object.entries(BASE)) {
    const own = record[key];
    out[key] = own === undefined ? base : { ...base, ...(own as Record<string, unknown>) };
  }
  return out;
}

runGoldenCases('detection', (golden) => {
  const inputs = (golden.input as Record<string, unknown>[]).map(withBase);
  const items = detectMatches(inputs, (golden.options ?? {}) as Partial<DetectionOptions>);
  return Object.fromEntries([...items].map((item) => item.ok
    ? [item.value.signalId, { ...item.value, reasonByCode: Object.fromEntries(item.value.reasons.map((r) => [r.code, r])) }]
    : [`#${item.index}`, item]));
});
