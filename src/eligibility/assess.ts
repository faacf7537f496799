import { SOURCES, cite, type IsoDate, type Reason } from '../model/index.js';
import { fromCents, fromDayNumber, reason, text, toCents, requireObject } from '../model/internal.js';
import type { ArrearsCase } from './arrears-case.js';
import { comboIndex, versionAt, type CompiledRulebook, type CompiledVersion } from './compile.js';
import { VERDICT, factsFor, refill, type Facts } from './facts.js';
import { compiledFor, policyFor, readOptions, type ReadOptions } from './options.js';
import type { EligibilityOptions, EligibilityResult, EligibilityStatus } from './result.js';

const STATUS: readonly EligibilityStatus[] = ['eligible', 'not-yet', 'too-late', 'excluded'];

/**
 * The facts of the assessment in progress and of the search for the first eligible day,
 * reused from call to call: assessments are synchronous and never overlap, and no result or
 * reason refers to them, so reusing them is not observable.
 */
let scratch: Facts | null = null;
let searching: Facts | null = null;

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
const NEVER_ELIGIBLE = reason('eligible-from', 'info', ELIGIBLE_FROM_SOURCE, text(
  'Wordt niet vanzelf signaleerbaar: later geldende regels worden niet gehaald.',
  'Will not become eligible on its own: rules that apply later are not met.',
), { eligibleFrom: null, ruleVersion: null });

/** Bound on the "eligible from" reasons kept per compiled rulebook. */
const MAX_KEPT_DATES = 4096;

/** The frozen reason that names the first eligible day, made once per day and rulebook. */
function eligibleFromReason(book: CompiledRulebook, day: number): Reason {
  const kept = book.eligibleFrom.get(day);
  if (kept) return kept;
  const date = fromDayNumber(day);
  const made = reason('eligible-from', 'info', ELIGIBLE_FROM_SOURCE,
    text(`Signaleren mag vanaf ${date} als er niets verandert.`, `May be signalled from ${date} if nothing changes.`),
    { eligibleFrom: date, ruleVersion: versionAt(book, day).id });
  if (book.eligibleFrom.size >= MAX_KEPT_DATES) book.eligibleFrom.clear();
  book.eligibleFrom.set(day, made);
  return made;
}

const NO_FLAGS: readonly string[] = Object.freeze([]);

/** The codes of the reasons that raised a flag. */
function flagsOf(reasons: readonly Reason[]): readonly string[] {
  return reasons.filter((r) => r.values?.['flagged'] === true).map((r) => r.code);
}

/** Assess a parsed case under options already read. @internal */
export function assessWith(c: ArrearsCase, o: ReadOptions): EligibilityResult {
  const book = compiledFor(o.book, policyFor(o, c));
  const version = versionAt(book, o.day);
  const f = scratch === null ? (scratch = factsFor(c, o.asOf, o.day)) : refill(scratch, c, o.asOf, o.day);
  const reasons = evaluate(version, f);
  const signalAmount = f.strippedCents === 0 ? c.arrears.total : fromCents(toCents(c.arrears.total) - f.strippedCents);
  const flags = f.flagged === 0 ? NO_FLAGS : flagsOf(reasons);
  if (f.verdict === VERDICT.eligible) {
    return { eligible: true, status: 'eligible', asOf: o.asOf, ruleVersion: version.id, caseId: c.id, signalAmount, flags, reasons };
  }
  const status = STATUS[f.verdict]!;
  const start = nextDayToTry(f, version);
  const next = start === null ? null : firstEligibleDay(book, c, start);
  if (next === null) {
    if (f.verdict === VERDICT.notYet) reasons.push(NEVER_ELIGIBLE);
    return { eligible: false, status, asOf: o.asOf, ruleVersion: version.id, caseId: c.id, signalAmount, flags, reasons };
  }
  const from = eligibleFromReason(book, next);
  reasons.push(from);
  return {
    eligible: false, status, eligibleFrom: from.values!['eligibleFrom'] as IsoDate, asOf: o.asOf, ruleVersion: version.id, caseId: c.id, signalAmount, flags, reasons,
  };
}

/**
 * Decide whether an arrears case may become a signal on `asOf`, under which dated rules,
 * and if not, why not and from when. Every rule that applies to the case's sector and kind is
 * in the result's `reasons` with its outcome, the values it compared and its source; rules of
 * the sector that have no version in force on `asOf` appear as `skip`.
 *
 * The case must be parsed (see {@link parseArrearsCase}); for raw records use
 * {@link assessEligibilityBatch}. Throws `UsageError` only for invalid options (an `asOf`
 * that is not a real date, an unknown preset, an invalid rulebook or policy).
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
  requireObject(c, 'arrears case', 'a parsed arrears case (parseArrearsCase; assessEligibilityBatch takes raw input)');
  return assessWith(c, readOptions(options));
}
