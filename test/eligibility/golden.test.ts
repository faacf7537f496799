import { describe, expect, it } from 'vitest';
import { DEFAULT_RULEBOOK, SIGNAALREIS_RULEBOOK, assessEligibility, parseArrearsCase } from '../../src/eligibility/index.js';
import { GOLDEN_CASES } from './golden-cases.js';

const RULEBOOKS = { default: DEFAULT_RULEBOOK, signaalreis: SIGNAALREIS_RULEBOOK };

describe('golden eligibility cases (DOMAIN.md §1 and the seeds)', () => {
  it('has at least 40 cases with unique names', () => {
    expect(GOLDEN_CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(GOLDEN_CASES.map((g) => g.name)).size).toBe(GOLDEN_CASES.length);
  });

  it.each(GOLDEN_CASES.map((g) => [g.name, g] as const))('%s', (_name, g) => {
    const parsed = parseArrearsCase(g.input);
    if (!parsed.ok) throw new Error(`golden input does not parse: ${JSON.stringify(parsed.issues)}`);
    const result = assessEligibility(parsed.value, {
      asOf: g.asOf,
      rulebook: RULEBOOKS[g.rulebook ?? 'default'],
      ...(g.creditorPolicy ? { creditorPolicy: g.creditorPolicy } : {}),
    });
    expect(result.status).toBe(g.expected.status);
    expect(result.eligible).toBe(g.expected.status === 'eligible');
    if (g.expected.eligibleFrom !== undefined) expect(result.eligibleFrom).toBe(g.expected.eligibleFrom ?? undefined);
    if (g.expected.fails) {
      expect(result.rules.filter((r) => r.outcome === 'fail').map((r) => r.code).sort()).toEqual([...g.expected.fails].sort());
    }
    if (g.expected.ruleVersion) expect(result.ruleVersion).toBe(g.expected.ruleVersion);
  });
});
