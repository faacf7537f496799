import { distance } from 'fastest-levenshtein';
import type { z } from 'zod';
import { UsageError, type PathSegment, type Result, type ValidationIssue } from './result.js';

/** Format a path as dotted text (`arrears.health.premium`, `signals[3].id`). */
export function formatPath(path: readonly PathSegment[]): string {
  if (path.length === 0) return '(record)';
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? seg : `.${seg}`;
  }
  return out;
}

/** Look up the Dutch label of a path, ignoring array indices (`signals[3].id` → `signals.id`). */
function labelFor(path: readonly PathSegment[], labels: Readonly<Record<string, string>>): string | undefined {
  const key = path.filter((s) => typeof s === 'string').join('.');
  return labels[key];
}

/** Reword zod's default messages so they never quote the input. */
function plainMessage(issue: z.core.$ZodIssue, schema: z.ZodType | undefined): string {
  switch (issue.code) {
    case 'invalid_type':
      // zod's text names only types ("expected string, received undefined"), never the value.
      return / received undefined$/.test(issue.message)
        ? 'Required field is missing'
        : issue.message.replace(/^Invalid input: e/, 'E');
    case 'unrecognized_keys':
      return unknownKeysMessage(issue.keys, schema, issue.path as PathSegment[]);
    case 'invalid_value':
      return `Expected one of: ${issue.values.map((v) => String(v)).join(', ')}`;
    default:
      return issue.message;
  }
}

/** A zod schema's definition, as far as the key walk below reads it. */
interface SchemaDef {
  readonly type: string;
  readonly shape?: Readonly<Record<string, z.ZodType>>;
  readonly innerType?: z.ZodType;
  readonly element?: z.ZodType;
  readonly valueType?: z.ZodType;
  readonly in?: z.ZodType;
  readonly out?: z.ZodType;
  readonly options?: readonly z.ZodType[];
  readonly left?: z.ZodType;
  readonly right?: z.ZodType;
  readonly getter?: () => z.ZodType;
}

