/**
 * `npm run fuzz` (`tsx scripts/fuzz.ts [--cases N]`): the fuzz suite's properties over every
 * public parser, the batch APIs of the module indexes and the CLI readers, on 1,000,000 hostile
 * cases (issue 14). Failures are counted, not stopped at; the result is one JSON line:
 * `{ cases, throws, lostRecords, echoedValues, prototypeTouched, seconds, byTarget }`.
 * Same seed, same cases. Exit code 1 when any count is not zero.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import * as model from '../src/model/internal.js';
import { assessEligibilityBatch } from '../src/eligibility/index.js';
import { createRegisterIndex, matchSignals, parseRegisterRecords } from '../src/matching/index.js';
import { detectMatches } from '../src/detection/index.js';
import { PRESETS, compilePolicy, parseTriageInput, triageBatch } from '../src/triage/index.js';
import { replayCaseLog } from '../src/feedback/index.js';
import { importXxllncExport, parseSample } from '../src/replay/index.js';
import { InputError, readAllRecords } from '../src/cli/io.js';
import { SEED, echoes, flatRow, key, messagesIn, planted, prototypeUntouched, scalar, signal, text, value } from '../test/fuzz/arbitraries.js';

const arg = process.argv.indexOf('--cases');
const TOTAL = arg > 0 ? Number(process.argv[arg + 1]) : 1_000_000;
const CHUNK = 2_000;

const totals = { cases: 0, throws: 0, lostRecords: 0, echoedValues: 0, prototypeTouched: false };
const byTarget: Record<string, { cases: number; throws: number; lostRecords: number; echoedValues: number; firstThrow?: string }> = {};

/** Run one case of a target: count it, its throw, its lost records and its echoes. */
function runCase(target: string, run: () => { lost?: number; messages?: unknown } | void): void {
  const t = (byTarget[target] ??= { cases: 0, throws: 0, lostRecords: 0, echoedValues: 0 });
  t.cases += 1;
  totals.cases += 1;
  try {
    const out = run() ?? {};
    if (out.lost) (t.lostRecords += out.lost), (totals.lostRecords += out.lost);
    if (out.messages !== undefined && echoes(messagesIn(out.messages, true))) (t.echoedValues += 1), (totals.echoedValues += 1);
  } catch (error) {
    t.throws += 1;
    totals.throws += 1;
    t.firstThrow ??= error instanceof Error ? `${error.name}: ${error.message.slice(0, 120)}` : String(error);
  }
}

const lost = (inputs: number, outputs: number): number => Math.abs(inputs - outputs);
const readers = Object.entries(model as Record<string, unknown>).filter(([, v]) => typeof (v as { read?: unknown } | null)?.read === 'function') as [string, model.FieldReader<unknown, unknown>][];
const schemas = Object.entries(model as Record<string, unknown>).filter(([, v]) => typeof (v as { safeParse?: unknown } | null)?.safeParse === 'function') as [string, import('zod').ZodType][];
const compiled = compilePolicy(PRESETS.M4);
const index = createRegisterIndex(parseRegisterRecords([
  { burgerservicenummer: '999990020', naam: { voornamen: 'Anna', voorvoegsel: 'van der', geslachtsnaam: 'Berg' }, geboorte: { datum: '19840721' }, verblijfplaats: { postcode: '2011AB', huisnummer: 12, huisletter: 'A' } },
]).flatMap((r) => (r.ok ? [r.value] : [])));
const batch = fc.array(fc.oneof({ weight: 4, arbitrary: signal }, { weight: 1, arbitrary: value }), { maxLength: 4 });
// Cells as CSV parsers and workbook readers give them, and as careless code does: objects, lists, null-prototype and nested cells (issue 14, item 7).
const xxllncCell = fc.oneof({ weight: 4, arbitrary: fc.oneof(text, planted, fc.double(), fc.constant(null)) }, { weight: 1, arbitrary: value });
const xxllncRow = fc.dictionary(fc.oneof(fc.constantFrom('Meldingnummer', 'SignaalID', 'Hash', 'Melder ID', 'Type melding', 'Datum melding', 'Achterstandsbedrag', 'Termijnbedrag', 'Postcode'), key), xxllncCell, { maxKeys: 7 });
// Sheets with holes and non-row slots (a sparse array, null, text) keep rows = mapped + unmapped.
const xxllncRows = fc.tuple(fc.array(fc.oneof({ weight: 6, arbitrary: xxllncRow }, { weight: 1, arbitrary: fc.constantFrom(null, undefined, 'row', 7) }), { maxLength: 4 }), fc.boolean())
  .map(([rows, sparse]) => {
    const out: unknown[] = [...rows];
    if (sparse && out.length > 0) delete out[0];
    return out;
  });

