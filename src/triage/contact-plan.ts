import { z } from 'zod';
import { addDays, addMonths, UsageError, type IsoDate, type Reason, type Result, type SourceRef } from '../model/index.js';
import { IsoDateField, fromDayNumber, isoWeekday, reason, safeParseWith, text, toDayNumber } from '../model/internal.js';
import { addWorkingDays, DUTCH_HOLIDAYS, inAmsterdam, isWorkingDay, type HolidayCalendar } from '../calendar/index.js';
import type { CompiledPolicy } from './compile.js';
import { ContactPlanSchema, contactsResident, type ChannelPlan, type PlannedChannel, type ContactPlan, type ContactWindow } from './contact-plan-shape.js';
import { CHANNEL_NAMES, CHANNELS, type Channel } from './vocabulary.js';

/**
 * What {@link planContacts} needs of a triage result: the signal, the channel it finally goes
 * to, its rank in the batch's priority order (a `TriageDecision` has both), and optionally the
 * signal's date (the 28 days count from it; without it they count from `asOf`).
 * @category Contact plans
 */
export interface ContactPlanItem {
  /** The signal's id. */
  readonly signalId: string;
  /** The channel triage chose (after fallbacks and capacity). */
  readonly channel: Channel;
  /** Position in the batch's priority order; `null` or absent: after the ranked ones, in input order. */
  readonly rank?: number | null;
  /** The signal's date (received), `YYYY-MM-DD`. */
  readonly signalDate?: IsoDate;
}

/**
 * What already happened to a signal's plan (e.g. read from its case with `contactProgress` in
 * `vroegsignalering/feedback`): attempts made so far (in plan order), and whether the resident
 * was reached or declined help.
 * @category Contact plans
 */
export interface ContactProgress {
  /** Attempts of the plan already made (they are not planned again). */
  readonly attemptsMade?: number;
  /** The resident was reached. */
  readonly reached?: boolean;
  /** The resident declined help. */
  readonly helpDeclined?: boolean;
}

/** Options of {@link planContacts}. @category Contact plans */
export interface PlanContactsOptions {
  /** The compiled policy whose `contactPlan` applies (without one: one attempt per contact channel, unlimited, 28 days). */
  readonly policy: CompiledPolicy;
  /** The planning date: no attempt is planned before it. */
  readonly asOf: IsoDate;
  /** Holidays; default the Algemene termijnenwet's ({@link DUTCH_HOLIDAYS}). */
  readonly calendar?: HolidayCalendar;
  /** Progress per signal id, for replanning after attempts were made. */
  readonly progress?: Readonly<Record<string, ContactProgress>>;
}

/** Whether an attempt is one of the channel's own attempts or a one-off before it (a letter before a visit). @category Contact plans */
export type AttemptStep = 'before' | 'attempt';

/** One dated contact attempt. @category Contact plans */
export interface PlannedAttempt {
  /** The signal's id. */
  readonly signalId: string;
  /** The channel of this attempt. */
  readonly channel: PlannedChannel;
  /** `before`: a one-off before the channel's attempts; `attempt`: one of the channel's attempts. */
  readonly step: AttemptStep;
  /** Which attempt of the channel (1-based), and of how many. */
  readonly attempt: number;
  readonly of: number;
  /** The day, a working day (or a Saturday that is not a public holiday, for the `saturday` window). */
  readonly date: IsoDate;
  /** The time window, and its hours (Amsterdam time). */
  readonly window: ContactWindow;
  readonly from: string;
  readonly to: string;
  /** The window's start as an instant with its Amsterdam offset, e.g. `2026-12-01T18:00:00+01:00` (DDAS day part: Avond). */
  readonly at: string;
  /** Whether this is the plan's last attempt (if it fails, the plan is exhausted). */
  readonly last: boolean;
}

/**
 * Why an attempt of the plan got no date: `capacity` when full days or months delayed the plan
 * past the close, `closed` when the close came first without any capacity in the way.
 * @category Contact plans
 */
export type UnplannedCause = 'capacity' | 'closed';

/** An attempt of the plan that could not be given a date. @category Contact plans */
export interface UnplannedAttempt {
  readonly signalId: string;
  readonly channel: PlannedChannel;
  readonly step: AttemptStep;
  readonly attempt: number;
  readonly of: number;
  /** `capacity`: full days or months delayed the plan past the close; `closed`: the plan runs past the close even without capacity limits. */
  readonly because: UnplannedCause;
}

/**
 * How a signal's plan came out: `complete` (every attempt dated), `incomplete` (some could not
 * be dated within capacity or before the close), `stopped` (reached or help declined), or
 * `no-contact` (its channel contacts nobody).
 * @category Contact plans
 */
export type ScheduleStatus = 'complete' | 'incomplete' | 'stopped' | 'no-contact';

