/**
 * Example: a municipality runs detection month by month, keeping a small JSON state between
 * runs, and gets the same labels as one run over all months.
 * Run: `npx tsx examples/detect-month-by-month.ts`
 */
import { readFileSync } from 'node:fs';
import { createDetectionState, detectIncremental, detectMatches, triageFacts, type DetectionState } from 'vroegsignalering/detection';
import { parseSignal } from 'vroegsignalering/model';

// Signals as a vendor exports them, each with the register id matching found (when it did).
const records = readFileSync(new URL('./data/detection-signals.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as { personId?: string });
const signals = records.map((record) => {
  const parsed = parseSignal(record);
  if (!parsed.ok) throw new Error(parsed.issues.map((e) => `${e.field}: ${e.message}`).join('; '));
  return { ...parsed.value, personId: record.personId };
});

const months = [...new Set(signals.map((s) => s.receivedDate.slice(0, 7)))].sort();
let stateJson = JSON.stringify(createDetectionState()); // what you would keep in a file or database
const labelsById = new Map<string, string>();
for (const month of months) {
  const batch = signals.filter((s) => s.receivedDate.startsWith(month));
  const { results, state } = detectIncremental(JSON.parse(stateJson) as DetectionState, batch);
  stateJson = JSON.stringify(state);
  const line = results.map((r, i) => `${batch[i]!.id}: ${r.ok ? r.labels.join('+') : 'invalid'}`).join(', ');
  console.log(`${month} (${batch.length} signals, state ${stateJson.length} bytes): ${line}`);
  results.forEach((r, i) => labelsById.set(batch[i]!.id, r.ok ? r.labels.join('+') : 'invalid'));
}

// The same labels as one run over everything.
const all = detectMatches(signals);
const same = all.every((r, i) => (r.ok ? r.labels.join('+') : 'invalid') === labelsById.get(signals[i]!.id));
console.log(`month by month equals all at once: ${same}`);
if (!same) process.exit(1);

// Every label explains itself; the triage facts go straight into a triage context.
const household = all[signals.findIndex((s) => s.id === 'HH-2')]!;
if (household.ok) {
  for (const reason of household.reasons.filter((r) => r.outcome === 'pass')) console.log(`HH-2 ${reason.code}: ${reason.message.nl}`, reason.values);
  console.log('HH-2 triage facts:', JSON.stringify(triageFacts(household)));
}
