/**
 * The contact plan in a replay: every signal's attempts dated under the policy's contact plan,
 * counted per channel and day against the plan's capacity, and the share of signals whose plan
 * could not be completed.
 * @module
 */
import type { IsoDate } from '../model/index.js';
import { fromDayNumber } from '../model/internal.js';
import { CHANNELS, type CompiledPolicy, type ContactPlanItem, type PlannedChannel, type UnplannedCause } from '../triage/index.js';
import { planEach } from '../triage/internal.js';

/** Attempts of one channel: how many, per day against the daily capacity, and the busiest day. @category Replay */
export interface ContactChannelLoad {
  readonly channel: PlannedChannel;
  /** The plan's capacity in attempts per day and per month; `null`: unlimited. */
  readonly perDay: number | null;
  readonly perMonth: number | null;
  /** Attempts dated on this channel. */
  readonly attempts: number;
  /** Attempts per day, on the days with any, in date order. */
  readonly byDay: readonly { readonly date: IsoDate; readonly attempts: number }[];
  /** The most attempts on one day (0 without attempts). */
  readonly busiestDay: number;
  /** Days on which the daily capacity was used up. */
  readonly fullDays: number;
  /** Attempts of this channel that got no date, by cause. */
  readonly unplanned: Readonly<Record<UnplannedCause, number>>;
}

/** Signals whose plan starts on one channel (the channel triage chose) and how many plans could not be completed. @category Replay */
export interface ContactPlanCompletion {
  readonly channel: PlannedChannel;
  /** Signals triage sent to this channel. */
  readonly signals: number;
  /** Of them, plans with attempts that got no date: for want of capacity before the close, or because the close came first. */
  readonly incomplete: Readonly<Record<UnplannedCause, number>>;
  /** Share of the signals whose plan could not be completed within capacity (`incomplete.capacity / signals`). */
  readonly shareNotWithinCapacity: number;
}

/**
 * The contact plan's figures in a replay: attempts per channel and day against capacity, and per
 * starting channel the share of plans that could not be completed within capacity. Each
 * signal's plan starts on its received date (the 28 days count from it).
 * @category Replay
 */
export interface ContactFigures {
  /** Whether the policy has a `contactPlan` (without one: one attempt per contact channel, unlimited). */
  readonly fromPolicy: boolean;
  /** Signals with a contact channel (the others contact nobody). */
  readonly signals: number;
  /** Dated attempts over all channels. */
  readonly attempts: number;
  /** Plans completed, incomplete (some attempts without a date). */
  readonly complete: number;
  readonly incomplete: number;
  /** Per attempt channel: attempts, per day, against capacity. */
  readonly load: readonly ContactChannelLoad[];
  /** Per channel triage chose: plans not completed within capacity. */
  readonly completion: readonly ContactPlanCompletion[];
}

/** One attempt channel's tally: attempts per day number, and attempts without a date by cause. */
interface Tally {
  readonly byDay: Map<number, number>;
  readonly unplanned: Record<UnplannedCause, number>;
}

/**
 * Plan every signal's contacts under the policy and gather the figures. `items` carry each
 * signal's triage channel, rank and received date. Counts straight from the planning run
 * (`planEach`) without building the schedules; channels are listed in the vocabulary's order.
 * @internal
 */
export function contactFigures(compiled: CompiledPolicy, items: readonly ContactPlanItem[]): ContactFigures {
  const asOf = items.reduce<IsoDate | null>((min, i) => (min === null || i.signalDate! < min ? i.signalDate! : min), null);
  const tallies = new Map<PlannedChannel, Tally>();
  const tally = (channel: PlannedChannel): Tally => tallies.get(channel) ?? tallies.set(channel, { byDay: new Map(), unplanned: { capacity: 0, closed: 0 } }).get(channel)!;
  const started = new Map<PlannedChannel, { signals: number; incomplete: Record<UnplannedCause, number> }>();
  let signals = 0;
  let complete = 0;
  if (asOf !== null) {
    planEach(items, { policy: compiled, asOf }, (i, dated) => {
      if (dated.status === 'no-contact') return;
      signals += 1;
      const channel = items[i]!.channel as PlannedChannel;
      const entry = started.get(channel) ?? started.set(channel, { signals: 0, incomplete: { capacity: 0, closed: 0 } }).get(channel)!;
      entry.signals += 1;
      if (dated.status === 'complete') complete += 1;
      const { steps, first, days } = dated;
      for (let j = 0; j < dated.dated; j++) {
        const byDay = tally(steps[first + j]!.channel).byDay;
        byDay.set(days[j]!, (byDay.get(days[j]!) ?? 0) + 1);
      }
      if (dated.cause === null) return;
      entry.incomplete[dated.cause] += 1;
      for (let k = first + dated.dated; k < steps.length; k++) tally(steps[k]!.channel).unplanned[dated.cause] += 1;
    });
  }
  const plan = compiled.policy.contactPlan;
  const inOrder = <T>(m: Map<PlannedChannel, T>) => CHANNELS.flatMap((c) => (m.has(c as PlannedChannel) ? [[c as PlannedChannel, m.get(c as PlannedChannel)!] as const] : []));
  const load = inOrder(tallies).map(([channel, t]): ContactChannelLoad => {
    const byDay = [...t.byDay].sort(([a], [b]) => a - b).map(([d, attempts]) => ({ date: fromDayNumber(d), attempts }));
    const perDay = plan?.channels[channel]?.capacity.perDay ?? null;
    return {
      channel,
      perDay,
      perMonth: plan?.channels[channel]?.capacity.perMonth ?? null,
      attempts: byDay.reduce((sum, d) => sum + d.attempts, 0),
      byDay,
      busiestDay: Math.max(0, ...byDay.map((d) => d.attempts)),
      fullDays: perDay === null ? 0 : byDay.filter((d) => d.attempts >= perDay).length,
      unplanned: t.unplanned,
    };
  });
  return {
    fromPolicy: plan !== undefined,
    signals,
    attempts: load.reduce((sum, l) => sum + l.attempts, 0),
    complete,
    incomplete: [...started.values()].reduce((sum, e) => sum + e.incomplete.capacity + e.incomplete.closed, 0),
    load,
    completion: inOrder(started).map(([channel, e]) => ({ channel, signals: e.signals, incomplete: e.incomplete, shareNotWithinCapacity: e.incomplete.capacity / e.signals })),
  };
}
