import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { InputError, readAllRecords, type InputRecord } from '../../src/cli/io.js';
import { unflatten } from '../../src/model/index.js';
import { SEED, echoes, messagesIn, planted, prototypeUntouched, text, value } from './arbitraries.js';

/**
 * Fuzz the CLI readers (issue 14): CSV files in every dialect the reader accepts give exactly one
 * record per data row, in order, equal to what was written; garbage files give records or one
 * InputError, never another throw; no message holds a planted value; Object.prototype untouched.
 */
const RUNS = 150;
const options = { seed: SEED, numRuns: RUNS };
const dir = mkdtempSync(join(tmpdir(), 'vs-fuzz-io-'));
let n = 0;
function write(bytes: Uint8Array | string, ext: string): string {
  const path = join(dir, `f${n++ % 50}.${ext}`);
  writeFileSync(path, bytes);
  return path;
}

beforeAll(() => void vi.spyOn(process.stderr, 'write').mockImplementation(() => true));
afterAll(() => {
  vi.restoreAllMocks();
  expect(prototypeUntouched()).toBe(true);
});

const COLUMNS = ['id', 'creditor.id', 'creditor.sector', 'receivedDate', 'debtor.name.surname', 'debtor.bsn', 'address.postcode', 'address.houseNumber', 'arrears.total', 'note'];
const cell = fc.oneof(text, planted.map(String), fc.constantFrom('de Vries, J.', '1.234,56', 'a;b', 'say "hi"', 'two\nlines', ' padded ', '"quoted"'));

/** Write a cell as Excel does: quoted when it holds the delimiter, a quote, a line break or edge spaces. */
function csvCell(v: string, delimiter: string): string {
  const needs = v.includes(delimiter) || v.includes('"') || v.includes('\n') || v.includes('\r') || v !== v.trim() || v.startsWith('"');
  return needs ? `"${v.replaceAll('"', '""')}"` : v;
}

/** What the reader must give for a row: the non-empty cells (quoted cells as written), nested. */
function expected(names: readonly string[], cells: readonly string[]): unknown {
  const row: Record<string, string> = {};
  names.forEach((name, i) => (row[name] = cells[i]!));
  const r = unflatten(row);
  return r.ok ? r.value : null;
}

describe('fuzz: CSV files in every accepted dialect', () => {
  it('one record per data row, in order, equal to what was written; blank rows skipped but counted', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.shuffledSubarray(COLUMNS, { minLength: 1 }),
        fc.array(fc.array(cell, { minLength: 10, maxLength: 10 }), { minLength: 1, maxLength: 5 }),
        fc.constantFrom(';', ',', '\t', '|'),
        fc.constantFrom('\n', '\r\n'),
        fc.constantFrom('utf-8', 'utf-8-bom', 'utf-16le'),
        async (names, rows, delimiter, eol, encoding) => {
          const cellsOf = (row: string[]) => row.slice(0, names.length).map((c) => c.replace(/\r/g, ''));
          const body = [names.join(delimiter), ...rows.map((row) => cellsOf(row).map((c) => csvCell(c, delimiter)).join(delimiter))].join(eol) + eol;
          const bytes =
            encoding === 'utf-16le'
              ? Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')])
              : Buffer.concat([Buffer.from(encoding === 'utf-8-bom' ? [0xef, 0xbb, 0xbf] : []), Buffer.from(body)]);
          const path = write(bytes, 'csv');
          // What the reader gives for a cell: a quoted cell as written, an unquoted one trimmed.
          const read = (c: string) => (csvCell(c, delimiter).startsWith('"') ? c : c.trim());
          const dataRows = rows.map((row, i) => ({ line: i + 2, cells: cellsOf(row).map(read) })).filter((r) => r.cells.some((c) => c !== ''));
          if (dataRows.length === 0) {
            await expect(readAllRecords(path, 'csv')).rejects.toThrow(InputError);
            return;
          }
          const records = await readAllRecords(path, 'csv');
          expect(records.map((r) => r.line)).toEqual(dataRows.map((r) => r.line));
          expect(records.map((r) => r.value)).toEqual(dataRows.map((r) => expected(names, r.cells)));
        },
      ),
      options,
    );
  });

  it('garbage files: records with errors or one InputError, never another throw, never an echo', async () => {
    // Values are planted in data rows; the first line is the header (column names are named in messages, values never).
    const piece = fc.constantFrom('"', '""', ';', ',', '\t', '"a', 'b"', '"x"y');
    const header = fc.array(fc.oneof(text, piece), { maxLength: 6 }).map((parts) => `h${parts.join('')}`);
    const line = fc.array(fc.oneof(text, planted.map(String), piece), { maxLength: 8 }).map((parts) => parts.join(''));
    await fc.assert(
      fc.asyncProperty(header, fc.array(line, { maxLength: 8 }), fc.boolean(), async (first, rest, latin) => {
        const lines = [first, ...rest];
        const content = lines.join('\n');
        const path = write(latin ? Buffer.from(content, 'latin1') : content, 'csv');
        let records: InputRecord[] = [];
        try {
          records = await readAllRecords(path, 'csv');
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
          expect(echoes([(error as Error).message])).toBe(false);
          return;
        }
        expect(records.length).toBeGreaterThan(0);
        expect(records.length).toBeLessThanOrEqual(lines.length);
        for (let i = 1; i < records.length; i++) expect(records[i]!.line).toBeGreaterThan(records[i - 1]!.line);
        expect(echoes(records.flatMap((r) => messagesIn(r)))).toBe(false);
        expect(prototypeUntouched()).toBe(true);
      }),
      options,
    );
  });
});

describe('fuzz: JSONL files', () => {
  it('one record per non-blank line, in order; unreadable lines are errors that never echo', async () => {
    const jsonLine = fc.oneof(
      value.map((v) => (v === undefined ? 'null' : JSON.stringify(v) ?? 'null')),
      text,
      fc.constantFrom('', '   ', '{"__proto__":{"sector":"housing"}}', '{"a":{"constructor":{"prototype":{}}}}', '{bad json', `{"bsn":123456782`),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(jsonLine, { minLength: 1, maxLength: 8 }), fc.boolean(), async (lines, bom) => {
        const content = lines.map((l) => l.replace(/[\r\n]/g, ' ')).join('\n');
        const path = write(Buffer.concat([Buffer.from(bom ? [0xef, 0xbb, 0xbf] : []), Buffer.from(content)]), 'jsonl');
        const nonBlank = content.split('\n').map((l, i) => ({ l, line: i + 1 })).filter(({ l }) => l.trim() !== '');
        if (nonBlank.length === 0) {
          await expect(readAllRecords(path, 'jsonl')).rejects.toThrow(InputError);
          return;
        }
        const records = await readAllRecords(path, 'jsonl');
        expect(records.map((r) => r.line)).toEqual(nonBlank.map((x) => x.line));
        expect(echoes(records.flatMap((r) => (r.readIssue ? messagesIn({ issues: [r.readIssue] }) : [])))).toBe(false);
        expect(prototypeUntouched()).toBe(true);
      }),
      options,
    );
  });
});
