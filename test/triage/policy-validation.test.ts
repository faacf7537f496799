import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { definePolicy, parsePolicy, policyInEffect, policyVersions, PRESETS, PRESET_NAMES, type PolicyInput } from '../../src/triage/index.js';

const base: PolicyInput = {
  name: 'Testgemeente',
  version: '1',
  effectiveFrom: '2024-01-01',
  rules: [{ id: 'visit-match', when: { match: true }, then: { channel: 'home-visit' } }],
  otherwise: { channel: 'letter' },
};

/** Parse a variant of the base policy and return its issues as `field: message` plus code. */
function issues(change: Partial<Record<keyof PolicyInput, unknown>>): { code: string; field: string; message: string }[] {
  const result = parsePolicy({ ...base, ...change });
  if (result.ok) return [];
  return result.issues.map(({ code, field, message }) => ({ code, field, message }));
}

describe('invalid policies: each error names the path and what is wrong', () => {
  it.each([
    {
      what: 'an unknown channel',
      change: { rules: [{ id: 'a', then: { channel: 'huisbezoek' } }] },
      expected: { code: 'invalid_value', field: 'rules[0].then.channel', message: 'Expected one of: letter, email, sms, phone, home-visit, card, youth-worker, case-director, not-picked-up, known-at-debt-help, manual-review (kanaal)' },
    },
    {
      what: 'an unknown executor',
      change: { otherwise: { channel: 'letter', executor: 'wijkteam' } },
      expected: { code: 'invalid_value', field: 'otherwise.executor', message: 'Expected one of: municipality, district-team, call-centre, social-work, debt-help, youth-work' },
    },
    {
      what: 'a negative capacity',
      change: { capacity: { 'home-visit': -5 } },
      expected: { code: 'too_small', field: 'capacity.home-visit', message: 'Capacity must be 0 or more' },
    },
    {
      what: 'a capacity that is not whole',
      change: { capacity: { phone: 2.5 } },
      expected: { code: 'invalid_type', field: 'capacity.phone', message: 'Capacity must be a whole number' },
    },
    {
      what: 'a capacity for an unknown channel',
      change: { capacity: { hb: 20 } },
      expected: { code: 'unrecognized_keys', field: 'capacity', message: 'Unknown field(s): 1 key(s) not shown (capaciteit per maand)' },
    },
    {
      what: 'a misspelt condition',
      change: { rules: [{ id: 'a', when: { amont: { above: 5 } }, then: { channel: 'letter' } }] },
      expected: { code: 'unrecognized_keys', field: 'rules[0].when', message: 'Unknown field(s): 1 key(s) not shown; did you mean amount? (voorwaarden)' },
    },
    {
      what: 'an amount range no signal can reach (min > max)',
      change: { rules: [{ id: 'a', when: { amount: { atLeast: '500', atMost: '250' } }, then: { channel: 'phone' } }] },
      expected: { code: 'unreachable_range', field: 'rules[0].when.amount', message: 'No amount can satisfy this range: at least 500.00 and at most 250.00 (bedrag)' },
    },
    {
      what: 'an empty range between exclusive bounds',
      change: { rules: [{ id: 'a', when: { amount: { above: '100', below: '100.01' } }, then: { channel: 'phone' } }] },
      expected: { code: 'unreachable_range', field: 'rules[0].when.amount', message: 'No amount can satisfy this range: above 100.00 and below 100.01 (bedrag)' },
    },
    {
      what: 'an age band no one is in',
      change: { rules: [{ id: 'a', when: { age: { atLeast: 28, atMost: 18 } }, then: { channel: 'youth-worker' } }] },
      expected: { code: 'unreachable_range', field: 'rules[0].when.age', message: 'No age can satisfy this range: at least 28 and at most 18 (leeftijd)' },
    },
    {
      what: 'two lower bounds',
      change: { rules: [{ id: 'a', when: { amount: { atLeast: '100', above: '100' } }, then: { channel: 'phone' } }] },
      expected: { code: 'conflicting_bounds', field: 'rules[0].when.amount', message: 'Give atLeast or above, not both (bedrag)' },
    },
    {
      what: 'conditions that exclude each other',
      change: { rules: [{ id: 'a', when: { kind: ['early'], crisis: true }, then: { channel: 'case-director' } }] },
      expected: { code: 'unreachable_rule', field: 'rules[0].when', message: "Rule 'a' can never apply: its conditions exclude each other (voorwaarden)" },
    },
    {
      what: 'a rule shadowed by an unconditional rule before it',
      change: { rules: [{ id: 'everyone', then: { channel: 'letter' } }, { id: 'visit-match', when: { match: true }, then: { channel: 'home-visit' } }] },
      expected: { code: 'shadowed_rule', field: 'rules[1]', message: "Rule 'visit-match' can never decide: every signal it matches is already decided by the earlier rule 'everyone' (rules[0])" },
    },
    {
      what: 'a narrower amount range after a wider one',
      change: {
        rules: [
          { id: 'phone-above-300', when: { amount: { above: '300' } }, then: { channel: 'phone' } },
          { id: 'visit-above-500', when: { amount: { above: '500' }, sector: ['housing'] }, then: { channel: 'home-visit' } },
        ],
      },
      expected: { code: 'shadowed_rule', field: 'rules[1]', message: "Rule 'visit-above-500' can never decide: every signal it matches is already decided by the earlier rule 'phone-above-300' (rules[0])" },
    },
    {
      what: 'an identical rule',
      change: { rules: [base.rules[0], { ...base.rules[0], id: 'again' }] },
      expected: { code: 'shadowed_rule', field: 'rules[1]', message: "Rule 'again' can never decide: every signal it matches is already decided by the earlier rule 'visit-match' (rules[0])" },
    },
    {
      what: 'a sector covered by the resident\'s sectors',
      change: {
        rules: [
          { id: 'any-housing', when: { sectors: { anyOf: ['housing', 'energy'] } }, then: { channel: 'phone' } },
          { id: 'own-housing', when: { sector: ['housing'], recidivism: { withinMonths: 3 } }, then: { channel: 'home-visit' } },
        ],
      },
      expected: { code: 'shadowed_rule', field: 'rules[1]', message: "Rule 'own-housing' can never decide: every signal it matches is already decided by the earlier rule 'any-housing' (rules[0])" },
    },
    {
      what: 'a duplicate rule id',
      change: { rules: [base.rules[0], { id: 'visit-match', when: { sector: ['housing'] }, then: { channel: 'phone' } }] },
      expected: { code: 'duplicate_rule_id', field: 'rules[1].id', message: "Rule id 'visit-match' is already used by rules[0] (regel-ID)" },
    },
    {
      what: 'fallbacks that loop',
      change: { fallbacks: { phone: { whenNoContact: 'sms' }, sms: { whenNoContact: 'phone' } } },
      expected: { code: 'fallback_cycle', field: 'fallbacks.sms', message: 'Fallbacks loop back: sms → phone → sms' },
    },
    {
      what: 'an upgrade to a channel without capacity',
      change: { otherwise: { channel: 'letter', ifCapacityLeft: 'home-visit' } },
      expected: { code: 'upgrade_without_capacity', field: 'otherwise.ifCapacityLeft', message: "ifCapacityLeft needs a capacity for 'home-visit' (capacity.home-visit)" },
    },
    {
      what: 'an effective date that is not a date',
      change: { effectiveFrom: '2024-02-30' },
      expected: { code: 'invalid_date', field: 'effectiveFrom', message: 'Expected a real date as YYYY-MM-DD or DD-MM-YYYY (ingangsdatum)' },
    },
    {
      what: 'a negative amount',
      change: { rules: [{ id: 'a', when: { amount: { atLeast: '-1' } }, then: { channel: 'phone' } }] },
      expected: { code: 'negative_amount', field: 'rules[0].when.amount.atLeast', message: 'Amount must not be negative' },
    },
    {
      what: 'an unknown priority key',
      change: { priority: ['housing', 'oldest-first'] },
      expected: { code: 'invalid_value', field: 'priority[1]', message: expect.stringMatching(/^Expected one of: crisis, eviction-notice/) as unknown as string },
    },
    {
      what: 'a range without bounds',
      change: { rules: [{ id: 'a', when: { amount: { of: 'match-total' } }, then: { channel: 'phone' } }] },
      expected: { code: 'empty_range', field: 'rules[0].when.amount', message: 'Give at least one bound (atLeast, above, atMost or below) (bedrag)' },
    },
    {
      what: 'more register outcomes than fit in a mask',
      change: { rules: [{ id: 'a', when: { registerOutcome: Array.from({ length: 32 }, (_, i) => `outcome-${i}`) }, then: { channel: 'manual-review' } }] },
      expected: { code: 'too_many_outcomes', field: 'rules', message: 'A policy can name at most 31 register outcomes' },
    },
    {
      what: 'a priority key listed twice',
      change: { priority: ['match', 'housing', 'match'] },
      expected: { code: 'duplicate_priority', field: 'priority[2]', message: "Priority key 'match' is listed twice (prioriteit)" },
    },
    {
      what: 'both amount orders',
      change: { priority: ['amount-desc', 'amount-asc'] },
      expected: { code: 'conflicting_priority', field: 'priority', message: 'Give amount-desc or amount-asc, not both (prioriteit)' },
    },
    {
      what: 'the reserved rule id otherwise',
      change: { rules: [{ id: 'otherwise', when: { match: true }, then: { channel: 'home-visit' } }] },
      expected: { code: 'reserved_rule_id', field: 'rules[0].id', message: "The rule id 'otherwise' is reserved for the policy's otherwise action (regel-ID)" },
    },
  ])('$what', ({ change, expected }) => {
    expect(issues(change)).toEqual([expected]);
  });

  it('definePolicy throws an UsageError carrying the same issues', () => {
    const bad = { ...base, capacity: { phone: -1 } };
    expect(() => definePolicy(bad)).toThrow('Invalid policy: capacity.phone: Capacity must be 0 or more');
    try {
      definePolicy(bad);
    } catch (error) {
      expect((error as { issues: unknown }).issues).toEqual((parsePolicy(bad) as { issues: unknown }).issues);
    }
  });

  it('the presets are free of problems', () => {
    for (const name of PRESET_NAMES) expect(issues(PRESETS[name] as never), name).toEqual([]);
  });
});

