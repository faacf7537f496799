import { describe, expect, it } from 'vitest';
import { applyEvent, compileTransitions, openCase, parseEvent, TRANSITIONS, type CaseState } from '../../src/feedback/index.js';
import { allowedEvents } from '../../src/feedback/lookup.js';
import { DEFAULT_LOOKUP } from '../../src/feedback/apply-event.js';
import { ev, open, reachedOn, run, signal } from './helpers.js';

describe('openCase', () => {
  it('opens a case in state received with an empty audit trail', () => {
    const c = open();
    expect(c).toMatchObject({ id: 'Z1', state: 'received', outcome: null, history: [], openedAt: '2025-05-02T07:00:00.000Z' });
    expect(c.signals[0]).toMatchObject({ id: 'S1', amount: '212.50', receivedDate: '2025-05-02' });
  });

  it('refuses a signal without BSN or postcode + house number, with a field path and no personal data', () => {
    const r = openCase({ caseId: 'Z1', municipalityCode: '0546', at: '2025-05-02T09:00:00+02:00', actor: 'ris', signal: signal({ client: { postcode: '2311AB' } }) });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]).toMatchObject({ field: 'signal.client.bsn', code: 'missing_client_key' });
    const bad = openCase({ caseId: 'Z1', municipalityCode: '546', at: 'yesterday', actor: 'ris', signal: signal({ client: { bsn: '123456789' } }) });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.issues.map((i) => i.field)).toEqual(['municipalityCode', 'at', 'signal.client.bsn']);
    expect(JSON.stringify(bad.issues)).not.toContain('123456789');
  });
});

describe('parseEvent', () => {
  it('normalises the instant to UTC and keeps the payload', () => {
    const r = parseEvent({ type: 'contact-reached', caseId: 'Z1', at: '2025-01-15T18:05:00+01:00', actor: 'staff:1', channel: 'phone' });
    expect(r).toEqual({ ok: true, value: { type: 'contact-reached', caseId: 'Z1', at: '2025-01-15T17:05:00.000Z', actor: 'staff:1', channel: 'phone' } });
  });

  it('refuses unknown types, missing payload, timestamps without an offset and unknown fields', () => {
    expect(parseEvent({ type: 'teleported', caseId: 'Z1', at: '2025-05-02T10:00:00Z', actor: 'x' }).ok).toBe(false);
    const noChannel = parseEvent({ type: 'contact-reached', caseId: 'Z1', at: '2025-05-02T10:00:00Z', actor: 'x' });
    expect(noChannel.ok ? [] : noChannel.issues.map((e) => e.field)).toEqual(['channel']);
    const naive = parseEvent({ type: 'picked-up', caseId: 'Z1', at: '2025-05-02T10:00:00', actor: 'x' });
    expect(naive.ok ? null : naive.issues[0]).toMatchObject({ field: 'at', code: 'invalid_instant', label: 'tijdstip' });
    expect(parseEvent({ type: 'picked-up', caseId: 'Z1', at: '2025-05-02T10:00:00Z', actor: 'x', bsn: '1' }).ok).toBe(false);
    for (const at of ['2025-02-30T10:00:00Z', '2025-05-02T24:00:00Z', '2025-05-02 10:00:00Z', '2025-05-02']) {
      expect(parseEvent({ type: 'picked-up', caseId: 'Z1', at, actor: 'x' }).ok).toBe(false);
    }
    expect(parseEvent({ type: 'picked-up', caseId: 'Z1', at: '2025-05-02T09:00:00.123456+0200', actor: 'x' })).toMatchObject({ ok: true, value: { at: '2025-05-02T07:00:00.123Z' } });
  });
});

