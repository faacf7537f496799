/**
 * File input and output for the CLI: JSONL and CSV records (a real CSV parser, with
 * dotted column names unflattened), JSONL output, and a progress bar on a TTY.
 * The only part of the package that touches Node built-ins.
 */
import { createReadStream, statSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { parse as parseCsv } from 'csv-parse';
import cliProgress from 'cli-progress';
import { unflatten } from '../model/index.js';

/** One input record with its 1-based line (JSONL) or row (CSV) number. */
export interface InputRecord {
  /** Line or data-row number in the file, 1-based. */
  readonly line: number;
  /** The record, or `undefined` when the line was not valid JSON. */
  readonly value: unknown;
  /** Why the line could not be read, when it could not. */
  readonly readError?: string;
}

/** Input formats the CLI reads. */
export type InputFormat = 'jsonl' | 'csv';

/** Pick the format from an explicit option or the file's extension. */
export function detectFormat(file: string, explicit?: string): InputFormat {
  if (explicit === 'csv' || explicit === 'jsonl') return explicit;
  return /\.(csv|tsv)$/i.test(file) ? 'csv' : 'jsonl';
}

/** A progress bar over bytes read, shown only when stderr is a TTY and the file is large. */
function progressFor(file: string, stream: NodeJS.ReadableStream & { bytesRead?: number }): () => void {
  const size = statSync(file).size;
  if (!process.stderr.isTTY || size < 5_000_000) return () => {};
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: 'reading [{bar}] {percentage}% | {value}/{total} MB', hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(Math.ceil(size / 1e6), 0);
  const timer = setInterval(() => bar.update(Math.floor((stream.bytesRead ?? 0) / 1e6)), 200);
  return () => {
    clearInterval(timer);
    bar.update(Math.ceil(size / 1e6));
    bar.stop();
  };
}

/**
 * Read records from a JSONL or CSV file, streaming, in order. CSV headers with dots
 * (`address.postcode`) become nested fields; a `;` delimiter is detected from the header.
 * Lines that are not JSON are yielded with a `readError`, never dropped.
 */
export async function* readRecords(file: string, format: InputFormat): AsyncGenerator<InputRecord> {
  const stream = createReadStream(file);
  const done = progressFor(file, stream as NodeJS.ReadableStream & { bytesRead?: number });
  try {
    if (format === 'jsonl') {
      const lines = createInterface({ input: stream, crlfDelay: Infinity });
      let line = 0;
      for await (const text of lines) {
        line += 1;
        if (text.trim() === '') continue;
        try {
          yield { line, value: JSON.parse(text) as unknown };
        } catch {
          yield { line, value: undefined, readError: 'Line is not valid JSON' };
        }
      }
    } else {
      const parser = stream.pipe(
        parseCsv({ columns: true, bom: true, skip_empty_lines: true, trim: true, delimiter: [',', ';', '\t'], relax_column_count: true }),
      );
      let row = 0;
      for await (const record of parser as AsyncIterable<Record<string, string>>) {
        row += 1;
        yield { line: row, value: unflatten(record) };
      }
    }
  } finally {
    done();
  }
}

/** Read every record of a file into memory (for commands that need the whole batch). */
export async function readAllRecords(file: string, format: InputFormat): Promise<InputRecord[]> {
  const out: InputRecord[] = [];
  for await (const r of readRecords(file, format)) out.push(r);
  return out;
}

/** Write one JSON value per line to stdout, waiting when the pipe is full. */
export async function writeJsonl(value: unknown): Promise<void> {
  if (!process.stdout.write(`${JSON.stringify(value)}\n`)) {
    await new Promise<void>((resolve) => process.stdout.once('drain', () => resolve()));
  }
}
