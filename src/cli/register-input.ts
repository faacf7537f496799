/**
 * A register extract read for `match` and `replay --register`: every record parsed, every
 * rejected one reported on stderr by its line and field paths (never a value), and a register
 * in which no record can be read refused, so that a garbage file never turns every signal into
 * "not registered" with exit 0.
 * @module
 */
import { createRegisterIndex, parseRegisterRecord, type RegisterIndex, type RegisterRecord } from '../matching/index.js';
import { detectFormat, InputError, readRecords } from './io.js';

/** A register extract as read: its index, and how many records were read and rejected. */
export interface RegisterInput {
  readonly index: RegisterIndex;
  /** Records read. */
  readonly records: number;
  /** Records rejected (each reported on stderr). */
  readonly rejected: number;
}

/**
 * Read a register extract (JSONL or CSV). Writes `register line N: field: message` on stderr for
 * each rejected record; throws `InputError` (exit 2) when the file has records and none can be read.
 */
export async function readRegister(file: string, format?: string): Promise<RegisterInput> {
  const records: RegisterRecord[] = [];
  let rejected = 0;
  for await (const row of readRecords(file, detectFormat(file, format))) {
    const parsed = row.readError ? null : parseRegisterRecord(row.value);
    if (parsed?.ok) {
      records.push(parsed.value);
      continue;
    }
    rejected += 1;
    const why = parsed === null ? row.readError : parsed.issues.map((e) => `${e.field}: ${e.message}`).join('; ');
    process.stderr.write(`register line ${row.line}: ${why}\n`);
  }
  if (records.length === 0) {
    const what = rejected === 0 ? 'has no records' : `: none of its ${rejected} records could be read (see the lines above)`;
    throw new InputError(`register ${file} ${what}; every signal would be "not registered"`.replace(' :', ':'));
  }
  return { index: createRegisterIndex(records), records: records.length, rejected };
}
