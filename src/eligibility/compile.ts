import { SOURCES, cite, dated, type Dated, type Reason } from '../model/index.js';
import { fromDayNumber, reason, text, toDayNumber } from '../model/internal.js';
import { ELIGIBILITY_KINDS, ELIGIBILITY_SECTORS, type ArrearsCase, type EligibilityKind, type EligibilitySector } from './arrears-case.js';
import { compileCheck, type Check } from './checks.js';
import { VERDICT, mark } from './facts.js';
import { notInForceMessage } from './messages.js';
import type { CreditorPolicy, Rulebook, RuleSpec, RuleVersionValue } from './rule-spec.js';

/**
 * Compiling a rulebook: the dates of its rule versions split time into periods ("versions" of
 * the rulebook) in which the same rule versions hold; for each period and each (sector, kind)
 * the rules become a fixed list of closures. A rule that applies to the sector and kind but has
 * no version in force in the period becomes a fixed "not in force" reason, so every result
 * shows the dated rules around it.
 * @module
 */

/** One period in which the same rule versions hold. @internal */
export interface CompiledVersion {
  /** First day (day number; -Infinity for the period before the first rule). */
  readonly startDay: number;
  /** First day of the next period (Infinity for the last). */
  readonly endDay: number;
  /** `rulebook-id@YYYY-MM-DD`: the rulebook and the date this period starts. */
  readonly id: string;
  /** Checks per (sector, kind), indexed by {@link comboIndex}. */
  readonly checks: readonly (readonly Check[])[];
}

/** A rulebook (optionally with a creditor policy on top), compiled. @internal */
export interface CompiledRulebook {
  readonly versions: readonly CompiledVersion[];
  /** "Eligible from" reasons already made, by day number (many cases share a date; bounded). */
  readonly eligibleFrom: Map<number, Reason>;
}

const SECTOR_INDEX = Object.fromEntries(ELIGIBILITY_SECTORS.map((s, i) => [s, i])) as Record<EligibilitySector, number>;
const KIND_INDEX = Object.fromEntries(ELIGIBILITY_KINDS.map((k, i) => [k, i])) as Record<EligibilityKind, number>;

/** Position of a (sector, kind) pair in a period's table. @internal */
export function comboIndex(c: ArrearsCase): number {
  return SECTOR_INDEX[c.sector] * ELIGIBILITY_KINDS.length + KIND_INDEX[c.kind];
}

const NO_BASIS = reason('basis.none', 'fail', cite(SOURCES.wgs, 'art. 3 en art. 10; Bgs art. 2'), text(
  'Geen grondslag: deze sector mag op deze datum dit soort signaal niet sturen.',
  'No basis: this sector may not send this kind of signal on this date.',
));

/** A check that always returns the same reason and, optionally, records a verdict. */
function fixed(r: Reason, verdict: number = VERDICT.eligible): Check {
  return (f) => {
    mark(f, verdict);
    return r;
  };
}

/**
 * The rules of a rulebook with a creditor policy's rules added for the policy's sectors; a
 * policy rule that `replaces` a rulebook rule takes its place for those sectors.
 */
function layered(book: Rulebook, policy: CreditorPolicy | undefined): { id: string; rules: readonly RuleSpec[]; policyRules: Set<RuleSpec> } {
  if (!policy) return { id: book.id, rules: book.rules, policyRules: new Set() };
  const own = policy.rules.flatMap((r) => {
    const sectors = r.sectors.filter((s) => policy.sectors.includes(s));
    return sectors.length === 0 ? [] : [{ ...r, sectors }];
  });
  const replaced = new Map(own.filter((r) => r.replaces !== undefined).map((r) => [r.replaces!, r.sectors]));
  const kept = book.rules.flatMap((r) => {
    const gone = replaced.get(r.code);
    if (gone === undefined) return [r];
    const sectors = r.sectors.filter((s) => !gone.includes(s));
    return sectors.length === 0 ? [] : [{ ...r, sectors }];
  });
  return { id: `${book.id}+${policy.id}`, rules: [...kept, ...own], policyRules: new Set(own) };
}

