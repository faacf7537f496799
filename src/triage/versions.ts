import { UsageError, dated, type Dated, type IsoDate } from '../model/index.js';
import { IsoDateField, validationIssue } from '../model/internal.js';
import type { Policy } from './policy-shape.js';

/**
 * The versions of one policy as a {@link Dated} value: each version is in force from its
 * `effectiveFrom` until the next version's. Throws `UsageError` when two versions take effect
 * on the same day.
 * @param versions - validated versions of one policy, in any order
 * @example
 * const m4 = policyVersions([v2023, v2024]);
 * m4.at('2023-11-30')?.version // '2023'
 * @category Policies
 */
export function policyVersions(versions: readonly Policy[]): Dated<Policy> {
  const sorted = [...versions].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : 0));
  sorted.forEach((v, i) => {
    if (i > 0 && sorted[i - 1]!.effectiveFrom === v.effectiveFrom) {
      throw new UsageError('policy versions', [validationIssue('same_day', [i, 'effectiveFrom'], 'Two versions take effect on the same day')]);
    }
  });
  return dated(sorted.map((value, i) => {
    const until = sorted[i + 1]?.effectiveFrom;
    return until === undefined ? { from: value.effectiveFrom, value } : { from: value.effectiveFrom, until, value };
  }));
}

/**
 * The version of a policy in effect on a date: among the given versions (of one policy name),
 * the one with the latest `effectiveFrom` on or before `asOf`; `undefined` when none had taken
 * effect yet. Store every version of a policy and replay each month under the version of its
 * own date (DESIGN.md: "rules are data with dates"). Throws `UsageError` for an `asOf` that is
 * not a date.
 * @param versions - validated versions of one policy, in any order
 * @example
 * const policy = policyInEffect([v2023, v2024], { asOf: '2023-11-30' }); // v2023 when v2024 starts 2024-01-01
 * @category Policies
 */
export function policyInEffect(versions: readonly Policy[], options: { readonly asOf: IsoDate }): Policy | undefined {
  const asOf = IsoDateField.safeParse(options?.asOf);
  if (!asOf.success) throw new UsageError('policy options', [validationIssue('invalid_date', ['asOf'], 'Expected asOf as a real date YYYY-MM-DD')]);
  return policyVersions(versions).at(asOf.data);
}
