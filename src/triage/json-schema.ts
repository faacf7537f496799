import { z } from 'zod';
import { PolicySchema } from './policy-schema.js';

/** Where the shipped JSON Schema of the policy format is published in the package. */
const POLICY_SCHEMA_ID = 'https://unpkg.com/vroegsignalering/schema/policy.schema.json';

/**
 * The JSON Schema (draft 2020-12) of the policy file format, generated from the policy schema
 * in its input form (what a file may contain). Checks that need the whole policy (shadowed
 * rules, empty ranges, fallback loops) are beyond JSON Schema: run `parsePolicy` or
 * `vroegsignalering policy check` for those.
 * @example
 * const schema = policyJsonSchema(); // the same as schema/policy.schema.json in the package
 * @category Policies
 */
export function policyJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(PolicySchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return {
    ...generated,
    $id: POLICY_SCHEMA_ID,
    title: 'vroegsignalering triage policy',
    description: 'A municipality\'s triage policy for early signals of payment arrears: rules (first hit decides), capacity per channel, fallbacks and priority. See docs/triage.md.',
  };
}

/** The JSON Schema as the text of `schema/policy.schema.json` (two-space indent, final newline). @internal */
export function policyJsonSchemaText(): string {
  return `${JSON.stringify(policyJsonSchema(), null, 2)}\n`;
}
