import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { InputError, readAllRecords, readJsonFile, setInputDefaults, type InputInfo, type InputRecord } from '../../src/cli/io.js';
import { parseSignal, type Signal } from '../../src/model/index.js';

const dir = mkdtempSync(join(tmpdir(), 'vs-io-'));
let n = 0;
/** Write a file (text as UTF-8, or bytes) and return its path. */
function file(content: string | Uint8Array, ext = 'csv'): string {
  const path = join(dir, `f${n++}.${ext}`);
  writeFileSync(path, content);
  return path;
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const HEADER = 'id;creditor.id;creditor.sector;receivedDate;debtor.name.surname;debtor.name.fullName;address.postcode;address.houseNumber;arrears.total;debtor.bsn';
const SYNTHETIC_BSN = '123456782';

/** Windows-1252 bytes of a text (the few characters the tests use). */
function cp1252(text: string): Buffer {
  return Buffer.from([...text].map((c) => ({ 'ü': 0xfc, 'ö': 0xf6, 'é': 0xe9, 'å': 0xe5, 'Ö': 0xd6, '€': 0x80 })[c] ?? c.charCodeAt(0)));
}

async function read(path: string, options = {}): Promise<{ records: InputRecord[]; info: InputInfo | undefined }> {
  let info: InputInfo | undefined;
  const records = await readAllRecords(path, path.endsWith('.csv') ? 'csv' : 'jsonl', { ...options, onInfo: (i: InputInfo) => (info = i) });
  return { records, info };
}

function signals(records: readonly InputRecord[]): Signal[] {
  return records.flatMap((r) => {
    const parsed = r.readIssue ? null : parseSignal(r.value);
    return parsed?.ok ? [parsed.value] : [];
  });
}

beforeAll(() => {
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
});
afterAll(() => {
  vi.restoreAllMocks();
  setInputDefaults({});
});

describe('a Dutch Excel CSV: one delimiter, decimal commas, BOM, Windows-1252 (issue 14, item 3)', () => {
  const rows = [
    HEADER,
    'S1;W1;housing;15-03-2023;Müller;;1234 AB;12;1.234,56;',
    'S2;W1;water;15-03-2023;;de Vries, J.;1234 AB;12A;212,85;',
    'S3;W1;energy;16-03-2023;Ödegård;;1234 AB;7;"1.000,00";',
  ];

  it('reads amounts and names right from a ; file with a BOM and Windows-1252 bytes', async () => {
    const { records, info } = await read(file(Buffer.concat([BOM, cp1252(rows.join('\r\n'))])));
    expect(info).toEqual({ encoding: 'windows-1252', fallback: true, delimiter: ';' });
    const read3 = signals(records);
    expect(read3.map((s) => s.arrears.total)).toEqual(['1234.56', '212.85', '1000.00']);
    expect(read3.map((s) => s.debtor.name.surname ?? s.debtor.name.fullName)).toEqual(['Müller', 'de Vries, J.', 'Ödegård']);
    expect(records.map((r) => r.line)).toEqual([2, 3, 4]);
  });

  it('reads the same from UTF-8 with a BOM, and from UTF-8 without', async () => {
    for (const bytes of [Buffer.concat([BOM, Buffer.from(rows.join('\n'))]), Buffer.from(rows.join('\n'))]) {
      const { records, info } = await read(file(bytes));
      expect(info?.encoding).toBe('utf-8');
      expect(signals(records).map((s) => [s.arrears.total, s.debtor.name.surname ?? s.debtor.name.fullName])).toEqual([
        ['1234.56', 'Müller'], ['212.85', 'de Vries, J.'], ['1000.00', 'Ödegård'],
      ]);
    }
  });

  it('reads UTF-16 with its BOM, and the encoding given by --encoding', async () => {
    const utf16 = await read(file(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(rows.join('\r\n'), 'utf16le')])));
    expect(utf16.info?.encoding).toBe('utf-16le');
    expect(signals(utf16.records)[0]!.debtor.name.surname).toBe('Müller');
    const forced = await read(file(cp1252(rows.join('\n'))), { encoding: 'windows-1252' });
    expect(forced.info).toMatchObject({ encoding: 'windows-1252', fallback: false });
    expect(signals(forced.records)[2]!.debtor.name.surname).toBe('Ödegård');
  });

  it('refuses bytes that are not UTF-8 when UTF-8 is stated', async () => {
    await expect(read(file(cp1252(rows.join('\n'))), { encoding: 'utf-8' })).rejects.toThrow(InputError);
  });

  it('uses one delimiter per file: commas in a ; file stay in their cell', async () => {
    const { records } = await read(file(`${HEADER}\nS1;W1;water;15-03-2023;;de Vries, J.;1234 AB;12;1,50;\n`));
    expect(signals(records)[0]).toMatchObject({ debtor: { name: { fullName: 'de Vries, J.' } }, arrears: { total: '1.50' } });
  });

  it('takes --delimiter over the sniffed one, and refuses a header it cannot tell', async () => {
    await expect(read(file('a;b,c\n1;2,3\n'))).rejects.toThrow(/cannot tell the delimiter/);
    const { records } = await read(file('a;b,c\nx;y,z\n'), { delimiter: ',' });
    expect(records[0]!.value).toEqual({ 'a;b': 'x;y', c: 'z' });
  });
});

