/**
 * A caller that changes everything it is handed: every property of every object and array reached
 * from a value is overwritten, every array pushed to and every object given a new key. Writes that
 * a frozen object refuses are ignored (that is the point). Used by the "no shared state" tests:
 * after tampering with one call's result, the next call must give exactly what it gave before.
 */
export function tamper(value: unknown, seen = new Set<unknown>()): void {
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  const target = value as Record<string | number, unknown>;
  for (const key of Object.keys(target)) {
    tamper(target[key], seen);
    try {
      target[key] = 'TAMPERED';
    } catch {
      // frozen: refused, as it should be
    }
  }
  try {
    if (Array.isArray(value)) value.push('TAMPERED');
    else target['tampered'] = true;
  } catch {
    // frozen
  }
}
