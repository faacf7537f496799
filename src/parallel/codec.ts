/**
 * What crosses between threads: a value written once as UTF-8 JSON into a plain byte buffer,
 * which is transferred (moved, not copied) to the other thread, or shared by all of them. No
 * structured clone of an object graph: one array of bytes, read back with `JSON.parse`.
 *
 * Frozen objects and arrays (reasons, reason lists, sources: results share them between many
 * items) are written once, in a table, and referred to by number; the reader rebuilds each once,
 * freezes it again and shares it the same way. Results of detection, whose items share their
 * reasons, shrink about tenfold this way.
 * @module
 */

const encoder = new TextEncoder();
const decoder = new TextDecoder();
/** The key of a reference to the table (a character no field name of this library uses). */
const REF = '\u0000';

/** A value as JSON text with its frozen parts in a table: `{"v": value, "t": [table]}`. */
function writeJson(value: unknown): string {
  const ids = new Map<object, number>();
  const table: object[] = [];
  const replacer = function (this: unknown, key: string, v: unknown): unknown {
    if (key === '' || typeof v !== 'object' || v === null || !Object.isFrozen(v)) return v;
    let id = ids.get(v);
    if (id === undefined) {
      ids.set(v, (id = table.length));
      table.push(v);
    }
    return { [REF]: id };
  };
  const root = JSON.stringify(value, replacer) ?? 'null';
  const entries: string[] = [];
  for (let i = 0; i < table.length; i++) entries.push(JSON.stringify(table[i], replacer));
  return `{"v":${root},"t":[${entries.join(',')}]}`;
}

/** The value written by {@link writeJson}: references replaced by the table's entries, each rebuilt once and frozen. */
function readJson(text: string): unknown {
  const { v, t } = JSON.parse(text) as { v: unknown; t: unknown[] };
  const built = new Array<unknown>(t.length);
  const resolve = (node: unknown): unknown => {
    if (typeof node !== 'object' || node === null) return node;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) node[i] = resolve(node[i]);
      return node;
    }
    const record = node as Record<string, unknown>;
    const ref = record[REF];
    if (typeof ref === 'number') {
      if (built[ref] === undefined) built[ref] = Object.freeze(resolve(t[ref]));
      return built[ref];
    }
    for (const key in record) record[key] = resolve(record[key]);
    return record;
  };
  return resolve(v);
}

/** A value as UTF-8 JSON bytes in a buffer of their own (so that the buffer can be transferred). */
export function toBytes(value: unknown): Uint8Array {
  return encoder.encode(writeJson(value));
}

/** A value as UTF-8 JSON bytes in a `SharedArrayBuffer`, read by every worker without a copy each. */
export function toSharedBytes(value: unknown): Uint8Array {
  const bytes = toBytes(value);
  const shared = new Uint8Array(new SharedArrayBuffer(bytes.byteLength));
  shared.set(bytes);
  return shared;
}

/** The value written by {@link toBytes} or {@link toSharedBytes}. */
export function fromBytes<T>(bytes: Uint8Array): T {
  // TextDecoder refuses views of shared memory: copy those first (a plain byte copy).
  const own = bytes.buffer instanceof SharedArrayBuffer ? bytes.slice() : bytes;
  return readJson(decoder.decode(own)) as T;
}
