import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { setInputDefaults } from '../../src/cli/io.js';
import { createProgram, describeError } from '../../src/cli/program.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'vs-cli-'));
const MISSING = join(dir, 'missing.jsonl');

interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Run the CLI from source, or a shell line with `$CLI` standing for it; resolves when it ends. */
function run(args: readonly string[] | string): Promise<Run> {
  const cli = `${JSON.stringify(process.execPath)} --import tsx src/cli/index.ts`;
  const child =
    typeof args === 'string'
      ? spawn('sh', ['-c', args.replaceAll('$CLI', cli)], { cwd: root })
      : spawn(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args], { cwd: root });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => child.on('close', (status) => resolve({ status, stdout, stderr })));
}

/** No stack trace: no `    at …` frames and no `node:internal` in what the user sees. */
function expectNoTrace(r: Run): void {
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(r.stderr).not.toContain('node:internal');
  expect(r.stdout).not.toMatch(/^\s+at /m);
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);
/** Windows-1252 bytes of ASCII text with ü. */
const cp1252 = (text: string): Buffer => Buffer.from([...text].map((c) => (c === 'ü' ? 0xfc : c.charCodeAt(0))));

/** Run a command in-process: the line and exit code a user would get, and what commander printed. */
async function runInProcess(args: readonly string[]): Promise<{ line: string; code: number; printed: string }> {
  let printed = '';
  const program = createProgram({ writeErr: (s) => (printed += s), writeOut: (s) => (printed += s) });
  try {
    await program.parseAsync([...args], { from: 'user' });
    return { line: '', code: Number(process.exitCode ?? 0), printed };
  } catch (error) {
    return { ...describeError(error), printed };
  } finally {
    process.exitCode = undefined;
    setInputDefaults({});
  }
}

describe('no stack trace reaches a user, in any command (issue 14, item 10)', () => {
  const commands: [string, string[]][] = [
    ['validate', ['validate', MISSING]],
    ['eligibility', ['eligibility', '--as-of', '2024-03-01', MISSING]],
    ['match (signals)', ['match', '--register', 'examples/data/matching-register.jsonl', MISSING]],
    ['match (register)', ['match', '--register', MISSING, 'examples/data/matching-signals.jsonl']],
    ['detect', ['detect', MISSING]],
    ['triage', ['triage', '--policy', 'M4', MISSING]],
    ['feedback', ['feedback', MISSING, '--as-of', '2024-01-01']],
    ['replay', ['replay', MISSING, '--policy', 'M4']],
  ];

  it.each(commands)('%s: a missing input file is one line and exit 2', async (_name, args) => {
    expect(await runInProcess(args)).toEqual({ line: `cannot read ${MISSING}: no such file`, code: 2, printed: '' });
  });

  it.each([
    [['validate', '--format', 'xml', 'examples/data/signals-valid.csv'], '--format must be jsonl or csv'],
    [['validate', '--delimiter', 'x', 'examples/data/signals-valid.csv'], '--delimiter must be one of: ; , | tab'],
    [['detect', '--encoding', 'klingon', 'examples/data/detection-signals.jsonl'], '--encoding must be a known encoding such as utf-8 or windows-1252'],
  ])('%j: a bad option value is one line and exit 2', async (args, line) => {
    expect(await runInProcess(args)).toMatchObject({ line, code: 2 });
  });

  it("an unknown flag or command: commander's one line, exit 2", async () => {
    for (const args of [['validate', '--bogus', 'x.csv'], ['nosuchcommand']]) {
      const r = await runInProcess(args);
      expect(r).toMatchObject({ line: '', code: 2 });
      expect(r.printed.trim().split('\n')).toHaveLength(1);
    }
  });

  it('empty and header-only inputs say so and exit 2, in every command that reads records', async () => {
    const empty = join(dir, 'empty.csv');
    const headerOnly = join(dir, 'header-only.csv');
    writeFileSync(empty, '');
    writeFileSync(headerOnly, 'id;creditor.id;arrears.total\r\n');
    expect(await runInProcess(['validate', empty])).toMatchObject({ line: `${empty} is empty`, code: 2 });
    for (const args of [['detect', headerOnly], ['eligibility', '--as-of', '2024-03-01', headerOnly], ['triage', '--policy', 'M4', headerOnly]]) {
      expect(await runInProcess(args)).toMatchObject({ line: `${headerOnly} has a header row but no data rows`, code: 2 });
    }
  });

  it('internal errors and JSON parser messages (which quote the input) are never shown', () => {
    expect(describeError(new TypeError('Cannot read x of 123456782'))).toEqual({ line: 'internal error (TypeError); set VROEGSIGNALERING_DEBUG=1 for details', code: 70 });
    expect(describeError(new SyntaxError('Unexpected token J, "Jansen 123456782" is not valid JSON'))).toEqual({ line: 'an input file is not valid JSON', code: 2 });
  });

  it('end to end: a missing file and a closed pipe (| head -1) end without a trace', async () => {
    const big = join(dir, 'big.jsonl');
    writeFileSync(big, Array.from({ length: 30_000 }, (_, i) => JSON.stringify({ id: `S${i}` })).join('\n'));
    const [missing, piped] = await Promise.all([run(['policy', 'check', MISSING]), run(`$CLI validate ${big} | head -1`)]);
    for (const r of [missing, piped]) expectNoTrace(r);
    expect(missing.status).not.toBe(0);
    expect(`${missing.stderr}${missing.stdout}`.trim().split('\n')).toHaveLength(1);
    expect(piped.stderr).not.toContain('EPIPE');
    expect(piped.stdout.trim().split('\n')).toHaveLength(1);
  });
});

