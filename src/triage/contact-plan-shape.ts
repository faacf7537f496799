import { z } from 'zod';
import type { PathSegment } from '../model/index.js';
import { CHANNELS, type Channel } from './vocabulary.js';

/**
 * The times of day a contact attempt can be made in (De signaalreis, 003, "Gebruik van
 * gespecialiseerd callcenter": "op verschillende tijdstippen in de week en ook in de avonduren
 * en ook op zaterdag"): `daytime` and `evening` on working days, `saturday` on Saturdays that
 * are not public holidays.
 * @category Contact plans
 */
export const CONTACT_WINDOWS = ['daytime', 'evening', 'saturday'] as const;
/** A time window of contact attempts. @category Contact plans */
export type ContactWindow = (typeof CONTACT_WINDOWS)[number];

/**
 * Channels that do not contact anyone (the signal is not followed up, already known at debt
 * help, or waits for a person to decide): a contact plan gives them no attempts.
 * @category Contact plans
 */
export const NON_CONTACT_CHANNELS = Object.freeze(['not-picked-up', 'known-at-debt-help', 'manual-review'] as const);
/** A channel that contacts the resident: what a contact plan gives attempts. @category Contact plans */
export type PlannedChannel = Exclude<Channel, (typeof NON_CONTACT_CHANNELS)[number]>;

/** Whether a channel contacts the resident (is not one of {@link NON_CONTACT_CHANNELS}). @internal */
export function contactsResident(channel: Channel): channel is PlannedChannel {
  return !(NON_CONTACT_CHANNELS as readonly Channel[]).includes(channel);
}

const TIME_RE = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
const time = z.string().regex(TIME_RE, { message: 'Expected a time of day as HH:MM (Amsterdam time)' });
const whole = (what: string, min: number) =>
  z.number().int({ message: `${what} must be a whole number` }).min(min, { message: `${what} must be ${min} or more` });
const channel = z.enum(CHANNELS);

/** A time window: from and to, Amsterdam local time (`HH:MM`). @category Contact plans */
export const ContactWindowTimesSchema = z.strictObject({ from: time, to: time });

const DEFAULT_WINDOWS = {
  daytime: { from: '09:00', to: '17:00' },
  evening: { from: '18:00', to: '21:00' },
  saturday: { from: '10:00', to: '14:00' },
} as const;

/**
 * The plan for one channel: how many attempts, how many working days apart, in which windows
 * (in turn: the first attempt in the first window, the second in the next, …), what is done
 * once before it (a letter before a visit), where it escalates when all attempts fail, and
 * its capacity in attempts per day and per calendar month (absent: unlimited).
 * @category Contact plans
 */
export const ChannelPlanSchema = z.strictObject({
  attempts: whole('Attempts', 0).describe('Attempts on this channel before it escalates or the plan ends'),
  spacing: whole('Spacing', 1).default(1).describe('Working days between two attempts (and before the next channel)'),
  windows: z.array(z.enum(CONTACT_WINDOWS)).min(1).default(['daytime']).describe('Windows the attempts take in turn: daytime, evening, saturday'),
  before: z.array(channel).optional().describe('Channels used once each on the first day, before this channel (e.g. a letter before a visit)'),
  then: channel.optional().describe('The channel to escalate to when every attempt failed'),
  capacity: z
    .strictObject({ perDay: whole('Capacity per day', 0).optional(), perMonth: whole('Capacity per month', 0).optional() })
    .default({})
    .describe('Attempts this channel can make per working day and per calendar month; absent: unlimited'),
});

/**
 * A contact plan: what happens after triage chose a channel (De signaalreis, 003, Bijlage 1,
 * "Het contact leggen met de inwoner"). `channels` holds a plan per channel; a contact channel
 * without an entry gets one attempt. `windows` sets the hours of the time windows. `stop` says
 * when attempts end: the resident is reached, help is declined, or `afterDays` calendar days
 * after the signal (the 28 days after which the municipality reports back, De signaalreis,
 * "Dit gebeurt óf als er hulp is geaccepteerd of na 28 dagen").
 * @category Contact plans
 */
export const ContactPlanSchema = z.strictObject({
  description: z.string().optional(),
  source: z.string().optional().describe('Where the plan comes from, e.g. a report passage'),
  windows: z
    .strictObject({
      daytime: ContactWindowTimesSchema.default(DEFAULT_WINDOWS.daytime),
      evening: ContactWindowTimesSchema.default(DEFAULT_WINDOWS.evening),
      saturday: ContactWindowTimesSchema.default(DEFAULT_WINDOWS.saturday),
    })
    .prefault({})
    .describe('Hours of the time windows, Amsterdam time (defaults: daytime 09:00–17:00, evening 18:00–21:00, saturday 10:00–14:00)'),
  stop: z
    .strictObject({
      reached: z.boolean().default(true).describe('Stop once the resident is reached'),
      helpDeclined: z.boolean().default(true).describe('Stop once the resident declines help'),
      afterDays: whole('Days', 1).default(28).describe('Calendar days after the signal after which no attempt is made (the 28-day close)'),
    })
    .prefault({}),
  channels: z
    .strictObject(Object.fromEntries(CHANNELS.map((c) => [c, ChannelPlanSchema.optional()])) as { [K in Channel]: z.ZodOptional<typeof ChannelPlanSchema> })
    .default({}),
});

