import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { csvCells, csvText, InputError, outputSettings } from '../../src/cli/io.js';
import { parse } from 'csv-parse/sync';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'vs-out-'));

/** Run the CLI from source in the repo root, with optional standard input. */
function cli(args: readonly string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args], { cwd: root, encoding: 'utf8', input });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('CSV cells: flat, readable, as Dutch Excel reads them (issue 15)', () => {
  const reason = (outcome: string, nl: string, en: string) => ({
    code: 'x', outcome, source: { id: 'wgs', document: 'Wet gemeentelijke schuldhulpverlening (Wgs)', seed: 'hidden.txt' }, message: { nl, en },
  });
  const record = {
    line: 2, ok: true, id: 'W-1', score: 42.79972796847229, arrears: { total: '1234.50', oldest: '2024-01-15' }, eligible: true,
    rules: [reason('pass', 'Voldaan', 'Met'), reason('skip', 'Nog niet geldig', 'Not yet in effect'), reason('fail', 'Te laat; na 100 dagen', 'Too late')],
    issues: [{ code: 'c', path: ['arrears', 'total'], field: 'arrears.total', message: 'Expected an amount' }],
    action: { nl: 'Bel de inwoner', en: 'Call the resident' },
    formula: '=HYPERLINK("x")', negative: -3.5,
  };

  it('flattens with dotted headers, rounds scores to 2 decimals, keeps amounts as decimal strings', () => {
    const cells = csvCells(record, { excel: false, lang: 'en' });
    expect(cells.get('score')).toBe('42.8');
    expect(cells.get('arrears.total')).toBe('1234.50');
    expect(cells.get('arrears.oldest')).toBe('2024-01-15');
    expect(cells.get('eligible')).toBe('yes');
  });

  it('writes reasons as one readable column in the chosen language, leaving out rules not in effect', () => {
    expect(csvCells(record, { excel: false, lang: 'nl' }).get('rules')).toBe('Voldaan | Te laat; na 100 dagen');
    expect(csvCells(record, { excel: false, lang: 'en' }).get('rules')).toBe('Met | Too late');
    expect(csvCells(record, { excel: false, lang: 'en' }).get('issues')).toBe('arrears.total: Expected an amount');
    expect(csvCells(record, { excel: false, lang: 'nl' }).get('action')).toBe('Bel de inwoner');
    expect([...csvCells(record, { excel: false, lang: 'nl' }).values()].join(' ')).not.toContain('hidden.txt');
  });

  it('for Excel: decimal comma in numbers and amounts, ja/nee in Dutch', () => {
    const cells = csvCells(record, { excel: true, lang: 'nl' });
    expect(cells.get('score')).toBe('42,8');
    expect(cells.get('arrears.total')).toBe('1234,50');
    expect(cells.get('negative')).toBe('-3,5');
    expect(cells.get('eligible')).toBe('ja');
  });

  it('never writes a cell that a spreadsheet would run as a formula', () => {
    expect(csvCells(record, { excel: true, lang: 'nl' }).get('formula')).toBe('\'=HYPERLINK("x")');
  });

  it('quotes per RFC 4180, puts line, id and ok first and every column any row has', () => {
    const text = csvText([new Map([['b', 'x;y'], ['id', 'A']]), new Map([['line', '3'], ['c', 'say "hi"\nbye']])], true);
    expect(text.startsWith('\uFEFFline;id;b;c\r\n')).toBe(true);
    expect(text).toContain(';A;"x;y";\r\n');
    expect(text).toContain('3;;;"say ""hi""\nbye"\r\n');
    const back = parse(text, { bom: true, delimiter: ';', columns: true }) as Record<string, string>[];
    expect(back[1]).toEqual({ line: '3', id: '', b: '', c: 'say "hi"\nbye' });
  });
});

