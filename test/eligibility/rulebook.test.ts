import { describe, expect, it } from 'vitest';
import {
  CREDITOR_PRESETS, DEFAULT_RULEBOOK, SIGNAALREIS_RULEBOOK, assessEligibility, creditorFloor, defineRulebook, parseArrearsCase,
  parseCreditorPolicy, parseRulebook, withoutRules, type ArrearsCase, type Rulebook,
} from '../../src/eligibility/index.js';

function parsed(input: unknown): ArrearsCase {
  const r = parseArrearsCase(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

const WATER_INPUT = { sector: 'water', socialCollectionDone: true, debtHelpPointerGiven: true, reminders: { count: 1 }, arrears: { total: '60.00', oldestDueDate: '2023-01-01' } };
const water = parsed(WATER_INPUT);
const ruleOf = (book: Rulebook, code: string) => book.rules.find((r) => r.code === code)!;

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

  it('a rule whose threshold changed on a date is one rule with dated versions', () => {
    expect(ruleOf(DEFAULT_RULEBOOK, 'window.water').versions.map((v) => [v.from, v.until ?? null, (v.value as { maxDays: number | null }).maxDays])).toEqual([
      ['2021-01-01', '2022-12-08', 100], ['2022-12-08', null, null],
    ]);
  });

  it('a rulebook loaded from JSON decides like the built-in one', () => {
    const loaded = parseRulebook(JSON.parse(JSON.stringify(DEFAULT_RULEBOOK)));
    if (!loaded.ok) throw new Error('invalid');
    for (const asOf of ['2022-12-07', '2023-01-30', '2023-01-31', '2026-01-01']) {
      expect(assessEligibility(water, { asOf, rulebook: loaded.value })).toEqual(assessEligibility(water, { asOf }));
    }
  });

  it('reports bad rules with their path and a plain message', () => {
    const [basis, general] = [DEFAULT_RULEBOOK.rules[0]!, DEFAULT_RULEBOOK.rules[6]!];
    const r = parseRulebook({
      id: 'x', name: 'x',
      rules: [
        { ...basis, code: 'a', versions: [{ ...basis.versions[0], from: '2023-02-30' }] },
        { ...ruleOf(DEFAULT_RULEBOOK, 'window.housing'), code: 'b', versions: [{ from: '2021-01-01', value: { ...ruleOf(DEFAULT_RULEBOOK, 'window.housing').versions[0]!.value, minDays: -1 } }] },
        { ...general, code: 'c', type: 'one-of', versions: [{ from: '2021-01-01', value: { ...general.versions[0]!.value, field: 'customerStatus', allowed: ['former'] } }] },
        { ...basis, code: 'd', type: 'bonus' },
        { ...basis, code: 'e', sectors: [] },
      ],
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((e) => e.field)).toEqual(expect.arrayContaining([
      'rules[0].versions[0].from', 'rules[1].versions[0].value.minDays', 'rules[2].versions[0].value.allowed', 'rules[3].type', 'rules[4].sectors',
    ]));
  });

  it('rejects versions out of order or overlapping, two rules with one code, and basis rules in a creditor policy', () => {
    const basis = DEFAULT_RULEBOOK.rules[0]!;
    const v = basis.versions[0]!;
    const empty = parseRulebook({ id: 'x', name: 'x', rules: [{ ...basis, versions: [{ ...v, until: '2020-12-31' }] }] });
    expect(!empty.ok && empty.issues[0]).toMatchObject({ code: 'empty_period', field: 'rules[0].versions[0].until' });
    const overlap = parseRulebook({ id: 'x', name: 'x', rules: [{ ...basis, versions: [v, { ...v, from: '2022-01-01' }] }] });
    expect(!overlap.ok && overlap.issues[0]).toMatchObject({ code: 'overlapping_period', field: 'rules[0].versions[1].from' });
    const dup = parseRulebook({ id: 'x', name: 'x', rules: [basis, basis] });
    expect(!dup.ok && dup.issues[0]).toMatchObject({ code: 'duplicate_rule', field: 'rules[1].code' });
    const policy = parseCreditorPolicy({ id: 'p', name: 'P', sectors: ['water'], source: { id: 's', document: 'd' }, rules: [basis] });
    expect(!policy.ok && policy.issues[0]).toMatchObject({ code: 'basis_in_policy', field: 'rules[0].type' });
  });

  it('a custom floor narrows the rulebook for its own sectors only', () => {
    const floor = creditorFloor('water-co', 'Waterbedrijf', ['water'], '75.00');
    expect(assessEligibility(water, { asOf: '2023-02-01', creditorPolicy: floor }).status).toBe('excluded');
    const housing = parsed({ ...WATER_INPUT, sector: 'housing', personalContactAttempted: true, reminderMentionedDataSharing: true });
    expect(assessEligibility(housing, { asOf: '2023-02-01', creditorPolicy: floor }).reasons.map((r) => r.code)).not.toContain('water-co.floor');
  });

  it('picks creditor policies by creditor id, and names the policy in the reasons', () => {
    const c = parsed({ ...WATER_INPUT, creditorId: 'W-7' });
    const r = assessEligibility(c, { asOf: '2023-02-01', creditorPolicies: { 'W-7': creditorFloor('w7', 'W7', ['water'], '50.00') } });
    expect(r.ruleVersion).toBe('nl-vroegsignalering+w7@2023-02-01');
    expect(r.reasons).toContainEqual(expect.objectContaining({ code: 'creditor-policy', outcome: 'info', values: { policy: 'w7' } }));
  });

  it('throws UsageError for an invalid asOf, an unknown preset, an invalid rulebook or policy', () => {
    expect(() => assessEligibility(water, { asOf: '2023-02-30' })).toThrow(/asOf/);
    expect(() => assessEligibility(water, { asOf: '2023-02-01', creditorPolicy: 'nope' as 'insurer-a' })).toThrow(/Unknown creditor preset/);
    expect(() => assessEligibility(water, { asOf: '2023-02-01', rulebook: { id: 'x', name: 'x', rules: [] } as unknown as Rulebook })).toThrow(/rulebook\.rules/);
    expect(() => assessEligibility(water, { asOf: '2023-02-01', creditorPolicies: { W: { id: 'p' } as never } })).toThrow(/creditorPolicies\.W/);
  });

  it('reads asOf with the model date reader: day-first forms are read, the result carries ISO', () => {
    expect(assessEligibility(water, { asOf: '31-01-2023' }).asOf).toBe('2023-01-31');
  });

  it('withoutRules switches a rule off, and refuses a code that names no rule', () => {
    const book = withoutRules(DEFAULT_RULEBOOK, ['water.written-reminder']);
    const noReminder = parsed({ ...WATER_INPUT, reminders: { count: 0 } });
    expect(assessEligibility(noReminder, { asOf: '2023-03-01' }).status).toBe('excluded');
    expect(assessEligibility(noReminder, { asOf: '2023-03-01', rulebook: book }).status).toBe('eligible');
    expect(() => withoutRules(DEFAULT_RULEBOOK, ['water.typo'])).toThrow(/No rule with the code water.typo/);
  });
});

describe('no state leaks between calls', () => {
  it('a rulebook object changed after its first use is not judged by its stale compiled form', () => {
    const plain = JSON.parse(JSON.stringify(DEFAULT_RULEBOOK)) as { rules: { code: string; versions: { value: { minDays?: number } }[] }[] } & Rulebook;
    expect(assessEligibility(water, { asOf: '2023-02-01', rulebook: plain }).status).toBe('eligible');
    for (const v of plain.rules.find((r) => r.code === 'window.water')!.versions) v.value.minDays = 60;
    expect(assessEligibility(water, { asOf: '2023-02-01', rulebook: plain }).status).toBe('not-yet');
  });

  it('validated rulebooks, policies and parsed cases are deeply frozen', () => {
    const book = defineRulebook(JSON.parse(JSON.stringify(DEFAULT_RULEBOOK)));
    expect(() => {
      (book.rules[0]!.versions[0]!.value as { title: { nl: string } }).title.nl = 'x';
    }).toThrow(TypeError);
    expect(Object.isFrozen(CREDITOR_PRESETS['insurer-a'].rules[0]!.versions[0]!.value)).toBe(true);
    expect(Object.isFrozen(water.arrears)).toBe(true);
  });

  it('changing a result does not change the next result', () => {
    const first = assessEligibility(water, { asOf: '2023-01-20' });
    const expected = structuredClone(first);
    (first.reasons as unknown[]).length = 0;
    (first as { status: string }).status = 'eligible';
    expect(() => {
      (assessEligibility(water, { asOf: '2023-01-20' }).reasons[0]!.values as Record<string, unknown>)['x'] = 1;
    }).toThrow(TypeError);
    expect(assessEligibility(water, { asOf: '2023-01-20' })).toEqual(expected);
  });
});

describe('explanations', () => {
  it('lists every rule of the sector, with sources, values and Dutch and English messages', () => {
    const r = assessEligibility(water, { asOf: '2023-01-31' });
    for (const reason of r.reasons) {
      expect(reason.source.document.length).toBeGreaterThan(0);
      expect(reason.message.nl.length).toBeGreaterThan(0);
      expect(reason.message.en.length).toBeGreaterThan(0);
    }
    expect(r.reasons.find((x) => x.code === 'window.water')).toMatchObject({
      outcome: 'pass', values: { ageDays: 30, minDays: 30, maxDays: null },
    });
  });

  it('a rule without a version in force shows as skipped with its periods', () => {
    const r = assessEligibility(parsed({ ...WATER_INPUT, kind: 'warm-referral', customerAskedForHelp: true }), { asOf: '2023-01-15' });
    expect(r.reasons.find((x) => x.code === 'warm-referral.asked-for-help')).toMatchObject({
      outcome: 'skip', values: { inForceFrom: '2023-02-01', inForceUntil: null },
    });
  });

  it('health: reports the total but measures the premium, and informs about the CAK at 6 months', () => {
    const c = parsed({
      sector: 'health-insurance', socialCollectionDone: true, paymentArrangement: 'lapsed',
      arrears: { total: '900.00', premium: '700.00', oldestDueDate: '2024-01-01', newestDueDate: '2024-06-20' },
    });
    const r = assessEligibility(c, { asOf: '2024-07-15', creditorPolicy: 'insurer-a', rulebook: DEFAULT_RULEBOOK });
    expect(r.reasons.find((x) => x.code === 'health.premium-decides')).toMatchObject({ outcome: 'info', values: { premium: '700.00', total: '900.00' } });
    expect(r.reasons.find((x) => x.code === 'health.cak-referral')).toMatchObject({ outcome: 'info', values: { monthsInArrears: 6, months: 6 } });
    expect(r.reasons.find((x) => x.code === 'insurer-a.floor')).toMatchObject({ values: { amount: '700.00', measuredOn: 'premium' } });
    // insurer A's own window takes the place of the national one, and looks at the newest claim after a lapse
    expect(r.reasons.map((x) => x.code)).not.toContain('window.health');
    expect(r.reasons.find((x) => x.code === 'insurer-a.30-100')).toMatchObject({ outcome: 'pass', values: { measuredFrom: 'oldest-claim', maxMeasuredOn: 'newest', maxMeasuredDays: 25 } });
  });
});
