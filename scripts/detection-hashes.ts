/**
 * SHA-256 over every detection result of the bench data and of the bundled samples, to prove a
 * change to detection leaves its results byte-identical. Each item is serialised with
 * `JSON.stringify` and hashed as one JSONL line (the whole of a million results would not fit in
 * one string); `JSON.stringify` of a whole batch gives the same JSON as the array of its items.
 *
 *   npx tsx scripts/detection-hashes.ts          # all data sets
 *   npx tsx scripts/detection-hashes.ts --small  # without the 1,000,000-signal bench data
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createDetectionState, detectIncremental, detectMatches } from '../src/detection/index.js';
import { createRegisterIndex, parseRegisterRecords } from '../src/matching/index.js';
import { parseSample } from '../src/replay/index.js';
import { prepareSample } from '../src/replay/internal.js';
import { generateDetectionStream } from '../tools/synthetic/detection.js';

/** SHA-256 of items serialised one per line. */
function hashItems(items: Iterable<unknown>): string {
  const hash = createHash('sha256');
  for (const item of items) hash.update(`${JSON.stringify(item)}\n`);
  return hash.digest('hex');
}

function jsonl(path: string): unknown[] {
  return readFileSync(new URL(`../${path}`, import.meta.url), 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l) as unknown);
}

const hashes: Record<string, string> = {};

// The bundled sample as `npm run demo` feeds detection: replay's preparation with the register.
const sample = parseSample(jsonl('examples/data/sample-signals.jsonl')).flatMap((r) => (r.ok ? [r.value] : []));
const register = createRegisterIndex(parseRegisterRecords(jsonl('examples/data/sample-register.jsonl')).flatMap((r) => (r.ok ? [r.value] : [])));
hashes['sample (replay)'] = hashItems(prepareSample(sample, { asOf: '2024-12-31', register }).detection);

// The detection example data: all at once, and month by month with the state through JSON.
const records = jsonl('examples/data/detection-signals.jsonl');
hashes['detection-signals'] = hashItems(detectMatches(records));
const months = [...new Set(records.map((r) => (r as { receivedDate: string }).receivedDate.slice(0, 7)))].sort();
const monthly: unknown[] = [];
let state = createDetectionState();
for (const month of months) {
  const out = detectIncremental(records.filter((r) => (r as { receivedDate: string }).receivedDate.startsWith(month)), { state });
  for (const item of out.items) monthly.push(item);
  state = JSON.parse(JSON.stringify(out.state));
  monthly.push(state);
}
hashes['detection-signals (monthly + states)'] = hashItems(monthly);

if (!process.argv.includes('--small')) {
  const { signals } = generateDetectionStream({ signals: 1_000_000, seed: 20220201 });
  hashes['bench (1,000,000)'] = hashItems(detectMatches(signals));
}

for (const [name, hash] of Object.entries(hashes)) console.log(`${hash}  ${name}`);
