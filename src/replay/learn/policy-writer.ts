/**
 * Write a recommendation as a triage policy in the existing JSON format: a rule that sets aside
 * legal persons where the current policy leaves some legal forms open (De signaalreis,
 * "Ondernemers en vroegsignalering"), the current policy's kept rules (its legal-form rules always,
 * crisis, already known at debt help, not picked up), then one rule per group
 * of strata that share a channel, each with its evidence in `source`, then `otherwise`.
 *
 * Strata of one channel are merged into fewer rules where the union is still one condition per
 * dimension (neighbouring amount or age bands, any set of sectors, both values of a flag). An
 * unknown age fails every age condition, so strata of unknown age are written without one,
 * after all rules that have one (and the strata of known age they would otherwise catch get
 * rules of their own). Rules are ordered by their gain per signal, and the policy serves scarce
 * capacity in rule order, so in a busy month the least valuable rules overflow first.
 * @module
 */
import { LEGAL_FORMS, type LegalForm } from '../../model/index.js';
import type { Capacities, Channel, Policy, PolicyInput } from '../../triage/index.js';
import { LEGAL_PERSON_RULE } from '../../triage/internal.js';
import { type Dimension, type RuleConditions, type Strata } from './strata.js';
import { LEGAL_PERSON_FORMS } from './treatment.js';

/** One group of strata the policy gives the same action, with its evidence. */
export interface Target {
  /** The stratum's key. */
  readonly stratum: string;
  /** Value index per dimension. */
  readonly cell: readonly number[];
  /** Signals of the stratum over the sample period (its weight when merged). */
  readonly mass: number;
  readonly channel: Channel;
  /** A scarcer channel to upgrade to while capacity is left, or null. */
  readonly upgrade: Channel | null;
  /** The upgrade's gain per signal over the channel: orders the rules, so scarce capacity goes to the largest gains first. */
  readonly gain: number;
  /** Evidence of the channel in this stratum, or null when kept without evidence. */
  readonly evidence: TargetEvidence | null;
  /** Evidence of the upgrade channel in this stratum, or null without an upgrade. */
  readonly upgradeEvidence: TargetEvidence | null;
}

/** Evidence of one stratum's channel. */
export interface TargetEvidence {
  /** Cases of the channel in the stratum. */
  readonly cases: number;
  /** Posterior Beta of the objective (the prior when predicted). */
  readonly alpha: number;
  readonly beta: number;
  /** True when the channel was never tried in the stratum and its rate is what the features predict. */
  readonly predicted: boolean;
}

/** A merged rule: value indexes per dimension and the targets it covers. */
interface Cube {
  readonly sets: number[][];
  readonly targets: Target[];
}

/** What the writer needs besides the targets. */
export interface WriterInput {
  readonly strata: Strata;
  readonly targets: readonly Target[];
  /** The current policy, validated: kept rules, crisis kinds and executors come from it. */
  readonly current: Policy;
  /** Channels whose rules are kept from the current policy. */
  readonly keep: ReadonlySet<Channel>;
  readonly capacity: Capacities;
  readonly fallbacks: PolicyInput['fallbacks'];
  readonly name: string;
  readonly version: string;
  readonly effectiveFrom: string;
  readonly description: string;
  readonly source: string;
  /** Words for the objective in a rule's source, e.g. `help accepted`. */
  readonly objective: string;
  readonly level: number;
  /** Interval of a Beta(α, β) at the level. */
  readonly interval: (alpha: number, beta: number, level: number) => readonly [number, number];
}

/**
 * Upgrade gains are banded in steps of this size before strata are merged: a rule's place in the
 * order is its gain, so strata merge only with strata of nearly the same gain.
 */
const GAIN_STEP = 0.02;
/** The group a target merges within: same channel, same upgrade, same gain band. */
const groupOf = (t: Target): string => (t.upgrade ? `${t.channel}>${t.upgrade}>${Math.floor(t.gain / GAIN_STEP)}` : t.channel);
const setKey = (set: readonly number[]): string => set.join(',');

/** Whether a union of values is one condition of the dimension (unknown age only alone or with all). */
function representable(d: Dimension, set: readonly number[]): boolean {
  if (d.unknown >= 0 && set.includes(d.unknown) && set.length !== 1 && set.length !== d.values.length) return false;
  if (!d.ordered) return true;
  const known = set.filter((v) => v !== d.unknown).sort((a, b) => a - b);
  return known.every((v, i) => i === 0 || v === known[i - 1]! + 1);
}

