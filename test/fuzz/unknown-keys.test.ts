import { describe, expect, it } from 'vitest';
import { PRESETS, parsePolicy } from '../../src/triage/index.js';
import { PLANTED_BSN, PLANTED_NAME } from './arbitraries.js';

/**
 * Issue 14, item 11: strict parsers echoed unknown KEYS, and a key can be personal data (a
 * surname or BSN that became a key in a shifted CSV header). Only the schema's own vocabulary
 * is named; other keys are counted, with a suggestion of the known field a typo is near.
 */
const base = JSON.parse(JSON.stringify(PRESETS.M4)) as Record<string, unknown>;
const rule = (when: object) => ({ rules: [{ id: 'a', when, then: { channel: 'letter' } }] });

function messages(change: object): string[] {
  const parsed = parsePolicy({ ...base, ...change });
  return parsed.ok ? [] : parsed.issues.map((e) => `${e.field}: ${e.message}`);
}

describe('unknown keys in strict inputs are counted, not echoed', () => {
  it('a surname or a BSN as a key is never in the message; the object path and a count are', () => {
    for (const k of [PLANTED_NAME, 'Jansen', 'de-Vries', PLANTED_BSN, `${PLANTED_NAME} ${PLANTED_BSN}`]) {
      const out = messages(rule({ [k]: true }));
      expect(out).toEqual(['rules[0].when: Unknown field(s): 1 key(s) not shown (voorwaarden)']);
    }
    expect(messages({ capacity: { Jansen: 1, phone: 2, [PLANTED_BSN]: 3 } })).toEqual(['capacity: Unknown field(s): 2 key(s) not shown (capaciteit per maand)']);
  });

  it('a typo gets the known field it is near, not itself', () => {
    expect(messages(rule({ amont: { above: 5 } }))).toEqual(['rules[0].when: Unknown field(s): 1 key(s) not shown; did you mean amount? (voorwaarden)']);
  });

  it('a field of the vocabulary at the wrong level is named (it is no personal data)', () => {
    expect(messages(rule({ capacity: 2, Jansen: 1 }))).toEqual(['rules[0].when: Unknown field(s): capacity, 1 other key(s) not shown (voorwaarden)']);
  });
});
