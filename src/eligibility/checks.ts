import { addWorkingDays } from '../calendar/index.js';
import { LEGAL_FORMS, type Reason } from '../model/index.js';
import { fromCents, monthsBetween, toCents, toDayNumber } from '../model/internal.js';
import { ELIGIBILITY_KINDS, ELIGIBILITY_SECTORS } from './arrears-case.js';
import { VERDICT, isoDateOf, mark, type Facts } from './facts.js';
import { flaggedMessage, ruleMessages, type RuleMessages } from './messages.js';
import { byCount, prepared, reasonsOf, use, type Say } from './prepared.js';
import { ONE_OF_VALUES, type RuleSpec, type RuleVersionValue } from './rule-spec.js';

/**
 * Compiled rules: each version of a {@link RuleSpec} becomes a closure over its parameters,
 * messages and source that reads the {@link Facts} of a case and returns its {@link Reason},
 * recording the verdict it reaches. Closures are built once per rule version and reused for
 * every case.
 * @module
 */

/** A compiled rule. @internal */
export type Check = (f: Facts) => Reason;

/**
 * Reminders sent on or before the facts' day: with dates, each counted only when at least
 * `spacing` days after the last one counted (a reminder dated later wakes the search for the
 * first eligible date); without dates, the count as given.
 */
function remindersSent(f: Facts, spacing: number): number {
  const dates = f.c.reminders.dates;
  if (dates === undefined) return f.c.reminders.count;
  let count = 0;
  let last = Number.NEGATIVE_INFINITY;
  for (const d of dates) {
    const n = toDayNumber(d);
    if (n > f.day) {
      if (n < f.wakeDay) f.wakeDay = n;
      break;
    }
    if (n - last >= spacing) {
      count += 1;
      last = n;
    }
  }
  return count;
}

/** Whether a rule that measures `measure` reads the premium part (health insurers give it). */
function onPremium(f: Facts, measure: 'total' | 'premium'): boolean {
  return measure === 'premium' && f.c.arrears.premium !== undefined;
}

/** Window reasons are prepared for ages up to this many days (beyond it they are built when needed). */
const PREPARED_AGES = 1024;

function windowCheck(spec: RuleVersionValue<'window'>, say: Say, m: RuleMessages): Check {
  const { minDays, maxDays, measure, newestClaimAfter } = spec;
  const make = (ageDays: number, from: 'oldest-claim' | 'oldest-premium', on: 'oldest' | 'newest', maxMeasuredDays: number): Reason => {
    const values = { ageDays, measuredFrom: from, minDays, maxDays, maxMeasuredOn: on, maxMeasuredDays };
    if (ageDays < minDays) return say('fail', values, m.notYet);
    return maxDays !== null && maxMeasuredDays > maxDays ? say('fail', values, m.tooLate) : say('pass', values, m.pass);
  };
  const byClaimAge = byCount((ageDays) => make(ageDays, 'oldest-claim', 'oldest', ageDays), PREPARED_AGES);
  const byPremiumAge = byCount((ageDays) => make(ageDays, 'oldest-premium', 'oldest', ageDays), PREPARED_AGES);
  const onPremiumDate = measure === 'premium';
  return (f) => {
    const premium = onPremiumDate && !Number.isNaN(f.premiumDay);
    const start = premium ? f.premiumDay : f.oldestDay;
    const byAge = premium ? byPremiumAge : byClaimAge;
    const ageDays = f.day - start;
    if (ageDays < minDays) {
      mark(f, VERDICT.notYet);
      const from = start + minDays;
      if (f.earliestDay < from) f.earliestDay = from;
      return byAge(ageDays);
    }
    const newest = f.c.arrears.newestDueDate;
    const onNewest = newest !== undefined && newestClaimAfter.length > 0 && newestClaimAfter.includes(f.c.paymentArrangement);
    const measuredDays = onNewest ? f.day - toDayNumber(newest) : ageDays;
    if (maxDays !== null && measuredDays > maxDays) mark(f, VERDICT.tooLate);
    return onNewest ? make(ageDays, premium ? 'oldest-premium' : 'oldest-claim', 'newest', measuredDays) : byAge(ageDays);
  };
}

