import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CASE_STATES, stateDiagram, TRANSITIONS } from '../../src/feedback/index.js';

const doc = readFileSync(new URL('../../docs/feedback.md', import.meta.url), 'utf8');

describe('docs/feedback.md', () => {
  it('embeds the state diagram exactly as stateDiagram() draws it from the table', () => {
    const block = /<!-- state-diagram:start -->\n```mermaid\n([\s\S]*?)\n```\n<!-- state-diagram:end -->/.exec(doc);
    expect(block?.[1]).toBe(stateDiagram());
  });

  it('the diagram has an edge for every state-changing row of the table', () => {
    const diagram = stateDiagram();
    const id = (s: string) => s.replaceAll('-', '_');
    for (const rule of TRANSITIONS) {
      for (const from of rule.from) {
        if (rule.to === 'unchanged' || rule.to === from) continue;
        const edge = new RegExp(`^  ${id(from)} --> ${id(rule.to)}: .*\\b${rule.event}\\b`, 'm');
        expect(diagram).toMatch(edge);
      }
    }
    for (const state of CASE_STATES) expect(doc).toContain(`| \`${state}\` |`);
  });
});