describe('output settings', () => {
  it('--excel means CSV; with --output-format jsonl it is an error; .csv output files get CSV', () => {
    expect(outputSettings({ excel: true })).toMatchObject({ format: 'csv', excel: true, file: '-' });
    expect(() => outputSettings({ excel: true, outputFormat: 'jsonl' })).toThrow(InputError);
    expect(outputSettings({ output: 'x.csv' }).format).toBe('csv');
    expect(outputSettings({ output: 'x.jsonl' }).format).toBe('jsonl');
    expect(() => outputSettings({ outputFormat: 'xlsx' })).toThrow(/jsonl or csv/);
    expect(() => outputSettings({ lang: 'de' })).toThrow(/nl or en/);
  });

  it('refuses to overwrite an input file', () => {
    expect(() => outputSettings({ output: './examples/data/x.csv' }, ['examples/data/x.csv'])).toThrow(/input file/);
  });
});

describe('every command writes JSONL or CSV, to stdout or -o, and reads - as stdin (issue 15, done-when)', () => {
  it('eligibility … --output-format csv --excel -o out.csv writes a BOM and ;', () => {
    const out = join(dir, 'out.csv');
    const r = cli(['eligibility', 'examples/data/eligibility-cases.csv', '--as-of', '2024-03-01', '--output-format', 'csv', '--excel', '-o', out]);
    expect(r.status).toBe(1); // one invalid record in the example, as before
    expect(r.stdout).toBe('');
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const header = text.split('\r\n')[0]!;
    expect(header.startsWith('line;id;ok;')).toBe(true);
    const rows = parse(text, { delimiter: ';', columns: true }) as Record<string, string>[];
    expect(rows.map((row) => [row['line'], row['id'], row['status']])).toEqual([
      ['2', 'W-1', 'eligible'], ['3', 'H-1', 'eligible'], ['4', 'Z-1', 'too-late'], ['5', 'Z-2', 'not-yet'], ['6', 'X-1', ''],
    ]);
    expect(rows[0]!['reasons']).toContain('voldaan');
    expect(rows[4]!['issues']).toMatch(/arrears\.total/);
  });

  it('reads standard input (JSONL or CSV, told apart by the first character) and writes CSV to stdout', () => {
    const jsonl = readFileSync(join(root, 'examples/data/triage-signals.jsonl'), 'utf8');
    const r = cli(['triage', '-', '--policy', 'm4', '--output-format', 'csv', '--lang', 'en'], jsonl);
    expect(r.status).toBe(0);
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(40);
    expect(rows[0]).toMatchObject({ line: '1', id: 'VB-2024-001', ok: 'yes', channel: 'known-at-debt-help' });
    const csv = readFileSync(join(root, 'examples/data/eligibility-cases.csv'), 'utf8');
    const e = cli(['eligibility', '-', '--as-of', '2024-03-01'], csv);
    expect(e.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['W-1', 'H-1', 'Z-1', 'Z-2', 'X-1']);
  });

  it('-o - is standard output; an output file that is an input is refused with exit 2', () => {
    const r = cli(['validate', 'examples/data/signals-valid.csv', '-o', '-']);
    expect(r.stdout.split('\n')[0]).toMatch(/^\{"line":2,"ok":true,"id":/);
    const copy = join(dir, 'in.csv');
    writeFileSync(copy, readFileSync(join(root, 'examples/data/signals-valid.csv')));
    const same = cli(['validate', copy, '-o', copy]);
    expect(same.status).toBe(2);
    expect(same.stderr).toMatch(/is an input file/);
    expect(readFileSync(copy, 'utf8')).toBe(readFileSync(join(root, 'examples/data/signals-valid.csv'), 'utf8'));
  });

  it('feedback: refused records report issues (as every command does) and actions in the chosen language', () => {
    const out = join(dir, 'feedback.csv');
    const r = cli(['feedback', 'examples/data/feedback-events-invalid.jsonl', '--as-of', '2024-06-30', '-o', out]);
    expect(r.status).toBe(1);
    const rows = parse(readFileSync(out, 'utf8'), { columns: true }) as Record<string, string>[];
    const refused = rows.filter((row) => row['ok'] === 'nee');
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((row) => row['issues'] !== '')).toBe(true);
  });

  it('a write to a folder that does not exist is one line and exit 2', () => {
    const r = cli(['validate', 'examples/data/signals-valid.csv', '-o', join(dir, 'no', 'such', 'x.jsonl')]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(dir, 'no'))).toBe(false);
  });
});
