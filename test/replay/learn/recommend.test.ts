/**
 * The recommender's parts on the bundled SYNTHETIC sample and on small hand-made samples: strata
 * are rule conditions (a written policy routes every signal as its plan says), legal persons and
 * ineligible signals never get a channel, "no evidence" is never a zero rate, options are checked.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../src/model/index.js';
import { parseSample, type SampleRecord, type SampleRecordInput } from '../../../src/replay/index.js';
import { learnFromPrepared, prepareFor } from '../../../src/replay/learn/outcomes.js';
import { writePolicy, type Target } from '../../../src/replay/learn/policy-writer.js';
import { recommendPolicy } from '../../../src/replay/learn/recommend.js';
import { buildStrata, cellOf, keyOf } from '../../../src/replay/learn/strata.js';
import { LEARNABLE_CHANNELS } from '../../../src/replay/learn/treatment.js';
import { compilePolicy, definePolicy, PRESETS, triage, type Channel } from '../../../src/triage/index.js';
import { bundledSample } from '../helpers.js';

const sample = bundledSample();

function parsed(inputs: SampleRecordInput[]): SampleRecord[] {
  return parseSample(inputs).map((r) => {
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    return r.value;
  });
}

/** A small history: housing signals of single residents, some phoned, some written to. */
function smallHistory(): SampleRecordInput[] {
  const out: SampleRecordInput[] = [];
  for (let i = 0; i < 120; i++) {
    const phoned = i % 3 !== 0;
    const month = String(1 + (i % 6)).padStart(2, '0');
    out.push({
      id: `R${i}`, household: `H${i}`, person: `P${i}`, synthetic: true,
      creditor: { id: 'WC1', sector: 'housing' }, receivedDate: `2023-${month}-10`,
      debtor: { birthDate: '1980', hasPhone: true }, address: { postcode: '1234' }, arrears: { total: i % 2 ? '650.00' : '180.00' },
      outcome: {
        pickedUp: true,
        attempts: [{ date: `2023-${month}-15`, channel: phoned ? 'phone' : 'letter', reached: phoned ? i % 4 !== 1 : i % 9 === 0 }],
        helpAccepted: phoned ? i % 4 === 0 : false,
      },
    });
  }
  return out;
}

describe('strata are rule conditions', () => {
  it('a policy written from any plan routes every signal of the bundled sample as the plan says', () => {
    const prepared = prepareFor(sample, {});
    const learning = learnFromPrepared(prepared);
    const channels: Channel[] = ['letter', 'email', 'phone', 'home-visit', 'card'];
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: channels.length - 1 }), { minLength: learning.cells.size, maxLength: learning.cells.size }), (choice) => {
        const plan = new Map<string, Channel>();
        const targets: Target[] = [...learning.cells.entries()].map(([stratum, cell], i) => {
          plan.set(stratum, channels[choice[i]!]!);
          return { stratum, cell, mass: 1, channel: channels[choice[i]!]!, upgrade: null, gain: 0, evidence: null, upgradeEvidence: null };
        });
        const policy = compilePolicy(definePolicy(writePolicy({
          strata: learning.strata, targets, current: definePolicy(PRESETS.M4), keep: new Set(), capacity: {}, fallbacks: {},
          name: 'plan', version: '1', effectiveFrom: '2024-01-01', description: '', source: '', objective: 'help accepted', level: 0.95,
          interval: () => [0, 1],
        })));
        prepared.inputs.forEach((input, i) => {
          const expected = plan.get(learning.keys[i]!);
          if (expected) expect(triage(input, policy).decided).toBe(expected);
        });
      }),
      { numRuns: 5 },
    );
  });

  it('keys a signal by its amount band (lower bound included), match, return, sector, age band and phone', () => {
    const strata = buildStrata();
    const [record] = parsed([{
      id: 'S1', creditor: { id: 'EN1', sector: 'energy' }, receivedDate: '2023-05-01', debtor: { birthDate: '1950', hasPhone: false },
      address: { postcode: '1234' }, arrears: { total: '300.00' },
    }]);
    const input = prepareFor([record!], {}).inputs[0]!;
    expect(keyOf(strata, cellOf(strata, input))).toBe('amount=300-500|match=no|returning=no|sector=energy|age=67+|phone=no');
  });
});

