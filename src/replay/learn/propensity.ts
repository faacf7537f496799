/**
 * Adjusting for the historic assignment. The channel a case got was chosen by a policy on
 * observed features (home visits go to the hardest cases), so a channel's raw rate mixes the
 * channel's effect with the kind of case it got. Within a stratum the learner compares channels
 * among alike cases; this file decides how the strata are drawn and says which adjustment holds:
 * - the historic policy is known: it is deterministic, so inverse probability weighting is
 *   degenerate (propensities are 0 or 1); the strata are refined on the features it used, and
 *   the variation left within a stratum comes from capacity overflow, missing contact data and
 *   staff deviating from the policy;
 * - it is not known: the propensity of each channel per stratum is estimated by its observed
 *   frequency; within a stratum inverse probability weighting then equals the stratum's raw
 *   rate, and across strata it standardises each channel's rate to the whole population.
 * @module
 */
import { toCents } from '../../model/internal.js';
import type { Policy } from '../../triage/index.js';
import { CONTACT_NEEDS } from '../../triage/internal.js';
import { DEFAULT_STRATA, type StrataOptions } from './strata.js';

/** How the learner adjusted for the historic assignment. @category Learning */
export type AdjustmentMethod = 'historic-policy' | 'estimated-propensity';

/** The strata refined on a historic policy's features, and what could not be stratified on. */
export interface Refinement {
  readonly options: StrataOptions;
  /** What was added, in words (`amount cut at €300.01`, `returning within 6 months`). */
  readonly refined: readonly string[];
  /** Condition keys the policy used that no stratum dimension holds. */
  readonly notStratified: readonly string[];
  /** Condition keys the policy used. */
  readonly featuresUsed: readonly string[];
}

/** Conditions the learner never needs to stratify on: their signals are excluded from learning. */
const EXCLUDED_FEATURES = new Set(['crisis', 'knownAtDebtHelp']);
/** Conditions with no stratum dimension. */
const NOT_STRATIFIABLE = new Set(['sectors', 'dragger', 'update', 'kind', 'registerOutcome', 'earlierContactFailed']);

/** Put a cut at `cents`, replacing a cut within one cent of it (€300 becomes €300.01 for "above €300"). */
function withCut(cuts: number[], cents: number): number[] {
  const near = cuts.findIndex((c) => Math.abs(Math.round(c * 100) - cents) <= 1);
  if (near >= 0) cuts.splice(near, 1);
  return [...cuts, cents / 100].sort((a, b) => a - b);
}

/**
 * Refine strata on the features a historic policy used: switch on the dimensions it tests, add
 * its amount and age thresholds as cut points, take its recidivism window, and switch on phone
 * (or e-mail) when it assigns a channel that needs one. Features no dimension holds are listed.
 */
export function refineStrata(options: StrataOptions, policy: Policy): Refinement {
  const o: { -readonly [K in keyof StrataOptions]: StrataOptions[K] } = { ...DEFAULT_STRATA, ...options };
  const refined: string[] = [];
  const notStratified = new Set<string>();
  const used = new Set<string>();
  let amountCuts = o.amount ? [...o.amount.cuts] : [...DEFAULT_STRATA.amount.cuts];
  let ageCuts = o.age ? [...o.age.cuts] : [...DEFAULT_STRATA.age.cuts];
  const on = <K extends 'match' | 'sector' | 'phone' | 'email'>(key: K): void => {
    if (!o[key]) refined.push(`${key} switched on`);
    o[key] = true;
  };
  const actions = [...policy.rules.map((r) => r.then), policy.otherwise];
  const windows = new Set<number>();
  for (const rule of policy.rules) {
    for (const [key, value] of Object.entries(rule.when)) {
      if (value === undefined) continue;
      used.add(key);
      if (EXCLUDED_FEATURES.has(key)) continue;
      if (NOT_STRATIFIABLE.has(key)) notStratified.add(key);
    }
    const w = rule.when;
    if (w.amount) {
      const of = o.amount ? (o.amount.of ?? 'signal') : 'signal';
      if (w.amount.of !== of) notStratified.add(`amount (${w.amount.of})`);
      const bounds = [
        w.amount.atLeast === undefined ? null : toCents(w.amount.atLeast),
        w.amount.below === undefined ? null : toCents(w.amount.below),
        w.amount.above === undefined ? null : toCents(w.amount.above) + 1,
        w.amount.atMost === undefined ? null : toCents(w.amount.atMost) + 1,
      ];
      for (const cents of bounds) {
        if (cents === null || amountCuts.some((c) => Math.round(c * 100) === cents)) continue;
        amountCuts = withCut(amountCuts, cents);
        refined.push(`amount cut at €${(cents / 100).toFixed(2)}`);
      }
      o.amount = { cuts: amountCuts, of };
    }
    if (w.sector) on('sector');
    if (w.match !== undefined || w.creditors) on('match');
    if (w.creditors && !(w.creditors.atLeast === 2 && w.creditors.atMost === undefined)) notStratified.add('creditors');
    if (w.recidivism) windows.add(w.recidivism.withinMonths);
    if (w.age) {
      for (const cut of [w.age.atLeast, w.age.atMost === undefined ? undefined : w.age.atMost + 1]) {
        if (cut === undefined || cut <= 0 || ageCuts.includes(cut)) continue;
        ageCuts = [...ageCuts, cut].sort((a, b) => a - b);
        refined.push(`age cut at ${cut}`);
      }
      o.age = { cuts: ageCuts };
    }
    if (w.hasPhone !== undefined) on('phone');
    if (w.hasEmail !== undefined) on('email');
  }
  if (windows.size > 0) {
    const current = o.returning ? o.returning.withinMonths : null;
    const chosen = current !== null && windows.has(current) ? current : [...windows][0]!;
    if (chosen !== current) refined.push(`returning within ${chosen} months`);
    o.returning = { withinMonths: chosen };
    for (const w of windows) if (w !== chosen) notStratified.add(`recidivism (${w} months)`);
  }
  for (const action of actions) {
    const need = CONTACT_NEEDS[action.channel];
    if (need === 'phone') on('phone');
    if (need === 'email') on('email');
  }
  return { options: o, refined: [...new Set(refined)], notStratified: [...notStratified].sort(), featuresUsed: [...used].sort() };
}
