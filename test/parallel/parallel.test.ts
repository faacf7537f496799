import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { detectMatches } from '../../src/detection/index.js';
import { createRegisterIndex, matchSignals } from '../../src/matching/index.js';
import { detectMatchesParallel, matchSignalsParallel, replayParallel, triageMonthsParallel } from '../../src/parallel/index.js';
import { detectionComponents } from '../../src/parallel/partition.js';
import { parseSample, replay, type SampleRecord } from '../../src/replay/index.js';
import { prepareSample } from '../../src/replay/internal.js';
import { compilePolicy, PRESETS, triageBatch } from '../../src/triage/index.js';
import { generateDetectionStream } from '../../tools/synthetic/detection.js';
import { generateRegister, generateSignals } from '../../tools/synthetic/register.js';
import { generateSample } from '../../tools/synthetic/sample.js';

/** SHA-256 of the JSON of a result: equal hashes, equal results (as every consumer reads them). */
const digest = (value: unknown): string => createHash('sha256').update(JSON.stringify(value)).digest('hex');

describe('parallel runs give the single-threaded results, in input order', () => {
  it('detection on a 100,000-signal stream (seed 17), 2 workers: same items, same labels', async () => {
    const { signals } = generateDetectionStream({ signals: 100_000, seed: 17 });
    const single = [...detectMatches(signals)];
    const parallel = await detectMatchesParallel(signals, { workers: 2 });
    expect(parallel).toHaveLength(100_000);
    expect(parallel.map((item) => item.index)).toEqual(single.map((item) => item.index));
    expect(digest(parallel)).toBe(digest(single));
    // the stream has matches across creditors, and they survive the split
    expect(single.filter((item) => item.ok && item.value.labels.includes('person-match')).length).toBeGreaterThan(1000);
  }, 120_000);

  it('detection components join signals of one resident, one household or one postcode', () => {
    const base = { creditor: { id: 'W1', sector: 'water' }, receivedDate: '2023-03-01', debtor: { name: { surname: 'Jansen' } }, arrears: { total: '100.00' } };
    const parts = detectionComponents([
      { ...base, id: 'A', personId: 'P1', address: { postcode: '1234 ab', houseNumber: 1 } },
      { ...base, id: 'B', personId: 'P1', address: { postcode: '9999ZZ', houseNumber: 1 } }, // same resident, moved
      { ...base, id: 'C', address: { postcode: '1234AB', houseNumber: 7 } }, // same postcode as A
      { ...base, id: 'D', householdId: 'H1', address: { postcode: '5555AA', houseNumber: 2 } },
      { ...base, id: 'E', householdId: 'H1', address: { postcode: '6666BB', houseNumber: 2 } },
      { ...base, id: 'F', address: { postcode: '7777CC', houseNumber: 3 } },
      { ...base, id: 'F', address: { postcode: '8888DD', houseNumber: 3 } }, // a repeated id is refused against the first
    ]);
    expect(parts).toEqual([[0, 1, 2], [3, 4], [5, 6]]);
  });

  it('replay of a 20,000-record sample under M4, 2 workers: same signals and figures', async () => {
    const sample: SampleRecord[] = [];
    for (const r of parseSample(generateSample({ seed: 8, signals: 20_000, personal: false, outcomes: true }))) if (r.ok) sample.push(r.value);
    const options = { policy: 'M4', asOf: '2024-01-31' } as const;
    const single = replay(sample, options);
    const parallel = await replayParallel(sample, { ...options, workers: 2 });
    expect(digest(parallel)).toBe(digest(single));
    expect(single.figures.signals).toBe(20_000);
  }, 120_000);

  it('matching splits the batch; each thread builds the index from the same register', async () => {
    const register = generateRegister({ count: 3000, seed: 4 });
    const rows = generateSignals(register.people, { count: 600, seed: 5 }).map((s) => s.input);
    const index = createRegisterIndex(register.records);
    const single = matchSignals(rows, index);
    const parallel = await matchSignalsParallel(rows, index, { workers: 2 });
    expect(digest(parallel)).toBe(digest(single));
    expect(single.filter((item) => item.ok && item.value.decision === 'match').length).toBeGreaterThan(300);
  }, 60_000);

  it('triage: months are independent, one per job, each with its own capacity', async () => {
    const sample: SampleRecord[] = [];
    for (const r of parseSample(generateSample({ seed: 3, signals: 3000, personal: false, outcomes: false }))) if (r.ok) sample.push(r.value);
    const prepared = prepareSample(sample, { asOf: '2024-01-31' });
    const batches = [...prepared.months.values()].map((positions) => positions.map((i) => prepared.inputs[i]));
    const m4 = compilePolicy(PRESETS.M4);
    const single = batches.map((batch) => triageBatch(batch, m4, { capacities: { 'home-visit': 5 } }));
    const parallel = await triageMonthsParallel(batches, m4, { workers: 2, capacities: { 'home-visit': 5 } });
    expect(digest(parallel)).toBe(digest(single));
    expect(single.flat().filter((item) => item.ok && item.value.channel === 'home-visit').length).toBeLessThanOrEqual(5 * batches.length);
  }, 60_000);

  it('refuses a number of workers that is not a whole number of 1 or more', async () => {
    await expect(detectMatchesParallel([], { workers: 0 })).rejects.toThrow(/workers/);
  });
});
