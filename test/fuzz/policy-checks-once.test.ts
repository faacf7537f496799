import { expect, it, vi } from 'vitest';
import { PRESETS, compilePolicy, definePolicy, parsePolicy } from '../../src/triage/index.js';
import * as checks from '../../src/triage/policy-checks.js';

vi.mock('../../src/triage/policy-checks.js', async (original) => {
  const actual = await original<typeof import('../../src/triage/policy-checks.js')>();
  return { ...actual, policyProblems: vi.fn(actual.policyProblems) };
});

/** Issue 14, item 11: `compilePolicy` repeated every check `parsePolicy` had already run. */
it('compilePolicy runs the policy checks once for raw input and not again for a parsed or defined policy', () => {
  const spy = vi.mocked(checks.policyProblems);
  const input = JSON.parse(JSON.stringify(PRESETS.M4)) as object;
  spy.mockClear();
  const parsed = parsePolicy(input);
  expect(spy).toHaveBeenCalledTimes(1);
  if (!parsed.ok) throw new Error('expected M4 to be valid');
  compilePolicy(parsed.value);
  compilePolicy(definePolicy(input as never));
  expect(spy).toHaveBeenCalledTimes(2);
  compilePolicy(input as never);
  expect(spy).toHaveBeenCalledTimes(3);
  // A policy-shaped object that did not come from parsePolicy is checked.
  compilePolicy({ ...parsed.value });
  expect(spy).toHaveBeenCalledTimes(4);
});
