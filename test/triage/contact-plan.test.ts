import { describe, expect, it } from 'vitest';
import { createHolidayCalendar } from '../../src/calendar/index.js';
import { UsageError } from '../../src/model/index.js';
import {
  compilePolicy, definePolicy, parseContactPlanItem, parsePolicy, planContacts, policyJsonSchema, PRESETS, triageBatch, type PolicyInput,
} from '../../src/triage/index.js';
import { compactSchedule } from './contact-plan-support.js';
import { decisionsOf, input } from './helpers.js';

const base = { name: 'Testgemeente', version: '1', effectiveFrom: '2023-01-01', rules: [], otherwise: { channel: 'phone' } } satisfies PolicyInput;
const withPlan = (contactPlan: PolicyInput['contactPlan']) => compilePolicy(definePolicy({ ...base, contactPlan }));

describe('contact plan checks', () => {
  it('names every problem of the plan with its path', () => {
    const r = parsePolicy({
      ...base,
      contactPlan: {
        windows: { evening: { from: '21:00', to: '18:00' } },
        channels: {
          phone: { attempts: 0, then: 'sms' },
          email: { attempts: 1, then: 'card' },
          card: { attempts: 1, then: 'email', capacity: { perDay: 5, perMonth: 2 } },
          letter: { attempts: 1, before: ['letter'], capacity: { perDay: 0 } },
          'not-picked-up': { attempts: 1 },
        },
      },
    });
    expect(r.ok).toBe(false);
    const found = r.ok ? [] : r.issues.map((i) => [i.code, i.field]);
    expect(found).toEqual(expect.arrayContaining([
      ['empty_window', 'contactPlan.windows.evening'],
      ['zero_attempts', 'contactPlan.channels.phone.attempts'],
      ['unknown_escalation', 'contactPlan.channels.phone.then'],
      ['day_above_month', 'contactPlan.channels.card.capacity.perDay'],
      ['invalid_before', 'contactPlan.channels.letter.before[0]'],
      ['zero_capacity', 'contactPlan.channels.letter.capacity.perDay'],
      ['not_a_contact_channel', 'contactPlan.channels.not-picked-up'],
      ['escalation_cycle', 'contactPlan.channels.email.then'],
    ]));
    expect(found).toHaveLength(8);
  });

  it('rejects a malformed time and a spacing of 0 by their paths', () => {
    const r = parsePolicy({ ...base, contactPlan: { windows: { daytime: { from: '9:00', to: '17:00' } }, channels: { phone: { attempts: 2, spacing: 0 } } } });
    expect(r.ok ? [] : r.issues.map((i) => i.field).sort()).toEqual(['contactPlan.channels.phone.spacing', 'contactPlan.windows.daytime.from']);
  });

  it('fills in the defaults: 28 days, stop when reached or help declined, the windows', () => {
    const p = definePolicy({ ...base, contactPlan: { channels: { phone: { attempts: 2 } } } });
    expect(p.contactPlan!.stop).toEqual({ reached: true, helpDeclined: true, afterDays: 28 });
    expect(p.contactPlan!.windows.evening).toEqual({ from: '18:00', to: '21:00' });
    expect(p.contactPlan!.channels.phone).toEqual({ attempts: 2, spacing: 1, windows: ['daytime'], capacity: {} });
  });

  it('is part of the JSON Schema', () => {
    const props = (policyJsonSchema().properties as Record<string, { properties?: Record<string, unknown> }>).contactPlan!;
    expect(Object.keys(props.properties!)).toEqual(['description', 'source', 'windows', 'stop', 'channels']);
  });
});

