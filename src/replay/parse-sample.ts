import { type Result } from '../model/index.js';
import { issuesFromZod } from '../model/internal.js';
import { readCanonicalSample } from './canonical-sample.js';
import { SAMPLE_FIELD_LABELS, SampleRecordSchema, type SampleRecord } from './sample-schema.js';

/**
 * Parse one sample record (a JSONL object, or a CSV row after `unflatten`); records already in
 * canonical form take a fast path with the same result. Never throws:
 * returns the record, or issues with field path, Dutch label and a message without the value.
 * @example
 * const r = parseSampleRecord({ id: 'S1', creditor: { id: 'ZV1', sector: 'health-insurance' },
 *   receivedDate: '2023-03-01', household: 'h-1', address: { postcode: '1234' },
 *   arrears: { total: '212.85' }, outcome: { attempts: '2023-03-05 phone yes', helpAccepted: 'ja' } });
 * // r.ok && r.value.outcome?.class === 'help-accepted'
 * @category Samples
 */
export function parseSampleRecord(input: unknown): Result<SampleRecord> {
  const canonical = readCanonicalSample(input);
  if (canonical !== null) return { ok: true, value: canonical };
  const parsed = SampleRecordSchema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, issues: issuesFromZod(parsed.error, SAMPLE_FIELD_LABELS) };
}

/**
 * Parse a batch of sample records: exactly one result per input, in order. Never throws.
 * @category Samples
 */
export function parseSample(inputs: readonly unknown[]): Result<SampleRecord>[] {
  const out = new Array<Result<SampleRecord>>(inputs.length);
  for (let i = 0; i < inputs.length; i++) out[i] = parseSampleRecord(inputs[i]);
  return out;
}