/** Merge cubes that differ only in dimension `di`, where the union is one condition. */
function mergeAlong(cubes: Cube[], dims: readonly Dimension[], di: number): Cube[] {
  const buckets = new Map<string, Cube[]>();
  for (const cube of cubes) {
    const key = cube.sets.map((s, i) => (i === di ? '*' : setKey(s))).join('|') + `#${groupOf(cube.targets[0]!)}`;
    let list = buckets.get(key);
    if (!list) buckets.set(key, (list = []));
    list.push(cube);
  }
  const d = dims[di]!;
  const out: Cube[] = [];
  for (const list of buckets.values()) {
    list.sort((a, b) => Math.min(...a.sets[di]!) - Math.min(...b.sets[di]!));
    const all = list.flatMap((c) => c.sets[di]!);
    if (list.length > 1 && representable(d, all)) {
      out.push({ sets: list[0]!.sets.map((s, i) => (i === di ? all.sort((a, b) => a - b) : s)), targets: list.flatMap((c) => c.targets) });
      continue;
    }
    let run: Cube | null = null;
    for (const cube of list) {
      const merged: number[] | null = run ? [...run.sets[di]!, ...cube.sets[di]!] : null;
      if (run && merged && !cube.sets[di]!.includes(d.unknown) && !run.sets[di]!.includes(d.unknown) && representable(d, merged)) {
        run = { sets: run.sets.map((s, i) => (i === di ? merged : s)), targets: [...run.targets, ...cube.targets] };
      } else {
        if (run) out.push(run);
        run = cube;
      }
    }
    if (run) out.push(run);
  }
  return out;
}

/** Merge cubes along every dimension until nothing merges. */
function mergeAll(strata: Strata, start: Cube[]): Cube[] {
  let cubes = start;
  for (let pass = 0; pass < 4; pass++) {
    const before = cubes.length;
    for (let di = 0; di < strata.dimensions.length; di++) cubes = mergeAlong(cubes, strata.dimensions, di);
    if (cubes.length === before) break;
  }
  return cubes;
}

/** Every cell of a product of value sets. */
function cellsOf(sets: readonly (readonly number[])[]): number[][] {
  let out: number[][] = [[]];
  for (const set of sets) out = out.flatMap((prefix) => set.map((v) => [...prefix, v]));
  return out;
}

/**
 * Grow each cube over cells no signal of the sample falls in (they may go either way), where
 * the grown set is still one condition, so that fewer and simpler rules cover the same signals.
 * Each target then belongs to the largest cube of its group that holds it; cubes left without
 * targets are dropped.
 */
function expandOverEmptyCells(strata: Strata, cubes: readonly Cube[]): Cube[] {
  const owner = new Map<string, string>();
  for (const cube of cubes) for (const t of cube.targets) owner.set(t.cell.join(','), groupOf(t));
  const size = (c: { sets: readonly (readonly number[])[] }): number => c.sets.reduce((a, s) => a * s.length, 1);
  const grown = [...cubes].sort((a, b) => mass(b) - mass(a)).map((cube) => {
    const group = groupOf(cube.targets[0]!);
    const sets = cube.sets.map((s) => [...s]);
    const fits = (di: number, added: readonly number[]): boolean =>
      added.length > 0 && cellsOf(sets.map((s, i) => (i === di ? added : s))).every((cell) => {
        const o = owner.get(cell.join(','));
        return o === undefined || o === group;
      });
    strata.dimensions.forEach((d, di) => {
      const set = sets[di]!;
      const missing = d.values.map((_, v) => v).filter((v) => !set.includes(v));
      if (missing.length === 0) return;
      if (fits(di, missing)) {
        sets[di] = d.values.map((_, v) => v);
        return;
      }
      if (set.includes(d.unknown)) return;
      if (!d.ordered) {
        for (const v of missing) if (v !== d.unknown && fits(di, [v])) set.push(v);
        set.sort((a, b) => a - b);
        return;
      }
      const end = d.unknown >= 0 ? d.unknown : d.values.length;
      for (let v = Math.min(...set) - 1; v >= 0 && fits(di, [v]); v--) set.unshift(v);
      for (let v = Math.max(...set) + 1; v < end && fits(di, [v]); v++) set.push(v);
    });
    return { sets, group };
  });
  const taken = new Set<Target>();
  const all = cubes.flatMap((c) => c.targets);
  const out: Cube[] = [];
  for (const cube of grown.sort((a, b) => size(b) - size(a))) {
    const targets = all.filter((t) => !taken.has(t) && groupOf(t) === cube.group && t.cell.every((v, i) => cube.sets[i]!.includes(v)));
    for (const t of targets) taken.add(t);
    if (targets.length > 0) out.push({ sets: cube.sets, targets });
  }
  return out;
}

