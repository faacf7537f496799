/**
 * Writes the bundled SYNTHETIC sample deterministically (run: `npx tsx scripts/generate-sample.ts`):
 * - examples/data/sample-signals.jsonl and .csv: a year (2023) of ~250 signals a month for a
 *   synthetic municipality of ~100,000 inhabitants, with invented residents and outcomes;
 * - examples/data/sample-register.jsonl: a small synthetic population register (BRP shape), from
 *   the matching module's generator (tools/synthetic/register.ts), as are the residents' names;
 * - examples/data/xxllnc/*.csv: a synthetic xxllnc-style export of every signal of the
 *   households signalled first in January (their later signals show return after close),
 *   household keys pseudonymised, with three deliberately broken rows.
 * Every name, address and amount is invented.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import type { RegisterRecord } from '../src/matching/index.js';
import { formatBirthDate } from '../src/model/index.js';
import { createPseudonymiser, parseSampleRecord, type SampleRecordInput } from '../src/replay/index.js';
import { SampleGenerator } from '../tools/synthetic/sample.js';
import { toCsv, toXxllncSheets } from '../tools/synthetic/xxllnc.js';

const SIGNALS = 3000;
const generator = new SampleGenerator({ seed: 2023, signals: SIGNALS });
const population = generator.populate(SIGNALS)!;
const records = generator.generate(SIGNALS);

/** A flat CSV row with dotted headers and the compact attempts text. */
function flatten(record: SampleRecordInput): Record<string, string> {
  const row: Record<string, string> = {};
  const walk = (value: unknown, path: string): void => {
    if (path === 'outcome.attempts' && Array.isArray(value)) {
      row[path] = value.map((a: { date: string; channel: string; reached: boolean }) => `${a.date} ${a.channel} ${a.reached ? 'yes' : 'no'}`).join('; ');
    } else if (typeof value === 'object' && value !== null) {
      for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
    } else if (value !== undefined) row[path] = String(value);
  };
  walk(record, '');
  return row;
}

const dir = new URL('../examples/data/', import.meta.url);
for (const r of records) if (!parseSampleRecord(r).ok) throw new Error(`generated record ${String(r.id)} does not parse`);
writeFileSync(new URL('sample-signals.jsonl', dir), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
const rows = records.map(flatten);
const headers = [...new Set(rows.flatMap((r) => Object.keys(r)))];
writeFileSync(new URL('sample-signals.csv', dir), toCsv(rows.map((r) => Object.fromEntries(headers.map((h) => [h, r[h] ?? ''])))));
/** A register record in the compact JSON the register schema reads: birth date as YYYYMMDD, defaults and empty fields left out. */
function compact(record: RegisterRecord): unknown {
  const { geboorte, verblijfplaats, ...rest } = record;
  const { functieAdres, indicatieVastgesteldVerblijftNietOpAdres, ...address } = verblijfplaats ?? {};
  return JSON.parse(JSON.stringify({
    ...rest,
    geboorte: { datum: formatBirthDate(geboorte.datum) },
    verblijfplaats: { ...address, ...(functieAdres !== 'W' ? { functieAdres } : {}), ...(indicatieVastgesteldVerblijftNietOpAdres ? { indicatieVastgesteldVerblijftNietOpAdres } : {}) },
    ...(record.partners.length === 0 ? { partners: undefined } : {}),
  })) as unknown;
}
const register = population.records.map(compact);
writeFileSync(new URL('sample-register.jsonl', dir), register.map((r) => JSON.stringify(r)).join('\n') + '\n');

const pseudonymiser = createPseudonymiser({ key: 'synthetic-demo-key-not-secret' });
// The export holds every signal (all year) of the households signalled in the first days of January.
const households = new Set(records.slice(0, 100).map((r) => r.household));
const exportRecords = records.filter((r) => households.has(r.household)).map((r) => ({ ...r, household: pseudonymiser.token(String(r.household), 'household') }));
const xxllnc = new URL('xxllnc/', dir);
mkdirSync(xxllnc, { recursive: true });
for (const [sheet, sheetRows] of Object.entries(toXxllncSheets(exportRecords))) writeFileSync(new URL(`${sheet}.csv`, xxllnc), toCsv(sheetRows));
console.log(`${records.length} signals about ${generator.people.length} residents, ${register.length} register records, xxllnc export of ${exportRecords.length} signals`);
