/**
 * Parse benchmark: `parseSignals` on 100,000 raw records in the forms real exports use
 * (Dutch amounts, day-first dates, spaced postcodes). Baseline: `JSON.parse` of the same
 * records as JSONL lines, the floor any reader pays, measured in the same run, both timed by
 * the process's CPU time (so that other work on a shared machine does not move the ratio). `retainedHeapMB`
 * is the heap the 100,000 parse results keep alive, measured after forced collections (null
 * without `--expose-gc`).
 */
import { parseSignals } from '../src/model/index.js';
import { bestRate, retainedHeapMB, round, seededRandom, type Bench } from './harness.js';

const RECORDS = 100_000;
const SECTORS = ['housing', 'energy', 'water', 'health-insurance', 'other'] as const;

function rawRecords(n: number): Record<string, unknown>[] {
  const rnd = seededRandom(2023);
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < n; i++) {
    const cents = Math.floor(rnd() * 300_000);
    const dutch = rnd() < 0.5;
    const day = 1 + Math.floor(rnd() * 28);
    out.push({
      id: `S${i}`,
      creditor: { id: `C${i % 40}`, sector: SECTORS[i % SECTORS.length] },
      receivedDate: dutch ? `${day}-03-2023` : `2023-03-${String(day).padStart(2, '0')}`,
      debtor: {
        name: { givenNames: 'Jan Pieter', surnamePrefix: i % 3 === 0 ? 'van der' : '', surname: `Achternaam${i % 997}` },
        birthDate: `19${50 + (i % 50)}-0${1 + (i % 9)}-1${i % 10}`,
        phone: '0612345678',
      },
      address: { postcode: `${1000 + (i % 8999)} ${dutch ? 'ab' : 'AB'}`, houseNumber: String(1 + (i % 300)) },
      arrears: {
        total: dutch ? `${Math.floor(cents / 100).toLocaleString('nl-NL')},${String(cents % 100).padStart(2, '0')}` : (cents / 100).toFixed(2),
        unpaidTerms: 1 + (i % 4),
      },
    });
  }
  return out;
}

const bench: Bench = {
  name: 'parse',
  run() {
    const records = rawRecords(RECORDS);
    const lines = records.map((r) => JSON.stringify(r));
    let valid = 0;
    const recordsPerSec = bestRate(() => {
      const results = parseSignals(records);
      valid = 0;
      for (const r of results) if (r.ok) valid++;
      return records.length;
    }, { minMs: 3000, rounds: 3, clock: 'cpu' });
    const baselineJsonParsePerSec = bestRate(() => {
      for (const line of lines) JSON.parse(line);
      return lines.length;
    }, { minMs: 1000, rounds: 3, clock: 'cpu' });
    const retained = retainedHeapMB(() => parseSignals(records));
    return {
      records: RECORDS,
      valid,
      recordsPerSec: round(recordsPerSec),
      baselineJsonParsePerSec: round(baselineJsonParsePerSec),
      ratioToJsonParse: round(recordsPerSec / baselineJsonParsePerSec, 3),
      retainedHeapMB: retained.retainedMB === null ? null : round(retained.retainedMB, 3),
      goalRecordsPerSec: 200_000,
    };
  },
};
export default bench;
