import { existsSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import {
  createDetectionState, detectIncremental, detectMatches, parseDetectionState, type DetectionResult, type DetectionResults, type DetectionState,
} from '../../detection/index.js';
import { detectMatchesParallel } from '../../parallel/index.js';
import { detectFormat, readAllRecords, readJsonFile, recordIssues, writeResult } from '../io.js';
import { workersOption } from '../options.js';

/** Read the state file: a new state when it does not exist yet, `null` (with messages) when it is invalid. */
function readState(file: string): DetectionState | null {
  if (!existsSync(file)) return createDetectionState();
  const parsed = parseDetectionState(readJsonFile(file, 'State file'));
  if (parsed.ok) return parsed.value;
  for (const issue of parsed.issues) process.stderr.write(`${file}: ${issue.field}: ${issue.message}\n`);
  return null;
}

/**
 * `vroegsignalering detect SIGNALS [--state STATE.json]`: label every signal (single or match,
 * update, recidivism, dragger, same-day) and print one JSONL result per record, in order. Records
 * go to detection as they are read (raw export forms included) and may carry `personId` (register
 * id) and `householdId` beside the signal's fields. With `--state`, the history of earlier runs is
 * read from the file (a new one when it does not exist) and the new state is written back: run it
 * month by month. Signals already in the state are refused (`duplicate_id`), so running a month
 * twice changes nothing.
 */
export function registerDetect(program: Command): void {
  program
    .command('detect')
    .description('label signals as single or match, update, recidivism, dragger and same-day; one JSONL result per record')
    .argument('<file>', 'signals as JSONL or CSV, each optionally with personId (register id) and householdId')
    .option('--state <file>', 'JSON state of earlier months: read (if it exists) and written back')
    .option('--format <format>', 'jsonl or csv (default: from the file extension)')
    .option('--workers <n>', 'threads to detect on, without --state (signals split by resident, household and postcode; same results); 1 (the default) = main thread only, see docs/scale.md', workersOption, 1)
    .action(async (file: string, options: { state?: string; format?: string; workers: number }) => {
      const state = options.state === undefined ? null : readState(options.state);
      if (options.state !== undefined && state === null) {
        process.exitCode = 2;
        return;
      }
      const records = await readAllRecords(file, detectFormat(file, options.format));
      const inputs = records.map((record) => record.value);
      let items: DetectionResults | readonly DetectionResult[];
      if (state === null) items = options.workers <= 1 ? detectMatches(inputs) : await detectMatchesParallel(inputs, { workers: options.workers });
      else {
        const out = detectIncremental(inputs, { state });
        items = out.items;
        writeFileSync(options.state!, `${JSON.stringify(out.state)}\n`);
      }
      const counts = new Map<string, number>();
      for (const [i, record] of records.entries()) {
        const item = items.at(i)!;
        if (record.readIssue) {
          counts.set('invalid', (counts.get('invalid') ?? 0) + 1);
          await writeResult(record, { ok: false, issues: recordIssues(record) });
        } else if (item.ok) {
          for (const label of item.value.labels) counts.set(label, (counts.get(label) ?? 0) + 1);
          await writeResult(record, { ok: true, ...item.value });
        } else {
          const key = item.issues.some((x) => x.code === 'duplicate_id') ? 'already detected' : 'invalid';
          counts.set(key, (counts.get(key) ?? 0) + 1);
          await writeResult(record, { ok: false, issues: item.issues });
        }
      }
      const summary = [...counts].map(([label, n]) => `${label} ${n}`).join(', ');
      process.stderr.write(`${records.length} records: ${summary || 'none'}\n`);
      if (counts.has('invalid') || counts.has('already detected')) process.exitCode = 1;
    });
}
