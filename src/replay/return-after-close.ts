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

/** Kaplan–Meier cumulative incidence from (time, event) pairs. */
function cumulativeCurve(observations: Array<{ days: number; returned: boolean }>, checkpoints: readonly number[]): Pick<ReturnCurve, 'curve' | 'at'> {
  observations.sort((a, b) => a.days - b.days);
  const curve: ReturnPoint[] = [{ day: 0, share: 0 }];
  let atRisk = observations.length;
  let survival = 1;
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
      curve.push({ day, share: 1 - survival });
    }
    atRisk -= leaving;
  }
  const at: Record<number, number> = {};
  for (const c of checkpoints) {
    let value = 0;
    for (const p of curve) if (p.day <= c) value = p.share;
    at[c] = value;
  }
  return { curve, at };
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
