import { describe, expect, it } from 'vitest';
import {
  CREDITOR_PRESETS, DEFAULT_RULEBOOK, SIGNAALREIS_RULEBOOK, assessEligibility, creditorFloor, parseArrearsCase, parseCreditorPolicy,
  parseRulebook, type ArrearsCase,
} from '../../src/eligibility/index.js';

function parsed(input: unknown): ArrearsCase {
  const r = parseArrearsCase(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

const water = parsed({ sector: 'water', socialCollectionDone: true, debtHelpPointerGiven: true, reminders: { count: 1 }, arrears: { total: '60.00', oldestDueDate: '2023-01-01' } });

describe('rulebooks as data', () => {
  it('the built-in rulebooks and presets are valid and survive a JSON round trip unchanged', () => {
    for (const book of [DEFAULT_RULEBOOK, SIGNAALREIS_RULEBOOK]) {
      const r = parseRulebook(JSON.parse(JSON.stringify(book)));
      expect(r.ok && r.value).toEqual(book);
    }
    for (const policy of Object.values(CREDITOR_PRESETS)) {
      const r = parseCreditorPolicy(JSON.parse(JSON.stringify(policy)));
      expect(r.ok && r.value).toEqual(policy);
    }
  });

  it('a rulebook loaded from JSON decides like the built-in one', () => {
    const loaded = parseRulebook(JSON.parse(JSON.stringify(DEFAULT_RULEBOOK)));
    if (!loaded.ok) throw new Error('invalid');
    for (const asOf of ['2022-12-07', '2023-01-30', '2023-01-31', '2026-01-01']) {
      const a = assessEligibility(water, { asOf });
      const b = assessEligibility(water, { asOf, rulebook: loaded.value });
      expect(b).toEqual(a);
    }
  });

  it('reports bad rules with their path and a plain message', () => {
    const r = parseRulebook({
      id: 'x', name: 'x',
      rules: [
        { ...DEFAULT_RULEBOOK.rules[0], validFrom: '2023-02-30' },
        { ...DEFAULT_RULEBOOK.rules[1], type: 'window', minDays: -1, maxDays: 100 },
        { ...DEFAULT_RULEBOOK.rules[3], type: 'one-of', field: 'customerStatus', allowed: ['former'] },
        { ...DEFAULT_RULEBOOK.rules[4], type: 'bonus' },
        { ...DEFAULT_RULEBOOK.rules[5], sectors: [] },
      ],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((e) => e.field)).toEqual(expect.arrayContaining([
      'rules[0].validFrom', 'rules[1].minDays', 'rules[2].allowed', 'rules[3].type', 'rules[4].sectors',
    ]));
  });

  it('rejects a period that ends before it starts, two rules with the same code and start date, and basis rules in a creditor policy', () => {
    const period = parseRulebook({ id: 'x', name: 'x', rules: [{ ...DEFAULT_RULEBOOK.rules[0], validTo: '2020-12-31' }] });
    expect(!period.ok && period.issues[0]).toMatchObject({ code: 'invalid_period', field: 'rules[0].validTo' });
    const dup = parseRulebook({ id: 'x', name: 'x', rules: [DEFAULT_RULEBOOK.rules[0], DEFAULT_RULEBOOK.rules[0]] });
    expect(!dup.ok && dup.issues[0]).toMatchObject({ code: 'duplicate_rule', field: 'rules[1].code' });
    const policy = parseCreditorPolicy({ id: 'p', name: 'P', sectors: ['water'], source: { id: 's', document: 'd' }, rules: [DEFAULT_RULEBOOK.rules[0]] });
    expect(!policy.ok && policy.issues[0]).toMatchObject({ code: 'basis_in_policy', field: 'rules[0].type' });
  });

  it('a custom floor narrows the rulebook for its own sectors only', () => {
    const floor = creditorFloor('water-co', 'Waterbedrijf', ['water'], '75.00');
    expect(assessEligibility(water, { asOf: '2023-02-01', creditorPolicy: floor }).status).toBe('excluded');
    const housing = parsed({ ...water, sector: 'housing', personalContactAttempted: true, reminderMentionedDataSharing: true });
    expect(assessEligibility(housing, { asOf: '2023-02-01', creditorPolicy: floor }).rules.map((r) => r.code)).not.toContain('water-co.floor');
  });

  it('picks creditor policies by creditor id, and names the policy in the reasons', () => {
    const c = parsed({ ...water, creditorId: 'W-7' });
    const r = assessEligibility(c, { asOf: '2023-02-01', creditorPolicies: { 'W-7': creditorFloor('w7', 'W7', ['water'], '50.00') } });
    expect(r.ruleVersion).toBe('nl-vroegsignalering+w7@2023-02-01');
    expect(r.rules).toContainEqual(expect.objectContaining({ code: 'creditor-policy', outcome: 'info', values: { policy: 'w7' } }));
  });

  it('throws an UsageError for an invalid asOf or an unknown preset', () => {
    expect(() => assessEligibility(water, { asOf: '2023-02-30' })).toThrow(/asOf/);
    expect(() => assessEligibility(water, { asOf: '2023-02-01', creditorPolicy: 'nope' as 'insurer-a' })).toThrow(/Unknown creditor preset/);
  });
});

describe('explanations', () => {
  it('lists every rule of the sector, with sources, values and Dutch and English messages', () => {
    const r = assessEligibility(water, { asOf: '2023-01-31' });
    for (const reason of r.rules) {
      expect(reason.source.document.length).toBeGreaterThan(0);
      expect(reason.message.nl.length).toBeGreaterThan(0);
      expect(reason.message.en.length).toBeGreaterThan(0);
    }
    expect(r.rules.find((x) => x.code === 'window.water.from-30')).toMatchObject({
      outcome: 'pass', values: { ageDays: 30, minDays: 30, maxDays: null },
    });
    expect(r.rules.find((x) => x.code === 'window.water.30-100')).toMatchObject({
      outcome: 'skip', values: { validFrom: '2021-01-01', validTo: '2022-12-07' },
    });
  });

  it('health: reports the total but measures the premium, and informs about the CAK at 6 months', () => {
    const c = parsed({
      sector: 'health-insurance', socialCollectionDone: true, paymentArrangement: 'lapsed',
      arrears: { total: '900.00', premium: '700.00', oldestDueDate: '2024-01-01', newestDueDate: '2024-06-20' },
    });
    const r = assessEligibility(c, { asOf: '2024-07-15', creditorPolicy: 'insurer-a', rulebook: DEFAULT_RULEBOOK });
    expect(r.rules.find((x) => x.code === 'health.premium-decides')).toMatchObject({ outcome: 'info', values: { premium: '700.00', total: '900.00' } });
    expect(r.rules.find((x) => x.code === 'health.cak-referral')).toMatchObject({ outcome: 'info', values: { monthsInArrears: 6, months: 6 } });
    expect(r.rules.find((x) => x.code === 'insurer-a.floor')).toMatchObject({ values: { amount: '700.00', measuredOn: 'premium' } });
    expect(r.rules.find((x) => x.code === 'window.health.30-100')).toMatchObject({ outcome: 'pass', values: { maxMeasuredOn: 'newest', maxMeasuredDays: 25 } });
  });
});
