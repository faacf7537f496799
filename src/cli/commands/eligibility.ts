import type { Command } from 'commander';
import { amsterdamDate } from '../../calendar/index.js';
import {
  CREDITOR_PRESETS, DEFAULT_RULEBOOK, SIGNAALREIS_RULEBOOK, assessEligibilityBatch, parseCreditorPolicy, parseRulebook, withoutRules,
  type CreditorPolicy, type EligibilityStatus, type Rulebook,
} from '../../eligibility/index.js';
import type { Result } from '../../model/index.js';
import { detectFormat, readJsonFile, readRecords, recordIssues, writeResult, type InputRecord } from '../io.js';

const BUILT_IN_RULEBOOKS: Readonly<Record<string, Rulebook>> = { default: DEFAULT_RULEBOOK, signaalreis: SIGNAALREIS_RULEBOOK };

/** Records assessed per batch: the file streams through in chunks of this size. */
const CHUNK = 10_000;

/** Read and validate a JSON file, or stop with its issues on stderr. */
function loadJson<T>(file: string, what: string, parse: (input: unknown) => Result<T>): T {
  const parsed = parse(readJsonFile(file, what));
  if (!parsed.ok) throw new Error(`${what} ${file} is invalid:\n${parsed.issues.map((e) => `  ${e.field}: ${e.message}`).join('\n')}`);
  return parsed.value;
}

function rulebookOption(value: string | undefined, without: readonly string[]): Rulebook {
  const book = value === undefined ? DEFAULT_RULEBOOK : (BUILT_IN_RULEBOOKS[value] ?? loadJson(value, 'Rulebook', parseRulebook));
  return without.length === 0 ? book : withoutRules(book, without);
}

function policyOption(value: string | undefined): CreditorPolicy | undefined {
  if (value === undefined) return undefined;
  return (CREDITOR_PRESETS as Record<string, CreditorPolicy>)[value] ?? loadJson(value, 'Creditor policy', parseCreditorPolicy);
}

interface EligibilityCliOptions {
  asOf?: string;
  rulebook?: string;
  withoutRule?: string[];
  creditorPolicy?: string;
  format?: string;
}

type Counts = Record<EligibilityStatus | 'invalid', number>;

/** Assess one chunk of records as raw input and write one line per record. */
async function assessChunk(records: readonly InputRecord[], options: Parameters<typeof assessEligibilityBatch>[1], counts: Counts): Promise<void> {
  const items = assessEligibilityBatch(records.map((r) => r.value), options);
  for (const item of items) {
    const record = records[item.index]!;
    if (record.readIssue || !item.ok) {
      counts.invalid += 1;
      await writeResult(record, { ok: false, issues: recordIssues(record, item.ok ? [] : item.issues) });
      continue;
    }
    counts[item.value.status] += 1;
    await writeResult(record, { ok: true, ...item.value });
  }
}

/**
 * `vroegsignalering eligibility FILE`: assess every arrears case in a JSONL or CSV file and
 * print one JSON line per record (`{line, ok, eligible, status, eligibleFrom?, asOf,
 * ruleVersion, caseId?, reasons}` or `{line, ok: false, issues}`), with counts per status on
 * stderr. Exits 1 when any record is invalid, 2 when the options or the rulebook are.
 */
export function registerEligibility(program: Command): void {
  program
    .command('eligibility')
    .description('may these arrears become signals? one assessment per record, with every rule and its source')
    .argument('<file>', 'arrears cases as JSONL or CSV (dotted headers such as arrears.total)')
    .option('--as-of <date>', 'date to assess on, YYYY-MM-DD (default: today in Europe/Amsterdam)')
    .option('--rulebook <file>', `rulebook JSON file, or a built-in: ${Object.keys(BUILT_IN_RULEBOOKS).join(', ')}`)
    .option('--without-rule <code>', 'switch off a rule of the rulebook by its code (repeatable), e.g. an assumption', (v: string, prev: string[] = []) => [...prev, v])
    .option('--creditor-policy <name>', `creditor policy JSON file, or a preset: ${Object.keys(CREDITOR_PRESETS).join(', ')}`)
    .option('--format <format>', 'jsonl or csv (default: from the file extension)')
    .action(async (file: string, options: EligibilityCliOptions) => {
      const creditorPolicy = policyOption(options.creditorPolicy);
      const batchOptions = {
        asOf: options.asOf ?? amsterdamDate(Date.now()),
        rulebook: rulebookOption(options.rulebook, options.withoutRule ?? []),
        ...(creditorPolicy ? { creditorPolicy } : {}),
      };
      assessEligibilityBatch([], batchOptions); // invalid options stop here (exit 2), before any output
      const counts: Counts = { eligible: 0, 'not-yet': 0, 'too-late': 0, excluded: 0, invalid: 0 };
      let chunk: InputRecord[] = [];
      for await (const record of readRecords(file, detectFormat(file, options.format))) {
        chunk.push(record);
        if (chunk.length === CHUNK) {
          await assessChunk(chunk, batchOptions, counts);
          chunk = [];
        }
      }
      await assessChunk(chunk, batchOptions, counts);
      const total = Object.values(counts).reduce((a, b) => a + b, 0);
      process.stderr.write(
        `${total} records on ${batchOptions.asOf}: ${counts.eligible} eligible, ${counts['not-yet']} not yet, ${counts['too-late']} too late, ` +
          `${counts.excluded} excluded, ${counts.invalid} invalid\n`,
      );
      if (counts.invalid > 0) process.exitCode = 1;
    });
}