/** Each target: its share of the cases, what it generates, and how one case runs. */
interface Target<T> {
  readonly name: string;
  readonly share: number;
  readonly arbitrary: fc.Arbitrary<T>;
  readonly run: (input: T) => { lost?: number; messages?: unknown } | void;
}
const target = <T>(t: Target<T>): Target<unknown> => t as Target<unknown>;

const TARGETS: Target<unknown>[] = [
  target({ name: 'parseSignal', share: 0.25, arbitrary: signal, run: (s) => {
    const r = model.parseSignal(s);
    return { messages: r.ok ? undefined : r.issues };
  } }),
  target({ name: 'readers and field schemas', share: 0.15, arbitrary: scalar, run: (x) => {
    const issues: unknown[] = [];
    for (const [, reader] of readers) if (typeof x === 'string' || (typeof x === 'number' && reader.acceptsNumbers)) reader.read(x);
    for (const [, schema] of schemas) {
      const r = model.safeParseWith(schema, x);
      if (!r.ok) issues.push(r.issues);
    }
    return { messages: issues };
  } }),
  target({ name: 'money, dates, house numbers, yes/no', share: 0.15, arbitrary: fc.oneof(text, fc.double()), run: (x) => {
    const euro = model.readEuro(x as string | number);
    if (typeof x === 'string') {
      model.parseDateInput(x);
      model.parseBirthDate(x, { notAfter: '2024-01-01' });
      model.splitHouseNumber(x);
      model.splitHouseNumberField({ houseNumber: x });
      model.readYesNo(x);
    }
    return { messages: euro.ok ? undefined : euro.issues };
  } }),
  target({ name: 'unflatten', share: 0.1, arbitrary: flatRow, run: (row) => {
    const r = model.unflatten(row);
    return { messages: r.ok ? undefined : r.issues };
  } }),
  target({ name: 'parseSignals', share: 0.05, arbitrary: batch, run: (xs) => {
    const out = model.parseSignals(xs);
    return { lost: lost(xs.length, out.length), messages: out.map((r) => (r.ok ? null : r.issues)) };
  } }),
  target({ name: 'assessEligibilityBatch', share: 0.05, arbitrary: batch, run: (xs) => {
    const out = assessEligibilityBatch(xs, { asOf: '2024-03-01' });
    return { lost: lost(xs.length, out.length) + out.filter((item, i) => item.index !== i).length, messages: out.map((r) => (r.ok ? null : r.issues)) };
  } }),
  target({ name: 'parseRegisterRecords', share: 0.05, arbitrary: fc.array(value, { maxLength: 4 }), run: (xs) => {
    const out = parseRegisterRecords(xs);
    return { lost: lost(xs.length, out.length), messages: out.map((r) => (r.ok ? null : r.issues)) };
  } }),
  target({ name: 'detectMatches', share: 0.05, arbitrary: batch, run: (xs) => {
    const out = [...detectMatches(xs)];
    return { lost: lost(xs.length, out.length), messages: out.map((r) => (r.ok ? null : r.issues)) };
  } }),
  target({ name: 'replayCaseLog', share: 0.04, arbitrary: fc.array(value, { maxLength: 4 }), run: (xs) => {
    const out = replayCaseLog(xs).items;
    return { lost: lost(xs.length, out.length), messages: out.map((r) => (r.ok ? null : r.issues)) };
  } }),
  target({ name: 'parseSample', share: 0.04, arbitrary: batch, run: (xs) => {
    const out = parseSample(xs);
    return { lost: lost(xs.length, out.length), messages: out.map((r) => (r.ok ? null : r.issues)) };
  } }),
  target({ name: 'importXxllncExport', share: 0.03, arbitrary: xxllncRows, run: (rows) => {
    const out = importXxllncExport({ Signalen: rows as never, Melders: rows as never });
    const count = out.counts.Signalen!;
    return { lost: lost(rows.length, count.mapped + count.unmapped), messages: { unmapped: out.unmapped, warnings: out.warnings } };
  } }),
  target({ name: 'triageBatch', share: 0.03, arbitrary: batch, run: (xs) => {
    const items = triageBatch(xs, compiled);
    return { lost: lost(xs.length, items.length) + items.filter((item, i) => item.index !== i).length };
  } }),
  target({ name: 'matchSignals', share: 0.03, arbitrary: batch, run: (xs) => {
    const out = matchSignals(xs, index);
    return { lost: lost(xs.length, out.length) + out.filter((item, i) => item.index !== i).length, messages: out.map((m) => (m.ok ? m.value.reasons : m.issues)) };
  } }),
];

