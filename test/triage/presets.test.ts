import { describe, expect, it } from 'vitest';
import { compilePolicy, explainTriage, parseTriageInput, PRESETS, PRESET_NAMES, triage, triageBatch, type PresetName } from '../../src/triage/index.js';
import { readGoldenCases, runGoldenCases } from '../support/golden.js';

/**
 * Golden cases as data (test/fixtures/triage/*.jsonl), drawn from De signaalreis, Bijlage 1:
 * each line is one raw signal with its context under one preset (`options.preset`), with the
 * rule and channel the study's text gives (or the preset's documented choice), and the
 * appendix passage it rests on in `source`.
 */
const compiled = Object.fromEntries(PRESET_NAMES.map((n) => [n, compilePolicy(PRESETS[n])])) as Record<PresetName, ReturnType<typeof compilePolicy>>;

runGoldenCases('triage', (golden) => {
  const preset = (golden.options as { preset: PresetName }).preset;
  const parsed = parseTriageInput(golden.input);
  if (!parsed.ok) return { issues: parsed.issues };
  const decision = triage(parsed.value, compiled[preset]);
  // the batch, which takes the raw record, decides alike (no capacity is used up by one signal
  // except an ifCapacityLeft upgrade, which only a batch applies)
  const [item] = triageBatch([golden.input], compiled[preset]);
  expect(item!.ok && item!.value.rule).toBe(decision.rule);
  expect(explainTriage(parsed.value, compiled[preset], decision).at(-1)!.values).toMatchObject({ channel: decision.channel });
  expect(decision.reasons.find((r) => r.code === 'triage.rule.decided' || r.code === 'triage.rule.otherwise')!.values).toEqual({ rule: decision.rule, channel: decision.decided });
  return { rule: decision.rule, channel: decision.channel, executor: decision.executor, notPickedUp: decision.notPickedUp, referral: decision.referral };
});

describe.each(PRESET_NAMES)('preset %s', (name) => {
  it('cites the study by title and documents its choices', () => {
    expect(compiled[name].policy.source).toContain('De signaalreis');
    expect(compiled[name].policy.description).toMatch(/^Choices where the study is not exact/);
  });

  it('has golden cases, each with the appendix passage it rests on', () => {
    const own = readGoldenCases('triage').filter((g) => (g.options as { preset: string }).preset === name);
    expect(own.length).toBeGreaterThanOrEqual(3);
    for (const g of own) expect(g.source, g.name).toMatch(/^De signaalreis, .*"/);
  });
});

it('M4 has the capacity of the study: 20 home visits and 50 calls a month', () => {
  expect(compiled.M4.policy.capacity).toEqual({ 'home-visit': 20, phone: 50 });
  expect(compiled.M5.policy.capacity).toEqual({ 'home-visit': 30, phone: 50 });
  expect(compiled.M6.policy.capacity).toEqual({ 'home-visit': 85 });
});