/** The dated plan of one signal. @category Contact plans */
export interface ContactSchedule {
  readonly signalId: string;
  /** The channel triage chose, where the plan starts. */
  readonly channel: Channel;
  readonly status: ScheduleStatus;
  /** The day the case closes without result (`stop.afterDays` after the signal): attempts fall before it. */
  readonly closes: IsoDate;
  /** The dated attempts, in order. */
  readonly attempts: readonly PlannedAttempt[];
  /** The attempts that got no date, in order. */
  readonly unplanned: readonly UnplannedAttempt[];
  /** Why: the plan's outcome with its source. */
  readonly reasons: readonly Reason[];
}

/** The plan used when a policy has none: every contact channel one attempt, unlimited, 28 days. */
const DEFAULT_PLAN: ContactPlan = ContactPlanSchema.parse({});
const ONE_ATTEMPT: ChannelPlan = Object.freeze({ attempts: 1, spacing: 1, windows: ['daytime'], capacity: {} }) as ChannelPlan;

/** One step of a signal's plan, before it is dated. */
interface Step {
  readonly channel: PlannedChannel;
  readonly step: AttemptStep;
  readonly attempt: number;
  readonly of: number;
  readonly window: ContactWindow;
  /** Working days after the previous step. */
  readonly gap: number;
}

/** The steps of the plan that starts at `channel`: its one-offs before, its attempts, then each escalation's. */
function stepsFrom(plan: ContactPlan, channel: PlannedChannel): Step[] {
  const steps: Step[] = [];
  const first = plan.channels[channel] ?? ONE_ATTEMPT;
  for (const b of (first.before ?? []).filter(contactsResident)) {
    const windows = (plan.channels[b] ?? ONE_ATTEMPT).windows;
    steps.push({ channel: b, step: 'before', attempt: 1, of: 1, window: windows[0]!, gap: 0 });
  }
  const seen = new Set<Channel>();
  let gap = steps.length > 0 ? first.spacing : 0;
  for (let c: PlannedChannel | undefined = channel; c !== undefined && !seen.has(c); c = nextChannel(plan, c)) {
    seen.add(c);
    const p = plan.channels[c] ?? ONE_ATTEMPT;
    for (let k = 0; k < p.attempts; k++) {
      steps.push({ channel: c, step: 'attempt', attempt: k + 1, of: p.attempts, window: p.windows[k % p.windows.length]!, gap: k === 0 ? gap : p.spacing });
    }
    gap = p.spacing;
  }
  return steps;
}

/** The channel a channel escalates to (a valid plan escalates only to contact channels). */
function nextChannel(plan: ContactPlan, channel: PlannedChannel): PlannedChannel | undefined {
  const next = plan.channels[channel]?.then;
  return next !== undefined && contactsResident(next) ? next : undefined;
}

/** Attempts booked per channel and day, and per channel and month (`YYYY-MM`). */
class Load {
  readonly byDay = new Map<string, number>();
  readonly byMonth = new Map<string, number>();
  constructor(private readonly plan: ContactPlan) {}

  /** Whether `channel` has room on `date`: `day` (the day is full), `month` (the month is full) or `free`. */
  room(channel: Channel, date: IsoDate): 'free' | 'day' | 'month' {
    const cap = this.plan.channels[channel]?.capacity;
    if (cap?.perMonth !== undefined && (this.byMonth.get(`${channel}|${date.slice(0, 7)}`) ?? 0) >= cap.perMonth) return 'month';
    if (cap?.perDay !== undefined && (this.byDay.get(`${channel}|${date}`) ?? 0) >= cap.perDay) return 'day';
    return 'free';
  }

  book(channel: Channel, date: IsoDate): void {
    const day = `${channel}|${date}`;
    const month = `${channel}|${date.slice(0, 7)}`;
    this.byDay.set(day, (this.byDay.get(day) ?? 0) + 1);
    this.byMonth.set(month, (this.byMonth.get(month) ?? 0) + 1);
  }
}

/** Whether an attempt in `window` can be made on `date`: a working day, or a Saturday that is not a holiday. */
function opensOn(window: ContactWindow, date: IsoDate, holidays: HolidayCalendar): boolean {
  return window === 'saturday' ? isoWeekday(date) === 6 && !holidays.isHoliday(date) : isWorkingDay(date, { holidays });
}

/**
 * The first day from `earliest` (before `closes`) the step fits its window and capacity, or why
 * there is none: `capacity` when a full day or month stood in the way of this step or delayed an
 * earlier one (`delayed`, set here when this step waits for room), else `closed`.
 */
