/**
 * How candidate register ids (BSNs in a Haal Centraal extract) appear in match results: only
 * where the decision needs them, and optionally as keyed hashes (HMAC-SHA-256) so that a results
 * file can be shared without the numbers in it.
 *
 * The hash is a compact synchronous SHA-256 (FIPS 180-4) and HMAC (RFC 2104) in plain code: the
 * library uses no Node built-ins. Checked against the RFC 4231 vectors in the tests.
 * @module
 */
import { UsageError } from '../model/index.js';

/**
 * What match results show of candidate register ids: `plain` the ids, `hashed` an HMAC-SHA-256
 * of each id under `candidateIdKey` (hex), `hidden` none (`recordId` and `recordIndex` are null).
 * Whatever the choice, a `no-match` result never names its candidates.
 * @category Matching
 */
export type CandidateIds = 'hidden' | 'plain' | 'hashed';

const K = new Uint32Array(64);
{
  // The round constants: the first 32 bits of the fractional parts of the cube roots of the first 64 primes.
  let n = 0;
  for (let p = 2; n < 64; p++) {
    let prime = true;
    for (let d = 2; d * d <= p; d++) if (p % d === 0) prime = false;
    if (prime) K[n++] = Math.floor((Math.cbrt(p) % 1) * 2 ** 32);
  }
}
const INITIAL = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
const rotr = (x: number, n: number): number => (x >>> n) | (x << (32 - n));

/** SHA-256 of a byte string. */
function digest(message: Uint8Array): Uint8Array {
  const length = Math.ceil((message.length + 9) / 64) * 64;
  const padded = new Uint8Array(length);
  padded.set(message);
  padded[message.length] = 0x80;
  const bits = message.length * 8;
  const view = new DataView(padded.buffer);
  view.setUint32(length - 8, Math.floor(bits / 2 ** 32));
  view.setUint32(length - 4, bits >>> 0);
  const h = Uint32Array.from(INITIAL);
  const w = new Uint32Array(64);
  for (let block = 0; block < length; block += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(block + i * 4);
    for (let i = 16; i < 64; i++) {
      const s0 = rotr(w[i - 15]!, 7) ^ rotr(w[i - 15]!, 18) ^ (w[i - 15]! >>> 3);
      const s1 = rotr(w[i - 2]!, 17) ^ rotr(w[i - 2]!, 19) ^ (w[i - 2]! >>> 10);
      w[i] = w[i - 16]! + s0 + w[i - 7]! + s1;
    }
    let [a, b, c, d, e, f, g, k] = h as unknown as [number, number, number, number, number, number, number, number];
    for (let i = 0; i < 64; i++) {
      const t1 = (k + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i]! + w[i]!) | 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      [k, g, f, e, d, c, b, a] = [g, f, e, (d + t1) | 0, c, b, a, (t1 + t2) | 0];
    }
    [a, b, c, d, e, f, g, k].forEach((x, i) => (h[i] = h[i]! + x));
  }
  const out = new Uint8Array(32);
  const outView = new DataView(out.buffer);
  h.forEach((x, i) => outView.setUint32(i * 4, x));
  return out;
}

/** HMAC-SHA-256 (RFC 2104) of `message` under `key`, as lower-case hex. */
export function hmacHex(key: Uint8Array, message: Uint8Array): string {
  const block = new Uint8Array(64);
  block.set(key.length > 64 ? digest(key) : key);
  const inner = new Uint8Array(64 + message.length);
  const outer = new Uint8Array(64 + 32);
  for (let i = 0; i < 64; i++) {
    inner[i] = block[i]! ^ 0x36;
    outer[i] = block[i]! ^ 0x5c;
  }
  inner.set(message, 64);
  outer.set(digest(inner), 64);
  return Array.from(digest(outer), (byte) => byte.toString(16).padStart(2, '0')).join('');
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
