/**
 * The researchers' own questions on a sample with outcomes: the study's outcome table, reach
 * rate, days to reach, attempts per case, the phone share among acceptances, letter-only cases,
 * and return after close (De signaalreis, 003, "Inzichten uit steekproef van 66 signalen";
 * DOMAIN.md §6).
 * @module
 */
import { type IsoDate } from '../model/index.js';
import { toDayNumber } from '../model/internal.js';
import { DEBT_DEVELOPMENTS, OUTCOME_CLASSES, type DebtDevelopment, type OutcomeClass } from './outcome-classes.js';
import { returnAfterClose, type ReturnCurve } from './return-after-close.js';
import { groupCases } from './sample-cases.js';
import type { SampleRecord } from './sample-schema.js';
import { share, summarise, type Summary } from './stats.js';

/** The figures of {@link researchFigures}. @category Figures */
export interface ResearchFigures {
  /** Signals in the sample. */
  readonly signals: number;
  /** Cases (by `caseId`, else one per signal). */
  readonly cases: number;
  /** Cases with a known outcome. */
  readonly casesWithOutcome: number;
  /** The study's table: cases and share of cases with an outcome, per outcome class. */
  readonly outcomes: Readonly<Record<OutcomeClass, { readonly count: number; readonly share: number }>>;
  /** Share of cases with an outcome in which the resident was reached (reached without help + help accepted). */
  readonly reachRate: number;
  /** Share of cases with an outcome in which help was accepted. */
  readonly acceptanceRate: number;
  /** Days from the case's first signal to the first attempt that reached the resident. */
  readonly daysToReach: Summary;
  /** Contact attempts per picked-up case. */
  readonly attemptsPerCase: Summary;
  /** Of the cases with help accepted, the share that had at least one phone attempt (study: 88%). */
  readonly phoneShareOfAccepted: number;
  /** Picked-up cases whose only attempts were letters, and how many of them were not reached (study: 12, of which 11). */
  readonly letterOnly: { readonly cases: number; readonly notReached: number };
  /** Share of cases already known at debt help. */
  readonly knownAtDebtHelp: number;
  /** How the debt developed after N months (study: five), counted per outcome class and for all cases. */
  readonly debtDevelopment: Readonly<Record<OutcomeClass | 'all', Readonly<Record<DebtDevelopment, number>>>>;
  /** Cumulative return after close, by outcome. */
  readonly returnAfterClose: Readonly<Record<Exclude<OutcomeClass, 'not-picked-up'>, ReturnCurve>>;
}

/** Options of {@link researchFigures}. @category Figures */
export interface ResearchOptions {
  /** End of observation for return after close (default: the latest signal date). */
  readonly asOf?: IsoDate;
  /** Checkpoint days of the return table (default 30, 90, 180, 365). */
  readonly checkpoints?: readonly number[];
}

/**
 * Answer the researchers' questions on a sample with outcomes.
 * @example
 * const figures = researchFigures(parseSample(rows).flatMap((r) => (r.ok ? [r.value] : [])));
 * figures.outcomes['not-reached'].share // 0.56 on the study's sample
 * figures.phoneShareOfAccepted          // 0.875
 * @category Figures
 */
export function researchFigures(records: readonly SampleRecord[], options: ResearchOptions = {}): ResearchFigures {
  const cases = groupCases(records);
  const counts = Object.fromEntries(OUTCOME_CLASSES.map((c) => [c, 0])) as Record<OutcomeClass, number>;
  const daysToReach: number[] = [];
  const attempts: number[] = [];
  let withOutcome = 0;
  let accepted = 0;
  let acceptedWithPhone = 0;
  let letterOnly = 0;
  let letterOnlyNotReached = 0;
  const zeros = (): Record<DebtDevelopment, number> => Object.fromEntries(DEBT_DEVELOPMENTS.map((d) => [d, 0])) as Record<DebtDevelopment, number>;
  const debt = Object.fromEntries([...OUTCOME_CLASSES, 'all'].map((c) => [c, zeros()])) as Record<OutcomeClass | 'all', Record<DebtDevelopment, number>>;
  for (const c of cases) {
    const o = c.outcome;
    if (!o) continue;
    withOutcome += 1;
    counts[o.class] += 1;
    if (o.debt) {
      debt[o.class][o.debt.development] += 1;
      debt.all[o.debt.development] += 1;
    }
    if (o.class === 'not-picked-up') continue;
    attempts.push(o.attempts.length);
    const firstReach = o.attempts.filter((a) => a.reached).map((a) => toDayNumber(a.date)).sort((a, b) => a - b)[0];
    if (firstReach !== undefined) daysToReach.push(Math.max(0, firstReach - c.startDay));
    if (o.class === 'help-accepted') {
      accepted += 1;
      if (o.attempts.some((a) => a.channel === 'phone')) acceptedWithPhone += 1;
    }
    if (o.attempts.length > 0 && o.attempts.every((a) => a.channel === 'letter')) {
      letterOnly += 1;
      if (o.class === 'not-reached') letterOnlyNotReached += 1;
    }
  }
  const outcomes = Object.fromEntries(
    OUTCOME_CLASSES.map((c) => [c, { count: counts[c], share: share(counts[c], withOutcome) }]),
  ) as Record<OutcomeClass, { count: number; share: number }>;
  const knownCases = new Set(records.filter((r) => r.knownAtDebtHelp).map((r) => r.caseId ?? `signal:${r.id}`));
  return {
    signals: records.length,
    cases: cases.length,
    casesWithOutcome: withOutcome,
    outcomes,
    reachRate: share(counts['reached-no-help'] + counts['help-accepted'], withOutcome),
    acceptanceRate: share(counts['help-accepted'], withOutcome),
    daysToReach: summarise(daysToReach),
    attemptsPerCase: summarise(attempts),
    phoneShareOfAccepted: share(acceptedWithPhone, accepted),
    letterOnly: { cases: letterOnly, notReached: letterOnlyNotReached },
    knownAtDebtHelp: share(knownCases.size, cases.length),
    debtDevelopment: debt,
    returnAfterClose: returnAfterClose(records, cases, options),
  };
}
