import { type Result } from '../model/index.js';
import { safeParseWith } from '../model/internal.js';
import { CreditorPolicySchema, RulebookSchema, type CreditorPolicy, type Rulebook } from './rule-spec.js';

/**
 * Validate a rulebook read from JSON (e.g. the file given to `--rulebook`). Never throws:
 * returns the rulebook, or issues with the path of each bad field (`rules[3].minDays`).
 * @example
 * const r = parseRulebook(JSON.parse(readFileSync('rulebook.json', 'utf8')));
 * if (!r.ok) for (const e of r.issues) console.error(`${e.field}: ${e.message}`);
 * @category Rulebook
 */
export function parseRulebook(input: unknown): Result<Rulebook> {
  return safeParseWith(RulebookSchema, input);
}

/**
 * Validate a creditor policy read from JSON. Never throws.
 * @example
 * const r = parseCreditorPolicy({ id: 'w1', name: 'Waterbedrijf', sectors: ['water'], source: { id: 'x', document: 'Beleid' }, rules: [] });
 * @category Rulebook
 */
export function parseCreditorPolicy(input: unknown): Result<CreditorPolicy> {
  return safeParseWith(CreditorPolicySchema, input);
}
