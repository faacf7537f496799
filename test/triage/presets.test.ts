import { describe, expect, it } from 'vitest';
import { compilePolicy, explainTriage, PRESETS, PRESET_NAMES, triage, type PresetName, type TriageContext } from '../../src/triage/index.js';
import { input, matchOf, type SignalSpec } from './helpers.js';

/**
 * Golden cases drawn from De signaalreis (003), Bijlage 1: each row is one signal under one
 * preset, with the rule and channel the study's text gives (or the documented choice).
 */
interface Golden {
  name: string;
  signal?: SignalSpec;
  context?: TriageContext;
  rule: string;
  channel: string;
  executor?: string;
}

const GOLDEN: Record<PresetName, Golden[]> = {
  M1: [
    { name: '€100.00 is not above €100: not picked up', signal: { amount: '100.00' }, rule: 'floor-100', channel: 'not-picked-up' },
    { name: '€100.01 is picked up (letter)', signal: { amount: '100.01' }, rule: 'otherwise', channel: 'letter' },
    { name: 'a €60 signal in a €300 match is picked up', signal: { amount: '60.00' }, context: { match: matchOf(['energy', 'water'], '300.00') }, rule: 'home-visit-match', channel: 'home-visit' },
    { name: 'same resident signalled last month: not picked up', signal: { amount: '800.00' }, context: { recidivismMonths: 1 }, rule: 'signalled-last-month', channel: 'not-picked-up' },
    { name: 'known at debt help first', signal: { amount: '800.00' }, context: { knownAtDebtHelp: true }, rule: 'known-at-debt-help', channel: 'known-at-debt-help' },
    { name: 'age 18 goes to the youth worker', signal: { amount: '800.00' }, context: { ageYears: 18 }, rule: 'youth-18-27', channel: 'youth-worker', executor: 'youth-work' },
    { name: 'age 27 goes to the youth worker', signal: { amount: '150.00' }, context: { ageYears: 27 }, rule: 'youth-18-27', channel: 'youth-worker' },
    { name: 'age 28 does not', signal: { amount: '150.00' }, context: { ageYears: 28 }, rule: 'otherwise', channel: 'letter' },
    { name: 'high amount (> €500) gets a call', signal: { amount: '500.01' }, rule: 'phone-high-amount', channel: 'phone' },
    { name: '€500.00 is not a high amount', signal: { amount: '500.00' }, rule: 'otherwise', channel: 'letter' },
    { name: 'recidivist within 6 months gets a call', signal: { amount: '200.00' }, context: { recidivismMonths: 6 }, rule: 'phone-recidivist', channel: 'phone' },
    { name: 'call without a number becomes a letter', signal: { amount: '900.00', phone: false }, rule: 'phone-high-amount', channel: 'letter' },
  ],
  M2: [
    { name: 'single housing €575.00 (choice: counts as above)', signal: { amount: '575.00', sector: 'housing' }, rule: 'single-housing-575', channel: 'home-visit', executor: 'district-team' },
    { name: 'single housing €574.99: automatic message and call centre', signal: { amount: '574.99', sector: 'housing' }, rule: 'automatic-below-575', channel: 'phone', executor: 'call-centre' },
    { name: 'match E+W: home visit by the municipality', context: { match: matchOf(['energy', 'water']) }, rule: 'match-without-housing', channel: 'home-visit', executor: 'municipality' },
    { name: 'match with housing: home visit by the district team', signal: { sector: 'energy' }, context: { match: matchOf(['energy', 'housing']) }, rule: 'match-with-housing', channel: 'home-visit', executor: 'district-team' },
    { name: '€25.00: automatic message only, no call', signal: { amount: '25.00' }, rule: 'automatic-up-to-25', channel: 'sms' },
    { name: '€25.01: call centre', signal: { amount: '25.01', sector: 'water' }, rule: 'automatic-below-575', channel: 'phone', executor: 'call-centre' },
    { name: 'automatic message without phone: e-mail', signal: { amount: '20.00', phone: false }, rule: 'automatic-up-to-25', channel: 'email' },
    { name: 'automatic message without phone or e-mail: letter', signal: { amount: '20.00', phone: false, email: false }, rule: 'automatic-up-to-25', channel: 'letter' },
    { name: 'single energy €575 (not described): call centre', signal: { amount: '575.00', sector: 'energy' }, rule: 'otherwise', channel: 'phone', executor: 'call-centre' },
  ],
  M3: [
    { name: '€249.99: e-mail', signal: { amount: '249.99' }, rule: 'email-below-250', channel: 'email' },
    { name: '€250.00: phone', signal: { amount: '250.00' }, rule: 'phone-250-500', channel: 'phone' },
    { name: '€500.00: phone', signal: { amount: '500.00' }, rule: 'phone-250-500', channel: 'phone' },
    { name: '€500.01: home visit', signal: { amount: '500.01' }, rule: 'home-visit-above-500', channel: 'home-visit' },
    { name: 'no floor: €0.01 gets an e-mail', signal: { amount: '0.01' }, rule: 'email-below-250', channel: 'email' },
    { name: 'e-mail without an address: personalised card', signal: { amount: '100.00', email: false }, rule: 'email-below-250', channel: 'card' },
    { name: 'call without a number but with e-mail: e-mail', signal: { amount: '300.00', phone: false }, rule: 'phone-250-500', channel: 'email' },
    { name: 'no e-mail and no phone: personalised card', signal: { amount: '300.00', phone: false, email: false }, rule: 'phone-250-500', channel: 'card' },
    { name: 'recidivist: separate bucket, reviewed by hand', signal: { amount: '800.00' }, context: { recidivismMonths: 3 }, rule: 'recidivist-review', channel: 'manual-review' },
    { name: 'dragger: separate bucket', signal: { amount: '80.00' }, context: { dragger: true }, rule: 'dragger-review', channel: 'manual-review' },
    { name: 'recidivist whose earlier contact failed: home visit', signal: { amount: '80.00' }, context: { recidivismMonths: 2, earlierContactFailed: true }, rule: 'recidivist-failed-contact', channel: 'home-visit' },
  ],
  M4: [
    { name: '< €100 not forwarded', signal: { amount: '99.99', sector: 'energy' }, rule: 'floor-100-except-water', channel: 'not-picked-up' },
    { name: '€100.00 forwarded: letter', signal: { amount: '100.00', sector: 'energy' }, rule: 'letter-up-to-300', channel: 'letter' },
    { name: 'water below €100 is forwarded: letter', signal: { amount: '40.00', sector: 'water' }, rule: 'letter-up-to-300', channel: 'letter' },
    { name: 'recidivist below €100 (water only): letter', signal: { amount: '99.99', sector: 'water' }, context: { recidivismMonths: 2 }, rule: 'letter-recidivist-below-100', channel: 'letter' },
    { name: 'crisis (eviction notice) to case directors', signal: { amount: '50.00', sector: 'housing', kind: 'eviction-notice' }, rule: 'crisis', channel: 'case-director' },
    { name: 'crisis (end of supply) to case directors', signal: { amount: '900.00', kind: 'end-of-supply' }, rule: 'crisis', channel: 'case-director' },
    { name: 'known at debt help: own bucket', signal: { amount: '900.00' }, context: { knownAtDebtHelp: true }, rule: 'known-at-debt-help', channel: 'known-at-debt-help' },
    { name: 'match: home visit by social work', context: { match: matchOf() }, rule: 'home-visit-match', channel: 'home-visit', executor: 'social-work' },
    { name: 'single recidivist (6 months) €500.01: home visit', signal: { amount: '500.01' }, context: { recidivismMonths: 6 }, rule: 'home-visit-recidivist-above-500', channel: 'home-visit' },
    { name: 'single recidivist €500.00: phone', signal: { amount: '500.00' }, context: { recidivismMonths: 6 }, rule: 'phone-recidivist-100-500', channel: 'phone', executor: 'debt-help' },
    { name: 'single recidivist €100.00: phone', signal: { amount: '100.00' }, context: { recidivismMonths: 1 }, rule: 'phone-recidivist-100-500', channel: 'phone' },
    { name: 'recidivist 7 months ago counts as none: letter', signal: { amount: '250.00' }, context: { recidivismMonths: 7 }, rule: 'letter-up-to-300', channel: 'letter' },
    { name: 'single housing €150: phone', signal: { amount: '150.00', sector: 'housing' }, rule: 'phone-housing', channel: 'phone' },
    { name: 'single €300.00 without recidivism: letter', signal: { amount: '300.00' }, rule: 'letter-up-to-300', channel: 'letter' },
    { name: 'single €300.01: phone', signal: { amount: '300.01' }, rule: 'phone-above-300', channel: 'phone' },
    { name: 'phone unknown: mail', signal: { amount: '400.00', phone: false }, rule: 'phone-above-300', channel: 'email' },
    { name: 'phone and e-mail unknown: handwritten card', signal: { amount: '400.00', phone: false, email: false }, rule: 'phone-above-300', channel: 'card' },
  ],
  M5: [
    { name: 'single: letter only', signal: { amount: '2000.00' }, rule: 'otherwise', channel: 'letter' },
    { name: 'two creditors: home visit (and a letter)', context: { match: matchOf() }, rule: 'home-visit-two-creditors', channel: 'home-visit' },
    { name: 'end-of-supply: home visit', signal: { kind: 'end-of-supply', amount: '30.00' }, rule: 'home-visit-end-of-supply', channel: 'home-visit' },
    { name: 'one creditor, updated signal: letter', context: { update: true, match: { isMatch: false, creditorCount: 1 } }, rule: 'otherwise', channel: 'letter' },
  ],
  M6: [
    { name: 'single energy: letter (may be upgraded in a batch)', signal: { amount: '5000.00' }, rule: 'otherwise', channel: 'letter' },
    { name: 'match of any amount: home visit', signal: { amount: '10.00' }, context: { match: matchOf() }, rule: 'home-visit-match', channel: 'home-visit', executor: 'district-team' },
    { name: 'housing: home visit', signal: { amount: '10.00', sector: 'housing' }, rule: 'home-visit-housing', channel: 'home-visit' },
  ],
  'above-500-home-visit': [
    { name: '€500.00: letter', signal: { amount: '500.00', sector: 'health-insurance' }, rule: 'otherwise', channel: 'letter' },
    { name: '€500.01 whoever the creditor: home visit', signal: { amount: '500.01', sector: 'health-insurance' }, rule: 'home-visit-above-500', channel: 'home-visit' },
    { name: '€500.01 housing: home visit', signal: { amount: '500.01', sector: 'housing' }, rule: 'home-visit-above-500', channel: 'home-visit' },
  ],
};

