/**
 * Example: a municipality runs detection month by month, keeping a small JSON state between
 * runs, and gets the same labels as one run over all months.
 * Run: `npx tsx examples/detect-month-by-month.ts`
 */
import { readFileSync } from 'node:fs';
import { createDetectionState, detectIncremental, detectMatches, triageFacts, type DetectionState } from 'vroegsignalering/detection';

// Signals as a vendor exports them, each with the register id matching found (when it did). The
// raw records go straight into detection: it reads them with the model's readers.
const records = readFileSync(new URL('./data/detection-signals.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as { id: string; receivedDate: string });

const months = [...new Set(records.map((r) => r.receivedDate.slice(0, 7)))].sort();
let stateJson = JSON.stringify(createDetectionState()); // what you would keep in a file or database
const labelsById = new Map<string, string>();
for (const month of months) {
  const batch = records.filter((r) => r.receivedDate.startsWith(month));
  const { items, state } = detectIncremental(batch, { state: JSON.parse(stateJson) as DetectionState });
  stateJson = JSON.stringify(state);
  const line = [...items].map((item) => `${batch[item.index]!.id}: ${item.ok ? item.value.labels.join('+') : 'invalid'}`).join(', ');
  console.log(`${month} (${batch.length} signals, state ${stateJson.length} bytes): ${line}`);
  for (const item of items) labelsById.set(batch[item.index]!.id, item.ok ? item.value.labels.join('+') : 'invalid');
}

// Running a month again changes nothing: its signals are already in the state.
const again = detectIncremental(records.filter((r) => r.receivedDate.startsWith(months.at(-1)!)), { state: JSON.parse(stateJson) as DetectionState });
console.log(`last month again: ${[...again.items].filter((i) => !i.ok && i.issues[0]!.code === 'duplicate_id').length} of ${again.items.length} refused as already detected`);

// The same labels as one run over everything.
const all = detectMatches(records);
const same = [...all].every((item) => (item.ok ? item.value.labels.join('+') : 'invalid') === labelsById.get(records[item.index]!.id));
console.log(`month by month equals all at once: ${same}`);
if (!same) process.exit(1);

// Every label explains itself; the triage facts go straight into a triage context.
const household = all.at(records.findIndex((r) => r.id === 'HH-2'))!;
if (household.ok) {
  for (const reason of household.value.reasons.filter((r) => r.outcome === 'pass')) console.log(`HH-2 ${reason.code}: ${reason.message.nl}`, reason.values);
  console.log('HH-2 triage facts:', JSON.stringify(triageFacts(household.value)));
}
