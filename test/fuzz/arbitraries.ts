/**
 * Hostile and careless input for the fuzz suite (`test/fuzz/*.test.ts`) and `npm run fuzz`
 * (`scripts/fuzz.ts`): values as an attacker or a tired analyst would write them, with a
 * synthetic BSN and name planted so that any echo in an issue can be found.
 */
import fc from 'fast-check';
import { signalInput } from '../support/signals.js';

/** The fixed seed of the fuzz suite: the same cases on every run. */
export const SEED = 20_240_314;

/** A synthetic BSN (it passes the eleven-test) and surname planted in inputs; no issue may contain them. */
export const PLANTED_BSN = '123456782';
export const PLANTED_NAME = 'Vroegsignaalpietersen';

/** Texts real exports and attackers write: valid forms, near misses, separators, reserved keys. */
const PIECES = [
  '', ' ', '  \t ', '\u00a0', '\n', '"', '""', ';', ',', '\t', '.', '-', '€', '0', '00', '1', '12', '99999', '100000',
  '1.234,56', '212,85', '1,234.56', '0,005', '0.500', '00.123', '1e308', '-5', 'NaN', 'Infinity', '10000000.01', '€ 1.234,56',
  '2023-03-15', '15-03-2023', '2023-03-15 garbage', '2023-03-15T99:99', '2023-02-29', '20230315', '19800000', '00000000', '2150',
  '1234 AB', '1234ab', '0123 AB', '12A', '12-2', '12 hs', `1${' '.repeat(40)}!`, 'a@b.c', 'a@@b.c', 'x@y',
  'housing', 'energy', 'water', 'early', 'natural-person', 'ja', 'nee', 'waar',
  '__proto__', 'constructor', 'prototype', '__proto__.x', 'constructor.prototype', 'toString', 'hasOwnProperty',
];

/** A planted value, alone or inside other text (so that it is invalid where it lands). */
export const planted: fc.Arbitrary<string | number> = fc.constantFrom(
  PLANTED_BSN, ` ${PLANTED_BSN} `, `${PLANTED_BSN}x`, `NL${PLANTED_BSN}`, Number(PLANTED_BSN),
  PLANTED_NAME, `${PLANTED_NAME} `, `${PLANTED_NAME}@`, `${PLANTED_NAME}, J.`, `1234 ${PLANTED_NAME}`,
);

/** A text: one of the pieces, a random string, or a few pieces glued together. */
export const text: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...PIECES),
  fc.string({ maxLength: 24 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.array(fc.constantFrom(...PIECES), { minLength: 2, maxLength: 4 }).map((parts) => parts.join('')),
);

/** A key as data writes them: a field name, a reserved name, a planted value, anything. */
export const key: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('id', 'total', 'postcode', 'address', 'address.postcode', 'a.b.c', '__proto__', 'constructor', 'prototype', '__proto__.sector', 'constructor.prototype.x', 'a..b', '.', ''),
  fc.string({ maxLength: 12 }),
  planted.map(String),
);

/** A scalar: text, a planted value, a number (including the extreme ones), a boolean, null or undefined. */
export const scalar: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: text },
  { weight: 2, arbitrary: planted },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.constantFrom(0, -1, 1e308, -0, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53 + 1, 212.85, 0.005) },
  { weight: 1, arbitrary: fc.constantFrom(true, false, null, undefined) },
);

/** Any JSON-like value, nested a little: scalars, arrays, objects with hostile keys (some without a prototype). */
export const value: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('v'), { maxLength: 3 }),
    fc.dictionary(key, tie('v'), { maxKeys: 3, noNullPrototype: true }),
    fc.dictionary(key, tie('v'), { maxKeys: 3 }),
  ),
})).v;

/** A valid signal input to mutate (with a BSN, so that the BSN field is fuzzed too). */
export function baseSignal(): Record<string, unknown> {
  const base = signalInput();
  return { ...base, debtor: { ...(base['debtor'] as object), bsn: '111222333' } };
}

