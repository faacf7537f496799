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
  // Bytes as Dutch Excel saves "CSV (gescheiden door puntkomma)": a UTF-8 BOM, then Windows-1252
  // text (ü = 0xFC, Ö = 0xD6, å = 0xE5), `;` between cells, `1.234,56` amounts, d-m-yyyy dates,
  // CRLF line ends, and a full name with a comma in it, unquoted. One file carries the signal
  // columns (validate, detect) and the arrears-case columns (eligibility).
  const FIXTURE = 'test/fixtures/cli/excel-nl-signals.csv';

  it('is the bytes Excel writes (the fixture is not re-encoded by an editor or git)', () => {
    const bytes = readFileSync(join(root, FIXTURE));
    expect([...bytes.subarray(0, 3)]).toEqual([...BOM]);
    expect(bytes.includes(Buffer.from('M\xfcller;', 'latin1'))).toBe(true);
    expect(bytes.includes(Buffer.from('\xd6deg\xe5rd-de Vries, A.;', 'latin1'))).toBe(true);
    expect(bytes.includes(Buffer.from(';1.234,56;'))).toBe(true);
    expect(bytes.includes(Buffer.from('\r\n'))).toBe(true);
  });

  it('validate, eligibility and detect read the right amounts and names', async () => {
    const [validate, eligibility, detect] = await Promise.all([
      run(['validate', FIXTURE]),
      run(['eligibility', '--as-of', '2024-03-01', FIXTURE]),
      run(['detect', FIXTURE]),
    ]);
    // validate: every row valid; a name read in the wrong encoding (M\uFFFDller) would be refused.
    expect(validate.status).toBe(0);
    expect(validate.stdout).toBe('{"line":2,"ok":true,"id":"D1"}\n{"line":3,"ok":true,"id":"D2"}\n{"line":4,"ok":true,"id":"D3"}\n');
    expect(validate.stderr).toContain('3 records: 3 valid, 0 invalid (read as windows-1252)');
    // eligibility: the amounts with their cents (it read 1.234,56 as 1234.00 and 212,85 as 212.00).
    const cases = eligibility.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; status: string; signalAmount: string });
    expect(eligibility.status).toBe(0);
    expect(cases.map((c) => [c.id, c.status, c.signalAmount])).toEqual([['D1', 'eligible', '1234.56'], ['D2', 'eligible', '212.85'], ['D3', 'eligible', '87.50']]);
    // detect: the housing corporation's Müller and the energy company's Muller are one resident
    // (the same birth date and address) only when ü was read as ü; the match total is exact.
    const lines = detect.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; person: string; labels: string[]; match: { totalAmount: string } });
    expect(detect.status).toBe(0);
    expect(lines.map((l) => [l.id, l.person, l.labels, l.match.totalAmount])).toEqual([
      ['D1', 'fuzzy:D1', ['single'], '1234.56'],
      ['D2', 'fuzzy:D1', ['person-match'], '1447.41'],
      ['D3', 'fuzzy:D3', ['single'], '87.50'],
    ]);
  });

  it('a name already mangled by a wrong decoding (U+FFFD) is refused by validate and detect, not matched misspelt', async () => {
    const mangled = join(dir, 'mangled.csv');
    writeFileSync(mangled, new TextDecoder('utf-8').decode(readFileSync(join(root, FIXTURE)).subarray(3))); // Windows-1252 read as UTF-8
    expect(readFileSync(mangled, 'utf8')).toContain('M\uFFFDller');
    const [validate, detect] = await Promise.all([run(['validate', mangled]), run(['detect', mangled])]);
    expect(validate.status).toBe(1);
    const refused = JSON.parse(validate.stdout.split('\n')[0]!) as { ok: boolean; issues: { field: string; code: string }[] };
    expect(refused).toMatchObject({ ok: false, issues: [{ field: 'debtor.name.surname', code: 'wrong_encoding' }] });
    expect(JSON.parse(detect.stdout.split('\n')[0]!)).toMatchObject({ ok: false, issues: [{ code: 'wrong_encoding' }] });
  });
});