/** Merge the targets into as few cubes as these greedy passes find. */
function mergeTargets(strata: Strata, targets: readonly Target[]): Cube[] {
  const merged = mergeAll(strata, targets.map((t) => ({ sets: t.cell.map((v) => [v]), targets: [t] })));
  return mergeAll(strata, expandOverEmptyCells(strata, merged));
}

function conditionsOf(strata: Strata, cube: Cube): RuleConditions {
  const when: Record<string, unknown> = {};
  strata.dimensions.forEach((d, i) => {
    const set = cube.sets[i]!;
    if (set.length === 1 && set[0] === d.unknown) return; // unknown age: no condition (the rule comes after those with one)
    Object.assign(when, d.when(set));
  });
  return when as RuleConditions;
}

/** Whether a cube is only about signals of unknown age (written without an age condition). */
function unknownOnly(strata: Strata, cube: Cube): boolean {
  return strata.dimensions.some((d, i) => d.unknown >= 0 && cube.sets[i]!.length === 1 && cube.sets[i]![0] === d.unknown);
}

/** Whether two cubes share a cell when the dimensions with an unknown value are ignored. */
function overlapsIgnoringUnknown(strata: Strata, a: Cube, b: Cube): boolean {
  return strata.dimensions.every((d, i) => d.unknown >= 0 || a.sets[i]!.some((v) => b.sets[i]!.includes(v)));
}

const mass = (cube: Cube): number => cube.targets.reduce((a, t) => a + t.mass, 0);
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

/** The mass-weighted mean of the cube's posteriors and a Beta with the same mean and variance. */
function pooledEvidence(cube: Cube, of: (t: Target) => TargetEvidence | null): { cases: number; predicted: number; alpha: number; beta: number } | null {
  const w = mass(cube);
  let mean = 0;
  let variance = 0;
  let cases = 0;
  let predicted = 0;
  for (const t of cube.targets) {
    const e = of(t);
    if (!e) return null;
    const { alpha: a, beta: b } = e;
    const share = t.mass / w;
    mean += share * (a / (a + b));
    variance += share * share * ((a * b) / ((a + b) ** 2 * (a + b + 1)));
    cases += e.cases;
    if (e.predicted) predicted++;
  }
  const strength = Math.max(1e-6, (mean * (1 - mean)) / Math.max(variance, 1e-12) - 1);
  return { cases, predicted, alpha: mean * strength, beta: (1 - mean) * strength };
}

function ruleText(input: WriterInput, cube: Cube, currentLabel: string): { source: string; description: string } {
  const t = cube.targets[0]!;
  const dims = input.strata.dimensions;
  const scope = dims
    .map((d, i) => (cube.sets[i]!.length === d.values.length ? '' : `${d.key} ${cube.sets[i]!.map((v) => d.values[v]).join('/')}`))
    .filter(Boolean)
    .join(', ');
  const ev = pooledEvidence(cube, (x) => x.evidence);
  if (!ev) {
    return {
      source: `kept from ${currentLabel}: no evidence to compare its channel with (${mass(cube)} signals)`,
      description: `${scope || 'alle signalen'}: ${t.channel} zoals in ${currentLabel} (geen bewijs om mee te vergelijken)`,
    };
  }
  const level = `${Math.round(input.level * 100)}%`;
  const groups = cube.targets.length;
  const words = (e: NonNullable<typeof ev>, channel: Channel): { en: string; nl: string } => {
    const rate = e.alpha / (e.alpha + e.beta);
    const [lo, hi] = input.interval(e.alpha, e.beta, input.level);
    const predicted = e.predicted === 0 ? '' : `; in ${e.predicted} group${e.predicted === 1 ? '' : 's'} never tried, predicted from the channel's cases elsewhere`;
    return {
      en: `learned from ${e.cases} cases, rate ${rate.toFixed(3)} [${lo.toFixed(3)}, ${hi.toFixed(3)}] (${input.objective} via ${channel}, ${level} interval${predicted})`,
      nl: `${channel}: geleerd uit ${e.cases} zaken${e.predicted ? ` (${e.predicted} groepen nooit geprobeerd: voorspeld)` : ''}, ${pct(rate)} [${pct(lo)}, ${pct(hi)}]`,
    };
  };
  const main = words(ev, t.channel);
  const up = t.upgrade ? pooledEvidence(cube, (x) => x.upgradeEvidence) : null;
  const upgrade = t.upgrade && up ? words(up, t.upgrade) : null;
  return {
    source: `${main.en}${upgrade ? `; while capacity is left upgraded to ${t.upgrade}: ${upgrade.en}` : ''}; ${groups} group${groups === 1 ? '' : 's'}`,
    description: `${scope || 'alle signalen'} — ${main.nl}${upgrade ? `; bij restcapaciteit ${upgrade.nl}` : ''}`,
  };
}

