/**
 * Date order of a batch without a comparison sort: a stable counting sort of input indices by
 * day number, so that signals are taken in date order and in input order within a day.
 */

/**
 * The indices `valid` (ascending) sorted by `day[index]`, stably. Counts per day when the days
 * span a range of at most a few times the number of indices (always, for real batches);
 * otherwise sorts by comparison.
 */
export function dayOrder(valid: readonly number[], day: ArrayLike<number>): number[] {
  const m = valid.length;
  if (m === 0) return [];
  let min = day[valid[0]!]!;
  let max = min;
  for (let t = 1; t < m; t++) {
    const d = day[valid[t]!]!;
    if (d < min) min = d;
    else if (d > max) max = d;
  }
  if (max - min > 4 * m + 1024) return [...valid].sort((a, b) => day[a]! - day[b]! || a - b);
  const start = new Array<number>(max - min + 2).fill(0);
  for (let t = 0; t < m; t++) start[day[valid[t]!]! - min + 1]! += 1;
  for (let k = 1; k < start.length; k++) start[k]! += start[k - 1]!;
  const order = new Array<number>(m).fill(0);
  for (let t = 0; t < m; t++) {
    const i = valid[t]!;
    order[start[day[i]! - min]!++] = i;
  }
  return order;
}
