/**
 * Replay's decisions worth pinning, as data (test/fixtures/replay/*.jsonl): the outcome class a
 * sample record gets, and the lifecycle deadlines of a replayed signal.
 */
import { expect } from 'vitest';
import { parseSampleRecord, replay, type SampleRecord } from '../../src/replay/index.js';
import { runGoldenCases, type GoldenCase } from '../support/golden.js';

function parsed(input: unknown): SampleRecord {
  const r = parseSampleRecord(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

function at(value: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], value);
}

/** The outcome of a parsed record; `options.absent` lists fields that must be absent. */
function parseCase(golden: GoldenCase): unknown {
  const record = parsed(golden.input);
  for (const path of (golden.options?.['absent'] as string[] | undefined) ?? []) expect(at(record, path), path).toBeUndefined();
  return record;
}

/** A replayed signal's deadlines keyed by rule, its outcome class and the outcomes of its reasons. */
function replayCase(golden: GoldenCase): unknown {
  const signal = replay([parsed(golden.input)], { policy: 'M4', asOf: golden.asOf! }).signals[0]!;
  const deadlines = Object.fromEntries(signal.deadlines.map((d) => [d.key, d]));
  const expected = golden.expected as { absentDeadlines?: string[] };
  for (const key of expected.absentDeadlines ?? []) expect(deadlines[key], key).toBeUndefined();
  return {
    outcome: signal.outcome,
    deadlines,
    reasonOutcomes: Object.fromEntries(signal.reasons.map((r) => [r.code, r.outcome])),
    ...(expected.absentDeadlines ? { absentDeadlines: expected.absentDeadlines } : {}),
  };
}

runGoldenCases('replay', (golden) => (golden.asOf === undefined ? parseCase(golden) : replayCase(golden)));
