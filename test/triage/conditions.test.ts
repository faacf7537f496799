import { describe, expect, it } from 'vitest';
import { compilePolicy, triage, type Conditions, type PolicyInput, type TriageContext } from '../../src/triage/index.js';
import { input, matchOf, type SignalSpec } from './helpers.js';

/** A one-rule policy: the rule sends to manual review when its condition holds, else a letter. */
function holdsFor(when: PolicyInput['rules'][number]['when'], spec: SignalSpec = {}, context?: TriageContext): boolean {
  const policy = compilePolicy({ name: 'T', version: '1', effectiveFrom: '2024-01-01', rules: [{ id: 'r', when, then: { channel: 'manual-review' } }], otherwise: { channel: 'letter' } });
  return triage(input(spec, context), policy).rule === 'r';
}

type Case = [string, Conditions | Record<string, unknown>, SignalSpec, TriageContext | undefined, boolean];

const CASES: Case[] = [
  ['amount of the match total', { amount: { of: 'match-total', atLeast: '1000' } }, { amount: '400.00' }, { match: matchOf(['energy', 'water'], '1000.00') }, true],
  ['match total falls back to the signal when single', { amount: { of: 'match-total', atLeast: '1000' } }, { amount: '400.00' }, undefined, false],
  ['sector of this signal', { sector: ['water', 'energy'] }, { sector: 'water' }, undefined, true],
  ['sector of another creditor does not count as this signal\'s', { sector: ['housing'] }, { sector: 'water' }, { match: matchOf(['water', 'housing']) }, false],
  ['sectors of the resident include housing', { sectors: { anyOf: ['housing'] } }, { sector: 'water' }, { match: matchOf(['water', 'housing']) }, true],
  ['sectors of the resident exclude housing', { sectors: { noneOf: ['housing'] } }, { sector: 'water' }, { match: matchOf(['water', 'housing']) }, false],
  ['single', { match: false }, {}, { match: { isMatch: false } }, true],
  ['creditors at least 3', { creditors: { atLeast: 3 } }, {}, { match: matchOf(['water', 'energy']) }, false],
  ['creditors default to 2 for a match', { creditors: { atLeast: 2, atMost: 2 } }, {}, { match: { isMatch: true } }, true],
  ['recidivism within 6 months: 6 holds', { recidivism: { withinMonths: 6 } }, {}, { recidivismMonths: 6 }, true],
  ['recidivism within 6 months: 7 does not', { recidivism: { withinMonths: 6 } }, {}, { recidivismMonths: 7 }, false],
  ['no recidivism: null holds', { recidivism: { withinMonths: 6, present: false } }, {}, { recidivismMonths: null }, true],
  ['dragger', { dragger: true }, {}, { dragger: true }, true],
  ['update', { update: true }, {}, {}, false],
  ['same creditor last month', { sameCreditorLastMonth: true }, {}, { sameCreditorLastMonth: true }, true],
  ['a different creditor last month is not the same creditor', { sameCreditorLastMonth: true }, {}, { recidivismMonths: 1 }, false],
  ['unknown age fails an age band', { age: { atMost: 27 } }, {}, {}, false],
  ['age band', { age: { atLeast: 18, atMost: 27 } }, {}, { ageYears: 20 }, true],
  ['kind warm referral', { kind: ['warm-referral'] }, { kind: 'warm-referral' }, undefined, true],
  ['not a crisis', { crisis: false }, { kind: 'eviction-notice' }, undefined, false],
  ['register outcome', { registerOutcome: ['fallout'] }, {}, { registerOutcome: 'fallout' }, true],
  ['another register outcome', { registerOutcome: ['fallout'] }, {}, { registerOutcome: 'found' }, false],
  ['unknown register outcome', { registerOutcome: ['fallout'] }, {}, undefined, false],
  ['earlier contact failed', { earlierContactFailed: true }, {}, { earlierContactFailed: true }, true],
  ['no phone', { hasPhone: false }, { phone: false }, undefined, true],
  ['has e-mail', { hasEmail: true }, { email: false }, undefined, false],
  ['known at debt help', { knownAtDebtHelp: true }, {}, { knownAtDebtHelp: true }, true],
  ['all conditions must hold', { match: true, sector: ['housing'] }, { sector: 'water' }, { match: matchOf() }, false],
];

describe('each condition', () => {
  it.each(CASES)('%s', (_, when, spec, context, expected) => {
    expect(holdsFor(when as Conditions, spec, context)).toBe(expected);
  });
});
