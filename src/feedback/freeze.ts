/**
 * Deep freezing for what the lifecycle hands out: cases, events and the tables every caller
 * shares, so that no caller can change what another caller (or a later call) sees.
 * @module
 */

/** Freeze a value built from plain objects and arrays, all the way down; returns it. */
export function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  return Object.freeze(value);
}

/** A frozen copy of a value from another module's table (e.g. a calendar rule's source), for a reason to carry. */
export function frozenCopy<T extends object>(value: T): T {
  return Object.freeze({ ...value });
}
