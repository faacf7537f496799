import { readFileSync } from 'node:fs';
import { parseRegisterRecords, type RegisterRecord } from '../../src/matching/index.js';
import { parseSample, type SampleRecord } from '../../src/replay/index.js';

/** Lines of a JSONL file in the repository, parsed. */
export function jsonl(path: string): unknown[] {
  return readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as unknown);
}

/** The bundled synthetic sample, parsed (throws if any record does not parse). */
export function bundledSample(): SampleRecord[] {
  return parseSample(jsonl('examples/data/sample-signals.jsonl')).map((r) => {
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    return r.value;
  });
}

/** The bundled synthetic register, parsed. */
export function bundledRegister(): RegisterRecord[] {
  return parseRegisterRecords(jsonl('examples/data/sample-register.jsonl')).map((r) => {
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    return r.value;
  });
}
