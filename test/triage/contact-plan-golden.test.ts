import { compilePolicy, planContacts, PRESET_NAMES, PRESETS, type ContactPlanItem, type PresetName } from '../../src/triage/index.js';
import { compactSchedule } from './contact-plan-support.js';
import { runGoldenCases } from '../support/golden.js';

/**
 * Golden cases as data (test/fixtures/triage/contact-plans/*.jsonl): triage results (signal,
 * channel, rank, signal date) planned under a preset's contact plan on `asOf`, with the dated
 * attempts the preset's paragraph in De signaalreis (Bijlage 1) gives, quoted in `source`.
 * Attempts read `DATE WINDOW CHANNEL ATTEMPT/OF`; unplanned ones `CHANNEL ATTEMPT/OF CAUSE`.
 */
const compiled = Object.fromEntries(PRESET_NAMES.map((n) => [n, compilePolicy(PRESETS[n])])) as Record<PresetName, ReturnType<typeof compilePolicy>>;

runGoldenCases('triage/contact-plans', (golden) => {
  const preset = (golden.options as { preset: PresetName }).preset;
  const items = (golden.input as { items: ContactPlanItem[] }).items;
  return { schedules: planContacts(items, { policy: compiled[preset], asOf: golden.asOf! }).map(compactSchedule) };
});