describe('JSON and the TypeScript builder are the same format', () => {
  it.each(PRESET_NAMES)('%s: definePolicy(x) equals parsePolicy(JSON of x), and the result round-trips', (name) => {
    const built = definePolicy(PRESETS[name]);
    const parsed = parsePolicy(JSON.parse(JSON.stringify(PRESETS[name])) as unknown);
    expect(parsed).toEqual({ ok: true, value: built });
    expect(parsePolicy(JSON.parse(JSON.stringify(built)) as unknown)).toEqual({ ok: true, value: built });
  });

  it('amounts in any accepted form normalise to the same policy', () => {
    const numbers = definePolicy({ ...base, rules: [{ id: 'a', when: { amount: { above: 500 } }, then: { channel: 'home-visit' } }] });
    const dutch = definePolicy({ ...base, rules: [{ id: 'a', when: { amount: { above: '500,00' } }, then: { channel: 'home-visit' } }] });
    expect(dutch).toEqual(numbers);
    expect(numbers.rules[0]!.when.amount).toEqual({ of: 'signal', above: '500.00' });
  });

  const dir = new URL('../../examples/policies/', import.meta.url);
  it.each(PRESET_NAMES)('examples/policies/%s.json is the preset as JSON', (name) => {
    const json = JSON.parse(readFileSync(new URL(`${name.toLowerCase()}.json`, dir), 'utf8')) as Record<string, unknown>;
    const { $schema, ...rest } = definePolicy(json as PolicyInput);
    expect($schema).toBe('../../schema/policy.schema.json');
    expect(rest).toEqual(definePolicy(PRESETS[name]));
  });

  it('every example policy file is valid', () => {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const result = parsePolicy(JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as unknown);
      expect(result.ok ? [] : result.issues, file).toEqual([]);
    }
  });
});

