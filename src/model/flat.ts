import { planColumns } from './columns.js';
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
  const plan = planColumns(names);
  if (!plan.ok) return plan;
  const cells = names.map((name) => row[name]);
  return { ok: true, value: plan.value.build(cells) };
}