describe('recommendPolicy on small samples', () => {
  const capacities = { phone: 10 };

  it('never assigns a channel to a legal person or an ineligible signal, and never learns from them', () => {
    const inputs = smallHistory();
    inputs[0]!.debtor = { ...inputs[0]!.debtor, legalForm: 'bv' };
    inputs[1]!.debtor = { ...inputs[1]!.debtor, legalForm: 'nv' };
    inputs[2]!.debtor = { ...inputs[2]!.debtor, legalForm: 'sole-trader' };
    // Even with no rule kept (`keep: []`), M4's legal-form rule stays: rules of law are not learned away.
    const rec = recommendPolicy(parsed(inputs), { current: 'M4', capacities, guards: { keep: [] }, simulation: { draws: 50 } });
    // The routes are the written policy triaged again: its legal-form rules set the bv and nv aside.
    expect(rec.routes[0]).toMatchObject({ recommended: 'not-picked-up', fixed: 'legal-person' });
    expect(rec.routes[1]).toMatchObject({ recommended: 'not-picked-up', fixed: 'legal-person' });
    expect(rec.routes[2]!.recommended).not.toBe('not-picked-up');
    expect(rec.outcomes.population.notLearned['legal-person']).toBe(2);
    expect(rec.guards.lawful).toEqual({ legalPersons: 2, ineligible: 0, assigned: 0 });
    // M4 sets aside bv, nv, foundation and association; the form it leaves open gets a rule first.
    const [added, kept] = rec.policy.rules;
    expect(added).toMatchObject({ id: 'legal-person-other-forms', when: { legalForm: { in: ['other'] } }, then: { channel: 'not-picked-up', notPickedUp: 'other' } });
    expect(added!.source).toMatch(/^De signaalreis .*Signalen over rechtspersonen mogen op basis van de Wgs niet worden opgevolgd/);
    expect(kept).toMatchObject({ id: 'legal-person', when: { legalForm: { in: ['bv', 'nv', 'foundation', 'association'] } } });
    expect(kept!.source).toMatch(/^kept from M4@/);
  });

  it('calls where calls help within the capacity, and writes the evidence into the rule', () => {
    const rec = recommendPolicy(parsed(smallHistory()), { current: 'M4', capacities, simulation: { draws: 50 } });
    const phone = rec.tradeOff.channels.find((c) => c.channel === 'phone')!;
    expect(phone.recommended.busiestMonth).toBeLessThanOrEqual(10);
    expect(phone.plannedPerMonth).toBeGreaterThan(8);
    const rule = rec.policy.rules.find((r) => r.then.ifCapacityLeft === 'phone' || r.then.channel === 'phone')!;
    expect(rule.source).toMatch(/phone/);
    // On the signals both policies send to channels with evidence, the plan helps at least as many.
    expect(rec.optimisation.value).toBeGreaterThanOrEqual(rec.optimisation.currentValue);
    // M4 sends full calls to e-mail and cards, never tried here: the trade-off says it valued them by prediction.
    expect(rec.tradeOff.coverage.extrapolated.current).toBeGreaterThan(0);
  });

  it('reports a channel never tried as no evidence, and with `untried: exclude` never assigns it there', () => {
    const rec = recommendPolicy(parsed(smallHistory()), { current: 'M4', capacities, untried: 'exclude', simulation: { draws: 50 } });
    for (const s of rec.outcomes.strata) {
      const hv = s.channels['home-visit'];
      expect(hv.helpAccepted).toMatchObject({ n: 0, evidence: 'none', rate: null, interval: null });
    }
    expect(rec.routes.every((r) => r.recommended !== 'home-visit')).toBe(true);
  });

  it('keeps the routes of the current policy\'s crisis and debt-help rules', () => {
    const inputs = smallHistory();
    inputs[5] = { ...inputs[5]!, kind: 'eviction-notice' };
    inputs[6] = { ...inputs[6]!, knownAtDebtHelp: true };
    const rec = recommendPolicy(parsed(inputs), { current: 'M4', capacities, simulation: { draws: 50 } });
    expect(rec.routes[5]).toMatchObject({ current: 'case-director', recommended: 'case-director', fixed: 'crisis' });
    expect(rec.routes[6]).toMatchObject({ current: 'known-at-debt-help', recommended: 'known-at-debt-help', fixed: 'known-at-debt-help' });
  });

  it('throws UsageError for capacities that are not whole numbers, an unknown preset and an empty sample', () => {
    const s = parsed(smallHistory());
    expect(() => recommendPolicy(s, { current: 'M4', capacities: { phone: -1 } })).toThrow(UsageError);
    expect(() => recommendPolicy(s, { current: 'M9' as 'M4', capacities })).toThrow(UsageError);
    expect(() => recommendPolicy([], { current: 'M4', capacities })).toThrow(/nothing to learn from/);
  });

  it('learns a rate for every learnable channel the small history tried, and none for the others', () => {
    const rec = recommendPolicy(parsed(smallHistory()), { current: 'M4', capacities, simulation: { draws: 20 } });
    const tried = LEARNABLE_CHANNELS.filter((c) => rec.outcomes.channels[c].cases > 0);
    expect(tried.sort()).toEqual(['letter', 'phone']);
  });
});