const defOf = (schema: z.ZodType): SchemaDef => (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;

/** The schemas a schema wraps or is made of, except an object's fields and an array's element (walked by path). */
function inner(def: SchemaDef): z.ZodType[] {
  const out: (z.ZodType | undefined)[] = [def.innerType, def.in, def.out, def.left, def.right, ...(def.options ?? [])];
  if (def.type === 'lazy' && def.getter) out.push(def.getter());
  return out.filter((s): s is z.ZodType => s !== undefined);
}

/** The object schemas a schema can be at a path (through optional, default, pipe, union, array, record …). */
function objectsAt(schema: z.ZodType, path: readonly PathSegment[], seen = new Set<z.ZodType>()): SchemaDef[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const def = defOf(schema);
  const wrapped = inner(def).flatMap((s) => objectsAt(s, path, seen));
  if (path.length === 0) return def.type === 'object' ? [def, ...wrapped] : wrapped;
  const [head, ...rest] = path;
  const next = def.type === 'object' ? def.shape?.[String(head)] : def.type === 'array' ? def.element : def.type === 'record' ? def.valueType : undefined;
  return [...wrapped, ...(next ? objectsAt(next, rest, new Set()) : [])];
}

/** Every field name a schema knows, at any depth: its vocabulary. */
const VOCABULARY = new WeakMap<z.ZodType, ReadonlySet<string>>();

function vocabularyOf(schema: z.ZodType): ReadonlySet<string> {
  let words = VOCABULARY.get(schema);
  if (words) return words;
  const found = new Set<string>();
  const seen = new Set<z.ZodType>();
  const walk = (s: z.ZodType): void => {
    if (seen.has(s)) return;
    seen.add(s);
    const def = defOf(s);
    for (const [k, field] of Object.entries(def.shape ?? {})) {
      found.add(k);
      walk(field);
    }
    for (const child of [...inner(def), def.element, def.valueType]) if (child) walk(child);
  };
  walk(schema);
  VOCABULARY.set(schema, (words = found));
  return words;
}

/**
 * Unknown keys are not echoed: a key can be personal data (a BSN or a surname that became a key
 * in a shifted CSV header). A key is named only when it is in the schema's own vocabulary (a
 * field put at the wrong level, e.g. `postcode` outside `address`); the others are counted, and
 * a known field of that object that is one or two letters away is suggested (`did you mean
 * channel?`), naming the field, never the key. The issue's path is the object's path.
 */
function unknownKeysMessage(keys: readonly string[], schema: z.ZodType | undefined, path: readonly PathSegment[]): string {
  const vocabulary = schema ? vocabularyOf(schema) : new Set<string>();
  const named = keys.filter((k) => vocabulary.has(k));
  const hidden = keys.filter((k) => !vocabulary.has(k));
  const allowed = schema ? [...new Set(objectsAt(schema, path).flatMap((def) => Object.keys(def.shape ?? {})))] : [];
  const suggestions = new Set<string>();
  for (const k of hidden) {
    const near = allowed.find((a) => distance(k.toLowerCase(), a.toLowerCase()) <= Math.min(2, Math.floor(a.length / 3)));
    if (near !== undefined) suggestions.add(near);
  }
  const parts = [...named, ...(hidden.length > 0 ? [`${hidden.length} ${named.length > 0 ? 'other ' : ''}key(s) not shown`] : [])];
  return `Unknown field(s): ${parts.join(', ')}${suggestions.size > 0 ? `; did you mean ${[...suggestions].join(' or ')}?` : ''}`;
}

/**
 * Turn a zod error into {@link ValidationIssue}s with field paths, Dutch labels and plain messages.
 * @param error - the error from `safeParse`
 * @param labels - Dutch labels keyed by dotted path without indices
 * @param prefix - path to prepend (e.g. the record's position in a batch)
 * @param schema - the schema that failed: unknown keys in its vocabulary are named and near fields suggested (others are only counted)
 * @category Parsing
 */
export function issuesFromZod(
  error: z.core.$ZodError,
  labels: Readonly<Record<string, string>> = {},
  prefix: readonly PathSegment[] = [],
  schema?: z.ZodType,
): ValidationIssue[] {
  return error.issues.map((issue) =>
    validationIssue(
      issue.code === 'custom' && typeof issue.params?.['code'] === 'string' ? (issue.params['code'] as string) : issue.code,
      issue.path as PathSegment[],
      plainMessage(issue, schema),
      labels,
      prefix,
    ),
  );
}

/**
 * Build a {@link ValidationIssue} from a code, a path and a plain message, adding the field text
 * and the Dutch label.
 * @category Parsing
 */
export function validationIssue(
  code: string,
  path: readonly PathSegment[],
  message: string,
  labels: Readonly<Record<string, string>> = {},
  prefix: readonly PathSegment[] = [],
): ValidationIssue {
  const full = prefix.length ? [...prefix, ...path] : [...path];
  const label = labelFor(path, labels);
  return {
    code,
    path: full,
    field: formatPath(full),
    ...(label ? { label } : {}),
    message: label ? `${message} (${label})` : message,
  };
}

/**
 * Parse any input with a zod schema and return a {@link Result}; never throws.
 *
 * This is the one boundary helper every module uses for its public inputs.
 * @example
 * const result = safeParseWith(MySchema, input, { amount: 'bedrag' });
 * if (!result.ok) console.log(result.issues[0].message);
 * @category Parsing
 */
export function safeParseWith<S extends z.ZodType>(
  schema: S,
  input: unknown,
  labels: Readonly<Record<string, string>> = {},
): Result<z.output<S>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, issues: issuesFromZod(parsed.error, labels, [], schema) };
}

/**
 * Parse with a schema, throwing {@link UsageError} (with field paths) when the input is invalid.
 * @category Parsing
 */
export function parseOrThrow<S extends z.ZodType>(
  schema: S,
  input: unknown,
  what: string,
  labels: Readonly<Record<string, string>> = {},
): z.output<S> {
  const result = safeParseWith(schema, input, labels);
  if (!result.ok) throw new UsageError(what, result.issues);
  return result.value;
}