function policyReason(policy: CreditorPolicy): Reason {
  return reason('creditor-policy', 'info', policy.source,
    text(`Beleid van de schuldeiser toegepast: ${policy.name}.`, `Creditor policy applied: ${policy.name}.`), { policy: policy.id });
}

/** A rule with its versions as a {@link Dated} value and a check per version. */
interface DatedRule {
  readonly rule: RuleSpec;
  readonly versions: Dated<RuleVersionValue>;
  readonly checks: ReadonlyMap<RuleVersionValue, Check>;
  readonly notInForce: Check;
}

function datedRule(r: RuleSpec): DatedRule {
  const versions = dated<RuleVersionValue>(r.versions);
  const first = r.versions[0]!;
  const last = r.versions[r.versions.length - 1]!;
  const skip = reason(r.code, 'skip', last.value.source, notInForceMessage(last.value.title, r.versions),
    { inForceFrom: first.from, inForceUntil: last.until ?? null });
  return { rule: r, versions, checks: new Map(r.versions.map((v) => [v.value, compileCheck(r, v.value)])), notInForce: fixed(skip) };
}

/** The checks for one (sector, kind) in the period starting on `day`. */
function checksFor(
  rules: readonly DatedRule[], sector: EligibilitySector, kind: EligibilityKind, day: string | null,
  policyRules: ReadonlySet<RuleSpec>, policyCheck: Check | null,
): Check[] {
  const applicable = rules.filter((d) => d.rule.sectors.includes(sector) && d.rule.kinds.includes(kind));
  const inForce = (d: DatedRule) => (day === null ? undefined : d.versions.at(day));
  const hasBasis = applicable.some((d) => d.rule.type === 'basis' && inForce(d) !== undefined);
  const out: Check[] = hasBasis ? [] : [fixed(NO_BASIS, VERDICT.excluded)];
  let policyShown = false;
  for (const d of applicable) {
    if (policyCheck && !policyShown && policyRules.has(d.rule)) {
      out.push(policyCheck);
      policyShown = true;
    }
    const version = inForce(d);
    out.push(version === undefined ? d.notInForce : d.checks.get(version)!);
  }
  return out;
}

/**
 * Compile a rulebook, with an optional creditor policy on top, into its periods.
 * @internal
 */
export function compileRulebook(book: Rulebook, policy?: CreditorPolicy): CompiledRulebook {
  const { id, rules, policyRules } = layered(book, policy);
  const compiled = rules.map(datedRule);
  const policyCheck = policy ? fixed(policyReason(policy)) : null;
  const boundaries = [...new Set(rules.flatMap((r) => r.versions.flatMap((v) => (v.until ? [v.from, v.until] : [v.from]))))].sort();
  const starts: (string | null)[] = [null, ...boundaries];
  const versions = starts.map((start, i): CompiledVersion => {
    const checks: Check[][] = [];
    for (const sector of ELIGIBILITY_SECTORS) {
      for (const kind of ELIGIBILITY_KINDS) checks.push(checksFor(compiled, sector, kind, start, policyRules, policyCheck));
    }
    const next = starts[i + 1];
    return {
      startDay: start === null ? Number.NEGATIVE_INFINITY : toDayNumber(start),
      endDay: next == null ? Number.POSITIVE_INFINITY : toDayNumber(next),
      id: `${id}@${start ?? `before-${boundaries[0] ?? fromDayNumber(0)}`}`,
      checks,
    };
  });
  return { versions, eligibleFrom: new Map() };
}

/**
 * The period in force on a day (periods are few; a scan from the newest is fastest).
 * @internal
 */
export function versionAt(book: CompiledRulebook, day: number): CompiledVersion {
  const versions = book.versions;
  for (let i = versions.length - 1; i > 0; i--) {
    const v = versions[i]!;
    if (v.startDay <= day) return v;
  }
  return versions[0]!;
}
