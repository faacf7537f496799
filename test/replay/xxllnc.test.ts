import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/universal';
import writeExcelFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { UsageError, unflatten } from '../../src/model/index.js';
import {
  importXxllncExport, parseSample, parseSampleRecord, readXxllncWorkbook, researchFigures, type SheetRow, type XxllncSheets,
} from '../../src/replay/index.js';
import { parseExportDate } from '../../src/replay/export-dates.js';
import { XXLLNC_COLUMNS, XXLLNC_SHEETS } from '../../src/replay/xxllnc-columns.js';

const dir = new URL('../../examples/data/xxllnc/', import.meta.url);

/** The synthetic export's CSV sheets, parsed as a researcher's script would. */
function readSheets(): XxllncSheets {
  const sheets: Record<string, SheetRow[]> = {};
  for (const file of readdirSync(dir)) {
    sheets[file.replace(/\.csv$/, '')] = parse(readFileSync(new URL(file, dir)), { columns: true, bom: true, skip_empty_lines: true }) as SheetRow[];
  }
  return sheets as unknown as XxllncSheets;
}

describe('xxllnc export import', () => {
  const sheets = readSheets();
  const imported = importXxllncExport(sheets);

  it('accounts for every row of every sheet: mapped or reported, none lost', () => {
    for (const sheet of XXLLNC_SHEETS) {
      const rows = (sheets as Record<string, readonly SheetRow[] | undefined>)[sheet]?.length ?? 0;
      const count = imported.counts[sheet]!;
      expect(count.rows).toBe(rows);
      expect(count.mapped + count.unmapped).toBe(rows);
      expect(imported.unmapped.filter((u) => u.sheet === sheet)).toHaveLength(count.unmapped);
    }
    expect(imported.records).toHaveLength(imported.counts.Signalen!.mapped);
    expect(imported.counts.Signalen!.rows).toBe(sheets.Signalen.length);
    expect(sheets.Signalen.length).toBeGreaterThan(250);
  });

  it('reports the three broken rows with sheet, row and reason', () => {
    expect(imported.unmapped.map(({ sheet, row, code }) => ({ sheet, row, code }))).toEqual([
      { sheet: 'Tussenresultaat', row: imported.counts.Tussenresultaat!.rows, code: 'unknown_case' },
      { sheet: 'Eindresultaat', row: 12, code: 'unknown_result' },
      { sheet: 'Signalen', row: 8, code: 'invalid_date' },
    ]);
    expect(imported.unmapped.every((u) => u.message.length > 0 && u.field !== undefined)).toBe(true);
  });

  it('keeps the household Hash as household and person key, and reads creditors and outcomes', () => {
    const first = imported.records[0]!;
    const hash = sheets.Signalen[0]!['Hash'];
    expect(first.household).toBe(hash);
    expect(first.person).toBe(hash);
    const creditor = sheets.Melders!.find((m) => m['ID'] === sheets.Signalen[0]!['Melder ID'])!;
    expect(first.creditor.name).toBe(creditor['Melder']);
    expect({ Zorgverzekeraar: 'health-insurance', Woningcorporatie: 'housing', Energieleverancier: 'energy', Drinkwaterbedrijf: 'water' }[String(creditor['Type melder'])]).toBe(first.creditor.sector);
    expect(first.receivedDate).toBe('2023-01-01'); // an Excel serial number in the CSV
  });

  it('gives every imported signal the outcome class of the synthetic sample it was exported from', () => {
    const lines = readFileSync(new URL('../../examples/data/sample-signals.jsonl', import.meta.url), 'utf8').split('\n').filter(Boolean);
    const original = new Map(parseSample(lines.map((l) => JSON.parse(l) as unknown)).flatMap((r) => (r.ok ? [[r.value.id, r.value] as const] : [])));
    const broken = new Set(['S0000012']); // its end result is not a DDAS value, so only the attempts tell
    for (const r of imported.records) {
      const source = original.get(r.id)!;
      if (!broken.has(r.id)) expect(r.outcome?.class, r.id).toBe(source.outcome?.class);
      expect(r.outcome?.attempts).toHaveLength(source.outcome?.attempts.length ?? 0);
      expect(r.outcome?.closedDate).toBe(source.outcome?.closedDate);
    }
  });

  it('computes reach and return after close on the imported sample', () => {
    const f = researchFigures(imported.records, { asOf: '2023-12-31' });
    expect(f.casesWithOutcome).toBe(imported.records.length);
    expect(f.reachRate).toBeGreaterThan(0.25);
    expect(f.reachRate).toBeLessThan(0.45);
    const returns = f.returnAfterClose;
    expect(returns['not-reached'].closed).toBeGreaterThan(50);
    expect(returns['not-reached'].returned).toBeGreaterThan(0);
    for (const curve of Object.values(returns)) {
      const shares = curve.curve.map((p) => p.share);
      expect(shares).toEqual([...shares].sort((a, b) => a - b)); // cumulative: never decreases
      expect(shares.every((s) => s >= 0 && s <= 1)).toBe(true);
    }
  });

  it('reads dates as exports write them', () => {
    expect(parseExportDate(45000)).toBe('2023-03-15');
    expect(parseExportDate('45000')).toBe('2023-03-15');
    expect(parseExportDate('15-3-2023 09:41')).toBe('2023-03-15');
    expect(parseExportDate('2023-03-15T10:00:00Z')).toBe('2023-03-15');
    expect(parseExportDate(new Date(Date.UTC(2023, 2, 15)))).toBe('2023-03-15');
    expect(parseExportDate('31-02-2023')).toBeNull();
    expect(parseExportDate(12)).toBeNull();
  });

  it('reads the same export from one .xlsx workbook with real Excel dates', async () => {
    const toCells = (rows: readonly SheetRow[], dateColumns: string[]) => {
      const headers = Object.keys(rows[0]!);
      return [
        headers.map((h) => ({ value: h })),
        ...rows.map((r) => headers.map((h) => {
          const v = String(r[h] ?? '');
          const m = /^(\d{2})-(\d{2})-(\d{4})$/.exec(v);
          const date = m ? new Date(Date.UTC(+m[3]!, +m[2]! - 1, +m[1]!)) : null;
          const real = date !== null && date.getUTCDate() === +m![1]!; // 31-02 stays text, as a broken cell
          return dateColumns.includes(h) && real ? { value: date, type: Date, format: 'dd-mm-yyyy' } : { value: v };
        })),
      ];
    };
    const buffer = await writeExcelFile([
      { sheet: 'Signalen', data: toCells(sheets.Signalen.slice(0, 20), ['Datum melding']) },
      { sheet: 'Melders', data: toCells(sheets.Melders!, []) },
      { sheet: 'Tussenresultaat', data: toCells(sheets.Tussenresultaat!.slice(0, 40), ['Datum contactpoging']) },
    ] as never).toBuffer();
    const bytes = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
    const fromXlsx = readXxllncWorkbook(await readXlsxFile(bytes));
    const imported20 = importXxllncExport(fromXlsx);
    expect(imported20.counts.Signalen).toEqual({ rows: 20, mapped: 19, unmapped: 1 });
    expect(imported20.records.map((r) => r.receivedDate)).toEqual(imported.records.slice(0, 19).map((r) => r.receivedDate));
  });

  it('takes the sheets an xlsx reader returns, and says so when given the file itself', () => {
    const read = () => readXxllncWorkbook(new ArrayBuffer(8) as never);
    expect(read).toThrow(UsageError);
    expect(read).toThrow(/readXlsxFile\(bytes\) from read-excel-file/);
    expect(() => readXxllncWorkbook([{ sheet: 'Melders', data: [['Melder ID']] }])).toThrow(/no sheet named Signalen/);
  });
});

describe('the docs', () => {
  const docs = readFileSync(new URL('../../docs/replay.md', import.meta.url), 'utf8');

  it('name every column of the mapping table', () => {
    for (const column of XXLLNC_COLUMNS) expect(docs, column.header).toContain(column.header);
  });

  it('show a JSONL record and a CSV row that read as the same sample record', () => {
    const json = /```json\n(.*)\n```/.exec(docs)![1]!;
    const csv = /```csv\n([\s\S]*?)\n```/.exec(docs)![1]!;
    const fromJson = parseSampleRecord(JSON.parse(json));
    const flat = unflatten((parse(csv, { columns: true }) as Record<string, string>[])[0]!);
    if (!flat.ok) throw new Error('the dotted headers must unflatten');
    const fromCsv = parseSampleRecord(flat.value);
    expect(fromJson.ok && fromJson.value.outcome?.class).toBe('help-accepted');
    expect(fromCsv).toEqual(fromJson);
  });
});
