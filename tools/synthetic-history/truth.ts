/**
 * Judging a learned recommendation against the SYNTHETIC history's truth: the true expected help
 * accepted of a routing, and the best any routing can reach under the same monthly capacities,
 * computed exactly from the true rates (a transportation problem per month).
 */
import type { SampleRecord } from '../../src/replay/index.js';
import type { OutcomeModel } from '../../src/replay/learn/outcomes.js';
import type { Recommendation } from '../../src/replay/learn/recommend.js';
import { solveTransport } from '../../src/replay/learn/flow.js';
import type { Capacities } from '../../src/triage/index.js';
import { TRUE_CHANNELS, trueRates, type TrueChannel, type TrueFeatures } from './history.js';

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

/** Capacity a set of routes takes per month and channel (`YYYY-MM|channel` → signals). */
export function usePerMonth(sample: readonly SampleRecord[], routes: readonly { readonly channel: string }[], which: readonly number[]): Map<string, number> {
  const used = new Map<string, number>();
  for (const i of which) {
    const key = `${sample[i]!.receivedDate.slice(0, 7)}|${routes[i]!.channel}`;
    used.set(key, (used.get(key) ?? 0) + 1);
  }
  return used;
}

/** The share of learned 95% intervals (help accepted and reach, per stratum and channel with evidence) that hold the true rate. */
export function coverageOf(
  model: OutcomeModel,
  routes: readonly { readonly stratum: string }[],
  features: readonly TrueFeatures[],
): { readonly cells: number; readonly covered: number; readonly share: number } {
  const first = new Map<string, number>();
  routes.forEach((r, i) => {
    if (!first.has(r.stratum)) first.set(r.stratum, i);
  });
  let cells = 0;
  let covered = 0;
  for (const stratum of model.strata) {
    const f = features[first.get(stratum.key)!]!;
    for (const channel of TRUE_CHANNELS) {
      const truth = trueRates(f, channel);
      const e = stratum.channels[channel];
      if (!truth || e.helpAccepted.evidence === 'none') continue;
      for (const [estimate, value] of [[e.helpAccepted, truth.help], [e.reach, truth.reach]] as const) {
        cells++;
        if (value >= estimate.interval![0] && value <= estimate.interval![1]) covered++;
      }
    }
  }
  return { cells, covered, share: covered / cells };
}

/**
 * A recommendation judged by the truth, on the signals it assigned: its true help accepted, the
 * best achievable under the same monthly capacities, the historic policy's (the current routes)
 * and what the history actually did (its cases' last channels).
 */
export function judge(
  rec: Recommendation,
  sample: readonly SampleRecord[],
  features: readonly TrueFeatures[],
  capacities: Capacities,
): { readonly recommended: number; readonly best: number; readonly historicPolicy: number; readonly historicActual: number; readonly gap: number } {
  const signals = rec.routes.flatMap((r, i) => (r.fixed === null || r.fixed === 'not-comparable' ? [i] : []));
  const kept = rec.routes.flatMap((r, i) => (r.fixed === 'crisis' || r.fixed === 'known-at-debt-help' || r.fixed === 'kept-rule' ? [i] : []));
  const keptUse = usePerMonth(sample, rec.routes.map((r) => ({ channel: r.current })), kept);
  const best = monthlyOptimum(sample, features, signals, capacities, (month, c) => keptUse.get(`${month}|${c}`) ?? 0);
  const sum = (channel: (i: number) => string | null): number => signals.reduce((a, i) => a + trueHelp(features[i]!, channel(i)), 0);
  const recommended = sum((i) => rec.routes[i]!.recommended);
  return {
    recommended,
    best,
    historicPolicy: sum((i) => rec.routes[i]!.current),
    historicActual: sum((i) => {
      const attempts = sample[i]!.outcome?.attempts ?? [];
      return attempts[attempts.length - 1]?.channel ?? null;
    }),
    gap: 1 - recommended / best,
  };
}
