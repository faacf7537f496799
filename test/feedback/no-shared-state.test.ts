import { describe, expect, it } from 'vitest';
import {
  applyEvent, caseDeadlines, collectionPauses, CREDITOR_VIEWS, dueActions, explainEntry, FEEDBACK_CODES, feedbackCodeAt, feedbackFor,
  replayCaseLog, TRANSITIONS,
} from '../../src/feedback/index.js';
import { ev, open, reachedOn, run, signal } from './helpers.js';
import { tamper } from './tamper.js';

/** Everything a vendor's job asks of the module for one case, as JSON. */
function everything(): string {
  const c = run(open({ signal: signal({ kind: 'warm-referral' }) }), reachedOn('2025-05-07'));
  const step = applyEvent(c, ev('help-accepted', '2025-05-07T19:30:00+02:00'));
  const log = replayCaseLog([{ type: 'case-opened', caseId: 'Z2', municipalityCode: '0546', at: '2025-05-02T09:00:00+02:00', actor: 'ris', signal: signal() }, { type: 'x' }]);
  return JSON.stringify({
    step, log, explained: explainEntry(c.history[0]!), deadlines: caseDeadlines(c), pauses: collectionPauses(c),
    feedback: feedbackFor(c, { asOf: '2025-06-30' }), due: dueActions([c], { asOf: '2025-05-09' }), code: feedbackCodeAt('deceased', '2024-07-01'),
    tables: { TRANSITIONS, FEEDBACK_CODES, CREDITOR_VIEWS },
  });
}

describe('no state shared between callers', () => {
  it('a caller who changes every result, case, reason, effect and table it gets changes nothing for the next caller', () => {
    const before = everything();
    const c = run(open({ signal: signal({ kind: 'warm-referral' }) }), reachedOn('2025-05-07'));
    const step = applyEvent(c, ev('help-accepted', '2025-05-07T19:30:00+02:00'));
    tamper(step);
    tamper(c);
    tamper(caseDeadlines(c));
    tamper(collectionPauses(c));
    tamper(feedbackFor(c, { asOf: '2025-06-30' }));
    tamper(dueActions([c], { asOf: '2025-05-09' }));
    tamper(explainEntry(c.history[0]!));
    tamper(feedbackCodeAt('deceased', '2024-07-01'));
    tamper(replayCaseLog([{ type: 'x' }]));
    tamper({ TRANSITIONS, FEEDBACK_CODES, CREDITOR_VIEWS });
    expect(everything()).toBe(before);
  });

  it('cases, their trails and the events in them are frozen', () => {
    const c = run(open(), reachedOn('2025-05-07'));
    expect(Object.isFrozen(c) && Object.isFrozen(c.history) && Object.isFrozen(c.history[0]) && Object.isFrozen(c.history[0]!.event)).toBe(true);
    expect(Object.isFrozen(c.signals) && Object.isFrozen(c.signals[0]) && Object.isFrozen(c.signals[0].client)).toBe(true);
    expect(() => (c.history as unknown[]).push('x')).toThrow(TypeError);
  });
});
