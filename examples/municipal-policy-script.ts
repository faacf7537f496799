/**
 * Example: a municipality scripts its own triage. "Voorbeeldgemeente" (fictional) writes its
 * policy in TypeScript, keeps the same policy as a reviewed JSON file
 * (examples/policies/voorbeeldgemeente.json), checks that both agree, triages this month's
 * signals within capacity, explains one decision in Dutch, and compares with preset M4.
 * Run: `npx tsx examples/municipal-policy-script.ts`
 */
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import {
  compilePolicy, definePolicy, explainTriage, parsePolicy, parseTriageInput, PRESETS, triageBatch, type TriageDecision,
} from 'vroegsignalering/triage';

// 1. The policy, as the team wrote it (De signaalreis, 003, Bijlage 1, mixes the study's practices).
const policy = definePolicy({
  name: 'Voorbeeldgemeente',
  version: '2024-1',
  effectiveFrom: '2024-01-01',
  description: 'Eigen beleid: crisis naar regisseurs, jongeren naar jongerenwerk, matches boven €1000 op huisbezoek, huur en bedragen boven €250 bellen, de rest een brief.',
  source: 'Collegebesluit triage vroegsignalering, januari 2024 (fictief)',
  capacity: { 'home-visit': 6, phone: 8 },
  executors: { 'home-visit': 'district-team', phone: 'call-centre', 'youth-worker': 'youth-work' },
  fallbacks: {
    'home-visit': { whenFull: 'phone' },
    phone: { whenFull: 'email', whenNoContact: 'email' },
    email: { whenNoContact: 'card' },
  },
  priority: ['crisis', 'match', 'housing', 'amount-desc'],
  rules: [
    { id: 'crisis', when: { crisis: true }, then: { channel: 'case-director' } },
    { id: 'known-at-debt-help', when: { knownAtDebtHelp: true }, then: { channel: 'known-at-debt-help' } },
    { id: 'youth', when: { age: { atLeast: 18, atMost: 27 } }, then: { channel: 'youth-worker' } },
    { id: 'home-visit-match-above-1000', when: { match: true, amount: { of: 'match-total', above: '1000.00' } }, then: { channel: 'home-visit', also: ['letter'] } },
    { id: 'phone-housing', when: { sectors: { anyOf: ['housing'] } }, then: { channel: 'phone' } },
    { id: 'phone-above-250', when: { amount: { above: '250.00' } }, then: { channel: 'phone' } },
  ],
  otherwise: { channel: 'letter' },
});

// 2. The reviewed JSON file must say exactly the same.
const file = JSON.parse(readFileSync(new URL('./policies/voorbeeldgemeente.json', import.meta.url), 'utf8')) as unknown;
const checked = parsePolicy(file);
if (!checked.ok) throw new Error(`policy file has problems: ${checked.issues.map((e) => `${e.field}: ${e.message}`).join('; ')}`);
const { $schema: _schema, ...fromFile } = checked.value;
if (!isDeepStrictEqual(fromFile, policy)) throw new Error('the JSON policy file and the script disagree');

// 3. This month's signals (synthetic people), with what earlier steps learned, as the file holds them.
const lines = readFileSync(new URL('./data/triage-signals.jsonl', import.meta.url), 'utf8').split('\n').filter(Boolean);
const records: unknown[] = lines.map((line) => JSON.parse(line) as unknown);

// 4. Triage the raw records within capacity (one item per record), and count the channels.
const compiled = compilePolicy(policy);
const decisionsOf = (items: ReturnType<typeof triageBatch>): TriageDecision[] => items.map((item) => {
  if (!item.ok) throw new Error(`record ${item.index + 1}: ${item.issues[0]!.field}: ${item.issues[0]!.message}`);
  return item.value;
});
const decisions = decisionsOf(triageBatch(records, compiled));
const count = (ds: TriageDecision[]) => ds.reduce<Record<string, number>>((acc, d) => ({ ...acc, [d.channel]: (acc[d.channel] ?? 0) + 1 }), {});
console.log(`${policy.name} ${policy.version}: ${decisions.length} signals`, count(decisions));
if (decisions.length !== records.length) throw new Error('one decision per signal expected');
if (decisions.filter((d) => d.channel === 'home-visit').length > 6) throw new Error('home visits above capacity');

// 5. Explain one decision that capacity moved, in Dutch, as staff would read it: first its own
//    reasons, then the long trace with every condition and the value it saw.
const moved = decisions.findIndex((d) => d.moves.some((m) => m.because === 'full'));
const shown = moved >= 0 ? moved : 0;
const decision = decisions[shown]!;
console.log(`\nWaarom ${decision.signalId} ${decision.channel} krijgt:`);
for (const reason of decision.reasons) console.log(`  [${reason.outcome}] ${reason.message.nl}`);
const input = parseTriageInput(records[shown]);
if (!input.ok) throw new Error('a triaged record no longer parses');
console.log(`Uitgebreid (${explainTriage(input.value, compiled, decision).length} regels).`);

// 6. What if we worked like municipality 4 of the study?
console.log('\nZelfde signalen onder preset M4:', count(decisionsOf(triageBatch(records, compilePolicy(PRESETS.M4)))));
