/** A segment of a path into an input record: an object key or an array index. */
export type PathSegment = string | number;

/**
 * A structured problem with one field of an input record.
 *
 * The message never repeats the input value, so that errors can be logged without leaking
 * personal data.
 * @category Parsing
 */
export interface ValidationIssue {
  /** Stable code: zod's issue code, or one of this library's (e.g. `invalid_postcode`). */
  readonly code: string;
  /** Path to the field, e.g. `['address', 'postcode']`. */
  readonly path: readonly PathSegment[];
  /** The same path as text, e.g. `address.postcode` (or `(record)` for the whole record). */
  readonly field: string;
  /** The Dutch name of the field as it appears in exports, e.g. `postcode`, when known. */
  readonly label?: string;
  /** Plain English message, ending with the Dutch label in parentheses when known. */
  readonly message: string;
}


/**
 * The result of reading or deciding on one input: the value, or the issues that prevented it.
 * Every module returns this shape for one input.
 * @example
 * const r = parseSignal(raw);
 * if (r.ok) use(r.value); else for (const i of r.issues) console.log(i.field, i.message);
 * @category Results
 */
export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

/**
 * One item of a batch result: the input's position, and its value or its issues. Every batch
 * function returns exactly one item per input, in input order.
 * @category Results
 */
export type BatchItem<T> =
  | { readonly index: number; readonly ok: true; readonly value: T }
  | { readonly index: number; readonly ok: false; readonly issues: readonly ValidationIssue[] };

/** A successful {@link Result}. @category Results */
export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

/** A failed {@link Result}. @category Results */
export function failed(issues: readonly ValidationIssue[]): { readonly ok: false; readonly issues: readonly ValidationIssue[] } {
  return { ok: false, issues };
}

/**
 * A programmer's misuse of the API (a wrong argument type, an options object that does not
 * parse, an invalid rulebook passed where a parsed one is required). Data problems never throw:
 * they come back as issues in a {@link Result}. Carries the structured issues, never the values.
 * @category Results
 */
export class UsageError extends Error {
  /** The structured issues, each with a field path and a plain message. */
  readonly issues: readonly ValidationIssue[];
  constructor(what: string, issues: readonly ValidationIssue[]) {
    super(`Invalid ${what}: ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`);
    this.name = 'UsageError';
    this.issues = issues;
  }
}

/** The value of a {@link Result}, or a {@link UsageError} naming `what` with the issues. @category Results */
export function valueOrThrow<T>(result: Result<T>, what: string): T {
  if (result.ok) return result.value;
  throw new UsageError(what, result.issues);
}

/** What a value is, for a message that must not quote it: `null`, `a list`, `number`, … */
const kindOf = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value);

/**
 * Refuse a typed API's argument that holds something other than objects where it expects parsed
 * records (issue 14, item 11: a `null` element threw a `TypeError` from deep inside): a
 * {@link UsageError} naming the first few positions and what they hold (`null`, `number`), never
 * a value. Linear; the library's own callers pass what its parsers return and always pass.
 * @param items - the argument (a list of records), or one record when `single` is set
 * @param what - the argument, for the message (`register records`)
 * @param expected - what each element should be, with where it comes from (`parsed register records (parseRegisterRecords)`)
 */
export function requireObjects(items: unknown, what: string, expected: string): void {
  if (!Array.isArray(items)) {
    throw new UsageError(what, [{ code: 'invalid_type', path: [], field: '(list)', message: `Expected a list of ${expected}, got ${kindOf(items)}` }]);
  }
  const issues: ValidationIssue[] = [];
  for (let i = 0; i < items.length && issues.length < 3; i += 1) {
    const item: unknown = items[i];
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      issues.push({ code: 'invalid_type', path: [i], field: `[${i}]`, message: `Expected one of the ${expected}, got ${kindOf(item)}` });
    }
  }
  if (issues.length > 0) throw new UsageError(what, issues);
}

/** {@link requireObjects} for one argument: a {@link UsageError} when `value` is not an object. */
export function requireObject(value: unknown, what: string, expected: string): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UsageError(what, [{ code: 'invalid_type', path: [], field: '(argument)', message: `Expected ${expected}, got ${kindOf(value)}` }]);
  }
}