describe('applyEvent: the transition table', () => {
  const walks: { name: string; events: () => ReturnType<typeof ev>[]; state: CaseState; outcome: string | null }[] = [
    { name: 'register fallout', events: () => [ev('register-fallout', '2025-05-02T11:00:00Z')], state: 'closed', outcome: 'register-fallout' },
    { name: 'manual review, then matched', events: () => [ev('register-manual-review', '2025-05-02T11:00:00Z'), ev('register-matched', '2025-05-05T11:00:00Z')], state: 'screening', outcome: null },
    { name: 'already known at debt help', events: () => [ev('register-matched', '2025-05-02T11:00:00Z'), ev('known-at-debt-help', '2025-05-03T11:00:00Z')], state: 'closed', outcome: 'known-at-debt-help' },
    { name: 'repeated signal', events: () => [ev('register-matched', '2025-05-02T11:00:00Z'), ev('repeated-signal', '2025-05-03T11:00:00Z')], state: 'closed', outcome: 'repeated' },
    { name: 'not reached, given up', events: () => [ev('register-matched', '2025-05-02T11:00:00Z'), ev('picked-up', '2025-05-06T11:00:00Z'), ev('contact-not-reached', '2025-05-07T11:00:00Z', { channel: 'letter' }), ev('contact-given-up', '2025-05-20T11:00:00Z')], state: 'closed', outcome: 'not-reached' },
    { name: 'reached, declined', events: () => [...reachedOn('2025-05-07'), ev('help-declined', '2025-05-07T17:30:00Z')], state: 'closed', outcome: 'declined' },
    { name: 'reached, own action', events: () => [...reachedOn('2025-05-07'), ev('own-action', '2025-05-07T17:30:00Z')], state: 'closed', outcome: 'own-action' },
    { name: 'help accepted, completed', events: () => [...reachedOn('2025-05-07'), ev('help-accepted', '2025-05-07T17:30:00Z'), ev('help-completed', '2025-05-20T10:00:00Z', { result: 'advice-or-quick-fix' })], state: 'closed', outcome: 'help-completed' },
    { name: 'help accepted, then lost', events: () => [...reachedOn('2025-05-07'), ev('help-accepted', '2025-05-07T17:30:00Z'), ev('contact-lost', '2025-05-25T10:00:00Z')], state: 'closed', outcome: 'no-response-after-contact' },
    { name: 'deceased while contacting', events: () => [ev('register-matched', '2025-05-02T11:00:00Z'), ev('picked-up', '2025-05-06T11:00:00Z'), ev('deceased', '2025-05-08T11:00:00Z')], state: 'closed', outcome: 'deceased' },
    { name: 'moved away before screening', events: () => [ev('moved-away', '2025-05-03T11:00:00Z')], state: 'closed', outcome: 'moved-away' },
    { name: 'auto-close after 28 days while contacting', events: () => [ev('register-matched', '2025-05-02T11:00:00Z'), ev('picked-up', '2025-05-06T11:00:00Z'), ev('auto-close', '2025-05-30T04:00:00Z')], state: 'closed', outcome: 'not-reached' },
  ];
  for (const walk of walks) {
    it(`${walk.name} → ${walk.state}${walk.outcome ? ` (${walk.outcome})` : ''}`, () => {
      const events = walk.events();
      const c = run(open(), events);
      expect(c.state).toBe(walk.state);
      expect(c.outcome).toBe(walk.outcome);
      expect(c.history).toHaveLength(events.length);
      expect(c.history.map((h) => h.event)).toEqual(events);
    });
  }

  it('refuses going from closed back to contacting, names what closed allows, and leaves the case as it was', () => {
    const closed = run(open(), [ev('register-matched', '2025-05-02T11:00:00Z'), ev('unjustified', '2025-05-03T11:00:00Z')]);
    const before = JSON.stringify(closed);
    const r = applyEvent(closed, ev('picked-up', '2025-05-04T11:00:00Z'));
    expect(r).toMatchObject({ ok: false, issues: [{ code: 'transition_not_allowed', field: 'type', state: 'closed', eventType: 'picked-up', allowed: ['feedback-sent'] }] });
    expect(r.ok ? '' : r.issues[0]!.message).toBe('Event "picked-up" is not allowed in state "closed"; allowed: feedback-sent (gebeurtenis)');
    expect(JSON.stringify(closed)).toBe(before);
  });

  it('returns the interim feedback and the collection pause as effects when help is accepted', () => {
    const reached = run(open(), reachedOn('2025-05-07'));
    const r = applyEvent(reached, ev('help-accepted', '2025-05-07T17:30:00Z'));
    expect(r.ok && r.effects).toEqual([{ kind: 'send-feedback', stage: 'interim' }, { kind: 'start-collection-pause', rule: 'collectionPause' }]);
  });

  it('says which row of the transition table allowed a step, and which rule its payload passed', () => {
    const picked = applyEvent(run(open(), [ev('register-matched', '2025-05-02T11:00:00Z')]), ev('picked-up', '2025-05-06T11:00:00Z'));
    expect(picked.ok && picked.reasons).toMatchObject([
      { code: 'transition.picked-up', outcome: 'pass', values: { rule: 'picked-up', event: 'picked-up', from: 'screening', to: 'contacting' }, source: { id: 'signaalreis' }, message: { en: 'Signal picked up' } },
    ]);
    const contacting = run(open(), [ev('register-matched', '2025-05-02T11:00:00Z'), ev('picked-up', '2025-05-06T11:00:00Z')]);
    const closed = applyEvent(contacting, ev('auto-close', '2025-05-30T04:00:00Z'));
    expect(closed.ok && closed.reasons.map((r) => [r.code, r.outcome, r.values])).toEqual([
      ['transition.auto-close-not-reached', 'pass', { rule: 'auto-close-not-reached', event: 'auto-close', from: 'contacting', to: 'closed' }],
      ['deadline.autoClose', 'pass', { date: '2025-05-30', due: '2025-05-30' }],
    ]);
  });

  it('refuses events of another case, events older than the last one, and a signal already in the case', () => {
    const c = run(open(), [ev('register-matched', '2025-05-02T11:00:00Z')]);
    const other = parseEvent({ type: 'picked-up', caseId: 'Z2', at: '2025-05-03T11:00:00Z', actor: 'x' });
    expect(other.ok && applyEvent(c, other.value)).toMatchObject({ ok: false, issues: [{ code: 'case_mismatch', field: 'caseId' }] });
    expect(applyEvent(c, ev('picked-up', '2025-05-02T10:59:59Z'))).toMatchObject({ ok: false, issues: [{ code: 'event_out_of_order', field: 'at' }] });
    expect(applyEvent(c, ev('signal-added', '2025-05-03T11:00:00Z', { signal: signal() }))).toMatchObject({ ok: false, issues: [{ code: 'duplicate_signal', field: 'signal.id' }] });
    const added = applyEvent(c, ev('signal-added', '2025-05-03T11:00:00Z', { signal: signal({ id: 'S2', creditor: { id: 'W1', sector: 'water' } }) }));
    expect(added.ok && added.value.signals.map((s) => s.id)).toEqual(['S1', 'S2']);
  });

  it('refuses an automatic close before the 28 days have passed', () => {
    const c = run(open(), [ev('register-matched', '2025-05-02T11:00:00Z'), ev('picked-up', '2025-05-06T11:00:00Z')]);
    // received 2025-05-02: the 28 days end on 2025-05-30 (Amsterdam date)
    expect(applyEvent(c, ev('auto-close', '2025-05-29T21:59:00Z'))).toMatchObject({ ok: false, issues: [{ code: 'too_early', reason: { outcome: 'fail', values: { date: '2025-05-29', due: '2025-05-30' } } }] });
    expect(applyEvent(c, ev('auto-close', '2025-05-29T22:00:00Z')).ok).toBe(true);
  });
});

describe('the compiled table', () => {
  it('has exactly one cell per row × from-state, and rejects an ambiguous table', () => {
    const cells = TRANSITIONS.reduce((n, r) => n + r.from.length, 0);
    const compiled = [...DEFAULT_LOOKUP.values()].reduce((n, row) => n + row.size, 0);
    expect(compiled).toBe(cells);
    expect(() => compileTransitions([...TRANSITIONS, TRANSITIONS[0]!])).toThrow(/appears twice/);
    expect(() => compileTransitions([...TRANSITIONS, { ...TRANSITIONS[0]!, id: 'another' }])).toThrow(/appears twice/);
    expect(() => compileTransitions([{ ...TRANSITIONS[2]!, outcome: undefined }])).toThrow(/without an outcome/);
  });

  it('allows only feedback-sent once closed, and no return to contacting from any closed path', () => {
    expect(allowedEvents(DEFAULT_LOOKUP, 'closed')).toEqual(['feedback-sent']);
    expect(allowedEvents(DEFAULT_LOOKUP, 'received')).toContain('register-matched');
  });
});
