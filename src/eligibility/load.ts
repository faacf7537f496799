import { type Result } from '../model/index.js';
import { frozenCopy, safeParseWith, valueOrThrow } from '../model/internal.js';
import { CreditorPolicySchema, RulebookSchema, type CreditorPolicy, type CreditorPolicyInput, type Rulebook, type RulebookInput } from './rule-spec.js';

/**
 * Validated rulebooks and creditor policies: deeply frozen, and remembered as validated so that
 * an assessment can trust them (and cache their compiled form) without validating them again.
 * Anything else passed as a rulebook is validated on every call.
 */
const validated = new WeakSet<object>();

function trusted<T extends object>(value: T): T {
  const frozen = frozenCopy(value);
  validated.add(frozen);
  return frozen;
}

function trustedResult<T extends object>(result: Result<T>): Result<T> {
  return result.ok ? { ok: true, value: trusted(result.value) } : result;
}

/** Whether a rulebook or policy came from this module's validation (so it is frozen and valid). @internal */
export function isValidated(value: object): boolean {
  return validated.has(value);
}

/**
 * Validate a rulebook read from JSON (e.g. the file given to `--rulebook`). Never throws:
 * returns the rulebook, deeply frozen, or issues with the path of each bad field
 * (`rules[3].versions[0].value.minDays`).
 * @example
 * const r = parseRulebook(JSON.parse(readFileSync('rulebook.json', 'utf8')));
 * if (!r.ok) for (const e of r.issues) console.error(`${e.field}: ${e.message}`);
 * @category Rulebook
 */
export function parseRulebook(input: unknown): Result<Rulebook> {
  return trustedResult(safeParseWith(RulebookSchema, input));
}

/**
 * Write a rulebook in TypeScript: validates it as {@link parseRulebook} does and returns it
 * deeply frozen; throws `UsageError` with the same issues when it is invalid. Pass the result
 * as `rulebook` on every call: a validated rulebook is compiled once.
 * @example
 * const strict = defineRulebook({ ...DEFAULT_RULEBOOK, id: 'strict', rules: [...DEFAULT_RULEBOOK.rules, myRule] });
 * @category Rulebook
 */
export function defineRulebook(input: RulebookInput): Rulebook {
  return valueOrThrow(parseRulebook(input), 'rulebook');
}

/**
 * Validate a creditor policy read from JSON. Never throws; the policy comes back deeply frozen.
 * @example
 * const r = parseCreditorPolicy({ id: 'w1', name: 'Waterbedrijf', sectors: ['water'], source: { id: 'x', document: 'Beleid' }, rules: [] });
 * @category Rulebook
 */
export function parseCreditorPolicy(input: unknown): Result<CreditorPolicy> {
  return trustedResult(safeParseWith(CreditorPolicySchema, input));
}

/**
 * Write a creditor policy in TypeScript: validates it as {@link parseCreditorPolicy} does,
 * returns it deeply frozen, throws `UsageError` when it is invalid.
 * @category Rulebook
 */
export function defineCreditorPolicy(input: CreditorPolicyInput): CreditorPolicy {
  return valueOrThrow(parseCreditorPolicy(input), 'creditor policy');
}

/**
 * A copy of a rulebook or creditor policy without the rules of the given codes: the way to
 * switch off a rule (e.g. one the library flags as an assumption, see docs/assumptions.md).
 * Throws `UsageError` when a code names no rule, so that a typo does not pass silently.
 * @example
 * const book = withoutRules(DEFAULT_RULEBOOK, ['window.mortgage']);
 * @category Rulebook
 */
export function withoutRules<T extends Rulebook | CreditorPolicy>(book: T, codes: readonly string[]): T {
  const missing = codes.filter((code) => !book.rules.some((r) => r.code === code));
  if (missing.length > 0) {
    valueOrThrow({ ok: false, issues: missing.map((code) => ({ code: 'unknown_rule', path: ['codes'], field: 'codes', message: `No rule with the code ${code}` })) }, 'rule codes');
  }
  const rules = book.rules.filter((r) => !codes.includes(r.code));
  return ('sectors' in book ? defineCreditorPolicy({ ...book, rules }) : defineRulebook({ ...book, rules })) as T;
}
