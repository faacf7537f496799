import { type Result } from '../model/index.js';
import { frozenCopy, safeParseWith, valueOrThrow } from '../model/internal.js';
import { PolicySchema } from './policy-schema.js';
import type { Policy, PolicyInput } from './policy-shape.js';
import { CHANNEL_NAMES, CHANNELS } from './vocabulary.js';

/** Dutch names of the fields of one channel's contact plan, by path suffix. */
const CHANNEL_PLAN_LABELS: Readonly<Record<string, string>> = {
  '': 'contactplan',
  '.attempts': 'aantal pogingen',
  '.spacing': 'werkdagen tussen pogingen',
  '.windows': 'tijdvakken',
  '.before': 'vooraf',
  '.then': 'daarna (escalatie)',
  '.capacity': 'capaciteit (pogingen)',
  '.capacity.perDay': 'pogingen per dag',
  '.capacity.perMonth': 'pogingen per maand',
};

/**
 * Dutch names of the policy fields, so that `policy check` output is readable for the staff
 * who review policies (keyed by dotted path without indices).
 */
const POLICY_FIELD_LABELS: Readonly<Record<string, string>> = {
  name: 'naam beleid',
  version: 'versie',
  effectiveFrom: 'ingangsdatum',
  crisisKinds: 'crisissignalen',
  capacity: 'capaciteit per maand',
  executors: 'uitvoerders',
  fallbacks: 'terugvalkanalen',
  priority: 'prioriteit',
  'rules.id': 'regel-ID',
  'rules.when': 'voorwaarden',
  'rules.when.amount': 'bedrag',
  'rules.when.sector': 'type signaalpartner',
  'rules.when.sectors': 'signaalpartners van de inwoner',
  'rules.when.recidivism': 'recidive',
  'rules.when.age': 'leeftijd',
  'rules.when.kind': 'soort signaal',
  'rules.then': 'actie',
  'rules.then.channel': 'kanaal',
  'rules.then.executor': 'uitvoerder',
  'rules.then.ifCapacityLeft': 'bij restcapaciteit',
  otherwise: 'anders',
  'otherwise.channel': 'kanaal',
  contactPlan: 'contactplan',
  'contactPlan.windows': 'tijdvakken',
  'contactPlan.stop': 'stoppen',
  'contactPlan.stop.afterDays': 'stoppen na dagen',
  'contactPlan.channels': 'contactplan per kanaal',
  ...Object.fromEntries(CHANNELS.flatMap((c) => Object.entries(CHANNEL_PLAN_LABELS).map(([k, v]) => [`contactPlan.channels.${c}${k}`, `${v} (${CHANNEL_NAMES[c].nl})`]))),
};

/**
 * Validate an untrusted policy (a parsed JSON file). Never throws: returns the normalised
 * {@link Policy} (deeply frozen), or issues that each name the path and what is wrong (unknown channel,
 * negative capacity, an amount range no signal can reach, a rule shadowed by an earlier one, …).
 * @example
 * const r = parsePolicy(JSON.parse(readFileSync('policy.json', 'utf8')));
 * if (!r.ok) for (const e of r.issues) console.log(`${e.field}: ${e.message}`);
 * @category Policies
 */
export function parsePolicy(input: unknown): Result<Policy> {
  const parsed = safeParseWith(PolicySchema, input, POLICY_FIELD_LABELS);
  if (!parsed.ok) return parsed;
  const value = frozenCopy(parsed.value);
  VALIDATED.add(value);
  return { ok: true, value };
}

/** Policies this module validated and deeply froze: they cannot have changed since, so need no second check. */
const VALIDATED = new WeakSet<Policy>();

/** Whether a policy came from {@link parsePolicy} or {@link definePolicy} (so `compilePolicy` need not check it again). @internal */
export function isValidatedPolicy(policy: unknown): policy is Policy {
  return typeof policy === 'object' && policy !== null && VALIDATED.has(policy as Policy);
}

/**
 * Write a policy in TypeScript, with completion and type checking; validates it exactly as
 * {@link parsePolicy} does and throws `UsageError` (with the same issues) when it is invalid.
 * The object is the JSON format: `definePolicy(x)` equals `parsePolicy(JSON.parse(JSON.stringify(x)))`.
 * @example
 * const policy = definePolicy({
 *   name: 'Voorbeeldgemeente', version: '2024-1', effectiveFrom: '2024-01-01',
 *   capacity: { 'home-visit': 20 },
 *   fallbacks: { 'home-visit': { whenFull: 'phone' }, phone: { whenNoContact: 'letter' } },
 *   rules: [{ id: 'hb-match', when: { match: true }, then: { channel: 'home-visit' } }],
 *   otherwise: { channel: 'letter' },
 * });
 * @category Policies
 */
export function definePolicy(policy: PolicyInput): Policy {
  return valueOrThrow(parsePolicy(policy), 'policy');
}