function endOfSupplyCheck(spec: RuleVersionValue<'end-of-supply-notice'>, say: Say, m: RuleMessages): Check {
  const n = spec.workingDaysBeforeEnd;
  let lastEnd = '';
  let lastLatest = '';
  return (f) => {
    const end = f.c.contractEndDate ?? '';
    if (end === '') {
      mark(f, VERDICT.excluded);
      return say('fail', { contractEndDate: null, workingDaysBeforeEnd: n }, m.fail);
    }
    if (end !== lastEnd) {
      lastEnd = end;
      lastLatest = addWorkingDays(end, -n);
    }
    const values = { contractEndDate: end, latestSignalDate: lastLatest, workingDaysBeforeEnd: n };
    if (f.day > toDayNumber(lastLatest)) {
      mark(f, VERDICT.tooLate);
      return say('fail', values, m.tooLate);
    }
    return say('pass', values, m.pass);
  };
}

/** A table of prepared reasons, one per value of a finite set. */
function tableOf<K extends string, V>(keys: readonly K[], make: (key: K) => V): Readonly<Record<K, V>> {
  return Object.fromEntries(keys.map((k) => [k, make(k)])) as Record<K, V>;
}

function flagCheck(spec: RuleVersionValue<'flag'>, say: Say, m: RuleMessages): Check {
  const { field, required } = spec;
  const whenYes = prepared(say, m, required, { field, value: true, required });
  const whenNo = prepared(say, m, !required, { field, value: false, required });
  return (f) => use(f, f.c[field] ? whenYes : whenNo);
}

function oneOfCheck(spec: RuleVersionValue<'one-of'>, say: Say, m: RuleMessages): Check {
  const { field } = spec;
  const allowed = spec.allowed.join(', ');
  const byValue: Readonly<Record<string, Reason>> = tableOf(ONE_OF_VALUES[field], (value) =>
    prepared(say, m, spec.allowed.includes(value), { field, value, allowed }));
  return (f) => use(f, byValue[f.c[field]]!);
}

function legalFormCheck(spec: RuleVersionValue<'legal-form'>, say: Say, m: RuleMessages): Check {
  const make = (personallyLiable: boolean) => tableOf(LEGAL_FORMS, (legalForm) =>
    prepared(say, m, personallyLiable || spec.eligible.includes(legalForm), { legalForm, personallyLiable }));
  const notLiable = make(false);
  const liable = make(true);
  return (f) => use(f, (f.c.personallyLiable ? liable : notLiable)[f.c.legalForm]);
}

function basisCheck(say: Say, m: RuleMessages): Check {
  const bySector = tableOf(ELIGIBILITY_SECTORS, (sector) => tableOf(ELIGIBILITY_KINDS, (kind) => prepared(say, m, true, { sector, kind })));
  return (f) => bySector[f.c.sector][f.c.kind];
}

function remindersCheck(spec: RuleVersionValue<'reminders'>, say: Say, m: RuleMessages): Check {
  const { minCount, minSpacingDays } = spec;
  const make = (spacingChecked: boolean) =>
    byCount((reminders) => prepared(say, m, reminders >= minCount, { reminders, minCount, minSpacingDays, spacingChecked }));
  const counted = make(false);
  const spaced = make(true);
  return (f) => {
    const reminders = remindersSent(f, minSpacingDays ?? 0);
    return use(f, (minSpacingDays !== null && f.c.reminders.dates !== undefined ? spaced : counted)(reminders));
  };
}

function unpaidTermsCheck(spec: RuleVersionValue<'unpaid-terms'>, say: Say, m: RuleMessages): Check {
  const { minTerms, measure } = spec;
  const known = byCount((unpaidTerms) => prepared(say, m, unpaidTerms >= minTerms, { unpaidTerms, minTerms, measure }));
  const unknown = prepared(say, m, false, { unpaidTerms: null, minTerms, measure });
  return (f) => {
    const a = f.c.arrears;
    if (a.unpaidTerms !== undefined) return use(f, known(a.unpaidTerms));
    const term = a.termAmount === undefined ? 0 : toCents(a.termAmount);
    if (term <= 0) return use(f, unknown);
    return use(f, known(Math.floor(toCents(onPremium(f, measure) ? a.premium! : a.total) / term)));
  };
}

