import { planColumns, type ColumnPlan } from './columns.js';
import type { Result } from './result.js';

/**
 * Turn a flat row with dotted column names (as in a CSV header `address.postcode`) into a
 * nested object, so that CSV and JSONL records go through the same schema. Empty cells are
 * left out, so an empty optional column means "absent".
 *
 * Column names come from data, so they are checked: a name with a reserved part (`__proto__`,
 * `constructor`, `prototype`), an empty part (`a..b`), more than 200 characters or 16 parts, or a name that is both a value and the
 * parent of another (`address` and `address.postcode`) is an issue, never a changed prototype.
 * The objects it builds have no prototype (`Object.create(null)`).
 * @example
 * unflatten({ 'address.postcode': '1234AB', id: 'S1' }) // { ok: true, value: { address: { postcode: '1234AB' }, id: 'S1' } }
 * unflatten({ '__proto__.sector': 'housing' })          // { ok: false, issues: [{ code: 'forbidden_column_name', … }] }
 * @category Parsing
 */
export function unflatten(row: Readonly<Record<string, unknown>>): Result<Record<string, unknown>> {
  const names = Object.keys(row);
  const plan = planFor(names);
  if (!plan.ok) return plan;
  const cells = names.map((name) => row[name]);
  return { ok: true, value: plan.value.build(cells) };
}

// The rows of one file share their column names: the last good plan is kept (it holds no data
// and never leaves this file; issues are built fresh) and reused while the names are the same, so
// that reading a row costs one pass over its cells.
let last: { readonly names: readonly string[]; readonly plan: ColumnPlan } | undefined;

function planFor(names: readonly string[]): Result<ColumnPlan> {
  if (last && last.names.length === names.length && last.names.every((name, i) => name === names[i])) return { ok: true, value: last.plan };
  const plan = planColumns(names);
  if (plan.ok) last = { names: [...names], plan: plan.value };
  return plan;
}
