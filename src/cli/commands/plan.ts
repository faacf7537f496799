import type { Command } from 'commander';
import { isIsoDate } from '../../model/index.js';
import { createHolidayCalendar } from '../../calendar/index.js';
import {
  compilePolicy, parseContactPlanItem, planContacts, PRESETS, type ContactPlanItem, type ContactSchedule,
} from '../../triage/index.js';
import { policyOption } from '../options.js';
import { detectFormat, InputError, readAllRecords, recordIssues, writeRecord, writeResult } from '../io.js';

/** The rows of one schedule: its dated attempts, then the attempts that got no date. */
function attemptRows(schedule: ContactSchedule): Record<string, unknown>[] {
  const planned = schedule.attempts.map((a) => ({
    signalId: a.signalId, status: 'planned', date: a.date, window: a.window, from: a.from, to: a.to, channel: a.channel,
    step: a.step, attempt: a.attempt, of: a.of, at: a.at, last: a.last, closes: schedule.closes,
  }));
  const unplanned = schedule.unplanned.map((u) => ({
    signalId: u.signalId, status: 'unplanned', date: null, because: u.because, channel: u.channel, step: u.step, attempt: u.attempt, of: u.of, closes: schedule.closes,
  }));
  return [...planned, ...unplanned];
}

/** A list of dates `YYYY-MM-DD,…` (the municipality's closing days). */
function datesOption(value: string): string[] {
  const dates = value.split(',').map((d) => d.trim());
  if (!dates.every(isIsoDate)) throw new InputError('--closed expects dates as YYYY-MM-DD[,YYYY-MM-DD…]');
  return dates;
}

/**
 * `vroegsignalering plan --policy P TRIAGED.jsonl --as-of DATE`: the dated contact attempts of
 * every triaged signal under the policy's contact plan (one row per attempt, in date order,
 * then the attempts that could not be planned with the cause); invalid records are reported as
 * results and make the exit code 1. A summary goes to stderr.
 */
export function registerPlan(program: Command): void {
  program
    .command('plan')
    .description('date the contact attempts of triaged signals under a policy\'s contact plan, within capacity per day and month; one row per attempt')
    .argument('<file>', 'triage results as JSONL or CSV (the output of `triage`; signalId and channel, optionally rank and signalDate)')
    .requiredOption('--policy <policy>', `a policy JSON file, or a preset (any case): ${Object.keys(PRESETS).join(', ')}`)
    .requiredOption('--as-of <date>', 'the planning date: no attempt before it (YYYY-MM-DD)')
    .option('--closed <dates>', 'extra closing days besides the public holidays, e.g. 2026-12-24,2026-12-31', datesOption)
    .option('--format <format>', 'jsonl or csv (default: from the file extension)')
    .action(async (file: string, options: { policy: string; asOf: string; closed?: string[]; format?: string }) => {
      if (!isIsoDate(options.asOf)) throw new InputError('--as-of expects a date as YYYY-MM-DD');
      const policy = compilePolicy(policyOption(options.policy));
      const records = await readAllRecords(file, detectFormat(file, options.format));
      const items: ContactPlanItem[] = [];
      let invalid = 0;
      for (const record of records) {
        const item = record.readIssue ? null : parseContactPlanItem(record.value);
        if (item?.ok) {
          items.push(item.value);
          continue;
        }
        invalid += 1;
        await writeResult(record, { ok: false, issues: recordIssues(record, item?.issues) });
      }
      const calendar = options.closed ? createHolidayCalendar({ extra: options.closed }) : undefined;
      const schedules = planContacts(items, { policy, asOf: options.asOf, ...(calendar ? { calendar } : {}) });
      const rows = schedules.flatMap(attemptRows);
      const planned = rows.filter((r) => r.status === 'planned').sort((a, b) => `${a.date as string} ${a.from as string}`.localeCompare(`${b.date as string} ${b.from as string}`));
      for (const row of [...planned, ...rows.filter((r) => r.status === 'unplanned')]) await writeRecord(row);
      const incomplete = schedules.filter((s) => s.status === 'incomplete').length;
      const perChannel = new Map<string, number>();
      for (const row of planned) perChannel.set(row.channel as string, (perChannel.get(row.channel as string) ?? 0) + 1);
      const byChannel = [...perChannel].map(([c, n]) => `${c} ${n}`).join(', ');
      process.stderr.write(`${items.length} signals under ${policy.label} from ${options.asOf}: ${planned.length} attempts planned${byChannel ? ` (${byChannel})` : ''}; ${incomplete} plans incomplete (${rows.length - planned.length} attempts without a date)${invalid ? `; ${invalid} invalid` : ''}\n`);
      if (invalid > 0) process.exitCode = 1;
    });
}