function dayFor(step: Step, earliest: IsoDate, closes: IsoDate, ctx: PlanContext, delayed: { value: boolean }): IsoDate | UnplannedCause {
  const end = toDayNumber(closes);
  for (let d = toDayNumber(earliest); d < end; d++) {
    const date = fromDayNumber(d);
    if (!opensOn(step.window, date, ctx.holidays)) continue;
    const room = ctx.load.room(step.channel, date);
    if (room === 'free') return date;
    delayed.value = true;
    // a full month: go on from the first day of the next month
    if (room === 'month') d = toDayNumber(addMonths(`${date.slice(0, 7)}-01`, 1)) - 1;
  }
  return delayed.value ? 'capacity' : 'closed';
}

/** The window's start on `date` as an instant with the Amsterdam offset of that moment. */
function instantAt(date: IsoDate, hhmm: string): string {
  const winter = `${date}T${hhmm}:00+01:00`;
  return inAmsterdam(winter).hour === Number(hhmm.slice(0, 2)) ? winter : `${date}T${hhmm}:00+02:00`;
}

const PLAN_SOURCE_CLAUSE = 'contactplan';

/** The citation of a plan's reasons: the policy, at its contact plan's own source. */
function planSource(policy: CompiledPolicy, plan: ContactPlan | undefined): SourceRef {
  return Object.freeze({ ...policy.source, clause: plan?.source ?? (policy.source.clause ? `${policy.source.clause}, ${PLAN_SOURCE_CLAUSE}` : PLAN_SOURCE_CLAUSE) });
}

/** Plan one signal: date its steps in order against the shared load. */
function scheduleOne(item: ContactPlanItem, ctx: PlanContext): ContactSchedule {
  const { plan, load, holidays, source } = ctx;
  const base = item.signalDate ?? ctx.asOf;
  const closes = addDays(base, plan.stop.afterDays);
  const start = base > ctx.asOf ? base : ctx.asOf;
  const name = CHANNEL_NAMES[item.channel];
  const make = (status: ScheduleStatus, attempts: PlannedAttempt[], unplanned: UnplannedAttempt[], reasons: Reason[]): ContactSchedule =>
    Object.freeze({ signalId: item.signalId, channel: item.channel, status, closes, attempts: Object.freeze(attempts), unplanned: Object.freeze(unplanned), reasons: Object.freeze(reasons) });
  if (!contactsResident(item.channel)) {
    return make('no-contact', [], [], [reason('contact-plan.no-contact', 'skip', source, text(`${name.nl}: geen contactpogingen`, `${name.en}: no contact attempts`), { channel: item.channel })]);
  }
  const progress = ctx.progress?.[item.signalId];
  const stoppedBy = progress?.reached && plan.stop.reached ? 'reached' : progress?.helpDeclined && plan.stop.helpDeclined ? 'help-declined' : null;
  if (stoppedBy !== null) {
    const why = stoppedBy === 'reached' ? text('inwoner bereikt', 'resident reached') : text('hulp geweigerd', 'help declined');
    return make('stopped', [], [], [reason('contact-plan.stopped', 'info', source, text(`Geen pogingen meer: ${why.nl}`, `No more attempts: ${why.en}`), { because: stoppedBy })]);
  }
  const steps = stepsFrom(plan, item.channel).slice(progress?.attemptsMade ?? 0);
  const attempts: PlannedAttempt[] = [];
  const unplanned: UnplannedAttempt[] = [];
  let previous: IsoDate | null = null;
  let failed: UnplannedCause | null = null;
  const delayed = { value: false };
  for (const step of steps) {
    const ref = { signalId: item.signalId, channel: step.channel, step: step.step, attempt: step.attempt, of: step.of };
    // a Saturday attempt may follow on the next Saturday, however few working days lie between
    const earliest: IsoDate = previous === null ? start
      : step.gap === 0 ? previous
        : step.window === 'saturday' ? addDays(previous, 1) : addWorkingDays(previous, step.gap, { holidays });
    const day: IsoDate | UnplannedCause = failed ?? dayFor(step, earliest, closes, ctx, delayed);
    if (day === 'capacity' || day === 'closed') {
      failed = day;
      unplanned.push(Object.freeze({ ...ref, because: day }));
      continue;
    }
    load.book(step.channel, day);
    const hours = plan.windows[step.window];
    attempts.push({ ...ref, date: day, window: step.window, from: hours.from, to: hours.to, at: instantAt(day, hours.from), last: false });
    previous = day;
  }
  if (attempts.length > 0 && unplanned.length === 0) attempts[attempts.length - 1] = { ...attempts.at(-1)!, last: true };
  const frozen = attempts.map((a) => Object.freeze(a));
  if (failed === null) {
    const values = { channel: item.channel, attempts: frozen.length, first: frozen[0]?.date ?? null, last: frozen.at(-1)?.date ?? null };
    return make('complete', frozen, unplanned, [reason('contact-plan.complete', 'pass', source, text(`${frozen.length} pogingen gepland vóór ${closes}`, `${frozen.length} attempts planned before ${closes}`), values)]);
  }
  const first = unplanned[0]!;
  const why = failed === 'capacity'
    ? text(`geen ruimte binnen de capaciteit van ${CHANNEL_NAMES[first.channel].nl} vóór ${closes}`, `no room within the ${CHANNEL_NAMES[first.channel].en} capacity before ${closes}`)
    : text(`de zaak sluit op ${closes}`, `the case closes on ${closes}`);
  const values = { channel: first.channel, attempt: first.attempt, of: first.of, because: failed, unplanned: unplanned.length };
  return make('incomplete', frozen, unplanned, [
    reason(`contact-plan.unplanned.${failed}`, 'fail', source, text(`${unplanned.length} poging(en) niet gepland: ${why.nl}`, `${unplanned.length} attempt(s) not planned: ${why.en}`), values),
  ]);
}

