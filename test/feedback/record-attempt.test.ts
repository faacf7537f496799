import { describe, expect, it } from 'vitest';
import { contactProgress, recordAttempt } from '../../src/feedback/index.js';
import { ddasContactAttempts } from '../../src/feedback/ddas-map.js';
import { compilePolicy, planContacts, PRESETS } from '../../src/triage/index.js';
import { ev, open, run } from './helpers.js';

/** A case picked up on 6 May 2025, and M4's plan for its phone signal from that day. */
function pickedUpWithPlan() {
  const c = run(open(), [ev('register-matched', '2025-05-02T10:00:00+02:00'), ev('picked-up', '2025-05-06T08:30:00+02:00')]);
  const [plan] = planContacts([{ signalId: 'S1', channel: 'phone', signalDate: '2025-05-02' }], { policy: compilePolicy(PRESETS.M4), asOf: '2025-05-06' });
  return { c, plan: plan! };
}

describe('recordAttempt: planned attempts feed the lifecycle', () => {
  it('records each failed attempt on its channel and day part, and gives up after the last', () => {
    const { c, plan } = pickedUpWithPlan();
    // M4: 3 calls (the third in the evening), an app/SMS, a handwritten card
    expect(plan.attempts.map((a) => `${a.channel} ${a.window}`)).toEqual(['phone daytime', 'phone daytime', 'phone evening', 'sms daytime', 'card daytime']);
    let current = c;
    for (const attempt of plan.attempts) {
      const step = recordAttempt(current, attempt, { reached: false, actor: 'staff:7' });
      if (!step.ok) throw new Error(step.issues[0]!.message);
      current = step.value;
    }
    expect(current.state).toBe('closed');
    expect(current.outcome).toBe('not-reached');
    expect(ddasContactAttempts(current).map((a) => `${a.soort} ${a.dagdeel} ${a.bereikt}`)).toEqual([
      'Telefoon Ochtend false', 'Telefoon Ochtend false', 'Telefoon Avond false', 'SMS/Whatsapp Ochtend false', 'Kaartje Ochtend false',
    ]);
    expect(contactProgress(current)).toEqual({ attemptsMade: 5, reached: false, helpDeclined: false });
  });

  it('records a reached attempt at the time it was made; the planner then stops the plan', () => {
    const { c, plan } = pickedUpWithPlan();
    const step = recordAttempt(c, plan.attempts[0]!, { reached: true, actor: 'staff:7', at: '2025-05-06T14:15:00+02:00' });
    expect(step.ok && step.value.state).toBe('reached');
    const progress = contactProgress(step.ok ? step.value : c);
    expect(progress).toEqual({ attemptsMade: 1, reached: true, helpDeclined: false });
    const [again] = planContacts([{ signalId: 'S1', channel: 'phone', signalDate: '2025-05-02' }], { policy: compilePolicy(PRESETS.M4), asOf: '2025-05-07', progress: { S1: progress } });
    expect(again!.status).toBe('stopped');
  });

  it('returns issues, without throwing, for an attempt the case does not allow or a bad time', () => {
    const { plan } = pickedUpWithPlan();
    const notYet = recordAttempt(open(), plan.attempts[0]!, { reached: false, actor: 'staff:7' });
    expect(notYet.ok ? [] : notYet.issues.map((i) => i.code)).toEqual(['transition_not_allowed']);
    const { c } = pickedUpWithPlan();
    const bad = recordAttempt(c, plan.attempts[0]!, { reached: false, actor: 'staff:7', at: '2025-05-06 10:00' });
    expect(bad.ok ? [] : bad.issues.map((i) => i.field)).toEqual(['at']);
  });
});