/**
 * The legal forms a rule sets aside unconditionally: a rule whose only condition is the legal form
 * and whose action is not to pick the signal up (the presets' `legal-person` rule).
 */
function setsAsideLegalForms(rule: Policy['rules'][number]): readonly LegalForm[] {
  const form = rule.when.legalForm;
  if (!form || rule.then.channel !== 'not-picked-up' || Object.keys(rule.when).length !== 1) return [];
  const inSet = form.in ?? LEGAL_FORMS;
  return inSet.filter((f) => !(form.notIn ?? []).includes(f));
}

/**
 * Write the policy: kept rules, merged learned rules (ordered by gain per signal, those for an
 * unknown age last), `otherwise` for the channel with the most signals.
 */
export function writePolicy(input: WriterInput): PolicyInput {
  const { strata, current } = input;
  const currentLabel = `${current.name}@${current.version}`;
  // Rules of law are never learned away: the current policy's legal-form rules are kept whatever
  // `keep` says, and the legal forms they leave open get a rule of their own, first.
  const kept = current.rules.filter((r) => input.keep.has(r.then.channel) || setsAsideLegalForms(r).length > 0);
  const setAside = new Set(kept.flatMap(setsAsideLegalForms));
  const open = LEGAL_PERSON_FORMS.filter((f) => !setAside.has(f));
  const ids = new Set(current.rules.map((r) => r.id));
  const legalRule = open.length === 0 ? [] : [{
    ...LEGAL_PERSON_RULE,
    id: ids.has(LEGAL_PERSON_RULE.id) ? `${LEGAL_PERSON_RULE.id}-other-forms` : LEGAL_PERSON_RULE.id,
    description: `Rechtspersonen (${open.join(', ')}) worden niet opgepakt; toegevoegd omdat ${currentLabel} deze rechtsvormen niet uitsluit`,
    when: { legalForm: { in: open } },
  }];
  const cubes = mergeTargets(strata, input.targets);
  const byGroup = new Map<string, number>();
  for (const cube of cubes) byGroup.set(groupOf(cube.targets[0]!), (byGroup.get(groupOf(cube.targets[0]!)) ?? 0) + mass(cube));
  const plain = [...byGroup.entries()].filter(([g]) => !g.includes('>')).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const otherwiseGroup = plain[0]?.[0] ?? null;
  const otherwiseChannel = (otherwiseGroup ? cubes.find((c) => groupOf(c.targets[0]!) === otherwiseGroup)!.targets[0]!.channel : current.otherwise.channel);

  const isOtherwise = (c: Cube): boolean => groupOf(c.targets[0]!) === otherwiseGroup;
  const late = cubes.filter((c) => !isOtherwise(c) && unknownOnly(strata, c));
  const early = cubes.filter((c) => !unknownOnly(strata, c) && (!isOtherwise(c) || late.some((l) => overlapsIgnoringUnknown(strata, c, l))));
  const gainOf = (c: Cube): number => c.targets.reduce((a, t) => a + t.gain * t.mass, 0) / mass(c);
  const order = (a: Cube, b: Cube): number => gainOf(b) - gainOf(a);
  const ordered = [...early.sort(order), ...late.sort(order)];
  const width = String(ordered.length).length;
  const learned = ordered.map((cube, i) => {
    const t = cube.targets[0]!;
    return {
      id: `learned-${String(i + 1).padStart(width, '0')}-${t.channel}`,
      ...ruleText(input, cube, currentLabel),
      when: conditionsOf(strata, cube),
      then: { channel: t.channel, ...(t.upgrade ? { ifCapacityLeft: t.upgrade } : {}) },
    };
  });
  return {
    name: input.name,
    version: input.version,
    effectiveFrom: input.effectiveFrom,
    description: input.description,
    source: input.source,
    crisisKinds: [...current.crisisKinds],
    capacity: input.capacity,
    executors: { ...current.executors },
    fallbacks: input.fallbacks,
    priority: ['crisis', 'rule-order'],
    rules: [
      ...legalRule,
      ...kept.map((r) => ({ id: r.id, ...(r.description ? { description: r.description } : {}), source: `kept from ${currentLabel}${r.source ? `: ${r.source}` : ''}`, when: r.when, then: r.then })),
      ...learned,
    ],
    otherwise: { channel: otherwiseChannel },
  };
}
