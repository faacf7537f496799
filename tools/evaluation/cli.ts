/**
 * Write the independent evaluation set to files: `register.jsonl` (one Haal Centraal BRP
 * person per line), `signals.jsonl` (creditor signals) and `truth.jsonl` (kept apart).
 *
 *   npx tsx tools/evaluation/cli.ts --persons 200000 --signals 20000 --seed 20260413 --out eval-set
 */
import { createWriteStream, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { buildEvaluationSet } from './index.js';

const { values } = parseArgs({
  options: {
    persons: { type: 'string', default: '200000' },
    signals: { type: 'string', default: '20000' },
    seed: { type: 'string', default: '20260413' },
    out: { type: 'string', default: 'evaluation-set' },
  },
});

/** Write one JSON value per line, respecting back-pressure. */
async function writeJsonl(path: string, rows: readonly unknown[]): Promise<void> {
  const out = createWriteStream(path, 'utf8');
  for (const row of rows) if (!out.write(`${JSON.stringify(row)}\n`)) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

const set = buildEvaluationSet({ persons: Number(values.persons), signals: Number(values.signals), seed: Number(values.seed) });
mkdirSync(values.out, { recursive: true });
await writeJsonl(join(values.out, 'register.jsonl'), set.register);
await writeJsonl(join(values.out, 'signals.jsonl'), set.signals);
await writeJsonl(join(values.out, 'truth.jsonl'), set.truth);
console.log(`${set.register.length} register records, ${set.signals.length} signals (register extract of ${set.asOf}) in ${values.out}/`);
