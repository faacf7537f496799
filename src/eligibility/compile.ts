import { fromDayNumber, toDayNumber } from '../model/internal.js';
import { SOURCES, cite, type Reason } from '../model/index.js';
import { text } from '../model/internal.js';
import { ELIGIBILITY_KINDS, ELIGIBILITY_SECTORS, type ArrearsCase, type EligibilityKind, type EligibilitySector } from './arrears-case.js';
import { compileCheck, type Check } from './checks.js';
import { VERDICT, mark } from './facts.js';
import { notInForceMessage } from './messages.js';
import type { CreditorPolicy, Rulebook, RuleSpec } from './rule-spec.js';

/**
 * Compiling a rulebook: its dates split time into periods ("versions") in which the same
 * rules hold; for each version and each (sector, kind) the rules become a fixed list of
 * closures. Rules that apply to the sector and kind but not on that date become a fixed
 * "not in force" reason, so every result shows the dated rules around it.
 * @module
 */

/** One period in which the same rules hold. @internal */
export interface CompiledVersion {
  /** First day (day number; -Infinity for the period before the first rule). */
  readonly startDay: number;
  /** First day of the next version (Infinity for the last). */
  readonly endDay: number;
  /** `rulebook-id@YYYY-MM-DD`: the rulebook and the date this version starts. */
  readonly id: string;
  /** Checks per (sector, kind), indexed by {@link comboIndex}. */
  readonly checks: readonly (readonly Check[])[];
}

/** A rulebook (optionally with a creditor policy on top), compiled. @internal */
export interface CompiledRulebook {
  readonly versions: readonly CompiledVersion[];
  /** "Eligible from" reasons already made, by day number (many cases share a date). */
  readonly eligibleFrom: Map<number, Reason>;
}

const SECTOR_INDEX = Object.fromEntries(ELIGIBILITY_SECTORS.map((s, i) => [s, i])) as Record<EligibilitySector, number>;
const KIND_INDEX = Object.fromEntries(ELIGIBILITY_KINDS.map((k, i) => [k, i])) as Record<EligibilityKind, number>;

/** Position of a (sector, kind) pair in a version's table. @internal */
export function comboIndex(c: ArrearsCase): number {
  return SECTOR_INDEX[c.sector] * ELIGIBILITY_KINDS.length + KIND_INDEX[c.kind];
}

const NO_BASIS: Reason = Object.freeze({
  code: 'basis.none',
  outcome: 'fail',
  source: cite(SOURCES.wgs, 'art. 3 en art. 10; Bgs art. 2'),
  message: Object.freeze(text(
    'Geen grondslag: deze sector mag op deze datum dit soort signaal niet sturen.',
    'No basis: this sector may not send this kind of signal on this date.',
  )),
});

/** A check that always returns the same reason and, optionally, records a verdict. */
function fixed(reason: Reason, verdict: number = VERDICT.eligible): Check {
  return (f) => {
    mark(f, verdict);
    return reason;
  };
}

function inForce(rule: RuleSpec, day: number): boolean {
  return toDayNumber(rule.validFrom) <= day && (rule.validTo == null || toDayNumber(rule.validTo) >= day);
}

/** The rules of a rulebook with a creditor policy's rules added for the policy's sectors. */
function layered(book: Rulebook, policy: CreditorPolicy | undefined): { id: string; rules: RuleSpec[]; policyRules: Set<RuleSpec> } {
  if (!policy) return { id: book.id, rules: book.rules, policyRules: new Set() };
  const own = policy.rules.flatMap((rule) => {
    const sectors = rule.sectors.filter((s) => policy.sectors.includes(s));
    return sectors.length === 0 ? [] : [{ ...rule, sectors }];
  });
  return { id: `${book.id}+${policy.id}`, rules: [...book.rules, ...own], policyRules: new Set(own) };
}

function policyReason(policy: CreditorPolicy): Reason {
  return Object.freeze({
    code: 'creditor-policy',
    outcome: 'info',
    values: Object.freeze({ policy: policy.id }),
    source: policy.source,
    message: Object.freeze(text(`Beleid van de schuldeiser toegepast: ${policy.name}.`, `Creditor policy applied: ${policy.name}.`)),
  });
}

/** The checks for one (sector, kind) in one version. */
function checksFor(
  rules: readonly RuleSpec[], compiled: ReadonlyMap<RuleSpec, Check>, notInForce: ReadonlyMap<RuleSpec, Check>,
  sector: EligibilitySector, kind: EligibilityKind, day: number, policyRules: ReadonlySet<RuleSpec>, policyCheck: Check | null,
): Check[] {
  const applicable = rules.filter((r) => r.sectors.includes(sector) && r.kinds.includes(kind));
  const hasBasis = applicable.some((r) => r.type === 'basis' && inForce(r, day));
  const out: Check[] = hasBasis ? [] : [fixed(NO_BASIS, VERDICT.excluded)];
  let policyShown = false;
  for (const rule of applicable) {
    if (policyCheck && !policyShown && policyRules.has(rule)) {
      out.push(policyCheck);
      policyShown = true;
    }
    out.push(inForce(rule, day) ? compiled.get(rule)! : notInForce.get(rule)!);
  }
  return out;
}

/**
 * Compile a rulebook, with an optional creditor policy on top, into its versions.
 * @internal
 */
export function compileRulebook(book: Rulebook, policy?: CreditorPolicy): CompiledRulebook {
  const { id, rules, policyRules } = layered(book, policy);
  const compiled = new Map(rules.map((r) => [r, compileCheck(r)] as const));
  const notInForce = new Map(rules.map((r) => [r, fixed(Object.freeze({
    code: r.code,
    outcome: 'skip' as const,
    values: Object.freeze({ validFrom: r.validFrom, validTo: r.validTo ?? null }),
    source: r.source,
    message: notInForceMessage(r.title, r.validFrom, r.validTo),
  }))] as const));
  const policyCheck = policy ? fixed(policyReason(policy)) : null;
  const boundaries = [...new Set(rules.flatMap((r) => [toDayNumber(r.validFrom), ...(r.validTo ? [toDayNumber(r.validTo) + 1] : [])]))]
    .sort((a, b) => a - b);
  const starts = [Number.NEGATIVE_INFINITY, ...boundaries];
  const versions = starts.map((startDay, i): CompiledVersion => {
    const checks: Check[][] = [];
    for (const sector of ELIGIBILITY_SECTORS) {
      for (const kind of ELIGIBILITY_KINDS) checks.push(checksFor(rules, compiled, notInForce, sector, kind, startDay, policyRules, policyCheck));
    }
    const label = Number.isFinite(startDay) ? fromDayNumber(startDay) : `before-${fromDayNumber(boundaries[0] ?? 0)}`;
    return { startDay, endDay: starts[i + 1] ?? Number.POSITIVE_INFINITY, id: `${id}@${label}`, checks };
  });
  return { versions, eligibleFrom: new Map() };
}

/**
 * The version in force on a day (versions are few; a scan from the newest is fastest).
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
