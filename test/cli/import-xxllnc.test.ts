import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { readAllRecords } from '../../src/cli/io.js';
import { parseSampleRecord, type SampleRecord } from '../../src/replay/index.js';
import { writeCsvFolder, writeWorkbook } from './xxllnc-fixtures.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'vs-xxllnc-'));

function cli(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const records = (file: string): SampleRecord[] =>
  readFileSync(file, 'utf8').trim().split('\n').map((l) => {
    const parsed = parseSampleRecord(JSON.parse(l));
    if (!parsed.ok) throw new Error(`not a sample record: ${parsed.issues[0]!.message}`);
    return parsed.value;
  });

/** The count lines of the summary (per sheet, warnings, unmapped), without the line naming the source. */
const counts = (stderr: string): string[] => stderr.trim().split('\n').slice(1);

describe('vroegsignalering import-xxllnc (issue 15, done-when)', () => {
  let folder: string;
  let workbook: string;
  let fromCsv: ReturnType<typeof cli>;
  let fromXlsx: ReturnType<typeof cli>;

  beforeAll(async () => {
    folder = writeCsvFolder(join(dir, 'export'));
    workbook = await writeWorkbook(join(dir, 'export.xlsx'));
    fromCsv = cli(['import-xxllnc', folder, '-o', join(dir, 'csv.jsonl'), '--unmapped', join(dir, 'csv-unmapped.csv')]);
    fromXlsx = cli(['import-xxllnc', workbook, '-o', join(dir, 'xlsx.jsonl'), '--unmapped', join(dir, 'xlsx-unmapped.csv')]);
  }, 60_000);

  it('reads a folder of ;-separated CSV sheets with BOM, day-first dates, decimal commas and Ja/Nee', () => {
    expect(readFileSync(join(folder, 'Signalen.csv')).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const sample = records(join(dir, 'csv.jsonl'));
    expect(sample).toHaveLength(286);
    expect(sample[0]).toMatchObject({ id: 'S0000001', caseId: 'M0000001', receivedDate: '2023-01-01', arrears: { total: '589.44' } });
    expect(fromCsv.stderr).toContain('Signalen: 287 rows = 286 mapped + 1 unmapped');
    expect(fromCsv.stderr).toContain('Tussenresultaat: 677 rows = 676 mapped + 1 unmapped');
    expect(fromCsv.status).toBe(1); // rows were left out, and said so
  });

  it('gives identical JSONL and counts from the .xlsx workbook of the same sheets', () => {
    expect(fromXlsx.stderr).toContain('xlsx workbook');
    expect(readFileSync(join(dir, 'xlsx.jsonl'), 'utf8')).toBe(readFileSync(join(dir, 'csv.jsonl'), 'utf8'));
    expect(counts(fromXlsx.stderr).filter((l) => !l.includes('written to'))).toEqual(counts(fromCsv.stderr).filter((l) => !l.includes('written to')));
  });

  it('writes every unmapped row with its sheet, the row Excel shows and the reason; the same from both', () => {
    const rows = (file: string) => (parse(readFileSync(file), { columns: true }) as Record<string, string>[]).map(({ file: _, ...rest }) => rest);
    const csvRows = rows(join(dir, 'csv-unmapped.csv'));
    expect(csvRows).toEqual([
      { sheet: 'Signalen', row: '9', code: 'invalid_date', field: 'Datum melding', message: 'Signal date is not a readable date' },
      { sheet: 'Tussenresultaat', row: '678', code: 'unknown_case', field: 'Meldingnummer', message: 'Case number does not occur in Signalen' },
      { sheet: 'Eindresultaat', row: '13', code: 'unknown_result', field: 'Wat is het eindresultaat', message: 'Not one of the DDAS end results' },
    ]);
    expect(rows(join(dir, 'xlsx-unmapped.csv'))).toEqual(csvRows);
  });

  it('counts a case with contact attempts as picked up although Doorgezet = Nee, and warns about it', () => {
    expect(fromCsv.stderr).toMatch(/warning: 1 × Doorgezet = Nee but the case has contact attempts/);
    const first = records(join(dir, 'csv.jsonl'))[0]!;
    expect(first.outcome).toMatchObject({ pickedUp: true, class: 'help-accepted' });
  });

  it('pseudonymises on the way with the key in a file: keyed tokens, four-digit postcodes, the same tokens every run', () => {
    const key = join(dir, 'key.txt');
    writeFileSync(key, 'a long secret the municipality keeps\n');
    const out = (n: number) => join(dir, `pseudo${n}.jsonl`);
    cli(['import-xxllnc', folder, '-o', out(1), '--pseudonymise-key-file', key]);
    cli(['import-xxllnc', workbook, '-o', out(2), '--pseudonymise-key-file', key]);
    const [a, b] = [records(out(1)), records(out(2))];
    expect(a).toEqual(b);
    expect(a[0]!.id).toMatch(/^[0-9a-f]{20}$/);
    expect(a[0]!.id).not.toBe('S0000001');
    expect(a[0]!.household).not.toBe('cac8cf08029c8512984c');
    expect(a.every((r) => !r.address || /^\d{4}$/.test(r.address.postcode))).toBe(true);
    const short = join(dir, 'short.txt');
    writeFileSync(short, 'too short');
    const refused = cli(['import-xxllnc', folder, '--pseudonymise-key-file', short]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/key is too weak: it needs at least 16 bytes/);
    const spaces = join(dir, 'spaces.txt');
    writeFileSync(spaces, `x${' '.repeat(20)}y\n`);
    expect(cli(['import-xxllnc', folder, '--pseudonymise-key-file', spaces]).status).toBe(2);
  });

  it('writes the sample as CSV that reads back as the same records', async () => {
    const out = join(dir, 'sample.csv');
    cli(['import-xxllnc', folder, '-o', out]);
    const rows = parse(readFileSync(out), { columns: true }) as Record<string, string>[];
    expect(rows[0]!['outcome.attempts']).toBe('2023-01-07 letter no; 2023-01-10 phone no; 2023-01-15 phone yes');
    const back = (await readAllRecords(out, 'csv')).map((r) => parseSampleRecord(r.value));
    expect(back.map((r) => (r.ok ? r.value : r.issues))).toEqual(records(join(dir, 'csv.jsonl')));
  });

  it('says what it needs when the path is not an export', () => {
    const r = cli(['import-xxllnc', 'examples/data/sample-signals.jsonl']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toMatch(/not an xxllnc export: give an \.xlsx workbook or a folder of CSV sheets$/);
    const empty = mkdtempSync(join(tmpdir(), 'vs-empty-'));
    const none = cli(['import-xxllnc', empty]);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/has no Signalen\.csv/);
  });
});
