import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { presetTable, rulebookTable, withSection } from './rule-table.js';

const doc = readFileSync(new URL('../../docs/eligibility.md', import.meta.url), 'utf8');

describe('docs/eligibility.md', () => {
  it('shows the rule tables exactly as the rulebook and presets hold them (npx tsx test/eligibility/rule-table.ts)', () => {
    expect(withSection(withSection(doc, 'rule-table', rulebookTable()), 'preset-table', presetTable())).toBe(doc);
    expect(doc).toContain('<!-- rule-table:start -->');
    expect(doc).toContain('<!-- preset-table:start -->');
  });
});
