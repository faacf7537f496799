import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRESETS, compilePolicy, parsePolicy, triage } from '../../src/triage/index.js';
import { policyProblems } from '../../src/triage/policy-checks.js';
import { PolicyShape } from '../../src/triage/policy-shape.js';
import { compileRuleConditions } from '../../src/triage/rule-conditions.js';
import { covers, mergeConditions, shadowingRules } from '../../src/triage/shadowing.js';
import { input } from '../triage/helpers.js';
import { SEED } from './arbitraries.js';

/**
 * Issue 14, item 11: the policy checks were quadratic (20,000 rules: 9–20 s to parse, and
 * `compilePolicy` ran every check again). The shadow search now indexes earlier rules; a
 * policy from `parsePolicy` is compiled without a second check.
 */
const base = JSON.parse(JSON.stringify(PRESETS.M4)) as Record<string, unknown>;

function bigPolicy(n: number, first?: object): Record<string, unknown> {
  const rules = Array.from({ length: n }, (_, i) => ({
    id: `r${i}`,
    when: i === 0 && first ? first : { amount: { atLeast: i, below: i + 1 }, ...(i % 3 ? { kind: ['early'] } : {}), ...(i % 5 ? { match: true } : {}) },
    then: { channel: 'letter' },
  }));
  return { ...base, rules };
}

describe('policy checks at scale (issue 14, item 11)', () => {
  it('checks a policy of 20,000 rules in time linear in its rules (main: 9–20 s, quadratic)', () => {
    const parsed = parsePolicy(bigPolicy(20_000));
    if (!parsed.ok) throw new Error('expected a valid policy');
    // Compiling the conditions is linear: the checks may take a few times that, not the ~200× of comparing every pair.
    const time = (f: () => unknown): number => {
      const t0 = performance.now();
      f();
      return performance.now() - t0;
    };
    time(() => policyProblems(parsed.value));
    const linear = Math.min(time(() => compileRuleConditions(parsed.value)), time(() => compileRuleConditions(parsed.value)));
    const checked = Math.min(time(() => policyProblems(parsed.value)), time(() => policyProblems(parsed.value)));
    expect(checked / linear).toBeLessThan(20);
    const compiled = compilePolicy(parsed.value);
    expect(triage(input({ amount: '12345.67', kind: 'early' }, { match: { isMatch: true } } as never), compiled).rule).toBe('r12345');
  });

  it('still reports every shadowed rule of a large policy, naming the first earlier rule that takes its signals', () => {
    const parsed = parsePolicy(bigPolicy(20_000, {}));
    expect(parsed.ok).toBe(false);
    const issues = parsed.ok ? [] : parsed.issues;
    expect(issues).toHaveLength(19_999);
    expect(issues.every((e) => e.code === 'shadowed_rule' && e.message.includes("earlier rule 'r0' (rules[0])"))).toBe(true);
  });

  it('compilePolicy accepts a parsed policy without checking it again, and still checks raw input', () => {
    const parsed = parsePolicy(bigPolicy(2000));
    if (!parsed.ok) throw new Error('expected a valid policy');
    expect(compilePolicy(parsed.value).label).toBe(`${parsed.value.name}@${parsed.value.version}`);
    expect(() => compilePolicy({ ...(bigPolicy(3, {}) as object) } as never)).toThrow(/can never decide/);
  });
});

/** Random rule conditions over every dimension the shadow search indexes. */
const range = (max: number) => fc.tuple(fc.integer({ min: 0, max }), fc.integer({ min: 0, max })).map(([a, b]) => ({ atLeast: Math.min(a, b), atMost: Math.max(a, b) }));
const conditions = fc.record({
  amount: range(6), age: range(5), creditors: range(4),
  sector: fc.subarray(['housing', 'energy', 'water'], { minLength: 1 }),
  sectors: fc.record({ anyOf: fc.subarray(['housing', 'energy', 'water'], { minLength: 1 }) }),
  kind: fc.subarray(['early', 'end-of-supply'], { minLength: 1 }),
  match: fc.boolean(), dragger: fc.boolean(),
  recidivism: fc.record({ withinMonths: fc.integer({ min: 1, max: 4 }), present: fc.boolean() }),
}, { requiredKeys: [] });

it('the indexed shadow search finds exactly the first covering earlier rule that comparing every pair finds', () => {
  fc.assert(fc.property(fc.array(conditions, { maxLength: 40 }), (whens) => {
    const shape = PolicyShape.parse({ ...base, rules: whens.map((when, i) => ({ id: `r${i}`, when, then: { channel: 'letter' } })) });
    const merged = compileRuleConditions(shape).map(mergeConditions);
    const expected = merged.map((later, j) => (later ? merged.slice(0, j).findIndex((earlier) => earlier !== null && covers(earlier, later)) : -1));
    expect([...shadowingRules(merged)]).toEqual(expected);
  }), { seed: SEED, numRuns: 400 });
});
