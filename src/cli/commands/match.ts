import type { Command } from 'commander';
import { matchSignals, type MatchParameterOverrides } from '../../matching/index.js';
import { readFile } from 'node:fs/promises';
import { detectFormat, readRecords, recordIssues, writeResult } from '../io.js';
import { readRegister } from '../register-input.js';

interface MatchCliOptions {
  register: string;
  format?: string;
  registerFormat?: string;
  matchThreshold?: string;
  reviewThreshold?: string;
  ambiguityMargin?: string;
  hashCandidateIds?: string;
}

/** Threshold options as parameter overrides (only those given). */
function overridesOf(options: MatchCliOptions): MatchParameterOverrides {
  const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));
  const entries = Object.entries({
    matchThreshold: num(options.matchThreshold),
    reviewThreshold: num(options.reviewThreshold),
    ambiguityMargin: num(options.ambiguityMargin),
  }).filter(([, v]) => v !== undefined);
  for (const [name, v] of entries) if (!Number.isFinite(v)) throw new Error(`--${name} must be a number`);
  return Object.fromEntries(entries) as MatchParameterOverrides;
}

/**
 * `vroegsignalering match --register REGISTER.jsonl SIGNALS.jsonl`: check every signal against a
 * register extract (Haal Centraal BRP fields) and print one JSON result per signal, in order:
 * `{line, ok, id, decision, outcome, person, flags, candidates, reasons}` or `{line, ok: false, issues}`.
 * Invalid register records are reported on stderr (line and field, never the value) and left out;
 * a register in which no record can be read is an error (exit 2).
 * Candidates carry register ids only for match and review (never for no match); with
 * `--hash-candidate-ids KEYFILE` those ids are HMAC-SHA-256 hashes under the file's key.
 */
export function registerMatch(program: Command): void {
  program
    .command('match')
    .description('check signals against a register extract; one result per signal (match, review or no match, with reasons)')
    .argument('<signals>', 'signals as JSONL or CSV')
    .requiredOption('--register <file>', 'register extract as JSONL or CSV (Haal Centraal BRP fields: naam, geboorte, verblijfplaats, …)')
    .option('--format <format>', 'format of the signals file: jsonl or csv (default: from the extension)')
    .option('--register-format <format>', 'format of the register file: jsonl or csv (default: from the extension)')
    .option('--match-threshold <bits>', 'total weight for a match (default 18)')
    .option('--review-threshold <bits>', 'total weight for review (default 12)')
    .option('--ambiguity-margin <bits>', 'candidates closer than this are ambiguous (default 6)')
    .option('--hash-candidate-ids <keyfile>', 'write candidate register ids as HMAC-SHA-256 under the key in this file (hex); the linked person keeps the plain id')
    .action(async (file: string, options: MatchCliOptions) => {
      const parameters = overridesOf(options);
      const ids = options.hashCandidateIds === undefined
        ? {}
        : { candidateIds: 'hashed' as const, candidateIdKey: new Uint8Array(await readFile(options.hashCandidateIds)) };
      const register = await readRegister(options.register, options.registerFormat);
      const index = register.index;
      const counts = { match: 0, review: 0, 'no-match': 0, invalid: 0 };
      for await (const row of readRecords(file, detectFormat(file, options.format))) {
        const item = row.readError ? null : matchSignals([row.value], index, { parameters, ...ids })[0]!;
        if (item === null || !item.ok) {
          counts.invalid += 1;
          await writeResult(row, { ok: false, issues: recordIssues(row, item?.ok === false ? item.issues : []) });
          continue;
        }
        counts[item.value.decision] += 1;
        const { signalId, ...rest } = item.value;
        await writeResult(row, { ok: true, id: signalId, ...rest });
      }
      process.stderr.write(
        `register: ${register.records} records (${register.rejected} rejected); signals: ${counts.match} match, ${counts.review} review, ${counts['no-match']} no match, ${counts.invalid} invalid\n`,
      );
      if (counts.invalid > 0) process.exitCode = 1;
    });
}
