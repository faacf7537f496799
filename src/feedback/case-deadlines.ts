import { deadline, DEADLINE_RULES, type DeadlineRule } from '../calendar/index.js';
import { daysBetween, type IsoDate, type LocalizedText, type Reason } from '../model/index.js';
import { reason, text } from '../model/internal.js';
import { deepFreeze, frozenCopy } from './freeze.js';
import type { Case } from './case.js';
import { caseFacts, type CaseDateFact } from './case-facts.js';
import type { CaseState } from './states.js';

/**
 * A deadline of the case lifecycle as data: the calendar rule it uses, which fact starts the
 * clock, which fact meets it, and in which states it still binds.
 * @category Deadlines
 */
export interface CaseDeadlineRule {
  /** The calendar rule (period, Atw extension, source). */
  readonly rule: DeadlineRule;
  /** The fact that starts the clock; no deadline when it is `null`. */
  readonly startsAt: CaseDateFact;
  /** A fact that must have happened for the deadline to apply at all (e.g. help accepted); absent: always. */
  readonly appliesWhen?: CaseDateFact;
  /** The fact that meets the deadline. */
  readonly metBy: CaseDateFact;
  /** States in which an unmet deadline is still open. */
  readonly openIn: readonly CaseState[];
  /** What to do, for staff. */
  readonly action: LocalizedText;
}

const UNTIL_PICKED_UP: readonly CaseState[] = ['received', 'manual-review', 'screening'];
const UNTIL_REACHED: readonly CaseState[] = [...UNTIL_PICKED_UP, 'contacting'];

/**
 * The deadlines every case is checked against (DOMAIN.md §5):
 * - a threatening situation is picked up within 3 working days (De signaalreis, 003);
 * - a warm referral gets a first contact attempt within 3 working days (Warme doorverwijzing, 004);
 * - the first conversation within 2 weeks, at most 4 weeks (Landelijk convenant, 002);
 * - once help is accepted, a plan of approach within 4 weeks of the signal (Landelijk convenant,
 *   002: "Binnen deze 4 weken is een plan van aanpak klaar" — the 4 weeks after the signal in
 *   which the first conversation takes place, so the clock starts at the signal, not at acceptance);
 * - after 28 days the case closes and feedback goes out (De signaalreis, 003).
 * The 30-day collection pause is a period, not a task; see {@link collectionPauses}.
 * @category Deadlines
 */
export const CASE_DEADLINE_RULES: readonly CaseDeadlineRule[] = deepFreeze([
  { rule: DEADLINE_RULES.threateningSituation, startsAt: 'threateningSituationDate', metBy: 'pickedUpDate', openIn: UNTIL_PICKED_UP,
    action: text('Bedreigende situatie oppakken', 'Pick up the threatening situation') },
  { rule: DEADLINE_RULES.warmReferralContact, startsAt: 'warmReferralDate', metBy: 'firstAttemptDate', openIn: UNTIL_REACHED,
    action: text('Contact opnemen na warme doorverwijzing', 'Contact the resident after the warm referral') },
  { rule: DEADLINE_RULES.firstConversation, startsAt: 'receivedDate', metBy: 'firstReachedDate', openIn: UNTIL_REACHED,
    action: text('Eerste gesprek voeren (streefdatum)', 'Hold the first conversation (target date)') },
  { rule: DEADLINE_RULES.firstConversationLatest, startsAt: 'receivedDate', metBy: 'firstReachedDate', openIn: UNTIL_REACHED,
    action: text('Eerste gesprek voeren (uiterste datum)', 'Hold the first conversation (latest date)') },
  { rule: DEADLINE_RULES.planOfApproach, startsAt: 'receivedDate', appliesWhen: 'helpAcceptedDate', metBy: 'planReadyDate', openIn: ['help-accepted'],
    action: text('Plan van aanpak opstellen', 'Draw up the plan of approach') },
  { rule: DEADLINE_RULES.autoClose, startsAt: 'receivedDate', metBy: 'closedDate', openIn: [...UNTIL_REACHED, 'reached'],
    action: text('Zaak afsluiten en terugkoppelen', 'Close the case and send feedback') },
]);

/**
 * A deadline of one case: when it started, when it is due, whether and when it was met.
 * @category Deadlines
 */
