/**
 * Runs every benchmark in this folder: `npm run bench -- --json` prints one JSON object per
 * line, each with a `bench` field; `--only NAME[,NAME]` runs a subset.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Bench } from './harness.js';

const { values } = parseArgs({
  options: { json: { type: 'boolean', default: false }, only: { type: 'string' } },
});
const only = values.only ? new Set(values.only.split(',')) : null;
const here = dirname(fileURLToPath(import.meta.url));
const files = readdirSync(here).filter((f) => f.endsWith('.bench.ts')).sort();

for (const file of files) {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as { default: Bench };
  const bench = mod.default;
  if (only && !only.has(bench.name)) continue;
  const figures = { bench: bench.name, ...(await bench.run()) };
  if (values.json) console.log(JSON.stringify(figures));
  else console.log(`${bench.name}:`, figures);
}
