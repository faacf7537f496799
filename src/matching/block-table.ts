/**
 * A compact blocking table: numeric keys → record numbers, stored as flat number arrays with
 * the entries of each hash bucket chained (no per-key arrays, no strings). Built in one pass
 * from (key, record) entries; looked up without allocating.
 * @module
 */

/** Receives the record numbers found under a key. */
export interface CandidateSink {
  /** Add one record number (duplicates are the sink's concern). */
  add(record: number): void;
}

/** Hash a non-negative integer below 2^53 to 32 bits. */
function hashKey(key: number): number {
  const lo = key >>> 0;
  const hi = Math.floor(key / 4294967296) | 0;
  let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Collects entries, then builds a {@link BlockTable} over them (no copy of the entries). */
export class BlockTableBuilder {
  // Plain arrays (unboxed doubles and small integers, on the JS heap): large typed arrays live
  // outside the heap and make V8 run full collections of the whole register while building.
  private readonly keys: number[] = [];
  private readonly owners: number[] = [];

  /** Add an entry: `record` is found under `key`. Keys must be integers in [1, 2^53). */
  add(key: number, record: number): void {
    this.keys.push(key);
    this.owners.push(record);
  }

  /**
   * Build the table: chain the entries of each hash bucket (the newest first) in one pass over
   * the entries, without moving them.
   */
  build(): BlockTable {
    const n = this.keys.length;
    let size = 1024;
    while (size < n) size *= 2;
    const mask = size - 1;
    const head = new Array<number>(size).fill(-1);
    const next = new Array<number>(n).fill(-1);
    for (let i = 0; i < n; i++) {
      const b = hashKey(this.keys[i]!) & mask;
      next[i] = head[b]!;
      head[b] = i;
    }
    return new BlockTable(mask, head, next, this.keys, this.owners);
  }
}

/** Records found under one key, reused between lookups. */
let scratch = new Int32Array(64);

/** Numeric blocking keys → record numbers. */
export class BlockTable {
  constructor(
    private readonly mask: number,
    private readonly head: readonly number[],
    private readonly next: readonly number[],
    private readonly keys: readonly number[],
    private readonly owners: readonly number[],
  ) {}

  /** Number of entries. */
  get size(): number {
    return this.keys.length;
  }

  /**
   * Send every record under `key` to `sink`. A block larger than `maxBlock` is skipped whole
   * (a very common key says nothing), and the call returns false.
   */
  gather(key: number, sink: CandidateSink, maxBlock: number): boolean {
    if (scratch.length <= maxBlock) scratch = new Int32Array(maxBlock + 1);
    let found = 0;
    for (let i = this.head[hashKey(key) & this.mask]!; i >= 0; i = this.next[i]!) {
      if (this.keys[i] !== key) continue;
      if (found === maxBlock) return false;
      scratch[found++] = this.owners[i]!;
    }
    for (let k = 0; k < found; k++) sink.add(scratch[k]!);
    return true;
  }
}
