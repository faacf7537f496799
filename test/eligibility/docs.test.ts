import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CASE_FLAGS, DEFAULT_RULEBOOK, parseArrearsCase } from '../../src/eligibility/index.js';
import { presetTable, rulebookTable, withSection } from './rule-table.js';

const doc = readFileSync(new URL('../../docs/eligibility.md', import.meta.url), 'utf8');
const assumptions = readFileSync(new URL('../../docs/assumptions.md', import.meta.url), 'utf8');

describe('docs/eligibility.md', () => {
  it('shows the rule tables exactly as the rulebook and presets hold them (npx tsx test/eligibility/rule-table.ts)', () => {
    expect(withSection(withSection(doc, 'rule-table', rulebookTable()), 'preset-table', presetTable())).toBe(doc);
    expect(doc).toContain('<!-- rule-table:start -->\n| rule |');
    expect(doc).toContain('<!-- preset-table:start -->\n| preset |');
  });

  it('states every yes/no fact with the default the parser gives it', () => {
    const parsed = parseArrearsCase({ sector: 'water', arrears: { total: '1.00', oldestDueDate: '2023-01-01' } });
    if (!parsed.ok) throw new Error('should parse');
    const section = /<!-- yes-no-defaults:start -->([\s\S]*?)<!-- yes-no-defaults:end -->/.exec(doc)![1]!;
    for (const fact of CASE_FLAGS) {
      const row = new RegExp(`^\\| \`${fact}\` \\| [^|]+ \\| (yes|no) \\|`, 'm').exec(section);
      expect(row, fact).not.toBeNull();
      expect(row![1], fact).toBe(parsed.value[fact] ? 'yes' : 'no');
    }
  });
});

describe('docs/assumptions.md', () => {
  it('lists every rule of the default rulebook that the seeds do not state', () => {
    const notFromSeeds = DEFAULT_RULEBOOK.rules.filter((r) => r.versions.some((v) => v.value.origin !== 'seed')).map((r) => r.code);
    expect(notFromSeeds.length).toBeGreaterThan(10);
    for (const code of notFromSeeds) expect(assumptions, code).toContain(`\`${code}\``);
  });

  it('keeps a section per module', () => {
    for (const module of ['Eligibility', 'Triage', 'Detection', 'Feedback', 'Matching']) expect(assumptions).toContain(`## ${module}`);
  });
});
