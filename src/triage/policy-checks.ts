import type { PathSegment } from '../model/index.js';
import { CHANNELS, type Channel } from './vocabulary.js';
import { compileConditions } from './conditions.js';
import { rangeText } from './describe.js';
import { compileRuleConditions, MAX_REGISTER_OUTCOMES } from './rule-conditions.js';
import { mergeConditions, shadowingRules, type MergedConditions } from './shadowing.js';
import type { Policy } from './policy-shape.js';

/** A problem with a policy that its shape alone does not show. */
export interface PolicyProblem {
  /** Stable code, e.g. `shadowed_rule`. */
  readonly code: string;
  /** Path into the policy, e.g. `['rules', 3]`. */
  readonly path: readonly PathSegment[];
  /** Plain English message. */
  readonly message: string;
}

const RANGE_KEYS = ['amount', 'creditors', 'age'] as const;
const RANGE_NAMES = { amount: 'amount', creditors: 'number of creditors', age: 'age' } as const;

type Bounds = { atLeast?: unknown; above?: unknown; atMost?: unknown; below?: unknown };

function boundProblems(range: Bounds | undefined, path: readonly PathSegment[]): PolicyProblem[] {
  if (!range) return [];
  const problems: PolicyProblem[] = [];
  if (range.atLeast !== undefined && range.above !== undefined) {
    problems.push({ code: 'conflicting_bounds', path, message: 'Give atLeast or above, not both' });
  }
  if (range.atMost !== undefined && range.below !== undefined) {
    problems.push({ code: 'conflicting_bounds', path, message: 'Give atMost or below, not both' });
  }
  if (range.atLeast === undefined && range.above === undefined && range.atMost === undefined && range.below === undefined) {
    problems.push({ code: 'empty_range', path, message: 'Give at least one bound (atLeast, above, atMost or below)' });
  }
  return problems;
}

/** Per-rule problems: bounds, and conditions no signal can satisfy. */
function ruleProblems(policy: Policy, merged: readonly MergedConditions[]): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const seen = new Map<string, number>();
  policy.rules.forEach((rule, i) => {
    const at = ['rules', i] as const;
    const first = seen.get(rule.id);
    if (rule.id === 'otherwise') {
      problems.push({ code: 'reserved_rule_id', path: [...at, 'id'], message: "The rule id 'otherwise' is reserved for the policy's otherwise action" });
    } else if (first !== undefined) {
      problems.push({ code: 'duplicate_rule_id', path: [...at, 'id'], message: `Rule id '${rule.id}' is already used by rules[${first}]` });
    } else seen.set(rule.id, i);
    const bounds = [
      ...boundProblems(rule.when.amount, [...at, 'when', 'amount']),
      ...boundProblems(rule.when.creditors, [...at, 'when', 'creditors']),
      ...boundProblems(rule.when.age, [...at, 'when', 'age']),
    ];
    problems.push(...bounds);
    if (bounds.length === 0 && merged[i] === null) problems.push(unreachable(policy, i));
    if (rule.when.legalForm && !rule.when.legalForm.in && !rule.when.legalForm.notIn) {
      problems.push({ code: 'empty_legal_form', path: [...at, 'when', 'legalForm'], message: 'Give in, notIn or both' });
    }
    problems.push(...actionProblems(policy, rule.then, [...at, 'then']));
  });
  return [...problems, ...actionProblems(policy, policy.otherwise, ['otherwise'])];
}

/**
 * An `ifCapacityLeft` upgrade needs a capacity for the channel it upgrades to; a `notPickedUp`
 * reason belongs to the `not-picked-up` channel only; a signal that is not picked up is not referred.
 */
function actionProblems(policy: Policy, action: Policy['otherwise'], at: readonly PathSegment[]): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const to = action.ifCapacityLeft;
  if (to !== undefined && policy.capacity[to] === undefined) {
    problems.push({ code: 'upgrade_without_capacity', path: [...at, 'ifCapacityLeft'], message: `ifCapacityLeft needs a capacity for '${to}' (capacity.${to})` });
  }
  if (action.notPickedUp !== undefined && action.channel !== 'not-picked-up') {
    problems.push({ code: 'reason_without_not_picked_up', path: [...at, 'notPickedUp'], message: "notPickedUp is only allowed with channel 'not-picked-up'" });
  }
  if (action.referTo !== undefined && action.channel === 'not-picked-up') {
    problems.push({ code: 'referral_not_picked_up', path: [...at, 'referTo'], message: "A signal that is not picked up cannot be referred: choose a contact channel with referTo" });
  }
  return problems;
}

