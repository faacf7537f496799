import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { amsterdamDate } from '../../calendar/index.js';
import { isIsoDate } from '../../model/index.js';
import {
  CREDITOR_PRESETS, DEFAULT_RULEBOOK, SIGNAALREIS_RULEBOOK, assessEligibility, parseArrearsCase, parseCreditorPolicy, parseRulebook,
  type CreditorPolicy, type EligibilityStatus, type Rulebook,
} from '../../eligibility/index.js';
import type { Result } from '../../model/index.js';
import { detectFormat, readRecords, recordIssues, writeResult } from '../io.js';

const BUILT_IN_RULEBOOKS: Readonly<Record<string, Rulebook>> = { default: DEFAULT_RULEBOOK, signaalreis: SIGNAALREIS_RULEBOOK };

/** Read and validate a JSON file, or stop with its issues on stderr. */
function loadJson<T>(file: string, what: string, parse: (input: unknown) => Result<T>): T {
  let input: unknown;
  try {
    input = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new Error(`${what} ${file} is not a readable JSON file`);
  }
  const parsed = parse(input);
  if (!parsed.ok) throw new Error(`${what} ${file} is invalid:\n${parsed.issues.map((e) => `  ${e.field}: ${e.message}`).join('\n')}`);
  return parsed.value;
}

function rulebookOption(value: string | undefined): Rulebook {
  if (value === undefined) return DEFAULT_RULEBOOK;
  return BUILT_IN_RULEBOOKS[value] ?? loadJson(value, 'Rulebook', parseRulebook);
}

function policyOption(value: string | undefined): CreditorPolicy | undefined {
  if (value === undefined) return undefined;
  return (CREDITOR_PRESETS as Record<string, CreditorPolicy>)[value] ?? loadJson(value, 'Creditor policy', parseCreditorPolicy);
}

interface EligibilityCliOptions {
  asOf?: string;
  rulebook?: string;
  creditorPolicy?: string;
  format?: string;
}

/**
 * `vroegsignalering eligibility FILE`: assess every arrears case in a JSONL or CSV file and
 * print one JSON line per record (`{line, ok, id?, eligible, status, eligibleFrom?, ruleVersion,
 * rules}` or `{line, ok: false, errors}`), with counts per status on stderr. Exits 1 when any
 * record is invalid, 2 when the options or the rulebook are.
 */
export function registerEligibility(program: Command): void {
  program
    .command('eligibility')
    .description('may these arrears become signals? one assessment per record, with every rule and its source')
    .argument('<file>', 'arrears cases as JSONL or CSV (dotted headers such as arrears.total)')
    .option('--as-of <date>', 'date to assess on, YYYY-MM-DD (default: today in Europe/Amsterdam)')
    .option('--rulebook <file>', `rulebook JSON file, or a built-in: ${Object.keys(BUILT_IN_RULEBOOKS).join(', ')}`)
    .option('--creditor-policy <name>', `creditor policy JSON file, or a preset: ${Object.keys(CREDITOR_PRESETS).join(', ')}`)
    .option('--format <format>', 'jsonl or csv (default: from the file extension)')
    .action(async (file: string, options: EligibilityCliOptions) => {
      const asOf = options.asOf ?? amsterdamDate(Date.now());
      if (!isIsoDate(asOf)) throw new Error('--as-of must be a real date YYYY-MM-DD');
      const rulebook = rulebookOption(options.rulebook);
      const creditorPolicy = policyOption(options.creditorPolicy);
      const counts: Record<EligibilityStatus | 'invalid', number> = { eligible: 0, 'not-yet': 0, 'too-late': 0, excluded: 0, invalid: 0 };
      for await (const record of readRecords(file, detectFormat(file, options.format))) {
        const parsed = record.readIssue ? { ok: false as const, issues: recordIssues(record) } : parseArrearsCase(record.value);
        if (!parsed.ok) {
          counts.invalid += 1;
          await writeResult(record, { ok: false, issues: parsed.issues });
          continue;
        }
        const result = assessEligibility(parsed.value, { asOf, rulebook, ...(creditorPolicy ? { creditorPolicy } : {}) });
        counts[result.status] += 1;
        await writeResult(record, { ok: true, ...(parsed.value.id ? { id: parsed.value.id } : {}), ...result });
      }
      const total = Object.values(counts).reduce((a, b) => a + b, 0);
      process.stderr.write(
        `${total} records on ${asOf}: ${counts.eligible} eligible, ${counts['not-yet']} not yet, ${counts['too-late']} too late, ` +
          `${counts.excluded} excluded, ${counts.invalid} invalid\n`,
      );
      if (counts.invalid > 0) process.exitCode = 1;
    });
}
