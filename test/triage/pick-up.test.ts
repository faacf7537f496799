import { describe, expect, it } from 'vitest';
import { compilePolicy, definePolicy, explainTriage, parsePolicy, triage, triageBatch, type PolicyInput } from '../../src/triage/index.js';
import { decisionsOf, input } from './helpers.js';

const base = { name: 'T', version: '1', effectiveFrom: '2025-01-01', otherwise: { channel: 'letter' } } satisfies Partial<PolicyInput>;
const policy = (rules: PolicyInput['rules'], extra: Partial<PolicyInput> = {}) => compilePolicy({ ...base, rules, ...extra } as PolicyInput);

describe('legal-form condition', () => {
  it('in and notIn select on the debtor\'s legal form; a signal without one is a natural person', () => {
    const p = policy([
      { id: 'legal-person', when: { legalForm: { in: ['bv', 'nv'] } }, then: { channel: 'not-picked-up' } },
      { id: 'business', when: { legalForm: { notIn: ['natural-person'] } }, then: { channel: 'phone' } },
    ]);
    expect(triage(input({ legalForm: 'nv' }), p).rule).toBe('legal-person');
    expect(triage(input({ legalForm: 'vof' }), p).rule).toBe('business');
    expect(triage(input(), p).rule).toBe('otherwise');
  });

  it('explains the form it saw', () => {
    const p = policy([{ id: 'legal-person', when: { legalForm: { in: ['bv'] } }, then: { channel: 'not-picked-up' } }]);
    const item = input({ legalForm: 'bv' });
    const holds = explainTriage(item, p, triage(item, p)).find((r) => r.code === 'triage.condition.holds')!;
    expect(holds.values).toEqual({ rule: 'legal-person', condition: 'legalForm', observed: 'bv' });
    expect(holds.message.nl).toContain('rechtsvorm is bv');
  });

  it('a policy names an empty or contradictory legal-form condition and a later rule it shadows', () => {
    const bad = parsePolicy({ ...base, rules: [
      { id: 'empty', when: { legalForm: {} }, then: { channel: 'phone' } },
      { id: 'never', when: { legalForm: { in: ['bv'], notIn: ['bv'] } }, then: { channel: 'phone' } },
      { id: 'all-bv', when: { legalForm: { in: ['bv', 'nv'] } }, then: { channel: 'not-picked-up' } },
      { id: 'only-bv', when: { legalForm: { in: ['bv'] } }, then: { channel: 'phone' } },
    ] });
    expect(bad.ok).toBe(false);
    const codes = !bad.ok ? bad.issues.map((i) => [i.code, i.field]) : [];
    expect(codes).toContainEqual(['empty_legal_form', 'rules[0].when.legalForm']);
    expect(codes).toContainEqual(['unreachable_rule', 'rules[1].when']);
    expect(codes).toContainEqual(['shadowed_rule', 'rules[3]']);
  });
});

