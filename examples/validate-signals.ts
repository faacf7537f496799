/**
 * Example: a vendor's intake step validates a file of signals before anything else runs.
 * Run: `npx tsx examples/validate-signals.ts`
 */
import { readFileSync } from 'node:fs';
import { parseSignals } from 'vroegsignalering/model';

const lines = readFileSync(new URL('./data/signals-mixed.jsonl', import.meta.url), 'utf8').split('\n').filter(Boolean);
const results = parseSignals(lines.map((l) => JSON.parse(l) as unknown));
const invalid = results.filter((r) => !r.ok);
console.log(`${results.length} signals read, ${results.length - invalid.length} valid, ${invalid.length} invalid`);
