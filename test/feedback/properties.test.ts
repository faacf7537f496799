import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyEvent, CASE_EVENT_TYPES, CONTACT_CHANNELS, DATA_QUALITY_NOTES, deserialiseCase, FEEDBACK_CODES, HELP_RESULTS, parseEvent, serialiseCase,
  type Case, type CaseEvent,
} from '../../src/feedback/index.js';
import { DEFAULT_LOOKUP } from '../../src/feedback/apply-event.js';
import { allowedEvents } from '../../src/feedback/lookup.js';

const CONTACT_CHANNEL_NAMES = Object.keys(CONTACT_CHANNELS) as (keyof typeof CONTACT_CHANNELS)[];
const FEEDBACK_CODE_NAMES = Object.keys(FEEDBACK_CODES) as (keyof typeof FEEDBACK_CODES)[];
import { open, signal } from './helpers.js';

const START = Date.UTC(2023, 10, 1, 8);

/**
 * A random event draw: usually one of the types the current state allows, mostly one that keeps
 * the case open (so walks go deep into the table), sometimes any type at all (so refusals are
 * exercised too); plausible payloads; a time step that is usually forward.
 */
const eventArb = fc.record({
  mode: fc.constantFrom('any', 'allowed', 'allowed', ...Array<'keep-open'>(8).fill('keep-open')),
  pick: fc.noBias(fc.nat(839)), // 840 = lcm(1..8): uniform over any list of up to 8 allowed types
  stepMinutes: fc.integer({ min: -120, max: 60 * 24 * 12 }),
  channel: fc.constantFrom(...CONTACT_CHANNEL_NAMES),
  result: fc.constantFrom(...HELP_RESULTS),
  code: fc.constantFrom(...FEEDBACK_CODE_NAMES),
  signalNo: fc.integer({ min: 1, max: 4 }),
  note: fc.constantFrom(...DATA_QUALITY_NOTES),
});
type Draw = typeof eventArb extends fc.Arbitrary<infer T> ? T : never;

/** Turn draws into events one at a time, each chosen for the state the case is in. */
function* events(draws: readonly Draw[], stateOf: () => Case['state']): Generator<CaseEvent> {
  let t = START;
  for (const d of draws) {
    t += d.stepMinutes * 60_000;
    const state = stateOf();
    const allowed = allowedEvents(DEFAULT_LOOKUP, state);
    const staying = allowed.filter((type) => DEFAULT_LOOKUP.get(state)?.get(type)?.to !== 'closed');
    const types = d.mode === 'any' ? CASE_EVENT_TYPES : d.mode === 'keep-open' && staying.length > 0 ? staying : allowed;
    const type = types[d.pick % types.length]!;
    const input: Record<string, unknown> = { type, caseId: 'Z1', at: new Date(t).toISOString(), actor: 'prop' };
    if (type === 'contact-reached' || type === 'contact-not-reached') input['channel'] = d.channel;
    if (type === 'help-completed') input['result'] = d.result;
    if (type === 'feedback-sent') input['code'] = d.code;
    if (type === 'data-quality-note') input['note'] = d.note;
    if (type === 'signal-added') input['signal'] = signal({ id: `S${d.signalNo}`, receivedDate: '2023-11-02' });
    const parsed = parseEvent(input);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    yield parsed.value;
  }
}

function checkCase(c: Case): void {
  expect(c.state === 'closed').toBe(c.outcome !== null);
  for (let i = 0; i < c.history.length; i++) {
    const h = c.history[i]!;
    expect(DEFAULT_LOOKUP.get(h.from)?.get(h.event.type)?.to).toBe(h.to);
    if (i > 0) expect(h.from).toBe(c.history[i - 1]!.to);
    if (i > 0) expect(h.event.at >= c.history[i - 1]!.event.at).toBe(true);
  }
  expect(c.history.at(-1)?.to ?? 'received').toBe(c.state);
}

describe('properties of the lifecycle', () => {
  it('random event sequences never produce an invalid case', () => {
    const covered = new Set<string>();
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 60 }), (draws) => {
        let c = open({ at: new Date(START - 3_600_000).toISOString(), signal: signal({ receivedDate: '2023-11-01' }) });
        for (const event of events(draws, () => c.state)) {
          const before = JSON.stringify(c);
          const r = applyEvent(c, event);
          expect(JSON.stringify(c)).toBe(before); // the input case is never changed
          if (!r.ok) continue;
          expect(DEFAULT_LOOKUP.get(c.state)?.has(event.type)).toBe(true); // every accepted step is in the table
          expect(r.value.history).toHaveLength(c.history.length + 1); // the audit trail grows by one
          expect(r.value.history.at(-1)).toEqual({ from: c.state, to: r.value.state, event });
          covered.add(`${c.state}×${event.type}`);
          c = r.value;
        }
        checkCase(c);
      }),
      { numRuns: 500, seed: 20250502 }, // fixed seed: the coverage check below must not flake
    );
    // the walk really explores the table, not just its first row
    const cells = [...DEFAULT_LOOKUP.values()].reduce((n, row) => n + row.size, 0);
        expect(covered.size).toBeGreaterThan(cells * 0.8);
  });

  it('cases serialise to JSON and back without loss', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 30 }), (draws) => {
        let c = open({ at: new Date(START - 3_600_000).toISOString(), signal: signal({ receivedDate: '2023-11-01', client: { bsn: '111222333' } }) });
        for (const event of events(draws, () => c.state)) {
          const r = applyEvent(c, event);
          if (r.ok) c = r.value;
        }
        const back = deserialiseCase(serialiseCase(c));
        expect(back.ok).toBe(true);
        if (back.ok) expect(back.value).toEqual(c);
        expect(JSON.parse(JSON.stringify(c))).toEqual(c);
      }),
      { numRuns: 200 },
    );
  });

  it('a stored case whose trail does not lead to its state is refused, not loaded', () => {
    const stored = JSON.parse(serialiseCase(open())) as Record<string, unknown>;
    expect(deserialiseCase({ ...stored, state: 'contacting' })).toMatchObject({ ok: false, issues: [{ code: 'inconsistent_history' }] });
    expect(deserialiseCase({ ...stored, history: [{ from: 'received', to: 'reached', event: { type: 'picked-up', caseId: 'Z1', at: '2025-05-03T10:00:00Z', actor: 'x' } }] }))
      .toMatchObject({ ok: false, issues: [{ code: 'inconsistent_history' }] });
    expect(deserialiseCase('{not json')).toMatchObject({ ok: false, issues: [{ code: 'invalid_json' }] });
  });
});
