import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as calendar from '../../src/calendar/index.js';
import * as detection from '../../src/detection/index.js';
import * as eligibility from '../../src/eligibility/index.js';
import * as feedback from '../../src/feedback/index.js';
import * as matching from '../../src/matching/index.js';
import * as model from '../../src/model/index.js';
import { UsageError } from '../../src/model/index.js';
import * as replay from '../../src/replay/index.js';
import * as triage from '../../src/triage/index.js';
import { PLANTED_BSN, PLANTED_NAME, SEED, prototypeUntouched } from './arbitraries.js';
import { TARGETS, emptyTally, runCase } from './targets.js';

/**
 * The fuzz targets of `npm run fuzz` cover every exported function that reads untrusted input
 * (issue 14, done-when), and each holds on a small budget here: no throw, no lost record, no
 * echoed value, `Object.prototype` untouched. `npm run fuzz` runs the same targets on 1,000,000.
 */
const SUBPATHS = { calendar, detection, eligibility, feedback, matching, model, replay, triage };

/** Names of exported functions that take data from outside: parsers, readers, importers and the batch APIs that take raw records. */
const READS_INPUT = /^(parse|read|import|deserialise|normalise|unflatten|is[A-Z])/;
const RAW_INPUT_APIS = ['assessEligibilityBatch', 'matchSignals', 'detectMatches', 'detectIncremental', 'triageBatch', 'replayCaseLog', 'reconcile', 'selectIntake', 'compilePolicy', 'createPseudonymiser'];

describe('fuzz targets', () => {
  it('cover every exported function that reads untrusted input', () => {
    const exported = Object.entries(SUBPATHS).flatMap(([subpath, mod]) =>
      Object.entries(mod as Record<string, unknown>).filter(([, v]) => typeof v === 'function').map(([name]) => ({ subpath, name })));
    const reading = exported.filter(({ name }) => READS_INPUT.test(name) || RAW_INPUT_APIS.includes(name)).map(({ name }) => name);
    const covered = new Set(TARGETS.flatMap((t) => t.covers));
    expect(reading.filter((name) => !covered.has(name))).toEqual([]);
    expect(RAW_INPUT_APIS.filter((name) => !reading.includes(name))).toEqual([]); // each is still exported
    expect(reading.length).toBeGreaterThanOrEqual(30);
  });

  it.each(TARGETS.map((t) => [t.name, t] as const))('%s: no throw, no lost record, no echo, Object.prototype untouched', (_name, t) => {
    const tally = emptyTally();
    for (const input of fc.sample(t.arbitrary, { seed: SEED, numRuns: 150 })) runCase(t, input, tally);
    expect(tally).toEqual({ cases: 150, throws: 0, lostRecords: 0, echoedValues: 0 });
    expect(prototypeUntouched()).toBe(true);
  });
});

describe('the fuzz tally itself', () => {
  const base = { name: 'control', share: 0, covers: [], arbitrary: fc.constant(null), base: null };

  it('counts a throw, an echo, a lost record, and a UsageError only where it is not the documented refusal', () => {
    const tally = emptyTally();
    runCase({ ...base, run: () => ({ messages: { issues: [{ message: `BSN ${PLANTED_BSN}` }] } }) }, null, tally);
    runCase({ ...base, run: () => ({ lost: 2 }) }, null, tally);
    runCase({ ...base, run: () => { throw new TypeError('x'); } }, null, tally);
    runCase({ ...base, run: () => { throw new UsageError('input', []); } }, null, tally);
    runCase({ ...base, usageErrorRefuses: true, run: () => { throw new UsageError('input', []); } }, null, tally);
    runCase({ ...base, usageErrorRefuses: true, run: () => { throw new UsageError('input', [{ code: 'x', path: [], field: 'f', message: PLANTED_NAME }]); } }, null, tally);
    expect(tally).toEqual({ cases: 6, throws: 2, lostRecords: 2, echoedValues: 2, firstThrow: 'TypeError: x' });
  });
});
