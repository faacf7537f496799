import { describe, expect, it } from 'vitest';
import { compilePolicy, explainTriage, PRESETS, triage, triageBatch } from '../../src/triage/index.js';
import { decisionsOf, input, matchOf } from './helpers.js';

const m4 = compilePolicy(PRESETS.M4);

describe('every decision explains itself', () => {
  it('names each earlier rule with the condition that failed, and the deciding rule with its source', () => {
    const decision = triage(input({ amount: '612.40' }, { recidivismMonths: 4 }), m4);
    expect(decision.reasons.map((r) => [r.code, r.values!['rule'], r.values!['condition'] ?? null])).toEqual([
      ['triage.rule.not-applied', 'legal-person', 'legalForm'],
      ['triage.rule.not-applied', 'crisis', 'crisis'],
      ['triage.rule.not-applied', 'known-at-debt-help', 'knownAtDebtHelp'],
      ['triage.rule.not-applied', 'floor-100-except-water', 'amount'],
      ['triage.rule.not-applied', 'home-visit-match', 'match'],
      ['triage.rule.decided', 'home-visit-recidivist-above-500', null],
    ]);
    expect(decision.reasons[3]!.message.nl).toBe("Regel 'floor-100-except-water' geldt niet: bedrag (totaal over de match) lager dan €100.00 niet voldaan");
    expect(decision.reasons.at(-1)!.source.clause).toContain('Gemeente 4, Huisbezoek: enkelvoudig, recidive afgelopen 6 maanden');
  });

  it('names the move and its cause when a channel is full or contact data is missing', () => {
    const batch = Array.from({ length: 21 }, (_, i) => input({ id: `M${String(i).padStart(2, '0')}`, amount: `${200 + i}.00`, email: i !== 0 }, { match: matchOf() }));
    const [first] = decisionsOf(triageBatch(batch, m4));
    expect(first!.reasons.filter((r) => r.code.startsWith('triage.move')).map((r) => [r.code, r.values!['from'], r.values!['to']])).toEqual([
      ['triage.move.full', 'home-visit', 'email'], ['triage.move.no-email', 'email', 'card'],
    ]);
  });

  it('decisions and their reasons are frozen or fresh: changing one does not change the next', () => {
    const item = input({ amount: '900.00' });
    const first = triage(item, m4);
    const expected = structuredClone(first);
    expect(() => (first.reasons as unknown[]).push(null)).toThrow(TypeError);
    (first as { channel: string }).channel = 'letter';
    expect(triage(item, m4)).toEqual(expected);
  });
});

describe('explanations', () => {
  it('name the deciding rule, its conditions with the values seen, and the policy as source', () => {
    const item = input({ amount: '612.40' }, { recidivismMonths: 4 });
    const result = triage(item, m4);
    const reasons = explainTriage(item, m4, result);
    const decided = reasons.find((r) => r.code === 'triage.rule.decided')!;
    expect(decided.values).toEqual({ rule: 'home-visit-recidivist-above-500', channel: 'home-visit' });
    expect(decided.source.id).toBe('policy:M4@2023-03');
    expect(decided.source.clause).toContain('Gemeente 4, Huisbezoek: enkelvoudig, recidive afgelopen 6 maanden');
    const conditions = reasons.filter((r) => r.code === 'triage.condition.holds');
    expect(conditions.map((r) => r.values)).toEqual([
      { rule: 'home-visit-recidivist-above-500', condition: 'amount', observed: '612.40' },
      { rule: 'home-visit-recidivist-above-500', condition: 'recidivism', observed: 4 },
    ]);
    expect(conditions[0]!.message).toEqual({
      nl: "Regel 'home-visit-recidivist-above-500': bedrag hoger dan €500.00 (gezien: 612.40)",
      en: "Rule 'home-visit-recidivist-above-500': amount above €500.00 (seen: 612.40)",
    });
    const skipped = reasons.filter((r) => r.code === 'triage.condition.fails');
    expect(skipped.map((r) => r.values!['rule'])).toEqual(['legal-person', 'crisis', 'known-at-debt-help', 'floor-100-except-water', 'home-visit-match']);
    expect(skipped[0]!.message.nl).toBe("Regel 'legal-person' geldt niet: rechtsvorm is bv, nv, stichting, vereniging gevraagd, gezien: natural-person");
    expect(skipped[1]!.message.nl).toBe("Regel 'crisis' geldt niet: crisissignaal (aanzegging ontruiming, eindeleveringssignaal) gevraagd, gezien: early");
  });

  it('record the overflow that moved a signal and its place in the order', () => {
    const batch = Array.from({ length: 21 }, (_, i) => input({ id: `M${String(i).padStart(2, '0')}`, amount: `${200 + i}.00` }, { match: matchOf() }));
    const results = decisionsOf(triageBatch(batch, m4));
    const reasons = explainTriage(batch[0]!, m4, results[0]!);
    expect(reasons.find((r) => r.code === 'triage.move.full')!.message).toEqual({
      nl: 'huisbezoek → e-mail: capaciteit vol (20/maand); terugvalkanaal',
      en: 'home visit → e-mail: capacity full (20/month); fallback',
    });
    expect(reasons.find((r) => r.code === 'triage.priority')!.values).toEqual({ rank: 21, priority: 'crisis → match → housing → amount-desc' });
    expect(reasons.at(-1)!.values).toEqual({ channel: 'email', executor: 'debt-help', also: null });
  });

  it('say when no rule applied', () => {
    const policy = compilePolicy({ name: 'Leeg', version: '1', effectiveFrom: '2024-01-01', rules: [], otherwise: { channel: 'manual-review' } });
    const item = input();
    const reasons = explainTriage(item, policy, triage(item, policy));
    expect(reasons.map((r) => r.code)).toEqual(['triage.policy', 'triage.rule.otherwise', 'triage.channel']);
    expect(reasons[1]!.message.en).toBe('No rule applies; otherwise: manual review');
  });
});
