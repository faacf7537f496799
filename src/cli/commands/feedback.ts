import type { Command } from 'commander';
import { amsterdamDate } from '../../calendar/index.js';
import { isIsoDate } from '../../model/index.js';
import { caseAt, dueActions, feedbackFor, replayCaseLog } from '../../feedback/index.js';
import { readAllRecords, recordIssues, writeRecord, writeResult } from '../io.js';

/**
 * `vroegsignalering feedback EVENTS.jsonl --as-of DATE`: rebuild every case from a log of
 * `case-opened` records and events (the raw records go straight into `replayCaseLog`), then print
 * one line per case opened by that date, with its state, the actions due or overdue on that date
 * and the feedback to send. Refused records are printed first (`{line, ok: false, issues}`) and
 * make the exit code 1.
 */
export function registerFeedback(program: Command): void {
  program
    .command('feedback')
    .description("rebuild cases from an event log; print each case's state, due actions and feedback to send")
    .argument('<events>', 'JSONL: {"type":"case-opened",…} records and case events, oldest first')
    .requiredOption('--as-of <date>', 'the date to report on (YYYY-MM-DD, Europe/Amsterdam)')
    .action(async (file: string, options: { asOf: string }) => {
      if (!isIsoDate(options.asOf)) throw new Error('--as-of expects a date as YYYY-MM-DD');
      const asOf = options.asOf;
      const records = await readAllRecords(file, 'jsonl');
      const { cases, items } = replayCaseLog(records.map((r) => r.value));
      let refused = 0;
      for (const item of items) {
        if (item.ok) continue;
        refused += 1;
        const record = records[item.index]!;
        await writeResult(record, { ok: false, issues: recordIssues(record, item.issues) });
      }
      const open = cases.filter((c) => amsterdamDate(c.openedAt) <= asOf).map((c) => caseAt(c, { asOf }));
      const due = dueActions(open, { asOf });
      for (const [i, c] of open.entries()) {
        const item = due[i]!;
        const feedback = feedbackFor(c, { asOf });
        await writeRecord({
          caseId: c.id,
          state: c.state,
          outcome: c.outcome,
          due: item.ok ? item.value.actions.map((a) => ({ kind: a.kind, key: a.key, due: a.due, status: a.status, action: a.action })) : [],
          feedbackToSend: feedback.toSend.map((f) => ({ stage: f.stage, code: f.code, due: f.due, creditors: f.creditors.map((x) => ({ creditorId: x.creditorId, code: x.code })) })),
        });
      }
      process.stderr.write(`${records.length} records, ${cases.length} cases, ${refused} refused\n`);
      if (refused > 0) process.exitCode = 1;
    });
}
