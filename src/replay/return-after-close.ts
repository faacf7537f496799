/**
 * The researchers' return question: of the households whose case closed, what share is
 * signalled again, and how soon, by outcome (not reached / reached without help / help
 * accepted)? A cumulative "return %" against days since close, estimated with Kaplan–Meier so
 * that cases closed near the end of the data (followed only briefly) count for the days they
 * were followed and no longer.
 * @module
 */
import { type IsoDate } from '../model/index.js';
import { toDayNumber } from '../model/internal.js';
import { OUTCOME_CLASSES, type OutcomeClass } from './outcome-classes.js';
import { householdKey, type SampleCase } from './sample-cases.js';
import type { SampleRecord } from './sample-schema.js';

/** One point of a cumulative return curve. @category Figures */
export interface ReturnPoint {
  /** Days since the case closed. */
  readonly day: number;
  /** Cumulative share of households signalled again by that day (0–1). */
  readonly share: number;
  /** Households still followed (not yet returned or censored) just before that day. */
  readonly atRisk: number;
  /**
   * 95% interval of the share: Greenwood's variance on the log(−log) scale; before the first
   * return, the exact one-sided bound for no event among those at risk.
   */
  readonly lower: number;
  readonly upper: number;
}

/** The return-after-close figures of one outcome class. @category Figures */
export interface ReturnCurve {
  /** Closed cases in the class. */
  readonly closed: number;
  /** Of them, signalled again within the observation period. */
  readonly returned: number;
  /** Step curve: a point at day 0 and at each day a household returned. */
  readonly curve: readonly ReturnPoint[];
  /** Cumulative share at the checkpoint days (e.g. 30, 90, 180, 365). */
  readonly at: Readonly<Record<number, number>>;
  /** The checkpoint days with the share, the households at risk and the 95% interval. */
  readonly checkpoints: readonly ReturnPoint[];
  /** The longest any household of the class was followed (days): the curve says nothing beyond it. */
  readonly followedUpTo: number;
}

/** Options of {@link returnAfterClose}. @category Figures */
export interface ReturnOptions {
  /** End of observation (default: the latest signal date in the sample). */
  readonly asOf?: IsoDate;
  /** Checkpoint days for the table (default 30, 90, 180, 365). */
  readonly checkpoints?: readonly number[];
}

/** Sorted signal days per household, with the case each belongs to. */
function signalDaysByHousehold(records: readonly SampleRecord[]): Map<string, Array<{ day: number; caseId: string }>> {
  const map = new Map<string, Array<{ day: number; caseId: string }>>();
  for (const r of records) {
    const key = householdKey(r);
    let list = map.get(key);
    if (!list) map.set(key, (list = []));
    list.push({ day: toDayNumber(r.receivedDate), caseId: r.caseId ?? `signal:${r.id}` });
  }
  for (const list of map.values()) list.sort((a, b) => a.day - b.day);
  return map;
}

const Z95 = 1.959964;

/**
 * The 95% interval of a Kaplan–Meier cumulative incidence `1 − S`: Greenwood's variance,
 * transformed on the log(−log S) scale so that it stays within 0–1. Before any event (S = 1) the
 * exact upper bound for no event among `atRisk` households, 1 − 0.025^(1/n).
 */
function interval(survival: number, greenwood: number, atRisk: number): { lower: number; upper: number } {
  if (survival >= 1) return { lower: 0, upper: atRisk > 0 ? 1 - 0.025 ** (1 / atRisk) : 1 };
  if (survival <= 0) return { lower: 1, upper: 1 };
  const se = Math.sqrt(greenwood) / Math.abs(Math.log(survival));
  return { lower: 1 - survival ** Math.exp(-Z95 * se), upper: 1 - survival ** Math.exp(Z95 * se) };
}

/** Kaplan–Meier cumulative incidence from (time, event) pairs, with numbers at risk and Greenwood intervals. */
function cumulativeCurve(observations: Array<{ days: number; returned: boolean }>, checkpoints: readonly number[]): Pick<ReturnCurve, 'curve' | 'at' | 'checkpoints' | 'followedUpTo'> {
  observations.sort((a, b) => a.days - b.days);
  const curve: ReturnPoint[] = [{ day: 0, share: 0, atRisk: observations.length, ...interval(1, 0, observations.length) }];
  let atRisk = observations.length;
  let survival = 1;
  let greenwood = 0;
  for (let i = 0; i < observations.length; ) {
    const day = observations[i]!.days;
    let events = 0;
    let leaving = 0;
    while (i < observations.length && observations[i]!.days === day) {
      if (observations[i]!.returned) events += 1;
      leaving += 1;
      i += 1;
    }
    if (events > 0) {
      survival *= 1 - events / atRisk;
      if (atRisk > events) greenwood += events / (atRisk * (atRisk - events));
      curve.push({ day, share: 1 - survival, atRisk, ...interval(survival, greenwood, atRisk) });
    }
    atRisk -= leaving;
  }
  const at: Record<number, number> = {};
  const points: ReturnPoint[] = [];
  for (const c of checkpoints) {
    let last = curve[0]!;
    for (const p of curve) if (p.day <= c) last = p;
    const stillFollowed = observations.filter((o) => o.days >= c).length;
    at[c] = last.share;
    points.push({ ...last, day: c, atRisk: stillFollowed, ...(last.share === 0 ? interval(1, 0, stillFollowed) : {}) });
  }
  return { curve, at, checkpoints: points, followedUpTo: observations.at(-1)?.days ?? 0 };
}

/**
 * Cumulative share of households signalled again after their case closed, by outcome class.
 * A return is the first signal for the same household (`household`, else `person`) received
 * after the closing date that belongs to another case. Cases without a closing date are left
 * out; households not seen again are followed until `asOf`.
 * @example
 * const r = returnAfterClose(records, cases, { asOf: '2024-03-31' });
 * r['not-reached'].at[90] // e.g. 0.21: 21% signalled again within 90 days of closing
 * @category Figures
 */
export function returnAfterClose(
  records: readonly SampleRecord[],
  cases: readonly SampleCase[],
  options: ReturnOptions = {},
): Record<Exclude<OutcomeClass, 'not-picked-up'>, ReturnCurve> {
  const checkpoints = options.checkpoints ?? [30, 90, 180, 365];
  const days = signalDaysByHousehold(records);
  let end = options.asOf ? toDayNumber(options.asOf) : -Infinity;
  if (!options.asOf) for (const r of records) end = Math.max(end, toDayNumber(r.receivedDate));
  const observations = new Map<OutcomeClass, Array<{ days: number; returned: boolean }>>(OUTCOME_CLASSES.map((c) => [c, []]));
  for (const c of cases) {
    const closed = c.outcome?.closedDate;
    if (!closed || !c.outcome) continue;
    const closeDay = toDayNumber(closed);
    if (closeDay > end) continue;
    const next = days.get(c.household)?.find((s) => s.day > closeDay && s.caseId !== c.id && s.day <= end);
    observations.get(c.outcome.class)!.push(next ? { days: next.day - closeDay, returned: true } : { days: end - closeDay, returned: false });
  }
  const curveOf = (cls: OutcomeClass): ReturnCurve => {
    const obs = observations.get(cls)!;
    return { closed: obs.length, returned: obs.filter((o) => o.returned).length, ...cumulativeCurve(obs, checkpoints) };
  };
  return { 'not-reached': curveOf('not-reached'), 'reached-no-help': curveOf('reached-no-help'), 'help-accepted': curveOf('help-accepted') };
}
