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
function plainMessage(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      // zod's text names only types ("expected string, received undefined"), never the value.
      return / received undefined$/.test(issue.message)
        ? 'Required field is missing'
        : issue.message.replace(/^Invalid input: e/, 'E');
    case 'unrecognized_keys':
      return unknownKeysMessage(issue.keys);
    case 'invalid_value':
      return `Expected one of: ${issue.values.map((v) => String(v)).join(', ')}`;
    default:
      return issue.message;
  }
}

/** A key that reads as a field name (`chanel`, `home_visit`, `max-amount`), not as a value. */
const FIELD_NAME_RE = /^[A-Za-z][A-Za-z_-]{0,39}$/;

/**
 * Name unknown keys only when they read as field names (letters, `_`, `-`; a typo such as
 * `chanel`); keys with digits, spaces or other characters may be values that ended up as keys
 * (a shifted CSV header, a BSN as a key) and are only counted.
 */
function unknownKeysMessage(keys: readonly string[]): string {
  const named = keys.filter((k) => FIELD_NAME_RE.test(k));
  const others = keys.length - named.length;
  const parts = [...named, ...(others > 0 ? [`${others} other key(s) not shown`] : [])];
  return `Unknown field(s): ${parts.join(', ')}`;
}

/**
 * Turn a zod error into {@link ValidationIssue}s with field paths, Dutch labels and plain messages.
 * @param error - the error from `safeParse`
 * @param labels - Dutch labels keyed by dotted path without indices
 * @param prefix - path to prepend (e.g. the record's position in a batch)
 * @category Parsing
 */
export function issuesFromZod(
  error: z.core.$ZodError,
  labels: Readonly<Record<string, string>> = {},
  prefix: readonly PathSegment[] = [],
): ValidationIssue[] {
  return error.issues.map((issue) =>
    validationIssue(
      issue.code === 'custom' && typeof issue.params?.['code'] === 'string' ? (issue.params['code'] as string) : issue.code,
      issue.path as PathSegment[],
      plainMessage(issue),
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
  return { ok: false, issues: issuesFromZod(parsed.error, labels) };
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
