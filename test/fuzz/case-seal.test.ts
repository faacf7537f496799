import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/model/index.js';
import { deserialiseCase, serialiseCase } from '../../src/feedback/index.js';
import { open } from '../feedback/helpers.js';

/**
 * Issue 14, item 11: `deserialiseCase` accepted edited amounts, BSN and dates. With a key,
 * `serialiseCase` seals the case (HMAC-SHA-256 over its canonical JSON) and `deserialiseCase`
 * refuses any edit, a missing seal and another key.
 */
const key = 'a long secret kept by the municipality';
const sealed = serialiseCase(open(), { key });

function edited(change: (stored: Record<string, any>) => void): string {
  const stored = JSON.parse(sealed) as Record<string, any>;
  change(stored);
  return JSON.stringify(stored);
}

describe('sealed cases (issue 14, item 11)', () => {
  it('a sealed case reads back with its key, in any key order and spacing', () => {
    const back = deserialiseCase(sealed, { key });
    expect(back.ok).toBe(true);
    if (back.ok) expect(back.value).toEqual(open());
    const reordered = Object.fromEntries(Object.entries(JSON.parse(sealed) as object).reverse());
    expect(deserialiseCase(JSON.stringify(reordered, null, 2), { key }).ok).toBe(true);
    expect(deserialiseCase(reordered, { key: new TextEncoder().encode(key) }).ok).toBe(true);
  });

  it.each([
    ['an amount', (s: Record<string, any>) => (s.signals[0].amount = '1.00')],
    ['a BSN', (s: Record<string, any>) => (s.signals[0].client = { ...s.signals[0].client, bsn: '111222333' })],
    ['a date', (s: Record<string, any>) => (s.openedAt = '2025-05-01T09:00:00Z')],
  ])('refuses a sealed case with an edited %s that is still valid data', (_, change) => {
    const text = edited(change);
    expect(deserialiseCase(text).ok).toBe(true); // without a key the edit cannot be seen (as documented)
    expect(deserialiseCase(text, { key })).toMatchObject({ ok: false, issues: [{ code: 'invalid_seal', field: 'seal' }] });
  });

  it('refuses a missing seal and another key; the messages quote neither seal nor data', () => {
    const unsealed = edited((s) => delete s.seal);
    const missing = deserialiseCase(unsealed, { key });
    expect(missing).toMatchObject({ ok: false, issues: [{ code: 'missing_seal' }] });
    const other = deserialiseCase(sealed, { key: `${key}!` });
    expect(other).toMatchObject({ ok: false, issues: [{ code: 'invalid_seal' }] });
    const seal = (JSON.parse(sealed) as { seal: string }).seal;
    expect(seal).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify([missing, other])).not.toContain(seal);
  });

  it('without a key, output and reading are as before; a short key is a UsageError', () => {
    expect(JSON.parse(serialiseCase(open()))).not.toHaveProperty('seal');
    expect(deserialiseCase(sealed).ok).toBe(true);
    expect(() => serialiseCase(open(), { key: 'short' })).toThrow(UsageError);
    expect(() => deserialiseCase(sealed, { key: new Uint8Array(8) })).toThrow(UsageError);
  });
});
