/**
 * How the sample format reads a field, in two ways from one table of entries:
 * - the model's `section()` schemas, built from the entries, read every accepted form and
 *   report every issue;
 * - {@link field}, the sections' happy path for one entry, reads a present value of an accepted
 *   type with the entry's own reader and gives up ({@link SKIP}) on anything the sections must
 *   judge: an empty cell, `null`, a wrong type, a value the reader refuses.
 * The lean record reader (`parse-sample.ts`) is written with {@link field} over the same
 * entries, so it cannot read a value differently; a property test checks that it gives the
 * sections' record wherever it does not give up.
 * @module
 */
import type { FieldReader, ReaderEntry } from '../model/internal.js';

/** Thrown by {@link field} when the sections must read the value. */
export const SKIP: unique symbol = Symbol('read by the sections');

/** A table entry: the model's reader entry, with what the lean reader may take as read. */
export interface LeanEntry<I, O, Optional extends boolean> extends ReaderEntry<I, O, Optional> {
  /**
   * A quick test for text the reader gives back unchanged (its canonical form, e.g. an ISO date
   * for the date reader); such text is taken as read. A test checks it is a fixed point of the reader.
   */
  readonly canonical: ((value: string) => boolean) | undefined;
  /**
   * A yes/no entry: a boolean is its own canonical form (the yes/no reader gives it back, and
   * reads its text `true`/`false` alike, see {@link yesNoAsText}).
   */
  readonly booleans: boolean;
}

/**
 * A table entry from the model's reader entry (`required`, `optional`, `withDefault`), with a
 * quick test for the reader's canonical form and whether booleans are yes/no answers. Every
 * entry has the same shape, which keeps the lean reader fast.
 */
export function entry<I, O, Optional extends boolean>(
  base: ReaderEntry<I, O, Optional>,
  lean: { readonly canonical?: (value: string) => boolean; readonly booleans?: boolean } = {},
): LeanEntry<I, O, Optional> {
  return { reader: base.reader, optional: base.optional, default: base.default, canonical: lean.canonical, booleans: lean.booleans ?? false };
}

/**
 * Read one field as the sections would when they find no issue: the entry's default or
 * `undefined` when absent (an error for a required field), else the reader's value. Throws
 * {@link SKIP} wherever the sections would judge otherwise or report an issue. Kept small, so
 * that the engine inlines it: text in the reader's canonical form returns at once.
 */
export function field<I, O, Optional extends boolean>(entry: LeanEntry<I, O, Optional>, value: unknown): O | (Optional extends true ? undefined : never) {
  if (value === undefined) return absent(entry);
  if (typeof value === 'string' && entry.canonical !== undefined && entry.canonical(value)) return value as O;
  return present(entry, value);
}

function absent<I, O, Optional extends boolean>(entry: LeanEntry<I, O, Optional>): O | (Optional extends true ? undefined : never) {
  if (entry.default !== undefined) return entry.default;
  if (entry.optional) return undefined as Optional extends true ? undefined : never;
  throw SKIP;
}

function present<I, O, Optional extends boolean>(entry: LeanEntry<I, O, Optional>, value: unknown): O {
  const type = typeof value;
  if (type === 'boolean') {
    // A yes/no answer given as a boolean is its own canonical form: the yes/no reader gives it back.
    if (entry.booleans) return value as O;
    throw SKIP;
  }
  if (value === '' || (type !== 'string' && (type !== 'number' || !entry.reader.acceptsNumbers))) throw SKIP;
  const reader = entry.reader as FieldReader<unknown, O>;
  const read = reader.read(value);
  if (read === null || read === '' || (reader.check !== undefined && reader.check(read) !== null)) throw SKIP;
  return read;
}

/**
 * A section's `prepare` step that writes the booleans of the given yes/no fields as `true` or
 * `false` text, because the sections read text and numbers only. Copies the input only when it
 * has such a boolean.
 */
export function yesNoAsText(keys: readonly string[]): (raw: Readonly<Record<string, unknown>>) => Record<string, unknown> {
  return (raw) => {
    let out: Record<string, unknown> | null = null;
    for (const key of keys) {
      const value = raw[key];
      if (typeof value === 'boolean') (out ??= { ...raw })[key] = value ? 'true' : 'false';
    }
    return out ?? (raw as Record<string, unknown>);
  };
}
