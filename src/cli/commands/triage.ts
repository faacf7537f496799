import type { Command } from 'commander';
import type { BatchItem, ValidationIssue } from '../../model/index.js';
import { PRESETS, compilePolicy, explainTriage, parsePolicy, parseTriageInput, triageBatch, type Capacities, type CompiledPolicy, type Policy, type TriageBatchOptions, type TriageDecision } from '../../triage/index.js';
import { triageMonthsParallel } from '../../parallel/index.js';
import { capacityOption, policyOption, workersOption } from '../options.js';
import { detectFormat, readAllRecords, readJsonFile, recordIssues, writeRecord, writeResult } from '../io.js';

/**
 * Read a policy file through the reading kernel (`readJsonFile`: BOM, encodings, reserved keys)
 * and validate it. A file that cannot be read or is not JSON throws its one-line `InputError`
 * (exit 2); a policy with issues returns them.
 */
function readPolicyFile(file: string): { ok: true; value: Policy } | { ok: false; issues: readonly ValidationIssue[] } {
  return parsePolicy(readJsonFile(file, 'Policy'));
}

/** The parsed input of a record the batch decided (it parsed there, so it parses here). */
function parsedForExplanation(value: unknown) {
  const parsed = parseTriageInput(value);
  if (!parsed.ok) throw new Error('a record that was triaged no longer parses');
  return parsed.value;
}

/**
 * Triage the inputs month by month: the records of each calendar month of the signal date (as
 * `parseTriageInput` reads it) form their own batch with its own capacity, on up to `workers`
 * threads; records that do not read go in one batch of their own and come back with their
 * issues. Items in input order, each with its input's position as `index`.
 */
async function triageByMonth(inputs: readonly unknown[], compiled: CompiledPolicy, options: TriageBatchOptions & { workers: number }): Promise<BatchItem<TriageDecision>[]> {
  const months = new Map<string, { positions: number[]; inputs: unknown[] }>();
  inputs.forEach((input, i) => {
    const parsed = parseTriageInput(input);
    const month = parsed.ok ? parsed.value.signal.receivedDate.slice(0, 7) : '';
    let batch = months.get(month);
    if (!batch) months.set(month, (batch = { positions: [], inputs: [] }));
    batch.positions.push(i);
    batch.inputs.push(input); // as read: a parsed input does not cross to another thread as one
  });
  const batches = [...months.values()];
  const results = await triageMonthsParallel(batches.map((b) => b.inputs), compiled, options);
  const items = new Array<BatchItem<TriageDecision>>(inputs.length);
  batches.forEach((batch, m) => batch.positions.forEach((i, k) => (items[i] = { ...results[m]![k]!, index: i })));
  return items;
}

/**
 * `vroegsignalering triage --policy POLICY.json|PRESET SIGNALS` (one decision per record, in
 * order, as JSONL, each with its reasons; `--explain` gives the long per-condition trace
 * instead; the raw records go to `triageBatch` as they are, the whole file one batch, or with
 * `--by-month` one batch per month of signal date, months on `--workers` threads) and `vroegsignalering policy check
 * POLICY.json` (every problem with its path; exit 1 when there is one).
 */
export function registerTriage(program: Command): void {
  program
    .command('triage')
    .description('assign a contact channel to every signal under a policy, within capacity; one JSONL result per record')
    .argument('<file>', 'signals as JSONL or CSV: a signal per record, or {"signal": …, "context": …} in JSONL')
    .requiredOption('--policy <policy>', `a policy JSON file, or a preset (any case): ${Object.keys(PRESETS).join(', ')}`)
    .option('--capacity <channel=number,…>', 'capacity left this month, e.g. home-visit=12,phone=40 (repeatable)', capacityOption)
    .option('--explain', 'give the long explanation (every condition and the value it saw) instead of the decision\'s own reasons')
    .option('--format <format>', 'jsonl or csv (default: from the file extension)')
    .option('--by-month', 'triage each calendar month of the file (by signal date) as its own batch, each with the full --capacity (else the whole file is one batch)')
    .option('--workers <n>', 'threads for --by-month, one month per job (same results); 1 (the default) = main thread only, see docs/scale.md', workersOption, 1)
    .action(async (file: string, options: { policy: string; capacity?: Capacities; explain?: boolean; format?: string; byMonth?: boolean; workers: number }) => {
      const compiled = compilePolicy(policyOption(options.policy));
      const records = await readAllRecords(file, detectFormat(file, options.format));
      const batchOptions = options.capacity ? { capacities: options.capacity } : {};
      // one batch shares its capacity over all its records, so only whole months go to other threads
      const items = options.byMonth
        ? await triageByMonth(records.map((r) => r.value), compiled, { ...batchOptions, workers: options.workers })
        : triageBatch(records.map((r) => r.value), compiled, batchOptions);
      const counts = new Map<string, number>();
      let invalid = 0;
      for (const item of items) {
        const record = records[item.index]!;
        if (record.readIssue || !item.ok) {
          invalid += 1;
          await writeResult(record, { ok: false, issues: recordIssues(record, item.ok ? [] : item.issues) });
          continue;
        }
        const decision = item.value;
        counts.set(decision.channel, (counts.get(decision.channel) ?? 0) + 1);
        const explained = options.explain ? explainTriage(parsedForExplanation(record.value), compiled, decision) : decision.reasons;
        await writeResult(record, { ok: true, ...decision, reasons: explained });
      }
      const summary = [...counts].map(([channel, n]) => `${channel} ${n}`).join(', ');
      process.stderr.write(`${records.length} records under ${compiled.label}: ${summary || 'none triaged'}${invalid ? `; ${invalid} invalid` : ''}\n`);
      if (invalid > 0) process.exitCode = 1;
    });

  program
    .command('policy')
    .description('work with triage policy files')
    .command('check')
    .description('validate a policy file: every problem with its path (unknown channel, empty range, shadowed rule, …); exit 1 if any')
    .argument('<file>', 'the policy as JSON')
    .option('--json', 'print the problems as JSON lines')
    .action(async (file: string, options: { json?: boolean }) => {
      const result = readPolicyFile(file);
      if (result.ok) {
        const p = result.value;
        process.stdout.write(`${file}: ok — ${p.name} version ${p.version}, effective from ${p.effectiveFrom}, ${p.rules.length} rules\n`);
        return;
      }
      for (const issue of result.issues) {
        if (options.json) await writeRecord(issue);
        else process.stdout.write(`${file}: ${issue.field}: ${issue.message}\n`);
      }
      process.exitCode = 1;
    });
}
