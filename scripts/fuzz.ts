/**
 * `npm run fuzz` (`tsx scripts/fuzz.ts [--cases N]`): every fuzz target of `test/fuzz/targets.ts`
 * (each exported parser, reader and raw-input batch API; `test/fuzz/targets.test.ts` checks none
 * is left out) and the CLI readers (CSV, JSONL, JSON files, with and without a BOM), on 1,000,000
 * hostile cases (issue 14). Failures are counted, not stopped at; the result is one JSON line:
 * `{ cases, throws, lostRecords, echoedValues, prototypeTouched, seconds, byTarget }`.
 * Same seed, same cases. Exit code 1 when any count is not zero.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { InputError, readAllRecords, readJsonFile } from '../src/cli/io.js';
import { SEED, echoes, planted, prototypeUntouched, text, value } from '../test/fuzz/arbitraries.js';
import { TARGETS, emptyTally, runCase, type Tally } from '../test/fuzz/targets.js';

const arg = process.argv.indexOf('--cases');
const TOTAL = arg > 0 ? Number(process.argv[arg + 1]) : 1_000_000;
const CHUNK = 2_000;

const totals = { ...emptyTally(), prototypeTouched: false };
const byTarget: Record<string, Tally> = {};

/** CLI readers (files on disk): a smaller share, run asynchronously after the in-memory targets. */
const CLI_SHARE = 0.01;
const csvLine = fc.array(fc.oneof(text, planted.map(String), fc.constantFrom('"', '""', ';', ',', '"a', 'b"', '"x"y')), { maxLength: 6 }).map((parts) => parts.join(''));
const cliFile = fc.record({
  header: fc.constantFrom('id;debtor.bsn;debtor.name.surname', 'id,arrears.total,note', 'id\tnote', 'id'),
  rows: fc.array(csvLine, { maxLength: 6 }),
  jsonl: fc.array(fc.oneof(value.map((v) => JSON.stringify(v) ?? 'null'), text), { maxLength: 6 }),
  json: fc.oneof(value.map((v) => JSON.stringify(v) ?? 'null'), text),
  bom: fc.boolean(),
});

/** Run one case of a CLI reader: an `InputError` is its refusal (checked for echoes); any other throw counts. */
async function cliCase(reader: string, run: () => Promise<{ lost: number; messages: string[] }>): Promise<void> {
  const tallies = [(byTarget[reader] ??= emptyTally()), totals];
  let lostHere = 0;
  let messages: string[] = [];
  let thrown: string | undefined;
  try {
    ({ lost: lostHere, messages } = await run());
  } catch (error) {
    if (error instanceof InputError) messages = [error.message];
    else thrown = error instanceof Error ? `${error.name}: ${error.message.slice(0, 120)}` : String(error);
  }
  for (const t of tallies) {
    t.cases += 1;
    t.lostRecords += lostHere;
    if (echoes(messages)) t.echoedValues += 1;
    if (thrown !== undefined) {
      t.throws += 1;
      t.firstThrow ??= thrown;
    }
  }
}

async function runCliReaders(cases: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'vs-fuzz-'));
  const stderrWrite = process.stderr.write.bind(process.stderr);
  process.stderr.write = () => true; // the Windows-1252 note
  const bom = (on: boolean, content: string): Buffer => Buffer.concat([Buffer.from(on ? [0xef, 0xbb, 0xbf] : []), Buffer.from(content)]);
  try {
    for (let done = 0; done < cases; done += CHUNK) {
      for (const [i, f] of fc.sample(cliFile, { seed: SEED + 7_000 + done, numRuns: Math.min(CHUNK, cases - done) }).entries()) {
        const [csv, jsonl, json] = ['csv', 'jsonl', 'json'].map((ext) => join(dir, `f${i % 20}.${ext}`)) as [string, string, string];
        const csvText = [f.header, ...f.rows].join('\n');
        const jsonlLines = f.jsonl.map((l) => l.replace(/[\r\n]/g, ' '));
        writeFileSync(csv, bom(f.bom, csvText));
        writeFileSync(jsonl, bom(f.bom, jsonlLines.join('\n')));
        writeFileSync(json, bom(f.bom, f.json));
        const dataRows = csvText.split('\n').slice(1).filter((r) => r.trim() !== '').length;
        const jsonLines = jsonlLines.filter((l) => l.trim() !== '').length;
        const readErrors = (records: { readError?: string }[]) => records.flatMap((r) => (r.readError ? [r.readError] : []));
        // CSV: never more records than rows (a quoted cell may join lines); JSONL: exactly one record per non-blank line.
        await cliCase('cli csv reader', async () => {
          const records = await readAllRecords(csv, 'csv');
          return { lost: Math.max(0, records.length - dataRows), messages: readErrors(records) };
        });
        await cliCase('cli jsonl reader', async () => {
          const records = await readAllRecords(jsonl, 'jsonl');
          return { lost: Math.abs(records.length - jsonLines), messages: readErrors(records) };
        });
        await cliCase('cli json file reader', async () => {
          readJsonFile(json, 'Policy');
          return { lost: 0, messages: [] };
        });
      }
    }
  } finally {
    process.stderr.write = stderrWrite;
    rmSync(dir, { recursive: true, force: true });
  }
}

const started = performance.now();
const inMemory = Math.round(TOTAL * (1 - CLI_SHARE));
const shares = TARGETS.reduce((sum, t) => sum + t.share, 0);
for (const [n, t] of TARGETS.entries()) {
  const cases = Math.round((inMemory * t.share) / shares);
  const tally = (byTarget[t.name] = emptyTally());
  for (let done = 0; done < cases; done += CHUNK) {
    for (const input of fc.sample(t.arbitrary, { seed: SEED + n * 1_000_003 + done, numRuns: Math.min(CHUNK, cases - done) })) runCase(t, input, tally, totals);
    if (!prototypeUntouched()) totals.prototypeTouched = true;
  }
}
await runCliReaders(Math.round((TOTAL * CLI_SHARE) / 3));
if (!prototypeUntouched()) totals.prototypeTouched = true;

const seconds = Math.round((performance.now() - started) / 100) / 10;
process.stdout.write(`${JSON.stringify({ ...totals, seconds, byTarget })}\n`);
process.exitCode = totals.throws || totals.lostRecords || totals.echoedValues || totals.prototypeTouched ? 1 : 0;
