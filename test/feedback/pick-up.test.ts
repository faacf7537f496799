import { describe, expect, it } from 'vitest';
import { NOT_PICKED_UP_MEANINGS, NOT_PICKED_UP_REASONS } from '../../src/model/index.js';
import { applyEvent, dueActions, FEEDBACK_CODES, notPickedUpEvent } from '../../src/feedback/index.js';
import { OUTCOME_FEEDBACK } from '../../src/feedback/internal.js';
import { ev, open, reachedOn, run } from './helpers.js';

describe('not picked up: from triage\'s reason to the lifecycle', () => {
  it.each(NOT_PICKED_UP_REASONS)('%s closes the case with the outcome whose feedback code the meaning names', (why) => {
    const e = notPickedUpEvent({ caseId: 'Z1', at: '2025-05-02T11:00:00+02:00', actor: 'triage', reason: why, rule: 'some-rule' });
    expect(e.ok).toBe(true);
    const closed = e.ok ? applyEvent(open(), e.value) : null;
    expect(closed?.ok && closed.value.state).toBe('closed');
    const outcome = closed?.ok ? closed.value.outcome! : null;
    expect(OUTCOME_FEEDBACK[outcome!]).toBe(NOT_PICKED_UP_MEANINGS[why].feedbackCode);
    expect(FEEDBACK_CODES[NOT_PICKED_UP_MEANINGS[why].feedbackCode]).toBeDefined();
  });

  it('"other" keeps the rule in the event; invalid input gets issues, never a throw', () => {
    const e = notPickedUpEvent({ caseId: 'Z1', at: '2025-05-02T11:00:00+02:00', actor: 'triage', reason: 'other', rule: 'legal-person' });
    expect(e.ok && e.value).toMatchObject({ type: 'not-picked-up', reason: 'legal-person' });
    const bad = notPickedUpEvent({ caseId: 'Z1', at: 'yesterday', actor: 'triage', reason: 'too-small' });
    expect(!bad.ok && bad.issues.map((i) => i.field)).toEqual(['at', 'reason']);
  });
});

describe('plan of approach and data-quality notes', () => {
  it('the open plan of approach shows among the due actions once help is accepted', () => {
    const c = run(open(), [...reachedOn('2025-05-08'), ev('help-accepted', '2025-05-08T19:30:00+02:00')]);
    const [item] = dueActions([c], { asOf: '2025-05-31' });
    const plan = item!.ok ? item!.value.actions.find((a) => a.key === 'planOfApproach') : undefined;
    expect(plan).toMatchObject({ kind: 'deadline', due: '2025-05-30', status: 'overdue' });
    expect(plan!.reason.source.clause).toContain('Binnen deze 4 weken is een plan van aanpak klaar');
  });

  it('a note about a signal that is not in the case is refused', () => {
    const r = applyEvent(open(), ev('data-quality-note', '2025-05-03T10:00:00+02:00', { note: 'address-outdated', signalId: 'S9' }));
    expect(!r.ok && r.issues[0]!.code).toBe('unknown_signal');
  });
});
