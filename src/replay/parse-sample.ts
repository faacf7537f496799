import { type BatchItem, type PathSegment, type Result } from '../model/index.js';
import { readSection, validationIssue, type FoundIssue, type SectionSchema } from '../model/internal.js';
import { splitAttempts } from './sample-fields.js';
import {
  AttemptSection, leanSampleRecord, OutcomeSection, outcomeOf, recordOf, SAMPLE_FIELD_LABELS, SampleSection,
  type Attempt, type Outcome, type SampleRecord,
} from './sample-schema.js';
import { SKIP } from './sample-table.js';

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

function isObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typeName(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

// --- The sections: every accepted form, every issue. ---

/** Read with a section, adding its issues under `path`; the value, or `undefined` when it failed. */
function readAt<O, I>(schema: SectionSchema<O, I>, raw: unknown, path: readonly PathSegment[], issues: FoundIssue[]): O | undefined {
  const read = readSection(schema, raw);
  if (read.ok) return read.value;
  for (const issue of read.issues) issues.push({ path: [...path, ...issue.path], code: issue.code, message: issue.message });
  return undefined;
}

function readAttempts(raw: unknown, issues: FoundIssue[]): Attempt[] | undefined {
  if (isEmpty(raw)) return [];
  const list = typeof raw === 'string' ? splitAttempts(raw) : raw;
  if (!Array.isArray(list)) {
    issues.push({ path: ['outcome', 'attempts'], code: 'invalid_type', message: `Expected a list of attempts or text, received ${typeName(list)}` });
    return undefined;
  }
  const out = new Array<Attempt>(list.length);
  let failed = false;
  for (let i = 0; i < list.length; i++) {
    const attempt = readAt(AttemptSection, list[i], ['outcome', 'attempts', i], issues) as Attempt | undefined;
    if (attempt === undefined) failed = true;
    else out[i] = attempt;
  }
  return failed ? undefined : out;
}

function readOutcome(raw: unknown, issues: FoundIssue[]): Outcome | undefined {
  if (isEmpty(raw)) return undefined;
  const attempts = readAttempts(isObject(raw) ? raw['attempts'] : undefined, issues);
  const fields = readAt(OutcomeSection, raw, ['outcome'], issues) as Parameters<typeof outcomeOf>[0] | undefined;
  return attempts === undefined || fields === undefined ? undefined : outcomeOf(fields, attempts);
}

function readEligibility(raw: unknown, issues: FoundIssue[]): Readonly<Record<string, unknown>> | undefined {
  if (isEmpty(raw)) return undefined;
  if (isObject(raw)) return { ...raw };
  issues.push({ path: ['eligibility'], code: 'invalid_type', message: `Expected object, received ${typeName(raw)}` });
  return undefined;
}

/**
 * Parse one sample record (a JSONL object, or a CSV row after the model's `unflatten`). Every
 * field is read by the model's field readers, as a signal's would be. Never throws: returns the
 * record, or every issue found, each with its field path, Dutch label and a message that never
 * quotes the value.
 * @example
 * const r = parseSampleRecord({ id: 'S1', creditor: { id: 'ZV1', sector: 'health-insurance' },
 *   receivedDate: '2023-03-01', household: 'h-1', address: { postcode: '1234' },
 *   arrears: { total: '212.85' }, outcome: { attempts: '2023-03-05 phone yes', helpAccepted: 'ja' } });
 * // r.ok && r.value.outcome?.class === 'help-accepted'
 * @category Samples
 */
export function parseSampleRecord(input: unknown): Result<SampleRecord> {
  const lean = leanSampleRecord(input);
  return lean === SKIP ? sampleRecordBySections(input) : { ok: true, value: lean };
}

/** Read a record with the sections alone: every accepted form, every issue. */
export function sampleRecordBySections(input: unknown): Result<SampleRecord> {
  const issues: FoundIssue[] = [];
  const fields = readAt(SampleSection, input, [], issues) as Parameters<typeof recordOf>[0] | undefined;
  const extra = isObject(input) ? input : {};
  const outcome = readOutcome(extra['outcome'], issues);
  const eligibility = readEligibility(extra['eligibility'], issues);
  if (fields === undefined || issues.length > 0) {
    return { ok: false, issues: issues.map((i) => validationIssue(i.code, i.path, i.message, SAMPLE_FIELD_LABELS)) };
  }
  return { ok: true, value: recordOf(fields, eligibility, outcome) };
}

/**
 * Parse a batch of raw sample records: exactly one item per input, in input order, each with its
 * `index` and its record or issues. Never throws.
 * @example
 * const items = parseSample(rows);
 * const sample = items.flatMap((item) => (item.ok ? [item.value] : []));
 * @category Samples
 */
export function parseSample(inputs: readonly unknown[]): BatchItem<SampleRecord>[] {
  const out = new Array<BatchItem<SampleRecord>>(inputs.length);
  for (let index = 0; index < inputs.length; index++) {
    const input = inputs[index];
    const lean = leanSampleRecord(input);
    if (lean !== SKIP) {
      out[index] = { index, ok: true, value: lean };
      continue;
    }
    const r = sampleRecordBySections(input);
    out[index] = r.ok ? { index, ok: true, value: r.value } : { index, ok: false, issues: r.issues };
  }
  return out;
}
