import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/model/index.js';
import { createPseudonymiser } from '../../src/replay/index.js';

/** Issue 14, item 11: the pseudonymiser accepted a key of 16 spaces or NULs. */
describe('createPseudonymiser refuses weak keys and says what a key needs', () => {
  const weak = [
    ' '.repeat(16), '\u0000'.repeat(32), '\t\n\r '.repeat(8), '\u00a0'.repeat(20), 'a'.repeat(64),
    'ab'.repeat(32), '1234512345123451234512345', `x${' '.repeat(30)}y`, 'short key',
  ];
  it.each(weak.map((k) => [JSON.stringify(k).slice(0, 30), k]))('refuses %s', (_, key) => {
    expect(() => createPseudonymiser({ key })).toThrow(UsageError);
    try {
      createPseudonymiser({ key });
    } catch (error) {
      expect((error as Error).message).toMatch(/at least 16 bytes that are not whitespace or NUL, with at least 10 different values/);
      expect((error as Error).message).not.toContain(key.trim() || '\u0000');
    }
  });

  it('accepts random keys, hex keys and passphrases', () => {
    for (const key of ['k3J9xQ2mZ7vB1nR8', '9f86d081884c7d659a2feaa0c55ad015', 'a long secret kept by the municipality', 'één geheim dat bij de gemeente blijft']) {
      expect(createPseudonymiser({ key }).token('123456782', 'person')).toMatch(/^[0-9a-f]{20}$/);
    }
  });
});
