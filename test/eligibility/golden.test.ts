/**
 * Golden eligibility cases as data (test/fixtures/eligibility/*.jsonl; DOMAIN.md §1 and the
 * seeds). `input` is a raw record as a creditor's export holds it; `options.rulebook` names a
 * built-in rulebook, `options.creditorPolicy` a preset; `expected.fails` is the exact set of
 * rule codes that fail; `eligibleFrom: null` means the result must have no date.
 */
import { expect, it } from 'vitest';
import {
  DEFAULT_RULEBOOK, SIGNAALREIS_RULEBOOK, assessEligibilityBatch, type CreditorPresetId,
} from '../../src/eligibility/index.js';
import { readGoldenCases, runGoldenCases } from '../support/golden.js';

const RULEBOOKS = { default: DEFAULT_RULEBOOK, signaalreis: SIGNAALREIS_RULEBOOK };

runGoldenCases('eligibility', (golden) => {
  const options = (golden.options ?? {}) as { rulebook?: keyof typeof RULEBOOKS; creditorPolicy?: CreditorPresetId };
  const [item] = assessEligibilityBatch([golden.input], {
    asOf: golden.asOf!,
    rulebook: RULEBOOKS[options.rulebook ?? 'default'],
    ...(options.creditorPolicy ? { creditorPolicy: options.creditorPolicy } : {}),
  });
  if (!item!.ok) return { issues: item!.issues };
  const r = item!.value;
  expect(r.eligible).toBe(r.status === 'eligible');
  return {
    status: r.status,
    eligibleFrom: r.eligibleFrom ?? null,
    ruleVersion: r.ruleVersion,
    fails: r.reasons.filter((x) => x.outcome === 'fail').map((x) => x.code).sort(),
  };
});

it('has at least 80 eligibility cases', () => {
  expect(readGoldenCases('eligibility').length).toBeGreaterThanOrEqual(80);
});