/** Paths of every leaf of a record (and of its sections). */
function pathsOf(record: unknown, prefix: string[] = []): string[][] {
  if (typeof record !== 'object' || record === null) return [prefix];
  return [...(prefix.length ? [prefix] : []), ...Object.entries(record).flatMap(([k, v]) => pathsOf(v, [...prefix, k]))];
}

/** Set a value at a path of a fresh copy (sections replaced by an object when needed). */
export function withValue(record: Record<string, unknown>, path: readonly string[], v: unknown): Record<string, unknown> {
  const root = structuredClone(record);
  let node: Record<string, unknown> = root;
  for (const k of path.slice(0, -1)) {
    const next = node[k];
    node = (node[k] = typeof next === 'object' && next !== null ? next : {}) as Record<string, unknown>;
  }
  node[path[path.length - 1]!] = v;
  return root;
}

/**
 * A valid input with up to four fields (or whole sections, list items) replaced by hostile or
 * planted values; sometimes not an object at all. Fuzzing from a valid input reaches the checks
 * behind the first one a random value would fail.
 * @param options.names - keys of fields that name something the author chose (a rule's `id`)
 */
export function mutated(base: Record<string, unknown>, options: { readonly names?: readonly string[] } = {}): fc.Arbitrary<unknown> {
  const paths = pathsOf(base);
  const names = new Set(options.names ?? []);
  // A field in `names` is a name the input's author chose, which messages name on purpose: it gets hostile text, never a planted value.
  const edit = fc.constantFrom(...paths).chain((path) => fc.tuple(fc.constant(path), names.has(path[path.length - 1]!) ? text : value));
  return fc.oneof(
    { weight: 8, arbitrary: fc.array(edit, { maxLength: 4 }).map((edits) => edits.reduce((r, [path, v]) => withValue(r, path, v), base)) },
    { weight: 1, arbitrary: value },
  );
}

const SIGNAL_PATHS = pathsOf(baseSignal());

/** A signal with a few fields (or whole sections) replaced by hostile values or planted ones; sometimes not an object at all. */
export const signal: fc.Arbitrary<unknown> = mutated(baseSignal());

/** A flat row as a CSV reader gives it: dotted column names (some hostile) to cells. */
export const flatRow: fc.Arbitrary<Record<string, unknown>> = fc.dictionary(
  fc.oneof(fc.constantFrom(...SIGNAL_PATHS.map((p) => p.join('.'))), key),
  fc.oneof(text, planted.map(String)),
  { maxKeys: 8 },
);

/** Every string inside a value whose key tells it is a message (`message`, `nl`, `en`) or an issue list. */
export function messagesIn(v: unknown, inMessage = false, out: string[] = []): string[] {
  if (typeof v === 'string') {
    if (inMessage) out.push(v);
  } else if (Array.isArray(v)) for (const item of v) messagesIn(item, inMessage, out);
  else if (typeof v === 'object' && v !== null) {
    for (const [k, item] of Object.entries(v)) messagesIn(item, inMessage || ['message', 'messages', 'nl', 'en', 'issues', 'error', 'errors', 'warnings', 'readError'].includes(k), out);
  }
  return out;
}

/** Whether a message contains a planted value. */
export function echoes(messages: readonly string[]): boolean {
  return messages.some((m) => m.includes(PLANTED_BSN) || m.includes(PLANTED_NAME));
}

const PROTOTYPE_NAMES = JSON.stringify(Object.getOwnPropertyNames(Object.prototype).sort());

/** Whether `Object.prototype` has exactly the properties it had when this module loaded, and `{}` has none of its own. */
export function prototypeUntouched(): boolean {
  const probe: Record<string, unknown> = {};
  return JSON.stringify(Object.getOwnPropertyNames(Object.prototype).sort()) === PROTOTYPE_NAMES && probe['x'] === undefined && probe['sector'] === undefined && Object.getPrototypeOf(probe) === Object.prototype;
}