export interface CaseDeadline {
  /** Key of the calendar rule, e.g. `warmReferralContact`. */
  readonly key: string;
  /** Start date. */
  readonly start: IsoDate;
  /** Due date. */
  readonly due: IsoDate;
  /** Date it was met, or `null`. */
  readonly metOn: IsoDate | null;
  /** Whether it still binds: not met and the case is in a state where it applies. */
  readonly open: boolean;
  /** What to do. */
  readonly action: LocalizedText;
  /** The rule, its values and source. */
  readonly reason: Reason;
}

function deadlineReason(rule: DeadlineRule, start: IsoDate, due: IsoDate, metOn: IsoDate | null): Reason {
  const met = metOn !== null && metOn <= due;
  return reason(
    `deadline.${rule.key}`, metOn === null ? 'info' : met ? 'pass' : 'fail', frozenCopy(rule.source),
    text(
      `${rule.description.nl}: van ${start} tot en met ${due}${metOn ? `, gehaald op ${metOn}` : ''}`,
      `${rule.description.en}: from ${start}, due ${due}${metOn ? `, met on ${metOn}` : ''}`,
    ),
    { start, due, metOn, period: `${rule.period.amount} ${rule.period.unit}` },
  );
}

/** Options of {@link caseDeadlines}. @category Deadlines */
export interface CaseDeadlineOptions {
  /** The deadline rules; default {@link CASE_DEADLINE_RULES}. */
  readonly rules?: readonly CaseDeadlineRule[];
}

/**
 * Every deadline that applies to a case, met or not, with its reason.
 * @example
 * // warm referral received on Friday 2 May 2025; Monday 5 May is Liberation Day
 * caseDeadlines(c).find((d) => d.key === 'warmReferralContact')?.due // '2025-05-08'
 * @category Deadlines
 */
export function caseDeadlines(c: Case, options: CaseDeadlineOptions = {}): CaseDeadline[] {
  const rules = options.rules ?? CASE_DEADLINE_RULES;
  const facts = caseFacts(c);
  const out: CaseDeadline[] = [];
  for (const r of rules) {
    const start = facts[r.startsAt];
    if (start === null || (r.appliesWhen !== undefined && facts[r.appliesWhen] === null)) continue;
    const due = deadline(start, r.rule);
    const metOn = facts[r.metBy];
    out.push({
      key: r.rule.key, start, due, metOn, open: metOn === null && r.openIn.includes(c.state),
      action: r.action, reason: deadlineReason(r.rule, start, due, metOn),
    });
  }
  return out;
}

/**
 * A collection pause (incassorust): the creditor suspends collection for at most 30 days after
 * "wants help" (De signaalreis, 003; convenant, 002) or at once on a warm referral (004).
 * @category Deadlines
 */
export interface CollectionPause {
  /** What started it. */
  readonly trigger: 'help-accepted' | 'warm-referral';
  /** First day. */
  readonly start: IsoDate;
  /** The date the pause ends: 30 calendar days after the start (`deadline()` of the rule). */
  readonly until: IsoDate;
  /** The rule and its source. */
  readonly reason: Reason;
}

/** Options of {@link collectionPauses}. @category Deadlines */
export interface CollectionPauseOptions {
  /** The calendar rule of the pause; default `DEADLINE_RULES.collectionPause` (30 calendar days). */
  readonly rule?: DeadlineRule;
}

/**
 * The collection pauses of a case.
 * @example
 * collectionPauses(c) // [{ trigger: 'warm-referral', start: '2025-05-02', until: '2025-06-01', … }]
 * @category Deadlines
 */
export function collectionPauses(c: Case, options: CollectionPauseOptions = {}): CollectionPause[] {
  const rule = options.rule ?? DEADLINE_RULES.collectionPause;
  const facts = caseFacts(c);
  const triggers = [['warm-referral', facts.warmReferralDate], ['help-accepted', facts.helpAcceptedDate]] as const;
  const out: CollectionPause[] = [];
  for (const [trigger, start] of triggers) {
    if (start === null) continue;
    const until = deadline(start, rule);
    out.push({
      trigger, start, until,
      reason: reason(
        `deadline.${rule.key}`, 'info', frozenCopy(rule.source),
        text(`${rule.description.nl}: van ${start} tot ${until}`, `${rule.description.en}: from ${start} to ${until}`),
        { trigger, start, until, days: daysBetween(start, until) },
      ),
    });
  }
  return out;
}
