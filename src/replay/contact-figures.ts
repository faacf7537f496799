/**
 * The contact plan in a replay: every signal's attempts dated under the policy's contact plan,
 * counted per channel and day against the plan's capacity, and the share of signals whose plan
 * could not be completed.
 * @module
 */
import type { IsoDate } from '../model/index.js';
import {
  planContacts, type CompiledPolicy, type ContactPlanItem, type ContactSchedule, type PlannedChannel, type UnplannedCause,
} from '../triage/index.js';

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

/** Count a schedule's attempts per channel and day, and its unplanned attempts per channel and cause. */
function countLoad(schedules: readonly ContactSchedule[]) {
  const days = new Map<PlannedChannel, Map<IsoDate, number>>();
  const unplanned = new Map<PlannedChannel, Record<UnplannedCause, number>>();
  for (const s of schedules) {
    for (const a of s.attempts) {
      const byDay = days.get(a.channel) ?? days.set(a.channel, new Map()).get(a.channel)!;
      byDay.set(a.date, (byDay.get(a.date) ?? 0) + 1);
    }
    for (const u of s.unplanned) (unplanned.get(u.channel) ?? unplanned.set(u.channel, { capacity: 0, closed: 0 }).get(u.channel)!)[u.because] += 1;
  }
  return { days, unplanned };
}

/**
 * Plan every signal's contacts under the policy and gather the figures. `items` carry each
 * signal's triage channel, rank and received date.
 * @internal
 */
export function contactFigures(compiled: CompiledPolicy, items: readonly ContactPlanItem[]): ContactFigures {
  const asOf = items.reduce<IsoDate | null>((min, i) => (min === null || i.signalDate! < min ? i.signalDate! : min), null);
  const schedules = asOf === null ? [] : planContacts(items, { policy: compiled, asOf });
  const planned = schedules.filter((s) => s.status !== 'no-contact');
  const { days, unplanned } = countLoad(planned);
  const plan = compiled.policy.contactPlan;
  const channels = [...new Set<PlannedChannel>([...days.keys(), ...unplanned.keys()])];
  const load = channels.map((channel): ContactChannelLoad => {
    const byDay = [...(days.get(channel) ?? new Map<IsoDate, number>())].sort(([a], [b]) => a.localeCompare(b)).map(([date, attempts]) => ({ date, attempts }));
    const perDay = plan?.channels[channel]?.capacity.perDay ?? null;
    return {
      channel,
      perDay,
      perMonth: plan?.channels[channel]?.capacity.perMonth ?? null,
      attempts: byDay.reduce((sum, d) => sum + d.attempts, 0),
      byDay,
      busiestDay: Math.max(0, ...byDay.map((d) => d.attempts)),
      fullDays: perDay === null ? 0 : byDay.filter((d) => d.attempts >= perDay).length,
      unplanned: unplanned.get(channel) ?? { capacity: 0, closed: 0 },
    };
  });
  const started = new Map<PlannedChannel, { signals: number; incomplete: Record<UnplannedCause, number> }>();
  for (const s of planned) {
    const entry = started.get(s.channel as PlannedChannel) ?? started.set(s.channel as PlannedChannel, { signals: 0, incomplete: { capacity: 0, closed: 0 } }).get(s.channel as PlannedChannel)!;
    entry.signals += 1;
    if (s.status === 'incomplete') entry.incomplete[s.unplanned[0]!.because] += 1;
  }
  return {
    fromPolicy: plan !== undefined,
    signals: planned.length,
    attempts: load.reduce((sum, l) => sum + l.attempts, 0),
    complete: planned.filter((s) => s.status === 'complete').length,
    incomplete: planned.filter((s) => s.status === 'incomplete').length,
    load,
    completion: [...started].map(([channel, e]) => ({ channel, signals: e.signals, incomplete: e.incomplete, shareNotWithinCapacity: e.incomplete.capacity / e.signals })),
  };
}