describe('CSV rows: each is a record or an error with its row number, never silently fixed (issue 14, items 3–4)', () => {
  it('reports a row with too many or too few cells, and goes on with the next row', async () => {
    const { records } = await read(file(`${HEADER}\nS1;W1;water;15-03-2023;Jansen;;1234 AB;12;10;${SYNTHETIC_BSN};extra\nS2;W1;water\nS3;W1;water;15-03-2023;Jansen;;1234 AB;12;10;\n`));
    expect(records.map((r) => [r.line, r.readIssue?.code ?? 'ok'])).toEqual([[2, 'csv_cell_count'], [3, 'csv_cell_count'], [4, 'ok']]);
    expect(records[0]!.readError).toBe("Row 2 has 11 cells, the header has 10; is a cell with ';' in it missing its quotes?");
  });

  it('names row and column of a bad quote, never the value (a BSN was echoed), and goes on', async () => {
    const { records } = await read(file(`${HEADER}\nS1;W1;water;15-03-2023;Jansen;;1234 AB;12;10;"${SYNTHETIC_BSN} "x\nS2;W1;water;15-03-2023;Jansen;;1234 AB;12;10;\n`));
    expect(records[0]!.readIssue).toMatchObject({ code: 'csv_text_after_quote', field: 'debtor.bsn', message: 'Row 2, column 10 (debtor.bsn): text follows the closing quote of a quoted cell' });
    expect(JSON.stringify(records[0])).not.toContain(SYNTHETIC_BSN);
    expect(signals(records).map((s) => s.id)).toEqual(['S2']);
  });

  it('an unclosed quote is an error of its row; the rows after it are still read', async () => {
    const { records } = await read(file(`${HEADER}\nS1;W1;water;15-03-2023;"Jansen;;1234 AB;12;10;\nS2;W1;water;15-03-2023;Jansen;;1234 AB;12;10;\nS3;W1;water;15-03-2023;"Smit";;1234 AB;12;10;\n`));
    expect(records.map((r) => [r.line, r.readIssue?.code ?? 'ok'])).toEqual([[2, 'csv_unclosed_quote'], [3, 'ok'], [4, 'ok']]);
  });

  it('keeps a quoted cell with a line break in one row and numbers rows as Excel does (blank rows count)', async () => {
    const { records } = await read(file(`${HEADER}\nS1;W1;water;15-03-2023;"Jansen\nde Wit";;1234 AB;12;10;\n\n;;;;;;;;;\nS2;W1;water;15-03-2023;"Smit ""jr""";;1234 AB;12;10;\n`));
    expect(records.map((r) => r.line)).toEqual([2, 5]);
    expect(signals(records).map((s) => s.debtor.name.surname)).toEqual(['Jansen\nde Wit', 'Smit "jr"']);
  });

  it('reports a value in a column without a name, and reads such a column when it is empty', async () => {
    const { records } = await read(file('id;;creditor.id\nS1;;W1\nS2;x;W1\n'));
    expect(records[0]!.value).toEqual({ id: 'S1', creditor: { id: 'W1' } });
    expect(records[1]!.readIssue?.code).toBe('csv_unnamed_column');
  });

  it('builds records without a prototype', async () => {
    const { records } = await read(file('id;address.postcode\nS1;1234AB\n'));
    expect(Object.getPrototypeOf(records[0]!.value)).toBeNull();
  });
});