/** A validated contact plan (defaults filled in). @category Contact plans */
export type ContactPlan = z.output<typeof ContactPlanSchema>;
/** The input form of a contact plan (the `contactPlan` block of a policy file). @category Contact plans */
export type ContactPlanInput = z.input<typeof ContactPlanSchema>;
/** A validated plan of one channel. @category Contact plans */
export type ChannelPlan = z.output<typeof ChannelPlanSchema>;

/** A problem with a contact plan that its shape alone does not show. */
interface PlanProblem {
  readonly code: string;
  readonly path: readonly PathSegment[];
  readonly message: string;
}

const minutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Escalations that loop back on themselves (a plan that never ends). */
function escalationCycles(plan: ContactPlan, at: readonly PathSegment[]): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const reported = new Set<Channel>();
  for (const start of CHANNELS) {
    const trail: Channel[] = [start];
    let next = plan.channels[start]?.then;
    while (next !== undefined && plan.channels[next] !== undefined && !trail.includes(next)) {
      trail.push(next);
      next = plan.channels[next]?.then;
    }
    if (next === undefined || !trail.includes(next) || reported.has(next)) continue;
    const loop = trail.slice(trail.indexOf(next));
    for (const c of loop) reported.add(c);
    problems.push({ code: 'escalation_cycle', path: [...at, 'channels', next, 'then'], message: `Escalations loop back: ${[...loop, next].join(' → ')}` });
  }
  return problems;
}

/** Problems of one channel's plan. */
function channelProblems(plan: ContactPlan, c: Channel, p: ChannelPlan, at: readonly PathSegment[]): PlanProblem[] {
  const problems: PlanProblem[] = [];
  if (!contactsResident(c)) {
    problems.push({ code: 'not_a_contact_channel', path: at, message: `'${c}' contacts nobody: a contact plan cannot give it attempts` });
  }
  if (p.attempts === 0) problems.push({ code: 'zero_attempts', path: [...at, 'attempts'], message: 'A channel in the plan needs at least one attempt; leave the channel out instead' });
  if (p.then !== undefined && plan.channels[p.then] === undefined) {
    problems.push({ code: 'unknown_escalation', path: [...at, 'then'], message: `'${c}' escalates to '${p.then}', which has no plan (contactPlan.channels.${p.then})` });
  }
  (p.before ?? []).forEach((b, i) => {
    if (b === c || !contactsResident(b)) {
      problems.push({ code: 'invalid_before', path: [...at, 'before', i], message: `'${b}' cannot come before '${c}': use another contact channel` });
    }
  });
  const { perDay, perMonth } = p.capacity;
  if (perDay === 0 || perMonth === 0) {
    problems.push({ code: 'zero_capacity', path: [...at, 'capacity', perDay === 0 ? 'perDay' : 'perMonth'], message: 'A capacity of 0 leaves every attempt unplanned; leave the channel out of the triage rules instead' });
  } else if (perDay !== undefined && perMonth !== undefined && perDay > perMonth) {
    problems.push({ code: 'day_above_month', path: [...at, 'capacity', 'perDay'], message: `${perDay} attempts a day is more than the ${perMonth} a month` });
  }
  return problems;
}

/**
 * Everything wrong with a well-shaped contact plan, each with its path from the policy root:
 * escalation to a channel without a plan, escalation cycles, zero attempts, zero capacity or
 * more a day than a month, channels that contact nobody, empty time windows.
 * @internal
 */
export function contactPlanProblems(plan: ContactPlan | undefined): PlanProblem[] {
  if (plan === undefined) return [];
  const at = ['contactPlan'] as const;
  const problems: PlanProblem[] = [];
  for (const w of CONTACT_WINDOWS) {
    const { from, to } = plan.windows[w];
    if (minutes(to) <= minutes(from)) problems.push({ code: 'empty_window', path: [...at, 'windows', w], message: `The ${w} window must end after it starts (${from}–${to})` });
  }
  for (const c of CHANNELS) {
    const p = plan.channels[c];
    if (p) problems.push(...channelProblems(plan, c, p, [...at, 'channels', c]));
  }
  return [...problems, ...escalationCycles(plan, at)];
}
