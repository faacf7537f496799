/**
 * Contact-plan benchmark: `planContacts` under preset M4's contact plan (3 calls → SMS → card,
 * 2 visits → card, capacity per day and month) on 200,000 SYNTHETIC triaged signals spread over
 * a year, ranked within their month, in a mix with more calls and visits than M4's replay gives
 * so that capacity binds. Reported: schedules built per second (`plansPerSec`), the replay's
 * counting run without schedule objects (`contactFigures`, `figuresPerSec`), and the baseline
 * measured in the same run: one pass that reads each signal's date and counts it per channel
 * and day (`baselinePerSec`), i.e. touching every signal once without any plan. As in every
 * bench, `ratioToBaseline` is throughput over the baseline's (`plansPerSec / baselinePerSec`; its
 * inverse is how many such passes one planning run costs).
 */
import { toDayNumber } from '../src/model/internal.js';
import { contactFigures } from '../src/replay/contact-figures.js';
import { compilePolicy, planContacts, PRESETS, type Channel, type ContactPlanItem } from '../src/triage/index.js';
import { bestRate, round, seededRandom, type Bench } from './harness.js';

const SIGNALS = Number(process.env['CONTACT_PLAN_BENCH_SIGNALS'] ?? 200_000);

/** Channels with their share of signals (cumulative draw), calls and visits heavier than in M4's replay. */
const MIX: readonly (readonly [Channel, number])[] = [
  ['letter', 0.3], ['email', 0.25], ['card', 0.15], ['phone', 0.15], ['home-visit', 0.05], ['case-director', 0.02], ['not-picked-up', 0.08],
];

function syntheticItems(count: number, seed: number): ContactPlanItem[] {
  const random = seededRandom(seed);
  const rankInMonth = new Map<number, number>();
  const items: ContactPlanItem[] = [];
  for (let i = 0; i < count; i++) {
    let draw = random();
    const channel = MIX.find(([, share]) => (draw -= share) < 0)?.[0] ?? 'letter';
    const month = 1 + Math.floor((i * 12) / count);
    const day = 1 + Math.floor(random() * 28);
    const rank = (rankInMonth.get(month) ?? 0) + 1;
    rankInMonth.set(month, rank);
    items.push({ signalId: `S${i}`, channel, rank, signalDate: `2023-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` });
  }
  return items;
}

const bench: Bench = {
  name: 'contact-plan',
  run() {
    const items = syntheticItems(SIGNALS, 20230101);
    const policy = compilePolicy(PRESETS.M4);
    let attempts = 0;
    let incomplete = 0;
    const plansPerSec = bestRate(() => {
      const plans = planContacts(items, { policy, asOf: '2023-01-01' });
      attempts = plans.reduce((n, p) => n + p.attempts.length, 0);
      incomplete = plans.filter((p) => p.status === 'incomplete').length;
      return plans.length;
    }, { minMs: 4000, rounds: 4 });
    let figureAttempts = 0;
    const figuresPerSec = bestRate(() => {
      figureAttempts = contactFigures(policy, items).attempts;
      return items.length;
    }, { minMs: 4000, rounds: 4 });
    let counted = 0;
    const baselinePerSec = bestRate(() => {
      const byDay = new Map<string, number>();
      for (const item of items) {
        const key = `${item.channel}|${toDayNumber(item.signalDate!)}`;
        byDay.set(key, (byDay.get(key) ?? 0) + 1);
      }
      counted = byDay.size;
      return items.length;
    }, { minMs: 2000, rounds: 4 });
    if (figureAttempts !== attempts || counted === 0) throw new Error(`contactFigures dated ${figureAttempts} attempts, planContacts ${attempts}`);
    return {
      signals: SIGNALS,
      attempts,
      incomplete,
      plansPerSec: round(plansPerSec),
      figuresPerSec: round(figuresPerSec),
      baselinePerSec: round(baselinePerSec),
      ratioToBaseline: round(plansPerSec / baselinePerSec, 3),
      figuresRatioToBaseline: round(figuresPerSec / baselinePerSec, 3),
    };
  },
};
export default bench;
