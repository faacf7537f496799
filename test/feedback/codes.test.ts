import { describe, expect, it } from 'vitest';
import {
  applyEvent, FEEDBACK_CODES, feedbackCodeAt, feedbackFor, feedbackForCreditor, type FeedbackCode,
} from '../../src/feedback/index.js';
import { ev, open, reachedOn, run, signal } from './helpers.js';

describe('feedback codes by date (golden cases)', () => {
  const cases: [FeedbackCode, string, boolean][] = [
    ['known-at-debt-help', '2023-11-29', false],
    ['known-at-debt-help', '2023-11-30', true],
    ['deceased', '2024-06-30', false],
    ['deceased', '2024-07-01', true],
    ['wants-help', '2021-01-01', true],
    ['unjustified', '2020-12-31', false],
  ];
  for (const [code, date, ok] of cases) {
    it(`${code} on ${date}: ${ok ? 'valid' : 'not valid'}`, () => {
      const r = feedbackCodeAt(code, date);
      expect(r.ok).toBe(ok);
      expect(r.reason).toMatchObject({ outcome: ok ? 'pass' : 'fail', values: { code, date, validFrom: FEEDBACK_CODES[code].validity.versions[0]!.from } });
    });
  }

  it('refuses a feedback-sent event whose code did not exist on that Amsterdam date', () => {
    const known = (at: string) => run(open({ at: '2023-11-20T09:00:00+01:00', signal: signal({ receivedDate: '2023-11-20' }) }), [
      ev('register-matched', '2023-11-20T10:00:00+01:00'), ev('known-at-debt-help', at),
    ]);
    const early = known('2023-11-29T12:00:00+01:00');
    expect(applyEvent(early, ev('feedback-sent', '2023-11-29T23:30:00+01:00', { code: 'known-at-debt-help' }))).toMatchObject({
      ok: false, issues: [{ code: 'feedback_code_not_valid', field: 'code', reason: { values: { date: '2023-11-29', validFrom: '2023-11-30' } } }],
    });
    // 23:30 UTC on 29 Nov is already 30 Nov in Amsterdam
    expect(applyEvent(early, ev('feedback-sent', '2023-11-29T23:30:00Z', { code: 'known-at-debt-help' })).ok).toBe(true);
  });
});

describe('feedbackFor', () => {
  it('sends "wants help" at once when help is accepted, and nothing more when the help is completed', () => {
    const accepted = run(open(), [...reachedOn('2025-05-07'), ev('help-accepted', '2025-05-07T19:30:00+02:00')]);
    const fb = feedbackFor(accepted, { asOf: '2025-05-07' });
    expect(fb.items.map((i) => [i.stage, i.code, i.due])).toEqual([['interim', 'wants-help', '2025-05-07']]);
    expect(fb.toSend).toHaveLength(1);
    const sent = run(accepted, [ev('feedback-sent', '2025-05-07T19:31:00+02:00', { code: 'wants-help' }), ev('help-completed', '2025-05-21T10:00:00+02:00', { result: 'follow-up-financial' })]);
    const after = feedbackFor(sent, { asOf: '2025-06-01' });
    expect(after.items.map((i) => i.code)).toEqual(['wants-help']);
    expect(after.items[0]!.sentAt).toBe('2025-05-07T17:31:00.000Z');
    expect(after.toSend).toEqual([]);
  });

  it('after an interim "wants help" the creditor keeps it; a correcting final code only with afterInterim: correct', () => {
    const lost = run(open(), [...reachedOn('2025-05-07'), ev('help-accepted', '2025-05-07T19:30:00+02:00'), ev('contact-lost', '2025-05-28T10:00:00+02:00')]);
    expect(feedbackFor(lost, { asOf: '2025-05-28' }).items.map((i) => [i.stage, i.code])).toEqual([['interim', 'wants-help']]);
    const corrected = feedbackFor(lost, { asOf: '2025-05-28', afterInterim: 'correct' }).items;
    expect(corrected.map((i) => [i.stage, i.code])).toEqual([['interim', 'wants-help'], ['final', 'not-reached-or-no-help']]);
    expect(corrected[1]!.reasons[0]).toMatchObject({ code: 'feedback.correct-interim', values: { interimOn: '2025-05-07' } });
  });

  it('after 28 days without closing: final "not reached / no help" is due on day 28', () => {
    const c = run(open(), [ev('register-matched', '2025-05-02T10:00:00+02:00'), ev('picked-up', '2025-05-06T09:00:00+02:00')]);
    expect(feedbackFor(c, { asOf: '2025-05-29' }).items).toEqual([]);
    expect(feedbackFor(c, { asOf: '2025-05-30' }).toSend.map((i) => [i.code, i.due])).toEqual([['not-reached-or-no-help', '2025-05-30']]);
    const unscreened = open();
    expect(feedbackFor(unscreened, { asOf: '2025-06-15' }).toSend.map((i) => i.code)).toEqual(['not-picked-up']);
  });

  it('"already known at debt help" before 30 Nov 2023 falls back to "not picked up", with both reasons', () => {
    const at = (day: string) => run(open({ at: `${day}T09:00:00+01:00`, signal: signal({ receivedDate: day }) }), [
      ev('register-matched', `${day}T10:00:00+01:00`), ev('known-at-debt-help', `${day}T11:00:00+01:00`),
    ]);
    const before = feedbackFor(at('2023-11-29'), { asOf: '2023-12-31' }).items[0]!;
    expect(before).toMatchObject({ code: 'not-picked-up', valid: true });
    expect(before.reasons.map((r) => r.outcome)).toEqual(['pass', 'fail', 'pass']);
    expect(feedbackFor(at('2023-11-30'), { asOf: '2023-12-31' }).items[0]!.code).toBe('known-at-debt-help');
  });

  it('"deceased" from 1 July 2024; before that the creditor hears "not picked up"', () => {
    const died = (day: string) => run(open({ at: `${day}T09:00:00+02:00`, signal: signal({ receivedDate: day }) }), [ev('deceased', `${day}T10:00:00+02:00`)]);
    expect(feedbackFor(died('2024-06-30'), { asOf: '2024-07-31' }).items[0]!.code).toBe('not-picked-up');
    expect(feedbackFor(died('2024-07-01'), { asOf: '2024-07-31' }).items[0]!.code).toBe('deceased');
  });

  it('health insurers see only "help accepted" or "no help / not picked up"; other creditors see the full code', () => {
    expect(feedbackForCreditor('wants-help', 'health-insurance').code).toBe('help-accepted');
    for (const code of ['unjustified', 'not-picked-up', 'repeated', 'known-at-debt-help', 'not-reached-or-no-help', 'deceased'] as const) {
      expect(feedbackForCreditor(code, 'health-insurance').code).toBe('no-help-or-not-picked-up');
      expect(feedbackForCreditor(code, 'energy').code).toBe(code);
    }
    const matched = run(open(), [
      ev('register-matched', '2025-05-02T10:00:00+02:00'),
      ev('signal-added', '2025-05-02T11:00:00+02:00', { signal: signal({ id: 'S2', creditor: { id: 'E1', sector: 'energy' } }) }),
      ev('known-at-debt-help', '2025-05-03T10:00:00+02:00'),
    ]);
    expect(feedbackFor(matched, { asOf: '2025-05-03' }).items[0]!.creditors.map((c) => [c.signalId, c.code])).toEqual([
      ['S1', 'no-help-or-not-picked-up'], ['S2', 'known-at-debt-help'],
    ]);
  });
});
