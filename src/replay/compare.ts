/**
 * Compare policies on the same sample: which signals change channel and why, the capacity each
 * needs, and the reach each can expect under stated assumptions.
 * @module
 */
import type { Capacities, Channel } from '../triage/index.js';
import { prepareSample } from './prepare.js';
import { DEFAULT_REACH_ASSUMPTIONS, type ReachAssumptions } from './reach-assumptions.js';
import { replayPrepared } from './replay.js';
import type { PipelineOptions, PolicyRef } from './replay-options.js';
import type { ChannelCounts, ReplayResult } from './replay-result.js';
import type { SampleRecord } from './sample-schema.js';
import { compilePolicyRef } from './triage-months.js';

/** Why a signal's channel differs between two policies. @category Comparison */
export type ChangeCause = 'rule' | 'capacity' | 'contact-data' | 'rule-and-capacity';

/** One signal that goes to another channel under the second policy. @category Comparison */
export interface ChannelChange {
  readonly signalId: string;
  /** Channel under the first policy. */
  readonly from: Channel;
  /** Channel under the second policy. */
  readonly to: Channel;
  /** The rule that decided under each policy. */
  readonly rules: readonly [string, string];
  /** Whether the rules chose differently, or capacity/contact data moved it. */
  readonly cause: ChangeCause;
}

/** Expected reach of one policy. @category Comparison */
export interface ExpectedReach {
  /** Expected residents reached (sum over signals of the channel's reach rate). */
  readonly reached: number;
  /** As a share of the signals. */
  readonly rate: number;
  /** Expected acceptances (reached × acceptance rate). */
  readonly accepted: number;
}

/** One policy's side of a comparison. @category Comparison */
export interface PolicySide {
  /** The replay under this policy (per-signal results and figures). */
  readonly replay: ReplayResult;
  /** Capacity needed per channel: the highest monthly demand the rules put on it. */
  readonly capacityNeeded: ChannelCounts;
  /** Expected reach under the assumptions. */
  readonly expected: ExpectedReach;
}

/** The result of {@link comparePolicies}. @category Comparison */
export interface PolicyComparison {
  /** The two policies, in the order given. */
  readonly sides: readonly [PolicySide, PolicySide];
  /** Signals whose final channel differs, in sample order. */
  readonly changes: readonly ChannelChange[];
  /** Counts of changes by `from→to`. */
  readonly transitions: Readonly<Record<string, number>>;
  /** The assumptions used for expected reach. */
  readonly assumptions: ReachAssumptions;
}

/** Options of {@link comparePolicies}. @category Comparison */
export interface CompareOptions extends PipelineOptions {
  /** Reach and acceptance assumptions (default {@link DEFAULT_REACH_ASSUMPTIONS}). */
  readonly assumptions?: ReachAssumptions;
  /** Monthly capacity overrides per policy, in the order of the policies. */
  readonly capacities?: readonly [Capacities | undefined, Capacities | undefined];
}

function sideOf(result: ReplayResult, assumptions: ReachAssumptions): PolicySide {
  const capacityNeeded: Partial<Record<Channel, number>> = {};
  const months = new Map(result.figures.months.map((m, i) => [m, i]));
  const demand = new Map<Channel, number[]>();
  for (const s of result.signals) {
    let perMonth = demand.get(s.triage.decided);
    if (!perMonth) demand.set(s.triage.decided, (perMonth = new Array<number>(months.size).fill(0)));
    perMonth[months.get(s.month)!]! += 1;
  }
  for (const [channel, perMonth] of demand) capacityNeeded[channel] = Math.max(...perMonth);
  let reached = 0;
  for (const [channel, count] of Object.entries(result.figures.channels) as [Channel, number][]) {
    reached += count * (assumptions.reach[channel]?.rate ?? 0);
  }
  const n = result.figures.signals;
  return { replay: result, capacityNeeded, expected: { reached, rate: n === 0 ? 0 : reached / n, accepted: reached * assumptions.acceptance.rate } };
}

function causeOf(a: ReplayResult['signals'][number]['triage'], b: ReplayResult['signals'][number]['triage']): ChangeCause {
  const ruleDiffers = a.decided !== b.decided;
  const moved = a.moves.length > 0 || b.moves.length > 0;
  if (ruleDiffers) return moved ? 'rule-and-capacity' : 'rule';
  const byCapacity = [...a.moves, ...b.moves].some((m) => m.because === 'full' || m.because === 'capacity-left');
  return byCapacity ? 'capacity' : 'contact-data';
}

/**
 * Replay the same sample under two policies (e.g. M4 and M6) and set them side by side: which
 * signals change channel and why (the rules differ, or capacity or missing contact data moved
 * them), the monthly capacity each policy's rules ask for, and the expected reach and
 * acceptances under per-channel reach rates that are parameters (defaults derived from the study,
 * see {@link DEFAULT_REACH_ASSUMPTIONS}). Detection and register matching run once for both.
 * @example
 * const cmp = comparePolicies(sample, ['M4', 'M6'], { asOf: '2024-01-31' });
 * cmp.changes.length                 // signals that go elsewhere under M6
 * cmp.sides[1].capacityNeeded['home-visit'] // home visits M6's rules ask for in the busiest month
 * cmp.sides[0].expected.rate         // expected reach under M4
 * @category Comparison
 */
export function comparePolicies(sample: readonly SampleRecord[], policies: readonly [PolicyRef, PolicyRef], options: CompareOptions): PolicyComparison {
  const assumptions = options.assumptions ?? DEFAULT_REACH_ASSUMPTIONS;
  const compiled = [compilePolicyRef(policies[0]), compilePolicyRef(policies[1])] as const;
  const prepared = prepareSample(sample, options);
  const a = replayPrepared(prepared, compiled[0], options.capacities?.[0], options.onProgress);
  const b = replayPrepared(prepared, compiled[1], options.capacities?.[1], options.onProgress);
  const changes: ChannelChange[] = [];
  const transitions: Record<string, number> = {};
  for (let i = 0; i < a.signals.length; i++) {
    const ta = a.signals[i]!.triage;
    const tb = b.signals[i]!.triage;
    if (ta.channel === tb.channel) continue;
    changes.push({ signalId: ta.signalId, from: ta.channel, to: tb.channel, rules: [ta.rule, tb.rule], cause: causeOf(ta, tb) });
    const key = `${ta.channel}→${tb.channel}`;
    transitions[key] = (transitions[key] ?? 0) + 1;
  }
  return { sides: [sideOf(a, assumptions), sideOf(b, assumptions)], changes, transitions, assumptions };
}
