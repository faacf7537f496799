import { describe, expect, it } from 'vitest';
import { caseDeadlines, collectionPauses, dueActions, serialiseCase } from '../../src/feedback/index.js';
import { ev, open, reachedOn, run, signal } from './helpers.js';

const byKey = (c: Parameters<typeof caseDeadlines>[0]) => Object.fromEntries(caseDeadlines(c).map((d) => [d.key, d]));

describe('deadlines (golden cases)', () => {
  it('warm referral received on Friday 2 May 2025: contact by Thursday 8 May (Monday 5 May is Liberation Day)', () => {
    const c = open({ signal: signal({ kind: 'warm-referral' }) });
    const d = byKey(c)['warmReferralContact']!;
    expect(d).toMatchObject({ start: '2025-05-02', due: '2025-05-08', metOn: null, open: true });
    expect(d.reason.source).toMatchObject({ id: 'warmReferral', document: 'NVVK, Projectplan Warme doorverwijzing' });
    expect(d.reason.source).not.toHaveProperty('seed');
    const attempted = run(c, [ev('register-matched', '2025-05-02T10:00:00+02:00'), ev('picked-up', '2025-05-06T09:00:00+02:00'), ev('contact-not-reached', '2025-05-08T17:00:00+02:00', { channel: 'phone' })]);
    expect(byKey(attempted)['warmReferralContact']).toMatchObject({ metOn: '2025-05-08', open: false, reason: { outcome: 'pass' } });
    const late = run(c, [ev('register-matched', '2025-05-02T10:00:00+02:00'), ev('picked-up', '2025-05-06T09:00:00+02:00'), ev('contact-not-reached', '2025-05-09T09:00:00+02:00', { channel: 'phone' })]);
    expect(byKey(late)['warmReferralContact']).toMatchObject({ metOn: '2025-05-09', reason: { outcome: 'fail' } });
  });

  it('a threatening situation (eviction notice) is picked up within 3 working days; an end-of-supply signal is not one by definition', () => {
    const eviction = open({ signal: signal({ kind: 'eviction-notice', creditor: { id: 'WC1', sector: 'housing' }, receivedDate: '2025-12-24' }) });
    // 24 Dec 2025 (Wed) + 3 working days: 25 and 26 Dec are holidays, 27/28 weekend → 29, 30, 31 Dec
    expect(byKey(eviction)['threateningSituation']).toMatchObject({ start: '2025-12-24', due: '2025-12-31', open: true });
    expect(byKey(open({ signal: signal({ kind: 'end-of-supply' }) }))['threateningSituation']).toBeUndefined();
    expect(byKey(open({ signal: signal({ kind: 'end-of-supply', crisis: true }) }))['threateningSituation']).toBeDefined();
  });

  it('first conversation within 2 weeks, at most 4 weeks after the signal (convenant)', () => {
    const c = open();
    expect(byKey(c)['firstConversation']).toMatchObject({ due: '2025-05-16', open: true });
    expect(byKey(c)['firstConversationLatest']).toMatchObject({ due: '2025-05-30', open: true });
    const reached = run(c, reachedOn('2025-05-20'));
    expect(byKey(reached)['firstConversation']).toMatchObject({ metOn: '2025-05-20', open: false, reason: { outcome: 'fail' } });
    expect(byKey(reached)['firstConversationLatest']).toMatchObject({ metOn: '2025-05-20', open: false, reason: { outcome: 'pass' } });
  });

  it('closes and sends feedback after 28 days', () => {
    expect(byKey(open())['autoClose']).toMatchObject({ start: '2025-05-02', due: '2025-05-30' });
  });

  it('a collection pause of 30 days after "wants help" and at once on a warm referral', () => {
    const accepted = run(open(), [...reachedOn('2025-05-07'), ev('help-accepted', '2025-05-07T19:30:00+02:00')]);
    expect(collectionPauses(accepted)).toMatchObject([{ trigger: 'help-accepted', start: '2025-05-07', until: '2025-06-06' }]);
    expect(collectionPauses(open({ signal: signal({ kind: 'warm-referral' }) }))).toMatchObject([{ trigger: 'warm-referral', start: '2025-05-02', until: '2025-06-01' }]);
    expect(collectionPauses(open())).toEqual([]);
  });
});

describe('dueActions', () => {
  it('lists open deadlines as due or overdue, one result per case in order', () => {
    const warm = open({ caseId: 'Z1', signal: signal({ kind: 'warm-referral' }) });
    const plain = open({ caseId: 'Z2' });
    const [a, b] = dueActions([warm, plain], { asOf: '2025-05-09' }).map((item) => (item.ok ? item.value : null));
    expect(a!.caseId).toBe('Z1');
    expect(b!.caseId).toBe('Z2');
    expect(a!.actions.map((x) => [x.key, x.due, x.status])).toEqual([
      ['warmReferralContact', '2025-05-08', 'overdue'],
      ['firstConversation', '2025-05-16', 'due'],
      ['firstConversationLatest', '2025-05-30', 'due'],
      ['autoClose', '2025-05-30', 'due'],
      ['warm-referral', '2025-06-01', 'running'],
    ]);
    expect(b!.actions.every((x) => x.reason.source.id.length > 0)).toBe(true);
  });

  it('after 28 days without result: close, and the feedback "not reached / no help" is due', () => {
    const c = run(open(), [ev('register-matched', '2025-05-02T10:00:00+02:00'), ev('picked-up', '2025-05-06T09:00:00+02:00')]);
    const [r] = dueActions([c], { asOf: '2025-06-02' }).map((item) => (item.ok ? item.value : null));
    expect(r!.actions.filter((x) => x.status === 'overdue').map((x) => x.key)).toEqual(['firstConversation', 'firstConversationLatest', 'autoClose', 'not-reached-or-no-help']);
  });

  it('reports a case as it stood on the date: later events do not count', () => {
    const c = run(open(), [...reachedOn('2025-05-07'), ev('help-declined', '2025-05-07T19:30:00+02:00')]);
    const stateOn = (asOf: string) => dueActions([c], { asOf }).map((item) => item.ok && item.value.state)[0];
    expect(stateOn('2025-05-05')).toBe('screening');
    expect(stateOn('2025-05-08')).toBe('closed');
  });

  it('takes stored cases too, and gives one item per input: a broken one gets its issues, the others their actions', () => {
    const items = dueActions([serialiseCase(open()), null, { ...JSON.parse(serialiseCase(open())), state: 'closed' }, open()], { asOf: '2025-05-09' });
    expect(items.map((i) => [i.index, i.ok])).toEqual([[0, true], [1, false], [2, false], [3, true]]);
    expect(items[2]!.ok ? null : items[2]!.issues[0]!.code).toBe('inconsistent_history');
  });

  it('refuses an invalid date', () => {
    expect(() => dueActions([], { asOf: '2025-02-30' })).toThrow(/asOf/);
    expect(() => dueActions([], undefined as never)).toThrow(/asOf/);
  });
});