/** CLI readers (files on disk): a smaller share, run asynchronously after the in-memory targets. */
const CLI_SHARE = 0.01;
const csvLine = fc.array(fc.oneof(text, planted.map(String), fc.constantFrom('"', '""', ';', ',', '"a', 'b"', '"x"y')), { maxLength: 6 }).map((parts) => parts.join(''));
const cliFile = fc.record({ header: fc.constantFrom('id;debtor.bsn;debtor.name.surname', 'id,arrears.total,note', 'id\tnote', 'id'), rows: fc.array(csvLine, { maxLength: 6 }), jsonl: fc.array(fc.oneof(value.map((v) => JSON.stringify(v) ?? 'null'), text), { maxLength: 6 }) });

async function runCliReaders(cases: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'vs-fuzz-'));
  const stderrWrite = process.stderr.write.bind(process.stderr);
  process.stderr.write = () => true; // the Windows-1252 note
  try {
    for (let done = 0; done < cases; done += CHUNK) {
      for (const [i, f] of fc.sample(cliFile, { seed: SEED + 7_000 + done, numRuns: Math.min(CHUNK, cases - done) }).entries()) {
        const csv = join(dir, `f${i % 20}.csv`);
        const jsonl = join(dir, `f${i % 20}.jsonl`);
        const csvText = [f.header, ...f.rows].join('\n');
        writeFileSync(csv, csvText);
        writeFileSync(jsonl, f.jsonl.map((l) => l.replace(/[\r\n]/g, ' ')).join('\n'));
        const dataRows = csvText.split('\n').slice(1).filter((r) => r.trim() !== '').length;
        const jsonLines = f.jsonl.filter((l) => l.replace(/[\r\n]/g, ' ').trim() !== '').length;
        for (const [file, format, expected] of [[csv, 'csv', dataRows], [jsonl, 'jsonl', jsonLines]] as const) {
          const t = (byTarget[`cli ${format} reader`] ??= { cases: 0, throws: 0, lostRecords: 0, echoedValues: 0 });
          t.cases += 1;
          totals.cases += 1;
          try {
            const records = await readAllRecords(file, format);
            // JSONL: exactly one record per non-blank line. CSV: never more records than rows (quoted cells may join lines).
            const lostHere = format === 'jsonl' ? lost(expected, records.length) : records.length > expected ? records.length - expected : 0;
            t.lostRecords += lostHere;
            totals.lostRecords += lostHere;
            if (echoes(records.flatMap((r) => (r.readError ? [r.readError] : [])))) (t.echoedValues += 1), (totals.echoedValues += 1);
          } catch (error) {
            if (error instanceof InputError) {
              if (echoes([error.message])) (t.echoedValues += 1), (totals.echoedValues += 1);
              continue;
            }
            t.throws += 1;
            totals.throws += 1;
            t.firstThrow ??= error instanceof Error ? `${error.name}: ${error.message.slice(0, 120)}` : String(error);
          }
        }
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
  for (let done = 0; done < cases; done += CHUNK) {
    for (const input of fc.sample(t.arbitrary, { seed: SEED + n * 1_000_003 + done, numRuns: Math.min(CHUNK, cases - done) })) runCase(t.name, () => t.run(input));
    if (!prototypeUntouched()) totals.prototypeTouched = true;
  }
}
await runCliReaders(Math.round((TOTAL * CLI_SHARE) / 2));
if (!prototypeUntouched()) totals.prototypeTouched = true;

const seconds = Math.round((performance.now() - started) / 100) / 10;
process.stdout.write(`${JSON.stringify({ ...totals, seconds, byTarget })}\n`);
process.exitCode = totals.throws || totals.lostRecords || totals.echoedValues || totals.prototypeTouched ? 1 : 0;
