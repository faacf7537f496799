/**
 * How candidate register ids (BSNs in a Haal Centraal extract) appear in match results: only
 * where the decision needs them, and optionally as keyed hashes (HMAC-SHA-256) so that a results
 * file can be shared without the numbers in it.
 *
 * The hash is the model's synchronous SHA-256 (FIPS 180-4) and HMAC (RFC 2104) in plain code:
 * the library uses no Node built-ins. Checked against the RFC 4231 vectors in the tests.
 * @module
 */
import { UsageError } from '../model/index.js';
import { hmacSha256, toHex } from '../model/internal.js';

/**
 * What match results show of candidate register ids: `plain` the ids, `hashed` an HMAC-SHA-256
 * of each id under `candidateIdKey` (hex), `hidden` none (`recordId` and `recordIndex` are null).
 * Whatever the choice, a `no-match` result never names its candidates.
 * @category Matching
 */
export type CandidateIds = 'hidden' | 'plain' | 'hashed';

/** HMAC-SHA-256 (RFC 2104) of `message` under `key`, as lower-case hex. */
export function hmacHex(key: Uint8Array, message: Uint8Array): string {
  return toHex(hmacSha256(key, message));
}

const encoder = new TextEncoder();

/** Shows a register id as the options ask: itself, its keyed hash, or nothing. */
export type CandidateIdView = (id: string) => string | null;

/**
 * The view of candidate ids for `candidateIds` and `candidateIdKey`; a `UsageError` when
 * `hashed` comes without a usable key (at least 16 bytes, not one byte repeated).
 */
export function candidateIdView(mode: CandidateIds | undefined, key: string | Uint8Array | undefined): CandidateIdView {
  if (mode === undefined || mode === 'plain') return (id) => id;
  if (mode === 'hidden') return () => null;
  if (mode !== 'hashed') throw new UsageError('match options', [{ code: 'invalid_value', path: ['candidateIds'], field: 'candidateIds', message: "must be 'hidden', 'plain' or 'hashed'" }]);
  const bytes = typeof key === 'string' ? encoder.encode(key) : key;
  if (bytes === undefined || bytes.length < 16 || bytes.every((b) => b === bytes[0])) {
    throw new UsageError('match options', [{ code: 'invalid_value', path: ['candidateIdKey'], field: 'candidateIdKey', message: 'hashed candidate ids need a key of at least 16 bytes that is not one byte repeated' }]);
  }
  const memo = new Map<string, string>();
  return (id) => {
    let hashed = memo.get(id);
    if (hashed === undefined) {
      hashed = hmacHex(bytes, encoder.encode(id));
      if (memo.size >= 100_000) memo.clear();
      memo.set(id, hashed);
    }
    return hashed;
  };
}
