/**
 * A compact blocking table: numeric keys → record numbers in flat number arrays, sorted by hash
 * bucket with one offsets array (no per-key arrays, no strings, no string-keyed Map). The caller
 * counts the entries first, so every array is allocated once at its final size; the table is then
 * built by a counting sort over the buckets and looked up without allocating, each bucket's
 * entries side by side in memory.
 *
 * The arrays are plain, pre-sized number arrays (unboxed doubles and small integers on the JS
 * heap), not typed arrays: the backing store of a large typed array lives outside the heap, and
 * allocating a few hundred MB of it makes V8 run full collections of the whole register
 * ("external memory pressure") in the middle of the build.
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

/** A pre-sized array of small integers (unboxed on the heap). */
function integers(length: number): number[] {
  return new Array<number>(length).fill(0);
}

/** A pre-sized array of doubles (unboxed on the heap; blocking keys exceed the small-integer range). */
function doubles(length: number): number[] {
  return new Array<number>(length).fill(0.5);
}

/** Collects a known number of entries, then builds a {@link BlockTable} over them. */
export class BlockTableBuilder {
  private readonly keys: number[];
  private readonly owners: number[];
  private count = 0;

  /** A builder for exactly `capacity` entries (count them first). */
  constructor(capacity: number) {
    this.keys = doubles(capacity);
    this.owners = integers(capacity);
  }

  /** Add an entry: `record` is found under `key`. Keys must be integers in [1, 2^53). */
  add(key: number, record: number): void {
    this.keys[this.count] = key;
    this.owners[this.count++] = record;
  }

  /**
   * Build the table: a counting sort of the entries by hash bucket. Within a bucket the entries
   * lie newest first, so a key's records come out in reverse order of adding (as they always have:
   * candidate order decides ties).
   */
  build(): BlockTable {
    const n = this.count;
    if (n !== this.keys.length) throw new RangeError('Block table entries were miscounted');
    let size = 1024;
    while (size < n) size *= 2;
    const mask = size - 1;
    const buckets = integers(n);
    const offsets = integers(size + 1);
    for (let i = 0; i < n; i++) {
      const b = hashKey(this.keys[i]!) & mask;
      buckets[i] = b;
      offsets[b + 1]!++;
    }
    for (let b = 0; b < size; b++) offsets[b + 1]! += offsets[b]!;
    // Fill each bucket from its end backwards while walking the entries forwards: newest first.
    const fill = offsets.slice(1);
    const keys = doubles(n);
    const owners = integers(n);
    for (let i = 0; i < n; i++) {
      const at = --fill[buckets[i]!]!;
      keys[at] = this.keys[i]!;
      owners[at] = this.owners[i]!;
    }
    return new BlockTable(mask, offsets, keys, owners);
  }
}

/** Records found under one key, reused between lookups. */
let scratch = new Int32Array(64);

/** Numeric blocking keys → record numbers. */
export class BlockTable {
  constructor(
    private readonly mask: number,
    private readonly offsets: readonly number[],
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
    const b = hashKey(key) & this.mask;
    const end = this.offsets[b + 1]!;
    let found = 0;
    for (let i = this.offsets[b]!; i < end; i++) {
      if (this.keys[i] !== key) continue;
      if (found === maxBlock) return false;
      scratch[found++] = this.owners[i]!;
    }
    for (let k = 0; k < found; k++) sink.add(scratch[k]!);
    return true;
  }
}