interface PlanContext {
  readonly plan: ContactPlan;
  readonly load: Load;
  readonly holidays: HolidayCalendar;
  readonly source: SourceRef;
  readonly asOf: IsoDate;
  readonly progress: PlanContactsOptions['progress'];
}

/**
 * Turn triage results into dated contact attempts under the policy's `contactPlan`: per signal
 * its channel's one-offs (`before`), its attempts `spacing` working days apart in its time
 * windows in turn, then each escalation's, every attempt on a working day (Saturday for the
 * `saturday` window; public holidays per `calendar`) on or after `asOf` and before the close
 * (`stop.afterDays` after the signal), within each channel's capacity per day and per calendar
 * month. Signals are served by start date, then rank (a batch's priority order), then input
 * order, so scarce days go to the most urgent first. A step that finds no day makes the rest
 * of its plan unplanned, with the cause. Returns one frozen schedule per item, in input order.
 * Throws `UsageError` for an invalid `asOf`.
 * @example
 * const m4 = compilePolicy(PRESETS.M4);
 * const decisions = triageBatch(signals, m4).flatMap((i) => (i.ok ? [i.value] : []));
 * const plans = planContacts(decisions, { policy: m4, asOf: '2023-03-01' });
 * plans[0].attempts.map((a) => `${a.date} ${a.window} ${a.channel}`); // e.g. '2023-03-01 daytime phone'
 * @category Contact plans
 */
export function planContacts(items: readonly ContactPlanItem[], options: PlanContactsOptions): ContactSchedule[] {
  const asOf = IsoDateField.safeParse(options.asOf);
  if (!asOf.success) {
    throw new UsageError('planContacts', [{ code: 'invalid_date', path: ['asOf'], field: 'asOf', message: 'Expected a date as YYYY-MM-DD' }]);
  }
  const plan = options.policy.policy.contactPlan ?? DEFAULT_PLAN;
  const ctx: PlanContext = {
    plan,
    load: new Load(plan),
    holidays: options.calendar ?? DUTCH_HOLIDAYS,
    source: planSource(options.policy, options.policy.policy.contactPlan),
    asOf: asOf.data,
    progress: options.progress,
  };
  const startOf = (item: ContactPlanItem): IsoDate => (item.signalDate !== undefined && item.signalDate > ctx.asOf ? item.signalDate : ctx.asOf);
  const order = items.map((_, i) => i).sort((a, b) => {
    const x = items[a]!;
    const y = items[b]!;
    const byStart = startOf(x).localeCompare(startOf(y));
    if (byStart !== 0) return byStart;
    const rank = (x.rank ?? Infinity) - (y.rank ?? Infinity);
    return Number.isNaN(rank) || rank === 0 ? a - b : rank;
  });
  const out = new Array<ContactSchedule>(items.length);
  for (const i of order) out[i] = scheduleOne(items[i]!, ctx);
  return out;
}

const ItemSchema = z.object({
  signalId: z.string().trim().min(1),
  channel: z.enum(CHANNELS),
  rank: z.number().int().min(1).nullable().optional(),
  signalDate: IsoDateField.optional(),
});

/**
 * Validate one record as a {@link ContactPlanItem} (a line of `triage` output, or a triage
 * decision with a `signalDate`); never throws. Extra fields are ignored.
 * @example
 * parseContactPlanItem({ signalId: 'S1', channel: 'phone', rank: 3 }) // { ok: true, value: { signalId: 'S1', channel: 'phone', rank: 3 } }
 * @category Contact plans
 */
export function parseContactPlanItem(input: unknown): Result<ContactPlanItem> {
  return safeParseWith(ItemSchema, input, { signalId: 'signaal-ID', channel: 'kanaal', rank: 'volgorde', signalDate: 'signaaldatum' }) as Result<ContactPlanItem>;
}
