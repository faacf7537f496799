import { isIsoDate, type IsoDate } from '../model/index.js';
import { fromDayNumber, toDayNumber } from '../model/internal.js';
import { UsageError, SOURCES, cite, type Reason } from '../model/index.js';
import { text } from '../model/internal.js';
import type { ArrearsCase } from './arrears-case.js';
import { comboIndex, compileRulebook, versionAt, type CompiledRulebook, type CompiledVersion } from './compile.js';
import { CREDITOR_PRESETS, type CreditorPresetId } from './creditor-presets.js';
import { DEFAULT_RULEBOOK } from './default-rulebook.js';
import { VERDICT, factsFor, refill, type Facts } from './facts.js';
import type { EligibilityOptions, EligibilityResult, EligibilityStatus } from './result.js';
import type { CreditorPolicy, Rulebook } from './rule-spec.js';

const STATUS: readonly EligibilityStatus[] = ['eligible', 'not-yet', 'too-late', 'excluded'];

const plainCache = new WeakMap<Rulebook, CompiledRulebook>();
const policyCache = new WeakMap<Rulebook, WeakMap<CreditorPolicy, CompiledRulebook>>();
let lastBook: Rulebook | null = null;
let lastPolicy: CreditorPolicy | undefined;
let lastCompiled: CompiledRulebook | null = null;

/** The compiled form of a rulebook with a policy, compiled once and cached. */
function compiled(book: Rulebook, policy: CreditorPolicy | undefined): CompiledRulebook {
  if (book === lastBook && policy === lastPolicy && lastCompiled) return lastCompiled;
  let out: CompiledRulebook | undefined;
  if (!policy) {
    out = plainCache.get(book);
    if (!out) plainCache.set(book, (out = compileRulebook(book)));
  } else {
    let byPolicy = policyCache.get(book);
    if (!byPolicy) policyCache.set(book, (byPolicy = new WeakMap()));
    out = byPolicy.get(policy);
    if (!out) byPolicy.set(policy, (out = compileRulebook(book, policy)));
  }
  lastBook = book;
  lastPolicy = policy;
  lastCompiled = out;
  return out;
}

function resolvePolicy(policy: CreditorPolicy | CreditorPresetId | undefined): CreditorPolicy | undefined {
  if (typeof policy !== 'string') return policy;
  const preset = (CREDITOR_PRESETS as Record<string, CreditorPolicy>)[policy];
  if (!preset) {
    throw new UsageError('eligibility options', [{
      code: 'unknown_preset', path: ['creditorPolicy'], field: 'creditorPolicy',
      message: `Unknown creditor preset; expected one of: ${Object.keys(CREDITOR_PRESETS).join(', ')}`,
    }]);
  }
  return preset;
}

function policyFor(c: ArrearsCase, options: EligibilityOptions): CreditorPolicy | undefined {
  if (options.creditorPolicy !== undefined) return resolvePolicy(options.creditorPolicy);
  if (options.creditorPolicies === undefined || c.creditorId === undefined) return undefined;
  return resolvePolicy(options.creditorPolicies[c.creditorId]);
}

/** The facts of the assessment in progress, reused from call to call (assessments never overlap). */
let scratch: Facts | null = null;
/** The facts of the search for the first eligible day, reused likewise. */
let searching: Facts | null = null;

let lastAsOf = '';
let lastAsOfDay = 0;

/** Day number of a valid `asOf`, or an {@link UsageError}. */
function asOfDay(asOf: string): number {
  if (asOf === lastAsOf) return lastAsOfDay;
  if (typeof asOf !== 'string' || !isIsoDate(asOf)) {
    throw new UsageError('eligibility options', [{
      code: 'invalid_date', path: ['asOf'], field: 'asOf', message: 'Expected asOf as a real date YYYY-MM-DD',
    }]);
  }
  lastAsOf = asOf;
  lastAsOfDay = toDayNumber(asOf);
  return lastAsOfDay;
}

/** Run every check of a version on the facts; the facts record the verdict. */
function evaluate(version: CompiledVersion, f: Facts): Reason[] {
  const checks = version.checks[comboIndex(f.c)]!;
  const n = checks.length;
  const reasons = new Array<Reason>(n);
  for (let i = 0; i < n; i++) reasons[i] = checks[i]!(f);
  return reasons;
}

/** Run every check of a version for its verdict only (when searching ahead). */
function verdictOf(version: CompiledVersion, f: Facts): number {
  const checks = version.checks[comboIndex(f.c)]!;
  for (let i = 0; i < checks.length; i++) checks[i]!(f);
  return f.verdict;
}

/**
 * The next day on which the outcome can change: the day the windows open (not yet), a dated
 * fact changes, or the next rulebook version starts; null when nothing will change.
 */
