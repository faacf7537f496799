/**
 * Aggregate the per-signal results of a replay into its figures.
 * @module
 */
import type { DetectionLabel } from '../detection/index.js';
import { CHANNELS, type Capacities, type Channel, type CompiledPolicy } from '../triage/index.js';
import type { DeadlineStatus } from './lifecycle-deadlines.js';
import { OUTCOME_CLASSES, type OutcomeClass } from './outcome-classes.js';
import type { CapacityUse, ReplayFigures, ReplaySignalResult } from './replay-result.js';

function bump<K extends string>(counts: Partial<Record<K, number>>, key: K): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

/** Effective monthly capacity per channel: the policy's, overridden by `capacities`. @category Replay */
export function capacityOf(compiled: CompiledPolicy, capacities: Capacities | undefined, channel: Channel): number {
  const override = capacities?.[channel];
  return override ?? compiled.policy.capacity[channel] ?? Infinity;
}

/** Per channel and month: signals the rules sent there, signals that ended there, and overflow when full. */
interface ChannelMonths {
  readonly demand: number[][];
  readonly used: number[][];
  readonly overflow: number[];
}

function countChannelMonths(results: readonly ReplaySignalResult[], months: readonly string[]): ChannelMonths {
  const monthIndex = new Map(months.map((m, i) => [m, i]));
  const channelIndex = new Map(CHANNELS.map((c, i) => [c, i]));
  const zeros = () => CHANNELS.map(() => new Array<number>(months.length).fill(0));
  const demand = zeros();
  const used = zeros();
  const overflow = CHANNELS.map(() => 0);
  for (const r of results) {
    const m = monthIndex.get(r.month)!;
    const t = r.triage;
    demand[channelIndex.get(t.decided)!]![m]! += 1;
    used[channelIndex.get(t.channel)!]![m]! += 1;
    for (const mv of t.moves) if (mv.because === 'full') overflow[channelIndex.get(mv.from)!]! += 1;
  }
  return { demand, used, overflow };
}

function capacityUse(compiled: CompiledPolicy, capacities: Capacities | undefined, counts: ChannelMonths): CapacityUse[] {
  const out: CapacityUse[] = [];
  CHANNELS.forEach((channel, c) => {
    const perMonth = capacityOf(compiled, capacities, channel);
    if (!Number.isFinite(perMonth)) return;
    const demand = counts.demand[c]!;
    out.push({ channel, perMonth, demand, used: counts.used[c]!, overflow: counts.overflow[c]!, monthsOver: demand.filter((d) => d > perMonth).length });
  });
  return out;
}

const zeroOutcomes = (): Record<OutcomeClass, number> => Object.fromEntries(OUTCOME_CLASSES.map((c) => [c, 0])) as Record<OutcomeClass, number>;

/**
 * The figures of a replay from its per-signal results.
 * @category Replay
 */
export function replayFigures(
  compiled: CompiledPolicy,
  capacities: Capacities | undefined,
  results: readonly ReplaySignalResult[],
  months: readonly string[],
): Omit<ReplayFigures, 'contacts'> {
  const channels: Partial<Record<Channel, number>> = {};
  const decided: Partial<Record<Channel, number>> = {};
  const moves: Record<string, number> = {};
  const matches = { signals: 0, channels: {} as Partial<Record<Channel, number>> };
  const crisis = { signals: 0, channels: {} as Partial<Record<Channel, number>> };
  const labels: Partial<Record<DetectionLabel, number>> = {};
  const eligibility = { assessed: 0, eligible: 0, notEligible: 0, invalid: 0 };
  const register = { checked: 0, outcomes: {} as Record<string, number> };
  const deadlines: Record<string, Record<DeadlineStatus, number>> = {};
  const outcomesByChannel: Partial<Record<Channel, Record<OutcomeClass, number>>> = {};
  const crisisKinds = new Set<string>(compiled.policy.crisisKinds);
  let withOutcomes = 0;
  for (const r of results) {
    const t = r.triage;
    bump(channels, t.channel);
    bump(decided, t.decided);
    for (const m of t.moves) bump(moves, m.because);
    const d = r.detection;
    if (d.ok) for (const label of d.value.labels) bump(labels, label);
    if (d.ok && d.value.match.isMatch) {
      matches.signals += 1;
      bump(matches.channels, t.channel);
    }
    if (crisisKinds.has(r.kind)) {
      crisis.signals += 1;
      bump(crisis.channels, t.channel);
    }
    if (r.eligibility) {
      eligibility.assessed += 1;
      if (!r.eligibility.ok) eligibility.invalid += 1;
      else if (r.eligibility.eligible) eligibility.eligible += 1;
      else eligibility.notEligible += 1;
    }
    if (r.register) {
      register.checked += 1;
      bump(register.outcomes, r.register.decision === 'review' ? 'review' : (r.register.outcome ?? r.register.decision));
    }
    for (const dl of r.deadlines) (deadlines[dl.key] ??= { met: 0, missed: 0, open: 0 })[dl.status] += 1;
    if (r.outcome) {
      withOutcomes += 1;
      (outcomesByChannel[t.channel] ??= zeroOutcomes())[r.outcome] += 1;
    }
  }
  return {
    policy: compiled.label,
    signals: results.length,
    months,
    channels,
    decided,
    capacity: capacityUse(compiled, capacities, countChannelMonths(results, months)),
    moves,
    matches,
    crisis,
    labels,
    eligibility,
    register,
    deadlines,
    withOutcomes,
    outcomesByChannel,
  };
}
