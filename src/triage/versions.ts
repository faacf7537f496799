import type { Policy } from './policy-schema.js';

/**
 * The version of a policy in effect on a date: among the given versions (of one policy name),
 * the one with the latest `effectiveFrom` on or before `asOf`; `undefined` when none had taken
 * effect yet. Store every version of a policy and replay each month under the version of its
 * own date (DESIGN.md: "rules are data with dates").
 * @param versions - validated versions of one policy, in any order
 * @param asOf - ISO date, e.g. the month's triage date
 * @example
 * const policy = policyInEffect([v2023, v2024], '2023-11-30'); // v2023 when v2024 starts 2024-01-01
 * @category Policies
 */
export function policyInEffect(versions: readonly Policy[], asOf: string): Policy | undefined {
  let best: Policy | undefined;
  for (const version of versions) {
    if (version.effectiveFrom > asOf) continue;
    if (best === undefined || version.effectiveFrom > best.effectiveFrom) best = version;
  }
  return best;
}