describe('planContacts', () => {
  it('moves to the next month when the month is full, and reports capacity when the close comes first', () => {
    const policy = withPlan({ channels: { phone: { attempts: 1, capacity: { perMonth: 2 } } } });
    const items = ['A', 'B', 'C'].map((signalId) => ({ signalId, channel: 'phone' as const, signalDate: '2023-03-20' }));
    const plans = planContacts(items, { policy, asOf: '2023-03-20' });
    expect(plans.map(compactSchedule).map((s) => s.attempts[0] ?? s.unplanned[0])).toEqual([
      '2023-03-20 daytime phone 1/1', '2023-03-20 daytime phone 1/1', '2023-04-03 daytime phone 1/1',
    ]);
    // signalled on 3 March, the case closes on 31 March: April's room comes too late
    const late = planContacts(items.map((i) => ({ ...i, signalDate: '2023-03-03' })), { policy, asOf: '2023-03-30' });
    expect(late[2]!.status).toBe('incomplete');
    expect(late[2]!.unplanned[0]!.because).toBe('capacity');
    expect(late[2]!.reasons[0]).toMatchObject({ code: 'contact-plan.unplanned.capacity', outcome: 'fail', values: { channel: 'phone', because: 'capacity' } });
  });

  it('stops a plan when the resident was reached or declined help, and skips attempts already made', () => {
    const policy = compilePolicy(PRESETS.M4);
    const items = [{ signalId: 'A', channel: 'phone' as const }, { signalId: 'B', channel: 'phone' as const }, { signalId: 'C', channel: 'phone' as const }];
    const plans = planContacts(items, { policy, asOf: '2023-03-01', progress: { A: { reached: true }, B: { helpDeclined: true }, C: { attemptsMade: 3 } } });
    expect(plans.map((p) => p.status)).toEqual(['stopped', 'stopped', 'complete']);
    expect(plans[1]!.reasons[0]!.values).toEqual({ because: 'help-declined' });
    expect(compactSchedule(plans[2]!).attempts).toEqual(['2023-03-01 daytime sms 1/1', '2023-03-02 daytime card 1/1']);
    expect(plans[2]!.attempts.at(-1)!.last).toBe(true);
  });

  it('gives the window as an instant with the Amsterdam offset of its date', () => {
    const policy = withPlan({ channels: { phone: { attempts: 2, windows: ['evening', 'saturday'] } } });
    const [summer] = planContacts([{ signalId: 'A', channel: 'phone' }], { policy, asOf: '2023-06-01' });
    expect(summer!.attempts.map((a) => a.at)).toEqual(['2023-06-01T18:00:00+02:00', '2023-06-03T10:00:00+02:00']);
    const [winter] = planContacts([{ signalId: 'A', channel: 'phone' }], { policy, asOf: '2023-12-01' });
    expect(winter!.attempts[0]!.at).toBe('2023-12-01T18:00:00+01:00');
  });

  it('follows the calendar it is given (a closing day) and plans nothing before asOf', () => {
    const policy = withPlan({ channels: { letter: { attempts: 1 } } });
    const calendar = createHolidayCalendar({ extra: ['2023-03-06'] });
    const [p] = planContacts([{ signalId: 'A', channel: 'letter', signalDate: '2023-03-01' }], { policy, asOf: '2023-03-04', calendar });
    expect(p!.attempts[0]!.date).toBe('2023-03-07');
    expect(p!.closes).toBe('2023-03-29');
  });

  it('without a contact plan, every contact channel gets one attempt', () => {
    const policy = compilePolicy(definePolicy(base));
    const [p] = planContacts([{ signalId: 'A', channel: 'home-visit' }], { policy, asOf: '2023-03-01' });
    expect(compactSchedule(p!).attempts).toEqual(['2023-03-01 daytime home-visit 1/1']);
  });

  it('plans a triaged batch in its priority order: the highest amounts take the scarce visit days first', () => {
    const policy = compilePolicy(definePolicy({
      ...base,
      capacity: { 'home-visit': 3 },
      fallbacks: { 'home-visit': { whenFull: 'letter' } },
      rules: [{ id: 'visit-above-500', when: { amount: { above: 500 } }, then: { channel: 'home-visit' } }],
      otherwise: { channel: 'letter' },
      priority: ['amount-desc'],
      contactPlan: { channels: { 'home-visit': { attempts: 1, capacity: { perDay: 1 } }, letter: { attempts: 1 } } },
    }));
    const signal = (id: string, total: string) => ({
      id, kind: 'early', creditor: { id: 'C1', sector: 'energy' }, receivedDate: '2023-03-01',
      debtor: { name: { surname: 'Testpersoon' } }, address: { postcode: '1234AB', houseNumber: 1 }, arrears: { total },
    });
    const decisions = triageBatch([signal('low', '600.00'), signal('high', '900.00'), signal('mid', '700.00'), signal('small', '50.00')], policy)
      .flatMap((i) => (i.ok ? [i.value] : []));
    const plans = planContacts(decisions, { policy, asOf: '2023-03-01' });
    expect(plans.map((p) => `${p.signalId} ${p.attempts[0]!.date} ${p.attempts[0]!.channel}`)).toEqual([
      'low 2023-03-03 home-visit', 'high 2023-03-01 home-visit', 'mid 2023-03-02 home-visit', 'small 2023-03-01 letter',
    ]);
    expect(Object.isFrozen(plans[0]) && Object.isFrozen(plans[0]!.attempts) && Object.isFrozen(plans[0]!.attempts[0])).toBe(true);
  });

  it('gives signals triage did not pick up (floor, last month\'s repeat, a bv) no attempts, and calls the referred entrepreneur', () => {
    // M1: "> € 100 opgepakt", "tenzij hetzelfde signaal vorige maand ook", legal persons set aside (De signaalreis, Bijlage 1, Gemeente 1)
    const m1 = compilePolicy(PRESETS.M1);
    const decisions = decisionsOf(triageBatch([
      input({ id: 'floor', amount: '80.00' }),
      input({ id: 'repeat', amount: '300.00' }, { sameCreditorLastMonth: true }),
      input({ id: 'bv', amount: '300.00', legalForm: 'bv' }),
      input({ id: 'letter', amount: '300.00' }),
    ], m1));
    expect(decisions.map((d) => d.notPickedUp?.reason ?? d.channel)).toEqual(['unjustified', 'repeated', 'other', 'letter']);
    const plans = planContacts(decisions, { policy: m1, asOf: '2023-03-15' });
    expect(plans.map((p) => [p.signalId, p.status, p.attempts.length])).toEqual([
      ['floor', 'no-contact', 0], ['repeat', 'no-contact', 0], ['bv', 'no-contact', 0], ['letter', 'complete', 1],
    ]);
    // M3 refers a sole trader to help for entrepreneurs *and* calls (Bijlage 1, Gemeente 3, Ondernemers): the call plan runs
    const m3 = compilePolicy(PRESETS.M3);
    const [trader] = decisionsOf(triageBatch([input({ id: 'trader', amount: '300.00', legalForm: 'sole-trader' })], m3));
    expect(trader!.referral).toBe('entrepreneur-desk');
    expect(compactSchedule(planContacts([trader!], { policy: m3, asOf: '2023-03-15' })[0]!).attempts).toEqual([
      '2023-03-15 daytime phone 1/2', '2023-03-17 evening phone 2/2', // 2 working days apart (M3's reading)
    ]);
  });

  it('serves by start day, then rank (unranked last), then input order — the same with whole and with fractional ranks', () => {
    const policy = withPlan({ channels: { phone: { attempts: 1, capacity: { perDay: 1 } } } });
    const items = [
      { signalId: 'late', channel: 'phone' as const, rank: 1, signalDate: '2023-03-02' },
      { signalId: 'unranked', channel: 'phone' as const, rank: null, signalDate: '2023-03-01' },
      { signalId: 'second', channel: 'phone' as const, rank: 2, signalDate: '2023-03-01' },
      { signalId: 'first', channel: 'phone' as const, rank: 1, signalDate: '2023-03-01' },
      { signalId: 'unranked-too', channel: 'phone' as const, signalDate: '2023-03-01' },
    ];
    const days = (ranked: typeof items) => planContacts(ranked, { policy, asOf: '2023-03-01' }).map((p) => `${p.signalId} ${p.attempts[0]!.date}`);
    // one call a day: the four signals of 1 March take 1, 2, 3 and 6 March (a weekend between); the later start comes after them
    const expected = ['late 2023-03-07', 'unranked 2023-03-03', 'second 2023-03-02', 'first 2023-03-01', 'unranked-too 2023-03-06'];
    expect(days(items)).toEqual(expected);
    // fractional ranks cannot be packed into one sort key: the comparator gives the same order
    expect(days(items.map((i) => ({ ...i, rank: i.rank == null ? i.rank : i.rank + 0.5 })))).toEqual(expected);
  });

  it('throws UsageError for an invalid asOf', () => {
    expect(() => planContacts([], { policy: compilePolicy(PRESETS.M1), asOf: '2023-02-30' })).toThrow(UsageError);
  });
});

describe('parseContactPlanItem', () => {
  it('reads a triage output line and rejects an unknown channel by its field', () => {
    expect(parseContactPlanItem({ ok: true, signalId: 'S1', channel: 'phone', rank: null, policy: 'M4@2023-03' })).toEqual({ ok: true, value: { signalId: 'S1', channel: 'phone', rank: null } });
    const bad = parseContactPlanItem({ signalId: 'S1', channel: 'pigeon' });
    expect(bad.ok ? [] : bad.issues.map((i) => i.field)).toEqual(['channel']);
  });
});