describe('a ;-separated Dutch Excel CSV with BOM, decimal commas and a Windows-1252 name (issue 14, done-when)', () => {
  const signals = join(dir, 'signals.csv');
  writeFileSync(signals, Buffer.concat([BOM, cp1252([
    'id;kind;creditor.id;creditor.sector;receivedDate;debtor.name.surname;debtor.birthDate;address.postcode;address.houseNumber;arrears.total;personId;householdId',
    'D1;early;WC-1;housing;01-03-2023;Müller;12-05-1971;2015 IJ;44;1.234,56;P1;H1',
    'D2;early;EN-1;energy;03-03-2023;Müller;12-05-1971;2015 IJ;44;212,85;P1;H1',
  ].join('\r\n'))]));

  it('validates, with the encoding in the summary', async () => {
    const r = await run(['validate', signals]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('{"line":2,"ok":true,"id":"D1"}\n{"line":3,"ok":true,"id":"D2"}\n');
    expect(r.stderr).toContain('2 records: 2 valid, 0 invalid (read as windows-1252)');
  });

  it('detects a match with the right total', async () => {
    const r = await run(['detect', signals]);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { line: number; labels: string[]; match: { totalAmount: string } });
    expect(lines.map((l) => [l.line, l.labels, l.match.totalAmount])).toEqual([
      [2, ['single'], '1234.56'],
      [3, ['person-match'], '1447.41'],
    ]);
  });

  it('assesses eligibility the same as the comma-separated UTF-8 file', async () => {
    const commas = readFileSync(join(root, 'examples/data/eligibility-cases.csv'), 'utf8');
    // Re-write the example the Dutch Excel way: ; between cells, no quotes needed around "87,50".
    const dutch = commas.split('\n').map((line) => line.replace(/"([^"]*)"|,/g, (m, quoted: string | undefined) => (quoted !== undefined ? quoted : ';'))).join('\r\n');
    const file = join(dir, 'eligibility.csv');
    writeFileSync(file, Buffer.concat([BOM, cp1252(dutch)]));
    const r = await run(['eligibility', '--as-of', '2024-03-01', file]);
    const statuses = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id?: string; status?: string }).map((l) => [l.id, l.status ?? 'invalid']);
    // As test/eligibility/cli.test.ts reads the comma-separated UTF-8 example.
    expect(statuses).toEqual([['W-1', 'eligible'], ['H-1', 'eligible'], ['Z-1', 'too-late'], ['Z-2', 'not-yet'], ['X-1', 'invalid']]);
  });
});
