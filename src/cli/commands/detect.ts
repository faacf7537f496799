import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import {
  createDetectionState, detectIncremental, detectMatches, parseDetectionState, type DetectionResult, type DetectionState,
} from '../../detection/index.js';
import { parseSignal } from '../../model/index.js';
import type { ValidationIssue } from '../../model/index.js';
import { detectFormat, readAllRecords, recordIssues, writeResult } from '../io.js';

/** The ids an earlier step may have added to a record beside the signal's own fields. */
function idsOf(value: unknown): { personId?: string; householdId?: string } {
  if (typeof value !== 'object' || value === null) return {};
  const { personId, householdId } = value as Record<string, unknown>;
  return {
    ...(typeof personId === 'string' && personId !== '' ? { personId } : {}),
    ...(typeof householdId === 'string' && householdId !== '' ? { householdId } : {}),
  };
}

/** Read the state file: a new state when it does not exist yet, `null` (with messages) when it is invalid. */
function readState(file: string): DetectionState | null {
  if (!existsSync(file)) return createDetectionState();
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    process.stderr.write(`${file}: the state file is not valid JSON\n`);
    return null;
  }
  const parsed = parseDetectionState(json);
  if (parsed.ok) return parsed.value;
  for (const issue of parsed.issues) process.stderr.write(`${file}: ${issue.field}: ${issue.message}\n`);
  return null;
}

/**
 * `vroegsignalering detect SIGNALS [--state STATE.json]`: label every signal (single or match,
 * update, recidivism, dragger, same-day) and print one JSONL result per record, in order. Records
 * may carry `personId` (register id) and `householdId` beside the signal's fields. With
 * `--state`, the history of earlier runs is read from the file (a new one when it does not exist)
 * and the new state is written back: run it month by month.
 */
export function registerDetect(program: Command): void {
  program
    .command('detect')
    .description('label signals as single or match, update, recidivism, dragger and same-day; one JSONL result per record')
    .argument('<file>', 'signals as JSONL or CSV, each optionally with personId (register id) and householdId')
    .option('--state <file>', 'JSON state of earlier months: read (if it exists) and written back')
    .option('--format <format>', 'jsonl or csv (default: from the file extension)')
    .action(async (file: string, options: { state?: string; format?: string }) => {
      const state = options.state === undefined ? null : readState(options.state);
      if (options.state !== undefined && state === null) {
        process.exitCode = 2;
        return;
      }
      const records = await readAllRecords(file, detectFormat(file, options.format));
      const inputs: unknown[] = [];
      const issues: (readonly ValidationIssue[] | null)[] = records.map((record) => {
        if (record.readIssue) return recordIssues(record);
        const parsed = parseSignal(record.value);
        if (!parsed.ok) return parsed.issues;
        inputs.push({ ...parsed.value, ...idsOf(record.value) });
        return null;
      });
      let results: DetectionResult[];
      if (state === null) results = detectMatches(inputs);
      else {
        const out = detectIncremental(state, inputs);
        results = out.results;
        writeFileSync(options.state!, `${JSON.stringify(out.state)}\n`);
      }
      const counts = new Map<string, number>();
      let next = 0;
      for (const [i, record] of records.entries()) {
        const recordErrors = issues[i];
        const result = recordErrors ? { ok: false as const, issues: recordErrors } : results[next++]!;
        if (result.ok) for (const label of result.labels) counts.set(label, (counts.get(label) ?? 0) + 1);
        else counts.set('invalid', (counts.get('invalid') ?? 0) + 1);
        await writeResult(record, result);
      }
      const summary = [...counts].map(([label, n]) => `${label} ${n}`).join(', ');
      process.stderr.write(`${records.length} records: ${summary || 'none'}\n`);
      if (counts.has('invalid')) process.exitCode = 1;
    });
}
