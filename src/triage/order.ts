/**
 * The order to serve the signals competing for capacity in: their priority (one whole number
 * per signal, packed from the policy's priority keys; higher first), then received date, then
 * id, then input position. Contenders are numbered in input order; `priority[m]`,
 * `receivedDay[m]` (day numbers, see `toDayNumber`) and `id[m]` belong to contender `m`. Returns
 * contender numbers in serving order.
 *
 * Priorities and contender numbers are packed into one double each (exact below 2^53) and
 * sorted natively; only runs of equal priority are sorted again by date and id.
 */
export function servingOrder(priority: Float64Array, keyBits: number, count: number, receivedDay: Int32Array, id: readonly string[]): Int32Array {
  const indexBits = Math.max(1, Math.ceil(Math.log2(count + 1)));
  const tieBreak = (a: number, b: number): number => {
    const days = receivedDay[a]! - receivedDay[b]!;
    if (days !== 0) return days;
    if (id[a] !== id[b]) return id[a]! < id[b]! ? -1 : 1;
    return a - b;
  };
  if (keyBits + indexBits > 53) {
    const all = Array.from({ length: count }, (_, m) => m);
    return Int32Array.from(all.sort((a, b) => priority[b]! - priority[a]! || tieBreak(a, b)));
  }
  const top = 2 ** keyBits - 1;
  const shift = 2 ** indexBits;
  const packed = new Float64Array(count);
  for (let m = 0; m < count; m++) packed[m] = (top - priority[m]!) * shift + m;
  packed.sort();
  const order = new Int32Array(count);
  for (let p = 0; p < count; p++) order[p] = packed[p]! % shift;
  let runStart = 0;
  for (let p = 1; p <= count; p++) {
    if (p < count && Math.floor(packed[p]! / shift) === Math.floor(packed[runStart]! / shift)) continue;
    if (p - runStart > 1) sortRun(order, runStart, p, tieBreak);
    runStart = p;
  }
  return order;
}

/** Sort one run of equal priority in place: insertion sort for the usual short runs. */
function sortRun(order: Int32Array, from: number, to: number, compare: (a: number, b: number) => number): void {
  if (to - from > 16) {
    order.set(Array.from(order.subarray(from, to)).sort(compare), from);
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const m = order[i]!;
    let j = i - 1;
    while (j >= from && compare(order[j]!, m) > 0) {
      order[j + 1] = order[j]!;
      j -= 1;
    }
    order[j + 1] = m;
  }
}
