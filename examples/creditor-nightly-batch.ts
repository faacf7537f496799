/**
 * Example: an energy supplier's nightly batch. Every night it reads its open arrears cases,
 * asks which may become an early (or end-of-supply) signal today under the national rulebook
 * with its own policy on top (preset `energy-supplier-a` from De signaalreis, Bijlage 1), and
 * plans the rest: "not yet" cases come back on their `eligibleFrom` date, excluded cases are
 * grouped by the rule that blocks them, so that collection staff can act on the cause.
 * Run: `npx tsx examples/creditor-nightly-batch.ts`
 */
import { readFileSync } from 'node:fs';
import type { BatchItem } from 'vroegsignalering/model';
import { assessEligibilityBatch, type EligibilityResult } from 'vroegsignalering/eligibility';

const AS_OF = '2024-03-01'; // the batch date; a real job passes today's date in Europe/Amsterdam

const lines = readFileSync(new URL('./data/eligibility-cases.jsonl', import.meta.url), 'utf8').split('\n').filter(Boolean);
const items = assessEligibilityBatch(lines.map((l) => JSON.parse(l) as unknown), { asOf: AS_OF, creditorPolicy: 'energy-supplier-a' });

const toSignal: string[] = [];
const later: string[] = [];
const blocked = new Map<string, string[]>();
const invalid: string[] = [];
for (const item of items) {
  if (!item.ok) {
    invalid.push(`record ${item.index + 1}: ${item.issues.map((e) => `${e.field} (${e.message})`).join('; ')}`);
    continue;
  }
  const result = item.value;
  const name = result.caseId ?? `record ${item.index + 1}`;
  if (result.eligible) toSignal.push(result.flags.length > 0 ? `${name} (note: ${result.flags.join(', ')}; amount €${result.signalAmount})` : name);
  else if (result.eligibleFrom) later.push(`${name} on ${result.eligibleFrom}`);
  else {
    for (const rule of result.reasons.filter((r) => r.outcome === 'fail')) {
      blocked.set(rule.code, [...(blocked.get(rule.code) ?? []), `${name} (${result.status})`]);
    }
  }
}

console.log(`Nightly batch ${AS_OF}: ${items.length} cases (${describe(items)})`);
console.log(`Signal today (${toSignal.length}): ${toSignal.join(', ')}`);
console.log(`Assess again later (${later.length}): ${later.join(', ')}`);
console.log('Blocked, by rule:');
for (const [code, names] of blocked) console.log(`  ${code}: ${names.join(', ')}`);
console.log(`Fix the record (${invalid.length}):`);
for (const line of invalid) console.log(`  ${line}`);

function describe(all: readonly BatchItem<EligibilityResult>[]): string {
  const counts = new Map<string, number>();
  for (const i of all) {
    const key = i.ok ? i.value.status : 'invalid';
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([k, n]) => `${n} ${k}`).join(', ');
}

if (toSignal.length !== 6 || invalid.length !== 1) throw new Error('the example data changed: expected 6 signals and 1 invalid record');
