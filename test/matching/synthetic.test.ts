/**
 * The matcher on a small synthetic register with known truth (tools/synthetic): recall per
 * failure mode, precision, batch order, and EM recovering m/u from unlabelled pairs.
 */
import { describe, expect, it } from 'vitest';
import { parseSignal, type Signal } from '../../src/model/index.js';
import {
  createRegisterIndex, estimateParameters, estimateU, matchSignals, MATCH_FIELDS, type FieldLevels, type MatchResult,
} from '../../src/matching/index.js';
import { comparableFromRegister, comparableFromSignal, compareComparables } from '../../src/matching/comparable.js';
import { EVALUATION_MODE_SHARES, FAILURE_MODES, generateRegister, generateSignals, UNIDENTIFIABLE_MODES } from '../../tools/synthetic/register.js';

const register = generateRegister({ count: 6000, seed: 11 });
const index = createRegisterIndex(register.records);
const synthetic = generateSignals(register.people, { count: 150 * FAILURE_MODES.length, seed: 12, shares: EVALUATION_MODE_SHARES });
const signals: Signal[] = synthetic.map((s) => {
  const parsed = parseSignal(s.input);
  if (!parsed.ok) throw new Error(parsed.issues.map((e) => e.field).join(', '));
  return parsed.value;
});
const results: MatchResult[] = matchSignals(signals, index).map((item) => {
  if (!item.ok) throw new Error('invalid signal');
  return item.value;
});

describe('matching a synthetic register', () => {
  const identifiable = FAILURE_MODES.filter((m) => !UNIDENTIFIABLE_MODES.includes(m));
  const ofMode = (mode: string) => synthetic.map((s, i) => [s, results[i]!] as const).filter(([s]) => s.mode === mode);

  it('finds at least 98% of the residents in every identifiable failure mode (match or review with the right person listed)', () => {
    for (const mode of identifiable) {
      const cases = ofMode(mode);
      expect(cases.length, mode).toBeGreaterThan(10);
      const found = cases.filter(([s, r]) => r.decision !== 'no-match' && r.candidates.some((c) => c.recordIndex === s.truth));
      expect(found.length / cases.length, mode).toBeGreaterThanOrEqual(0.98);
    }
  });

  it('links at least 95% of the residents automatically in every identifiable failure mode, 98% overall (issue 13)', () => {
    let linked = 0;
    let total = 0;
    for (const mode of identifiable) {
      const cases = ofMode(mode);
      const auto = cases.filter(([s, r]) => r.decision === 'match' && r.person?.recordIndex === s.truth).length;
      expect(auto / cases.length, mode).toBeGreaterThanOrEqual(0.95);
      linked += auto;
      total += cases.length;
    }
    expect(linked / total).toBeGreaterThanOrEqual(0.98);
  });

  it('keeps true namesakes with a placeholder birth date for a person to decide', () => {
    const cases = ofMode('namesake-placeholder');
    expect(cases.length).toBeGreaterThan(10);
    expect(cases.every(([s, r]) => r.decision !== 'match' || r.person?.recordIndex === s.truth)).toBe(true);
  });

  it('links confidently only to the right person (precision ≥ 99.9%)', () => {
    const links = synthetic.map((s, i) => [s, results[i]!] as const).filter(([, r]) => r.decision === 'match');
    const wrong = links.filter(([s, r]) => r.person?.recordIndex !== s.truth);
    expect(wrong.length / links.length).toBeLessThanOrEqual(0.001);
  });

  it('does not link people who are not registered', () => {
    const outsiders = synthetic.map((s, i) => [s, results[i]!] as const).filter(([s]) => s.mode === 'not-resident');
    expect(outsiders.every(([, r]) => r.decision !== 'match')).toBe(true);
  });

  it('gives the same result per signal whatever the batch order', () => {
    const reversed = matchSignals([...signals].reverse(), index).reverse().map((item) => (item.ok ? item.value : null)!);
    expect(reversed.map((r) => [r.signalId, r.decision, r.person?.recordId])).toEqual(
      results.map((r) => [r.signalId, r.decision, r.person?.recordId]),
    );
  });
});

describe('estimateParameters (EM)', () => {
  // Unlabelled pairs: each signal against its true record (when registered) and against three
  // random records. EM sees only the levels; the truth is used only to check the estimates.
  const pairs: FieldLevels[] = [];
  const truthMatch: boolean[] = [];
  synthetic.slice(0, 2000).forEach((s, i) => {
    const person = comparableFromSignal(signals[i]!);
    if (s.truth !== null) {
      pairs.push(compareComparables(person, comparableFromRegister(register.records[s.truth]!)));
      truthMatch.push(true);
    }
    for (let k = 1; k <= 3; k++) {
      const other = register.records[(i * 7919 + k * 104729) % register.records.length]!;
      pairs.push(compareComparables(person, comparableFromRegister(other)));
      truthMatch.push(false);
    }
  });
  const labelled = (field: keyof FieldLevels, level: string, matches: boolean) => {
    const group = pairs.filter((p, i) => truthMatch[i] === matches && p[field] !== 'unknown');
    return group.filter((p) => p[field] === level).length / group.length;
  };

  it('recovers the match share and m/u of the main levels from flat starting values', () => {
    // Uninformed start: every level equally likely among matches and among non-matches,
    // except that matches favour the first (exact) level and non-matches the `different` level.
    const defaults = estimateU([]);
    const flatLevels = (field: (typeof MATCH_FIELDS)[number]) => {
      const levels = Object.keys(defaults.levels[field]).filter((l) => l !== 'unknown');
      const even = 0.5 / (levels.length - 1);
      const table = Object.fromEntries(levels.map((l, j) => [l, { m: j === 0 ? 0.5 : even, u: l === 'different' ? 0.5 : even }]));
      return { ...table, unknown: { m: 1, u: 1 } };
    };
    const start = {
      ...defaults,
      levels: Object.fromEntries(MATCH_FIELDS.map((f) => [f, flatLevels(f)])) as unknown as typeof defaults.levels,
    };
    const { parameters, matchShare, converged } = estimateParameters(pairs, { start, matchShare: 0.5 });
    expect(converged).toBe(true);
    const share = truthMatch.filter(Boolean).length / truthMatch.length;
    expect(Math.abs(matchShare - share)).toBeLessThan(0.03);
    for (const [field, level] of [['birthDate', 'exact'], ['surname', 'exact'], ['givenNames', 'exact'], ['address', 'exact']] as const) {
      expect(Math.abs(parameters.levels[field][level].m - labelled(field, level, true)), `m ${field}`).toBeLessThan(0.05);
      expect(Math.abs(parameters.levels[field].different.u - labelled(field, 'different', false)), `u ${field}`).toBeLessThan(0.05);
    }
  });

  it('estimates u from random pairs', () => {
    const random = pairs.filter((_, i) => !truthMatch[i]);
    const withU = estimateU(random);
    expect(withU.levels.birthDate.exact.u).toBeLessThan(0.005);
    expect(withU.levels.surname.different.u).toBeGreaterThan(0.9);
  });
});