describe('CSV headers and files that cannot be read (issue 14, items 1, 3, 6)', () => {
  it.each([
    ['an empty file', '', /is empty/],
    ['only blank lines', '\n\n', /is empty/],
    ['a header only', `${HEADER}\n`, /header row but no data rows/],
    ['a header and blank rows', `${HEADER}\n\n;;;;;;;;;\n`, /header row but no data rows/],
    ['no header (the first row is data)', `S1;W1;water;15-03-2023;Jansen;;1234 AB;12;10;${SYNTHETIC_BSN}\n`, /row 1 looks like data, not column names \(column 4 holds a date\)/],
    ['duplicate column names', 'id;id\nS1;S2\n', /Column 2 has the same name as column 1/],
    ['a reserved column name', 'id;__proto__.sector\nS1;housing\n', /reserved name/],
    ['a value column with fields inside', 'address;address.postcode\nx;1234AB\n', /Column 1 is a value, but column 2 puts a field inside it/],
  ])('refuses %s with one clear line', async (_what, content, message) => {
    const error = await read(file(content)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain(SYNTHETIC_BSN);
    expect(({} as Record<string, unknown>)['sector']).toBeUndefined();
  });

  it('says so when a file is missing or a directory', async () => {
    await expect(read(join(dir, 'missing.csv'))).rejects.toThrow(/cannot read .*missing\.csv: no such file/);
    await expect(readAllRecords(dir, 'jsonl')).rejects.toThrow(/it is a directory/);
  });
});

describe('JSON and JSONL input with a BOM, reserved keys and deep nesting (issue 14, items 1 and 8)', () => {
  it('reads the first JSONL record after a BOM', async () => {
    const { records } = await read(file(Buffer.concat([BOM, Buffer.from('{"id":"S1"}\n{"id":"S2"}\n')]), 'jsonl'));
    expect(records.map((r) => r.value)).toEqual([{ id: 'S1' }, { id: 'S2' }]);
  });

  it('reads a JSON file after a BOM, and refuses one that is not JSON without quoting it', () => {
    expect(readJsonFile(file(Buffer.concat([BOM, Buffer.from('{"name":"M4"}')]), 'json'), 'Policy')).toEqual({ name: 'M4' });
    expect(() => readJsonFile(file(`{"bsn": ${SYNTHETIC_BSN}`, 'json'), 'Policy')).toThrow(/^Policy .* is not valid JSON$/);
  });

  it('refuses reserved keys anywhere in a record, and nesting deeper than 64 levels', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const { records } = await read(file(`{"__proto__":{"sector":"housing"}}\n{"a":{"constructor":{"prototype":1}}}\n${deep}\n{"id":"S1"}\n`, 'jsonl'));
    expect(records.map((r) => r.readIssue?.code ?? 'ok')).toEqual(['invalid_record', 'invalid_record', 'invalid_record', 'ok']);
    expect(() => readJsonFile(file('{"rules":[{"__proto__":{"x":1}}]}', 'json'), 'Policy')).toThrow(/reserved field name/);
  });

  it('says so when a JSONL file has no records', async () => {
    await expect(read(file('\n  \n', 'jsonl'))).rejects.toThrow(/has no records/);
  });
});
