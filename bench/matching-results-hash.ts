/**
 * Fingerprint of every match decision (issue 13, speed work): matches the bench's synthetic set
 * (tools/synthetic: the mixed signals and the equal-shares evaluation signals) and the independent
 * set (tools/evaluation) at small sizes and prints the SHA-256 of the serialised results —
 * decisions, outcomes, persons, candidates with levels and weights, flags and reasons. A change
 * that is only about speed must leave every hash as it was.
 *
 *   npx tsx bench/matching-results-hash.ts            (sizes: HASH_REGISTER, HASH_SIGNALS)
 */
import { createHash } from 'node:crypto';
import { parseSignal } from '../src/model/index.js';
import { createRegisterIndex, matchSignals, type MatchResult } from '../src/matching/index.js';
import { generatePeople } from '../tools/synthetic/people.js';
import { EVALUATION_MODE_SHARES, generateSignals, toRegisterRecord } from '../tools/synthetic/register.js';
import { buildEvaluationSet } from '../tools/evaluation/index.js';
import { indexRegister, parseSignals } from '../tools/evaluation/matcher-adapter.js';

const REGISTER = Number(process.env['HASH_REGISTER'] ?? 50_000);
const SIGNALS = Number(process.env['HASH_SIGNALS'] ?? 5_000);

function digest(items: readonly unknown[]): string {
  const hash = createHash('sha256');
  for (const item of items) hash.update(JSON.stringify(item) + '\n');
  return hash.digest('hex');
}

function decisions(items: readonly { ok: boolean; value?: MatchResult }[]): string {
  const counts: Record<string, number> = {};
  for (const item of items) if (item.ok) counts[item.value!.decision] = (counts[item.value!.decision] ?? 0) + 1;
  return JSON.stringify(counts);
}

const people = generatePeople({ count: REGISTER, seed: 20260401 });
const index = createRegisterIndex(people.map(toRegisterRecord));
const mixed = generateSignals(people, { count: SIGNALS, seed: 7 }).map((s) => s.input);
const equalShares = generateSignals(people, { count: 200 * Object.keys(EVALUATION_MODE_SHARES).length, seed: 13, shares: EVALUATION_MODE_SHARES }).map((s) => s.input);
const hashed = { candidateIds: 'hashed' as const, candidateIdKey: 'a key of the municipality, 32 bytes' };
const parsedMixed = mixed.flatMap((s) => {
  const p = parseSignal(s);
  return p.ok ? [p.value] : [];
});

const set = buildEvaluationSet({ persons: REGISTER / 2, signals: SIGNALS / 2, seed: 20260413 });
const independent = indexRegister(set.register);
const independentSignals = parseSignals(set.signals).parsed.filter((s) => s !== null);

const runs: [string, () => { ok: boolean; value?: MatchResult }[]][] = [
  ['synthetic mixed (raw rows)', () => matchSignals(mixed, index)],
  ['synthetic mixed (parsed, hashed ids)', () => matchSignals(parsedMixed, index, hashed)],
  ['synthetic equal shares', () => matchSignals(equalShares, index)],
  ['independent', () => matchSignals(independentSignals, independent.index)],
];
for (const [name, run] of runs) {
  const items = run();
  console.log(`${digest(items)}  ${name}: ${items.length} signals ${decisions(items)}`);
}
