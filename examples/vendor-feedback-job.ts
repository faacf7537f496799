/**
 * Example: a vendor's nightly feedback job (RIS/VPS-like software), run for 1 June 2025.
 *
 * 1. Rebuild every case from the event log: the raw records go straight in (validated at the
 *    boundary, one item per record).
 * 2. Close cases whose 28 days have passed (`auto-close`, actor `system`).
 * 3. Send the feedback that is due, each creditor in its own view (health insurers see two codes),
 *    and record it with `feedback-sent` so that it is not sent twice.
 * 4. List what staff must do (deadlines due or overdue, running collection pauses).
 * 5. On the first of the month: the DDAS Vroegsignalering v1.2 delivery of the month before.
 *
 * The job's clock is a parameter (`tonight`): the library itself never reads a clock.
 * Run: `npx tsx examples/vendor-feedback-job.ts`. Data: SYNTHETIC (examples/data/feedback-events.jsonl).
 */
import { readFileSync } from 'node:fs';
import {
  applyEvent, dueActions, feedbackFor, parseEvent, replayCaseLog, toDdas, type Case,
} from 'vroegsignalering/feedback';

const tonight = { date: '2025-06-01', at: '2025-06-01T01:00:00+02:00' };

const lines = readFileSync(new URL('./data/feedback-events.jsonl', import.meta.url), 'utf8').split('\n').filter(Boolean);
const { cases, items } = replayCaseLog(lines.map((l) => JSON.parse(l) as unknown));
const refused = items.filter((item) => !item.ok);
console.log(`event log: ${items.length} records, ${cases.length} cases, ${refused.length} refused`);
if (refused.length > 0) process.exit(1);

/** Apply a system event the job itself produces (validated like any other). */
function record(c: Case, input: Record<string, unknown>): Case {
  const event = parseEvent({ caseId: c.id, at: tonight.at, actor: 'system:nightly', ...input });
  if (!event.ok) throw new Error(event.issues.map((e) => e.message).join('; '));
  const step = applyEvent(c, event.value);
  if (!step.ok) throw new Error(`${c.id}: ${step.issues.map((i) => i.message).join('; ')}`);
  // which row of the transition table allowed the step, and any rule its payload passed
  if (input['type'] === 'auto-close') console.log(`  ${c.id}: ${step.reasons.map((r) => r.message.en).join('; ')}`);
  return step.value;
}

let closed = 0;
let sent = 0;
const updated = cases.map((original) => {
  let c = original;
  // 2. the 28-day auto-close, only where the table allows it (not after help was accepted)
  const [due] = dueActions([c], { asOf: tonight.date });
  if (due?.ok && due.value.actions.some((a) => a.key === 'autoClose' && a.status === 'overdue')) {
    c = record(c, { type: 'auto-close' });
    closed += 1;
  }
  // 3. feedback due: what each creditor sees, then record it
  for (const item of feedbackFor(c, { asOf: tonight.date }).toSend) {
    for (const creditor of item.creditors) {
      console.log(`  → ${creditor.creditorId} (${creditor.sector}) about ${creditor.signalId}: ${creditor.code} — "${creditor.label.nl}"`);
    }
    c = record(c, { type: 'feedback-sent', code: item.code });
    sent += 1;
  }
  return c;
});
console.log(`closed after 28 days: ${closed}; feedback messages sent: ${sent}`);

// 4. what staff must do
for (const item of dueActions(updated, { asOf: tonight.date })) {
  if (!item.ok) throw new Error(`case ${item.index}: ${item.issues[0]!.message}`);
  const { caseId, state, actions } = item.value;
  for (const a of actions) console.log(`  ${caseId} [${state}] ${a.status.padEnd(7)} ${a.due} ${a.action.nl}`);
}

// 5. DDAS delivery for May 2025 (one levering per municipality)
const delivery = toDdas(updated, {
  period: { start: '2025-05-01', end: '2025-05-31' },
  supplierCode: 'VENDOR-EXAMPLE',
  deliveredAt: tonight.at,
  organisations: { '0392': { naam: 'Gemeente Haarlem' }, '0546': { naam: 'Gemeente Leiden' } },
});
for (const l of delivery.leveringen ?? []) {
  console.log(`DDAS ${l.gemeentecode}: ${l.vroegsignalen.length} signals, ${l.vroegsignaalzaken.length} cases, ${l.vroegsignaalzaken.filter((z) => z.resultaat).length} with a result`);
}
