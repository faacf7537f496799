/**
 * Golden cases as data (test/fixtures/matching/*.jsonl): one per failure mode of the BRP check
 * described in De signaalreis and in issue 13, plus the cases that must never link the wrong
 * person. A case's input is `{ register, signal }` (match), `{ signal, record }` (one pair) or
 * `{ name }` (normalise a name); see `decide`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  compareRecords, createRegisterIndex, matchSignal, matchSignals, normaliseName, parseRegisterRecord, parseRegisterRecords,
  type MatchResult, type NameParts, type RegisterIndex, type RegisterRecord,
} from '../../src/matching/index.js';
import { parseSignal, type Signal } from '../../src/model/index.js';
import { runGoldenCases, type GoldenCase } from '../support/golden.js';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'matching');

/** Register records: a named file in `registers/`, or records written inline. */
function registerOf(spec: unknown): RegisterRecord[] {
  const raw = typeof spec === 'string' ? (JSON.parse(readFileSync(join(FIXTURES, 'registers', `${spec}.json`), 'utf8')) as unknown[]) : (spec as unknown[]);
  return parseRegisterRecords(raw).map((r) => {
    if (!r.ok) throw new Error(`register record ${r.index}: ${r.issues.map((e) => `${e.field}: ${e.message}`).join('; ')}`);
    return r.value;
  });
}

const indexes = new Map<string, RegisterIndex>();
function indexOf(spec: unknown): RegisterIndex {
  const key = JSON.stringify(spec);
  let index = indexes.get(key);
  if (index === undefined) {
    index = createRegisterIndex(registerOf(spec));
    indexes.set(key, index);
  }
  return index;
}

/** A signal around the debtor and address of a case (id, creditor, dates and amount filled in). */
function rawSignal(partial: Record<string, unknown>): Record<string, unknown> {
  return { id: 'G1', creditor: { id: 'W1', sector: 'water' }, receivedDate: '2026-03-02', arrears: { total: '180.00' }, ...partial };
}

/** What a case's `expected` is matched against: the decision and the best candidate's field levels. */
function view(result: MatchResult) {
  return {
    ok: true,
    decision: result.decision,
    outcome: result.outcome,
    person: result.person?.recordId ?? null,
    candidates: result.candidates.map((c) => c.recordId),
    levels: result.candidates[0]?.levels ?? null,
    flags: result.flags,
    reasons: result.reasons.map((r) => r.code),
  };
}

function decide(golden: GoldenCase): unknown {
  const input = golden.input as { register?: unknown; signal?: Record<string, unknown>; record?: unknown; name?: string | NameParts };
  if (input.name !== undefined) return normaliseName(input.name);
  if (input.record !== undefined) {
    const signal = parseSignal(rawSignal(input.signal ?? {}));
    const record = parseRegisterRecord(input.record);
    if (!signal.ok || !record.ok) return { ok: false, issues: [...(signal.ok ? [] : signal.issues), ...(record.ok ? [] : record.issues)] };
    const c = compareRecords(signal.value, record.value);
    return { ok: true, levels: c.levels, weight: c.weight, contradictions: c.contradictions };
  }
  const [item] = matchSignals([rawSignal(input.signal ?? {})], indexOf(input.register), golden.options ?? {});
  return item!.ok ? view(item!.value) : { ok: false, issues: item!.issues.map((i) => i.field) };
}

runGoldenCases('matching', decide);

const index = indexOf('signaalreis');
function signal(debtor: Record<string, unknown>, address: Record<string, unknown>): Signal {
  const parsed = parseSignal(rawSignal({ debtor, address }));
  if (!parsed.ok) throw new Error(parsed.issues.map((e) => e.message).join('; '));
  return parsed.value;
}
const reversed = signal({ name: { givenNames: 'Ouali', surname: 'Fatima' }, birthDate: '1985-06-12' }, { postcode: '1234AB', houseNumber: 12, houseLetter: 'A' });
const moved = signal({ name: { givenNames: 'Sanne', surname: 'Jansen' }, birthDate: '1995-09-09' }, { postcode: '9999ZZ', houseNumber: 1 });

