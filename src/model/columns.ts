/**
 * Column plans: dotted column names (`address.postcode`) checked once and turned into paths, so
 * that flat rows (CSV) become nested records without any key from the data reaching an object's
 * prototype. Internal to the library (used by `unflatten` and the CLI's CSV reader).
 * @module
 */
import { validationIssue } from './issues.js';
import type { Result, ValidationIssue } from './result.js';

/**
 * Key segments that would reach an object's prototype chain when used as property names
 * (`obj['__proto__'] = …` replaces the prototype; `constructor.prototype` reaches a class).
 * Refused wherever keys come from data.
 */
const FORBIDDEN_SEGMENTS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Whether a key taken from data may be used as a property name of a record. */
export function isForbiddenKey(key: string): boolean {
  return FORBIDDEN_SEGMENTS.has(key);
}

/** The longest column name, and the deepest nesting of its dotted parts, read from a header. */
const MAX_COLUMN_NAME = 200;
const MAX_COLUMN_DEPTH = 16;

/** A checked set of columns: the path of each, and a builder of nested records from cells. */
export interface ColumnPlan {
  /** The path of each column (its name split at dots); `null` for a column without a name. */
  readonly paths: readonly (readonly string[] | null)[];
  /**
   * Build the nested record of one row: empty and missing cells are left out (an empty optional
   * column means "absent"). Every object it builds has a null prototype.
   */
  build(cells: ArrayLike<unknown>): Record<string, unknown>;
}

/** A new object without a prototype, so that no key can reach `Object.prototype`. */
export function bareObject(): Record<string, unknown> {
  return Object.create(null) as Record<string, unknown>;
}

/**
 * Check column names and plan how their cells nest: every name is split at dots; a name longer
 * than 200 characters or 16 parts, a name with an empty segment (`a..b`, `.a`), a reserved
 * segment (`__proto__`, `constructor`, `prototype`), or a name that is both a value and a parent
 * of another (`address` and `address.postcode`) is an issue. Columns without a name (`''`) are allowed and never read.
 * Issues name the column by position (`column 3`); the path holds the column name.
 */
export function planColumns(names: readonly string[]): Result<ColumnPlan> {
  const issues: ValidationIssue[] = [];
  const paths: (readonly string[] | null)[] = [];
  const seen = new Map<string, number>();
  for (let c = 0; c < names.length; c++) {
    const name = names[c]!;
    if (name === '') {
      paths.push(null);
      continue;
    }
    const where = `Column ${c + 1}`;
    const parts = name.length > MAX_COLUMN_NAME ? [] : name.split('.');
    if (parts.length === 0 || parts.length > MAX_COLUMN_DEPTH) {
      issues.push(validationIssue('invalid_column_name', [], `${where} has a name longer than ${MAX_COLUMN_NAME} characters or ${MAX_COLUMN_DEPTH} dotted parts`));
    } else if (parts.some((p) => p === '')) {
      issues.push(validationIssue('invalid_column_name', [], `${where} has an empty part in its dotted name`));
    } else if (parts.some(isForbiddenKey)) {
      issues.push(validationIssue('forbidden_column_name', [], `${where} uses a reserved name (__proto__, constructor or prototype)`));
    } else {
      seen.set(name, c);
      paths.push(parts);
      continue;
    }
    paths.push(null);
  }
  // A column that is also the parent of another (`address` and `address.postcode`).
  for (const [name, c] of seen) {
    const dot = name.lastIndexOf('.');
    for (let end = dot; end > 0; end = name.lastIndexOf('.', end - 1)) {
      const parent = seen.get(name.slice(0, end));
      if (parent !== undefined) {
        issues.push(validationIssue('conflicting_columns', [], `Column ${parent + 1} is a value, but column ${c + 1} puts a field inside it`));
        break;
      }
    }
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: { paths, build: (cells) => buildRecord(paths, cells) } };
}

function isAbsent(value: unknown): boolean {
  return value === '' || value === undefined || value === null;
}

/** Nest the cells of one row along checked paths, in null-prototype objects. */
function buildRecord(paths: readonly (readonly string[] | null)[], cells: ArrayLike<unknown>): Record<string, unknown> {
  const out = bareObject();
  for (let c = 0; c < paths.length; c++) {
    const path = paths[c];
    const value = cells[c];
    if (path === null || path === undefined || isAbsent(value)) continue;
    let node = out;
    for (let i = 0; i < path.length - 1; i++) {
      const key = path[i]!;
      let next = node[key] as Record<string, unknown> | undefined;
      if (next === undefined) node[key] = next = bareObject();
      node = next;
    }
    node[path[path.length - 1]!] = value;
  }
  return out;
}
