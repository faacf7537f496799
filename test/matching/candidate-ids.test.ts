import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRegisterIndex, matchSignals } from '../../src/matching/index.js';
import { hmacHex } from '../../src/matching/candidate-ids.js';
import { UsageError } from '../../src/model/index.js';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('candidate id hashing', () => {
  it('is HMAC-SHA-256: RFC 4231 case 2 and Node on any key and message, long keys included', () => {
    expect(hmacHex(bytes('Jefe'), bytes('what do ya want for nothing?'))).toBe('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
    fc.assert(fc.property(fc.uint8Array({ maxLength: 150 }), fc.uint8Array({ maxLength: 300 }), (key, message) => {
      expect(hmacHex(key, message)).toBe(createHmac('sha256', key).update(message).digest('hex'));
    }), { numRuns: 300 });
  });

  it('refuses hashing without a usable key, naming no value', () => {
    const index = createRegisterIndex([]);
    for (const key of [undefined, 'kort', ' '.repeat(16), '\u0000'.repeat(32)]) {
      expect(() => matchSignals([], index, { candidateIds: 'hashed', ...(key === undefined ? {} : { candidateIdKey: key }) })).toThrow(UsageError);
    }
  });
});
