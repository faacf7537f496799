/**
 * Golden eligibility cases as data (test/fixtures/eligibility/*.jsonl; DOMAIN.md §1 and the
 * seeds). `input` is a raw record as a creditor's export holds it; `options.rulebook` names a
 * built-in rulebook (`default`, `signaalreis`), `options.national` gives the parameters of
 * `nationalRulebook`, `options.withoutRules` switches rules off, `options.creditorPolicy` names a
 * preset; `expected.fails` is the exact set of rule codes that fail; `eligibleFrom: null` means
 * the result must have no date.
 */
import { expect, it } from 'vitest';
import {
  DEFAULT_RULEBOOK, SIGNAALREIS_RULEBOOK, assessEligibilityBatch, nationalRulebook, withoutRules, type CreditorPresetId, type NationalRulebookOptions,
} from '../../src/eligibility/index.js';
import { readGoldenCases, runGoldenCases } from '../support/golden.js';

const RULEBOOKS = { default: DEFAULT_RULEBOOK, signaalreis: SIGNAALREIS_RULEBOOK };

runGoldenCases('eligibility', (golden) => {
  const options = (golden.options ?? {}) as {
    rulebook?: keyof typeof RULEBOOKS; national?: NationalRulebookOptions; withoutRules?: string[]; creditorPolicy?: CreditorPresetId;
  };
  const book = options.national ? nationalRulebook(options.national) : RULEBOOKS[options.rulebook ?? 'default'];
  const [item] = assessEligibilityBatch([golden.input], {
    asOf: golden.asOf!,
    rulebook: options.withoutRules ? withoutRules(book, options.withoutRules) : book,
    ...(options.creditorPolicy ? { creditorPolicy: options.creditorPolicy } : {}),
  });
  if (!item!.ok) return { issues: item!.issues };
  const r = item!.value;
  expect(r.eligible).toBe(r.status === 'eligible');
  return {
    status: r.status,
    eligibleFrom: r.eligibleFrom ?? null,
    ruleVersion: r.ruleVersion,
    signalAmount: r.signalAmount,
    flags: r.flags,
    fails: r.reasons.filter((x) => x.outcome === 'fail').map((x) => x.code).sort(),
  };
});

it('has at least 100 eligibility cases, and every correction of issue 12 quotes its seed passage', () => {
  const cases = readGoldenCases('eligibility');
  expect(cases.length).toBeGreaterThanOrEqual(100);
  for (const c of cases.filter((g) => g.at.includes('seed-corrections'))) expect(c.source, c.name).toMatch(/"/);
});
