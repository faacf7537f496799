/**
 * Generates `schema/policy.schema.json`, the JSON Schema of the triage policy format, from the
 * zod schema (zod 4's `z.toJSONSchema`), so editors validate and complete policy files.
 * Run: `npx tsx scripts/generate-policy-schema.ts` (add `--check` to fail when the committed
 * file differs from a fresh generation).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { policyJsonSchemaText } from '../src/triage/internal.js';

const target = new URL('../schema/policy.schema.json', import.meta.url);
const fresh = policyJsonSchemaText();
if (process.argv.includes('--check')) {
  const current = readFileSync(target, 'utf8');
  if (current !== fresh) {
    console.error('schema/policy.schema.json is out of date: run npx tsx scripts/generate-policy-schema.ts');
    process.exit(1);
  }
  console.log('schema/policy.schema.json is up to date');
} else {
  writeFileSync(target, fresh);
  console.log(`wrote ${target.pathname}`);
}
