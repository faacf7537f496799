import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/cli/io.js';
import { capacityOption, policyOption } from '../../src/cli/options.js';
import { PRESETS } from '../../src/triage/index.js';

describe('--policy: a file, or a preset in any case (issue 15, friction)', () => {
  it('reads presets whatever their case', () => {
    expect(policyOption('m4')).toBe(PRESETS.M4);
    expect(policyOption(' M6 ')).toBe(PRESETS.M6);
    expect(policyOption('Above-500-Home-Visit')).toBe(PRESETS['above-500-home-visit']);
  });

  it('reads a policy file, and lists the presets for anything else', () => {
    expect(policyOption('examples/policies/voorbeeldgemeente.json')).toMatchObject({ rules: expect.any(Array) });
    expect(() => policyOption('m9')).toThrow(InputError);
    expect(() => policyOption('m9')).toThrow('policy m9 is neither a policy file nor a preset; presets: M1, M2, M3, M4, M5, M6, above-500-home-visit');
  });
});

describe('--capacity: one syntax everywhere', () => {
  it('takes a comma list, and may be repeated', () => {
    expect(capacityOption('home-visit=20,phone=50')).toEqual({ 'home-visit': 20, phone: 50 });
    expect(capacityOption('phone=40', capacityOption('home-visit=20'))).toEqual({ 'home-visit': 20, phone: 40 });
    expect(capacityOption(' home-visit = 0 ')).toEqual({ 'home-visit': 0 });
  });

  it('refuses a channel without a whole number, or an unknown channel', () => {
    for (const bad of ['home-visit=', 'home-visit=2.5', 'visit=3', 'home-visit=20,', '=3']) expect(() => capacityOption(bad), bad).toThrow(/CHANNEL=NUMBER/);
  });
});
