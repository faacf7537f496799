import { readFileSync, readdirSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { policyJsonSchema, PRESETS, PRESET_NAMES } from '../../src/triage/index.js';
import { policyJsonSchemaText } from '../../src/triage/internal.js';

const committed = readFileSync(new URL('../../schema/policy.schema.json', import.meta.url), 'utf8');

describe('schema/policy.schema.json', () => {
  it('is in sync with the zod schema (run `npx tsx scripts/generate-policy-schema.ts` when this fails)', () => {
    expect(committed).toBe(policyJsonSchemaText());
  });

  const ajv = new Ajv2020({ strict: false, allErrors: true });
  const validate = ajv.compile(policyJsonSchema());

  it.each(PRESET_NAMES)('accepts preset %s', (name) => {
    expect(validate(JSON.parse(JSON.stringify(PRESETS[name]))), JSON.stringify(validate.errors)).toBe(true);
  });

  it('accepts every example policy file, which points editors at it with $schema', () => {
    const dir = new URL('../../examples/policies/', import.meta.url);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
      const policy = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as { $schema?: string };
      expect(policy.$schema, file).toBe('../../schema/policy.schema.json');
      expect(validate(policy), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('rejects an unknown channel and a negative capacity at their paths', () => {
    const policy = JSON.parse(JSON.stringify(PRESETS.M4)) as { capacity: Record<string, number>; otherwise: { channel: string } };
    policy.capacity['home-visit'] = -1;
    policy.otherwise.channel = 'pigeon';
    expect(validate(policy)).toBe(false);
    expect(validate.errors!.map((e) => e.instancePath)).toEqual(expect.arrayContaining(['/capacity/home-visit', '/otherwise/channel']));
  });
});