function minAmountCheck(spec: RuleVersionValue<'min-amount'>, say: Say, m: RuleMessages): Check {
  const { minAmount, measure } = spec;
  const minCents = toCents(minAmount);
  return (f) => {
    const a = f.c.arrears;
    const premium = onPremium(f, measure);
    const amount = premium ? a.premium! : a.total;
    const ok = toCents(amount) >= minCents;
    if (!ok) mark(f, VERDICT.excluded);
    return say(ok ? 'pass' : 'fail', { amount, minimum: minAmount, measuredOn: premium ? 'premium' : 'total' }, ok ? m.pass : m.fail);
  };
}

/**
 * Costs not yet invoiced may not be in the amount of a signal (De signaalreis): they are taken
 * out of the amount (the result's `signalAmount`), and the signal stays.
 */
function uninvoicedCostsCheck(say: Say, m: RuleMessages): Check {
  const none = prepared(say, m, true, { uninvoicedCosts: '0.00' });
  return (f) => {
    const costs = f.c.arrears.uninvoicedCosts;
    const cents = costs === undefined ? 0 : toCents(costs);
    if (cents === 0) return none;
    f.strippedCents = cents;
    f.flagged += 1;
    return say('info', { uninvoicedCosts: costs!, signalAmount: fromCents(toCents(f.c.arrears.total) - cents), flagged: true }, m.stripped);
  };
}

function cakReferralCheck(spec: RuleVersionValue<'cak-referral'>, say: Say, m: RuleMessages): Check {
  const { months } = spec;
  const info = byCount((monthsInArrears) => say('info', { monthsInArrears, months }, m.info));
  return (f) => info(monthsBetween(f.c.arrears.oldestDueDate, isoDateOf(f)));
}

/**
 * Compile one version of a rule into a {@link Check} (flagging instead of blocking when its
 * effect is `flag`).
 * @internal
 */
export function compileCheck(rule: RuleSpec, version: RuleVersionValue): Check {
  const say = reasonsOf(rule.code, version.source);
  const m = ruleMessages(version.title, version.origin);
  const check = checkOf(rule, version, say, m);
  return version.effect === 'flag' ? flagging(check, say) : check;
}

function checkOf(rule: RuleSpec, version: RuleVersionValue, say: Say, m: RuleMessages): Check {
  const v = version as never;
  switch (rule.type) {
    case 'basis':
      return basisCheck(say, m);
    case 'window':
      return windowCheck(v, say, m);
    case 'flag':
      return flagCheck(v, say, m);
    case 'one-of':
      return oneOfCheck(v, say, m);
    case 'legal-form':
      return legalFormCheck(v, say, m);
    case 'reminders':
      return remindersCheck(v, say, m);
    case 'unpaid-terms':
      return unpaidTermsCheck(v, say, m);
    case 'min-amount':
      return minAmountCheck(v, say, m);
    case 'no-uninvoiced-costs':
      return uninvoicedCostsCheck(say, m);
    case 'end-of-supply-notice':
      return endOfSupplyCheck(v, say, m);
    case 'cak-referral':
      return cakReferralCheck(v, say, m);
    case 'premium-basis':
      return (f) => say('info', { premium: f.c.arrears.premium ?? null, total: f.c.arrears.total }, m.info);
    case 'note': {
      const note = say('info', { flagged: version.effect === 'flag' }, m.info);
      return () => note;
    }
  }
}

/**
 * A rule whose effect is `flag`: when it is not met the signal may still go; its reason becomes
 * an `info` that says what to note (`values.flagged`), and the verdict is left as it was.
 * @internal
 */
export function flagging(check: Check, say: Say): Check {
  const asFlags = new Map<Reason, Reason>();
  return (f) => {
    const { verdict, earliestDay } = f;
    const r = check(f);
    f.verdict = verdict;
    f.earliestDay = earliestDay;
    if (r.outcome === 'info') {
      if (r.values?.['flagged'] === true) f.flagged += 1;
      return r;
    }
    if (r.outcome !== 'fail') return r;
    f.flagged += 1;
    let flag = asFlags.get(r);
    if (flag === undefined) {
      flag = say('info', { ...r.values, flagged: true }, flaggedMessage(r.message));
      if (asFlags.size < 1024) asFlags.set(r, flag);
    }
    return flag;
  };
}
