/**
 * Freeze a constant (a message, a citation, a table of them) and everything in it: constants
 * end up in the reasons of every result, so no caller may be able to change them.
 */
export function frozen<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) frozen(inner);
    Object.freeze(value);
  }
  return value;
}
