/**
 * Helpers for judging a learned recommendation against the synthetic history's truth: the true
 * expected help accepted of a routing, and the best any routing can reach under the same
 * monthly capacities, computed exactly from the true rates (a transportation problem per month).
 */
import type { SampleRecord } from '../../../src/replay/index.js';
import { solveTransport } from '../../../src/replay/learn/flow.js';
import type { Capacities } from '../../../src/triage/index.js';
import { TRUE_CHANNELS, trueRates, type TrueChannel, type TrueFeatures } from '../../../tools/synthetic-history/history.js';

/** The true help-accepted rate of a signal on a channel; 0 for a channel that is not a contact channel. */
export function trueHelp(features: TrueFeatures, channel: string | null): number {
  if (channel === null || !(TRUE_CHANNELS as readonly string[]).includes(channel)) return 0;
  return trueRates(features, channel as TrueChannel)?.help ?? 0;
}

/**
 * The best expected help accepted of the given signals, month by month: each month's signals
 * (grouped by their true features) assigned to channels within that month's capacity, exactly.
 * `used` is capacity already taken in a month by signals outside the set (kept routes).
 */
export function monthlyOptimum(
  sample: readonly SampleRecord[],
  features: readonly TrueFeatures[],
  signals: readonly number[],
  capacities: Capacities,
  used: (month: string, channel: string) => number,
): number {
  const byMonth = new Map<string, number[]>();
  for (const i of signals) {
    const month = sample[i]!.receivedDate.slice(0, 7);
    byMonth.set(month, [...(byMonth.get(month) ?? []), i]);
  }
  let total = 0;
  for (const [month, list] of byMonth) {
    const groups = new Map<string, { n: number; i: number }>();
    for (const i of list) {
      const key = JSON.stringify(features[i]);
      const g = groups.get(key);
      if (g) g.n++;
      else groups.set(key, { n: 1, i });
    }
    const rows = [...groups.values()];
    total += solveTransport({
      supply: rows.map((g) => g.n),
      capacity: TRUE_CHANNELS.map((c) => {
        const cap = (capacities as Record<string, number | undefined>)[c];
        return cap === undefined ? Infinity : Math.max(0, cap - used(month, c));
      }),
      value: rows.map((g) => TRUE_CHANNELS.map((c) => trueRates(features[g.i]!, c)?.help ?? null)),
    }).value;
  }
  return total;
}
