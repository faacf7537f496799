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
    // every kind of result, taken first (results share the caller's own objects with its inputs) …
    const results = [
      applyEvent(c, ev('help-accepted', '2025-05-07T19:30:00+02:00')), caseDeadlines(c), collectionPauses(c),
      feedbackFor(c, { asOf: '2025-06-30' }), dueActions([c], { asOf: '2025-05-09' }), explainEntry(c.history[0]!),
      feedbackCodeAt('deceased', '2024-07-01'), replayCaseLog([{ type: 'x' }]),
    ];
    // … then changed in every way a caller can, with the tables they come from
    tamper(results);
    tamper({ TRANSITIONS, FEEDBACK_CODES, CREDITOR_VIEWS });
    expect(everything()).toBe(before);
  });

  it('a step returns a new case and never changes the one it was given; what the table shares is frozen', () => {
    const c = run(open(), reachedOn('2025-05-07'));
    const before = JSON.stringify(c);
    const step = applyEvent(c, ev('help-accepted', '2025-05-07T19:30:00+02:00'));
    if (!step.ok) throw new Error('refused');
    expect(step.value).not.toBe(c);
    expect(step.value.history).not.toBe(c.history);
    (step.value.history as unknown[]).push('x');
    expect(JSON.stringify(c)).toBe(before);
    expect(Object.isFrozen(step.effects) && Object.isFrozen(step.effects[0]) && Object.isFrozen(step.reasons) && Object.isFrozen(step.reasons[0])).toBe(true);
    expect(Object.isFrozen(step.reasons[0]!.source) && Object.isFrozen(step.reasons[0]!.message)).toBe(true);
  });
});