describe('not picked up: the reason, its feedback code and DDAS end result', () => {
  it('is read from the rule: a floor is unjustified, last month\'s repeat is repeated, anything else other', () => {
    const p = policy([
      { id: 'repeat', when: { sameCreditorLastMonth: true }, then: { channel: 'not-picked-up' } },
      { id: 'update', when: { update: true }, then: { channel: 'not-picked-up' } },
      { id: 'floor', when: { amount: { below: '50.00' } }, then: { channel: 'not-picked-up' } },
      { id: 'shortage', when: { kind: ['cak-list'] }, then: { channel: 'not-picked-up' } },
      { id: 'explicit', when: { sector: ['water'] }, then: { channel: 'not-picked-up', notPickedUp: 'unjustified' } },
    ]);
    const why = (spec: Parameters<typeof input>[0], ctx?: Parameters<typeof input>[1]) => triage(input(spec, ctx), p).notPickedUp;
    expect(why({}, { sameCreditorLastMonth: true })).toEqual({ reason: 'repeated', feedbackCode: 'repeated', ddasResult: 'Niet opgepakt: herhaalde melding' });
    expect(why({}, { update: true })?.reason).toBe('repeated');
    expect(why({ amount: '49.99' })).toEqual({ reason: 'unjustified', feedbackCode: 'unjustified', ddasResult: 'Niet opgepakt: onterecht signaal' });
    expect(why({ kind: 'cak-list' })).toEqual({ reason: 'other', feedbackCode: 'not-picked-up', ddasResult: 'Niet opgepakt: andere reden' });
    expect(why({ sector: 'water' })?.reason).toBe('unjustified');
    expect(why({ amount: '80.00' })).toBeNull();
  });

  it('the decision says why in its reasons, with the values', () => {
    const p = policy([{ id: 'floor', when: { amount: { below: '50.00' } }, then: { channel: 'not-picked-up' } }]);
    const r = triage(input({ amount: '20.00' }), p).reasons.at(-1)!;
    expect(r.code).toBe('triage.not-picked-up');
    expect(r.values).toEqual({ reason: 'unjustified', feedbackCode: 'unjustified', ddasResult: 'Niet opgepakt: onterecht signaal', inferred: true, byCapacity: false });
    expect(r.source.clause).toContain('regel floor');
    const item = input({ amount: '20.00' });
    expect(explainTriage(item, p, triage(item, p)).find((e) => e.code === 'triage.not-picked-up')?.values).toMatchObject({ ddasResult: 'Niet opgepakt: onterecht signaal' });
  });

  it('a signal that lands on not-picked-up for lack of capacity is "other reason" (staff shortage)', () => {
    const p = policy([{ id: 'visit', when: {}, then: { channel: 'home-visit' } }], {
      capacity: { 'home-visit': 1 }, fallbacks: { 'home-visit': { whenFull: 'not-picked-up' } },
    });
    const [first, second] = decisionsOf(triageBatch([input({ id: 'A', amount: '900.00' }), input({ id: 'B', amount: '100.00' })], p));
    expect(first!.notPickedUp).toBeNull();
    expect(second!.channel).toBe('not-picked-up');
    expect(second!.notPickedUp?.reason).toBe('other');
    expect(second!.reasons.at(-1)!.values).toMatchObject({ reason: 'other', byCapacity: true });
  });

  it('notPickedUp belongs to the not-picked-up channel only; a referral needs a contact', () => {
    const bad = parsePolicy({ ...base, rules: [
      { id: 'a', when: { amount: { below: '50.00' } }, then: { channel: 'letter', notPickedUp: 'unjustified' } },
      { id: 'b', when: { legalForm: { in: ['vof'] } }, then: { channel: 'not-picked-up', referTo: 'entrepreneur-desk' } },
    ] });
    expect(!bad.ok && bad.issues.map((i) => [i.code, i.field])).toEqual([
      ['reason_without_not_picked_up', 'rules[0].then.notPickedUp'],
      ['referral_not_picked_up', 'rules[1].then.referTo'],
    ]);
  });
});

describe('entrepreneur route', () => {
  it('is a referral beside the channel, explained, and distinct from not picked up', () => {
    const p = compilePolicy(definePolicy({ ...base, rules: [
      { id: 'entrepreneur', when: { legalForm: { in: ['sole-trader'] } }, then: { channel: 'phone', referTo: 'entrepreneur-desk' } },
    ] }));
    const d = triage(input({ legalForm: 'sole-trader' }), p);
    expect([d.channel, d.referral, d.notPickedUp]).toEqual(['phone', 'entrepreneur-desk', null]);
    expect(d.reasons.at(-1)!.message.nl).toBe('Doorverwijzen naar hulp voor ondernemers (Bbz/ondernemersloket)');
    expect(explainTriage(input({ legalForm: 'sole-trader' }), p, d).map((r) => r.code).slice(-2)).toEqual(['triage.referral', 'triage.channel']);
    expect(triage(input(), p).referral).toBeNull();
  });
});
