/**
 * Feedback benchmark: `applyEvent` on the typed events of a synthetic month (20,000 cases, about
 * 150,000 events in the study's outcome mix), each case replayed from its opening. Events are
 * validated once at the boundary (`parseEvent`, reported separately), as a vendor's event store
 * would. Baseline, measured in the same run: a plain object-spread reducer over the same events
 * (`{ ...c, state, history: [...c.history, entry] }`), i.e. the same immutable append without a
 * table lookup or any checks.
 */
import { applyEvent, openCase, parseEvent, type Case, type CaseEvent } from '../src/feedback/index.js';
import { syntheticMonth } from '../tools/synthetic/feedback-month.js';
import { bestRate, round, type Bench } from './harness.js';

const CASES = 20_000;

interface Replay {
  readonly opened: Case;
  readonly events: CaseEvent[];
}

function prepare(): { replays: Replay[]; raw: unknown[] } {
  const replays = new Map<string, Replay>();
  const raw: unknown[] = [];
  for (const record of syntheticMonth({ seed: 2025, cases: CASES })) {
    if (record['type'] === 'case-opened') {
      const { type: _type, ...input } = record;
      const r = openCase(input);
      if (!r.ok) throw new Error(JSON.stringify(r.issues));
      replays.set(r.value.id, { opened: r.value, events: [] });
      continue;
    }
    raw.push(record);
    const e = parseEvent(record);
    if (!e.ok) throw new Error(JSON.stringify(e.issues));
    replays.get(e.value.caseId)!.events.push(e.value);
  }
  return { replays: [...replays.values()], raw };
}

interface PlainCase {
  readonly state: string;
  readonly history: readonly { readonly from: string; readonly to: string; readonly event: CaseEvent }[];
}

const bench: Bench = {
  name: 'feedback',
  run() {
    const { replays, raw } = prepare();
    const events = replays.reduce((n, r) => n + r.events.length, 0);
    let refused = 0;
    const lifecycle = () => {
      for (const { opened, events: list } of replays) {
        let c = opened;
        for (const e of list) {
          const r = applyEvent(c, e);
          if (r.ok) c = r.value;
          else refused += 1;
        }
      }
      return events;
    };
    const baseline = () => {
      for (const { opened, events: list } of replays) {
        let c: PlainCase = opened;
        for (const e of list) c = { ...c, state: e.type, history: [...c.history, { from: c.state, to: e.type, event: e }] };
      }
      return events;
    };
    const parse = () => {
      for (const r of raw) parseEvent(r);
      return raw.length;
    };
    // interleave so that both see the same machine load
    let eventsPerSec = 0;
    let baselinePerSec = 0;
    for (let round_ = 0; round_ < 3; round_++) {
      eventsPerSec = Math.max(eventsPerSec, bestRate(lifecycle, { minMs: 600 }));
      baselinePerSec = Math.max(baselinePerSec, bestRate(baseline, { minMs: 600 }));
    }
    const parsePerSec = bestRate(parse, { minMs: 600 });
    if (refused > 0) throw new Error(`${refused} events refused: the bench data is broken`);
    return {
      events,
      cases: replays.length,
      eventsPerSec: round(eventsPerSec),
      baselineEventsPerSec: round(baselinePerSec),
      ratioToBaseline: round(eventsPerSec / baselinePerSec, 3),
      parseEventsPerSec: round(parsePerSec),
      goalEventsPerSec: 1_000_000,
    };
  },
};

export default bench;