describe.each(PRESET_NAMES)('preset %s', (name) => {
  const compiled = compilePolicy(PRESETS[name]);

  it('cites the study and documents its choices', () => {
    expect(compiled.policy.source).toContain('003_b39b281b8c98e411.txt');
    expect(compiled.policy.description).toMatch(/^Choices where the study is not exact/);
  });

  it.each(GOLDEN[name])('$name', (golden) => {
    const item = input(golden.signal, golden.context);
    const result = triage(compiled, item);
    expect({ rule: result.rule, channel: result.channel }).toEqual({ rule: golden.rule, channel: golden.channel });
    if (golden.executor) expect(result.executor).toBe(golden.executor);
    const reasons = explainTriage(compiled, item, result);
    expect(reasons.at(-1)!.values).toMatchObject({ channel: golden.channel });
  });
});

it('M4 has the capacity of the study: 20 home visits and 50 calls a month', () => {
  expect(compilePolicy(PRESETS.M4).policy.capacity).toEqual({ 'home-visit': 20, phone: 50 });
  expect(compilePolicy(PRESETS.M5).policy.capacity).toEqual({ 'home-visit': 30, phone: 50 });
  expect(compilePolicy(PRESETS.M6).policy.capacity).toEqual({ 'home-visit': 85 });
});