/** Describe why a rule's conditions can never hold, pointing at the range when one range is empty. */
function unreachable(policy: Policy, i: number): PolicyProblem {
  const rule = policy.rules[i]!;
  for (const key of RANGE_KEYS) {
    const range = rule.when[key];
    const [condition] = range ? compileConditions({ [key]: range }, 0, () => 0) : [];
    if (range && condition && condition.lo > condition.hi) {
      const bounds = rangeText<unknown>(range, String).en;
      return { code: 'unreachable_range', path: ['rules', i, 'when', key], message: `No ${RANGE_NAMES[key]} can satisfy this range: ${bounds}` };
    }
  }
  return { code: 'unreachable_rule', path: ['rules', i, 'when'], message: `Rule '${rule.id}' can never apply: its conditions exclude each other` };
}

/** Rules that an earlier rule always takes first. */
function shadowProblems(policy: Policy, merged: readonly MergedConditions[]): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  shadowingRules(merged).forEach((i, j) => {
    if (i < 0) return;
    problems.push({
      code: 'shadowed_rule',
      path: ['rules', j],
      message: `Rule '${policy.rules[j]!.id}' can never decide: every signal it matches is already decided by the earlier rule '${policy.rules[i]!.id}' (rules[${i}])`,
    });
  });
  return problems;
}

/** Fallback chains that loop back on themselves (they would never end). */
function fallbackProblems(policy: Policy): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  const next = (c: Channel): Channel[] => {
    const fb = policy.fallbacks[c];
    return [fb?.whenFull, fb?.whenNoContact].filter((x): x is Channel => x !== undefined);
  };
  const reported = new Set<Channel>();
  const visit = (c: Channel, trail: Channel[]): void => {
    for (const n of next(c)) {
      if (trail.includes(n)) {
        if (!reported.has(trail[0]!)) {
          for (const member of trail.slice(trail.indexOf(n))) reported.add(member);
          problems.push({ code: 'fallback_cycle', path: ['fallbacks', trail[0]!], message: `Fallbacks loop back: ${[...trail, n].join(' → ')}` });
        }
      } else visit(n, [...trail, n]);
    }
  };
  for (const c of CHANNELS) if (policy.fallbacks[c]) visit(c, [c]);
  return problems;
}

/** Each priority key once, and not both amount orders (a sort key must fit in 53 bits). */
function priorityProblems(policy: Policy): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  policy.priority.forEach((key, i) => {
    if (policy.priority.indexOf(key) !== i) problems.push({ code: 'duplicate_priority', path: ['priority', i], message: `Priority key '${key}' is listed twice` });
  });
  if (policy.priority.includes('amount-desc') && policy.priority.includes('amount-asc')) {
    problems.push({ code: 'conflicting_priority', path: ['priority'], message: 'Give amount-desc or amount-asc, not both' });
  }
  return problems;
}

/**
 * Everything wrong with a well-shaped policy: conflicting or empty bounds, ranges no signal can
 * reach, rules that can never apply or are shadowed by an earlier rule, duplicate rule ids,
 * upgrades to a channel without capacity, fallback loops, repeated or conflicting priority
 * keys, too many register outcomes.
 */
export function policyProblems(policy: Policy): PolicyProblem[] {
  const merged = compileRuleConditions(policy).map(mergeConditions);
  const problems = [...ruleProblems(policy, merged), ...shadowProblems(policy, merged), ...fallbackProblems(policy), ...priorityProblems(policy)];
  const outcomes = new Set(policy.rules.flatMap((r) => r.when.registerOutcome ?? []));
  if (outcomes.size > MAX_REGISTER_OUTCOMES) {
    problems.push({ code: 'too_many_outcomes', path: ['rules'], message: `A policy can name at most ${MAX_REGISTER_OUTCOMES} register outcomes` });
  }
  return problems;
}