function nextDayToTry(f: Facts, version: CompiledVersion): number | null {
  const next = Math.min(f.verdict === VERDICT.notYet ? f.earliestDay : Number.POSITIVE_INFINITY, f.wakeDay, version.endDay);
  return Number.isFinite(next) ? next : null;
}

/**
 * The first day from `day` on which the case is eligible if nothing about it changes,
 * walking forward through the rulebook's versions; null when there is none.
 */
function firstEligibleDay(book: CompiledRulebook, c: ArrearsCase, start: number): number | null {
  let day = start;
  // Each step reaches a window's opening, a dated fact or a new version: a bounded number of steps.
  const steps = 2 * book.versions.length + (c.reminders.dates?.length ?? 0) + 1;
  for (let guard = 0; guard < steps; guard++) {
    const version = versionAt(book, day);
    const f = searching === null ? (searching = factsFor(c, null, day)) : refill(searching, c, null, day);
    if (verdictOf(version, f) === VERDICT.eligible) return day;
    const next = nextDayToTry(f, version);
    if (next === null) return null;
    day = next;
  }
  return null;
}

const ELIGIBLE_FROM_SOURCE = cite(SOURCES.convenant, 'afspraak 3: termijnen');

/** The reason that says no date will come. */
const NEVER_ELIGIBLE: Reason = Object.freeze({
  code: 'eligible-from',
  outcome: 'info',
  values: Object.freeze({ eligibleFrom: null, ruleVersion: null }),
  source: ELIGIBLE_FROM_SOURCE,
  message: Object.freeze(text(
    'Wordt niet vanzelf signaleerbaar: later geldende regels worden niet gehaald.',
    'Will not become eligible on its own: rules that apply later are not met.',
  )),
});

/** Bound on the "eligible from" reasons kept per compiled rulebook. */
const MAX_KEPT_DATES = 4096;

/** The frozen reason that names the first eligible day, made once per day and rulebook. */
function eligibleFromReason(book: CompiledRulebook, day: number): Reason {
  const kept = book.eligibleFrom.get(day);
  if (kept) return kept;
  const date = fromDayNumber(day);
  const reason: Reason = Object.freeze({
    code: 'eligible-from',
    outcome: 'info',
    values: Object.freeze({ eligibleFrom: date, ruleVersion: versionAt(book, day).id }),
    source: ELIGIBLE_FROM_SOURCE,
    message: Object.freeze(text(`Signaleren mag vanaf ${date} als er niets verandert.`, `May be signalled from ${date} if nothing changes.`)),
  });
  if (book.eligibleFrom.size >= MAX_KEPT_DATES) book.eligibleFrom.clear();
  book.eligibleFrom.set(day, reason);
  return reason;
}

/**
 * Decide whether an arrears case may become a signal on `asOf`, under which dated rules,
 * and if not, why not and from when. Every rule that applies to the case's sector and kind is
 * in the result with its outcome, the values it compared and its source; rules of the sector
 * that are not in force on `asOf` appear as `skip`.
 *
 * The case must be parsed (see {@link parseArrearsCase}); for raw records use
 * {@link assessEligibilityBatch}. Throws {@link UsageError} only for invalid options.
 * @example
 * const c = parseArrearsCase({ sector: 'water', socialCollectionDone: true, debtHelpPointerGiven: true,
 *   reminders: { count: 1 }, arrears: { total: '120.00', oldestDueDate: '2023-01-01' } });
 * if (c.ok) {
 *   const r = assessEligibility(c.value, { asOf: '2023-01-20' });
 *   // r.status === 'not-yet', r.eligibleFrom === '2023-01-31' (30 days after the due date)
 * }
 * @category Eligibility
 */
export function assessEligibility(c: ArrearsCase, options: EligibilityOptions): EligibilityResult {
  const day = asOfDay(options.asOf);
  const book = compiled(options.rulebook ?? DEFAULT_RULEBOOK, policyFor(c, options));
  const version = versionAt(book, day);
  const f = scratch === null ? (scratch = factsFor(c, options.asOf, day)) : refill(scratch, c, options.asOf, day);
  const rules = evaluate(version, f);
  if (f.verdict === VERDICT.eligible) {
    return { eligible: true, status: 'eligible', asOf: options.asOf, ruleVersion: version.id, rules };
  }
  const status = STATUS[f.verdict]!;
  const start = nextDayToTry(f, version);
  const next = start === null ? null : firstEligibleDay(book, c, start);
  if (next === null) {
    if (f.verdict === VERDICT.notYet) rules.push(NEVER_ELIGIBLE);
    return { eligible: false, status, asOf: options.asOf, ruleVersion: version.id, rules };
  }
  const reason = eligibleFromReason(book, next);
  rules.push(reason);
  return { eligible: false, status, eligibleFrom: reason.values!['eligibleFrom'] as IsoDate, asOf: options.asOf, ruleVersion: version.id, rules };
}
