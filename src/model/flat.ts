/**
 * Turn a flat row with dotted column names (as in a CSV header `address.postcode`) into a
 * nested object, so that CSV and JSONL records go through the same schema. Empty cells are
 * left out, so an empty optional column means "absent".
 * @example
 * unflatten({ 'address.postcode': '1234AB', id: 'S1' }) // { address: { postcode: '1234AB' }, id: 'S1' }
 * @category Parsing
 */
export function unflatten(row: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(row)) {
    const value = row[key];
    if (value === '' || value === undefined || value === null) continue;
    const parts = key.split('.');
    let node = out;
    for (let i = 0; i < parts.length - 1; i++) {
      const p = parts[i]!;
      const next = node[p];
      if (typeof next !== 'object' || next === null) node[p] = {};
      node = node[p] as Record<string, unknown>;
    }
    node[parts[parts.length - 1]!] = value;
  }
  return out;
}