describe('versions by effective date', () => {
  const v2023 = definePolicy({ ...base, version: '2023', effectiveFrom: '2023-01-01' });
  const v2024 = definePolicy({ ...base, version: '2024', effectiveFrom: '2024-01-01', capacity: { 'home-visit': 10 } });
  it('picks the latest version that had taken effect on the date', () => {
    expect(policyInEffect([v2024, v2023], { asOf: '2023-12-31' })?.version).toBe('2023');
    expect(policyInEffect([v2024, v2023], { asOf: '2024-01-01' })?.version).toBe('2024');
    expect(policyInEffect([v2024, v2023], { asOf: '2022-06-30' })).toBeUndefined();
    expect(() => policyInEffect([v2024], { asOf: '2024-02-30' })).toThrow(/asOf/);
  });

  it('the versions form one Dated value; two versions on one day are a misuse', () => {
    const versions = policyVersions([v2024, v2023]);
    expect(versions.versions.map((v) => [v.from, v.until ?? null])).toEqual([['2023-01-01', '2024-01-01'], ['2024-01-01', null]]);
    expect(() => policyVersions([v2023, { ...v2023, version: 'again' }])).toThrow(/Two versions take effect on the same day/);
  });

  it('validated policies are deeply frozen', () => {
    expect(() => {
      (v2023.rules[0]!.when as { match?: boolean }).match = false;
    }).toThrow(TypeError);
  });
});
