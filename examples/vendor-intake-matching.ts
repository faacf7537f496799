/**
 * Example: a vendor's intake step checks each incoming signal against the municipality's
 * register extract (Haal Centraal BRP fields) before triage. Residents that today's exact BRP
 * check drops — reversed names, birth date 1-1-2000, other spellings (De signaalreis) — are
 * recovered; relatives at the same address are never confused; every decision explains itself.
 * Run: `node scripts/run-examples.mjs --source vendor-intake-matching`
 */
import { readFileSync } from 'node:fs';
import { createRegisterIndex, matchSignals, parseRegisterRecords, type MatchResult, type RegisterRecord } from 'vroegsignalering/matching';

const readJsonl = (name: string): unknown[] =>
  readFileSync(new URL(`./data/${name}`, import.meta.url), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as unknown);

// 1. The register extract: parse once, index once (in production: the nightly BRP extract).
const records: RegisterRecord[] = [];
for (const r of parseRegisterRecords(readJsonl('matching-register.jsonl'))) {
  if (r.ok) records.push(r.value);
  else console.error(`register record ${r.index + 1} skipped: ${r.issues.map((e) => e.message).join('; ')}`);
}
const index = createRegisterIndex(records);

// 2. Incoming signals as they arrive (raw records): one item per signal, in order. Invalid ones
// go back to the creditor with field-level issues. The caller knows the BAG use of addresses.
const rows = readJsonl('matching-signals.jsonl');
const garageBoxes = new Set(['2011AB|31']);
const items = matchSignals(rows, index, {
  addressUse: (s) => (garageBoxes.has(`${s.address.postcode}|${s.address.houseNumber}`) ? ['overige gebruiksfunctie'] : ['woonfunctie']),
});

// 3. Route: matches go on to triage, reviews to the fallout queue with their reasons.
const results: MatchResult[] = [];
for (const item of items) {
  if (!item.ok) {
    console.log(`rejected signal ${item.index + 1}: ${item.issues.map((e) => `${e.field}: ${e.message}`).join('; ')}`);
    continue;
  }
  const result = item.value;
  results.push(result);
  const best = result.candidates[0];
  const levels = best ? best.fields.map((f) => `${f.field}=${f.level}(${f.weight.toFixed(1)})`).join(' ') : '-';
  console.log(`${result.signalId}: ${result.decision.padEnd(8)} ${result.outcome.padEnd(26)} ${result.person?.recordId ?? ''}`);
  console.log(`    ${result.reasons[0]!.message.nl}; ${levels}${result.flags.length ? `; flags: ${result.flags.join(', ')}` : ''}`);
}
const counts = results.reduce<Record<string, number>>((acc, r) => ({ ...acc, [r.decision]: (acc[r.decision] ?? 0) + 1 }), {});
console.log(`\n${results.length} signals matched: ${JSON.stringify(counts)}`);
if (items.length !== rows.length) throw new Error('one item per signal');