describe('match results', () => {
  it('never links the father when the son is signalled, and lists both when it cannot tell', () => {
    const ambiguous = matchSignal(signal({ name: { givenNames: 'Jan Pieter', surnamePrefix: 'de', surname: 'Vries' } }, { postcode: '1234AB', houseNumber: 10 }), index);
    expect(ambiguous.candidates.map((c) => c.recordId).sort()).toEqual(['R1', 'R2']);
    expect(ambiguous.reasons[0]!.code).toBe('matching.decision.review');
    expect(ambiguous.person).toBeNull();
  });

  it('explains every result with per-field levels, weights and bilingual reasons built by reason()', () => {
    const result = matchSignal(reversed, index);
    const best = result.candidates[0]!;
    expect(best.levels).toEqual({ surname: 'swapped', givenNames: 'swapped', birthDate: 'exact', address: 'exact' });
    expect(best.fields.map((f) => [f.field, f.level])).toEqual([
      ['surname', 'swapped'], ['givenNames', 'swapped'], ['birthDate', 'exact'], ['address', 'exact'],
    ]);
    expect(best.weight).toBeCloseTo(best.fields.reduce((s, f) => s + f.weight, 0), 9);
    for (const reason of result.reasons) {
      expect(Object.isFrozen(reason)).toBe(true);
      expect(reason.message.nl.length).toBeGreaterThan(0);
      expect(reason.message.en.length).toBeGreaterThan(0);
      expect(reason.source.id).toBeTruthy();
    }
    expect(JSON.stringify(result.reasons)).not.toContain('Ouali');
  });

  it('flags legal entities and non-dwellings from the signal and the caller', () => {
    const bv = signal({ name: { surname: 'Jansen Holding' }, legalForm: 'bv' }, { postcode: '1234AB', houseNumber: 30 });
    const garage = signal({ name: { givenNames: 'Sanne', surname: 'Jansen' }, birthDate: '1995-09-09' }, { postcode: '1234AB', houseNumber: 30 });
    expect(matchSignal(bv, index).flags).toContain('legal-entity');
    expect(matchSignal(garage, index, { addressUse: () => ['overige gebruiksfunctie'] }).flags).toEqual(['non-dwelling']);
    expect(matchSignal(garage, index, { addressUse: () => ['woonfunctie'] }).flags).toEqual([]);
  });

  it('takes thresholds as parameters and rejects unusable ones as misuse', () => {
    expect(matchSignal(moved, index).decision).toBe('match');
    expect(matchSignal(moved, index, { parameters: { matchThreshold: 60 } }).decision).toBe('review');
    expect(matchSignal(moved, index, { parameters: { matchThreshold: 60, reviewThreshold: 55 } }).decision).toBe('no-match');
    expect(() => matchSignal(moved, index, { parameters: { matchThreshold: Number.NaN } })).toThrow(/matchThreshold/);
    expect(() => matchSignal(moved, [] as unknown as RegisterIndex)).toThrow(/createRegisterIndex/);
  });
});

describe('matchSignals', () => {
  const rows: unknown[] = [
    rawSignal({ id: 'A', debtor: { name: { givenNames: 'Sanne', surname: 'Jansen' }, birthDate: '09-09-1995' }, address: { postcode: '1234 ab', houseNumber: '30' } }),
    { id: 'B', debtor: {} },
    reversed,
    null,
    moved,
  ];

  it('returns one item per input, in order, with its index; raw and parsed inputs alike; never throws on bad records', () => {
    const items = matchSignals(rows, index);
    expect(items.map((i) => [i.index, i.ok])).toEqual([[0, true], [1, false], [2, true], [3, false], [4, true]]);
    expect(items[0]!.ok && items[0]!.value).toMatchObject({ signalId: 'A', decision: 'match', person: { recordId: 'R9' } });
    expect(!items[1]!.ok && items[1]!.issues.map((i) => i.field)).toContain('creditor');
    expect(items[2]!.ok && items[2]!.value.person?.recordId).toBe('R3');
    expect(matchSignals([], index)).toEqual([]);
  });

  it('gives a raw record the same result as the record parsed first', () => {
    const raw = rows[0]!;
    const parsed = parseSignal(raw);
    if (!parsed.ok) throw new Error('fixture');
    expect(matchSignals([raw], index)).toEqual(matchSignals([parsed.value], index));
    expect(matchSignals([parsed.value], index)[0]).toEqual({ index: 0, ok: true, value: matchSignal(parsed.value, index) });
  });
});
