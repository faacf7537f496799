/**
 * A compact blocking table: numeric keys → record numbers in flat number arrays, sorted by hash
 * bucket with one offsets array (no per-key arrays, no strings, no string-keyed Map). The caller
 * counts the entries first, so every array is allocated once at its final size; the table is then
 * built by a counting sort over the buckets and looked up without allocating, each bucket's
 * entries side by side in memory.
 *
 * A bucket holds about {@link ENTRIES_PER_BUCKET} entries: the build's counting and placing write
 * to random buckets, and a smaller offsets array keeps those writes in the processor's cache; a
 * lookup reads one bucket's few neighbouring entries either way.
 *
 * The arrays are plain, pre-sized number arrays (unboxed doubles and small integers on the JS
 * heap), not typed arrays: the backing store of a large typed array lives outside the heap, and
 * allocating tens of MB of it makes V8 run a full collection of the whole register ("external
 * memory pressure") in the middle of the build — measured: 11.0 s instead of 5.5 s of CPU for
 * 1,000,000 records.
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

/** A pre-sized array of zeros (small integers, unboxed on the heap). */
function zeros(length: number): number[] {
  return new Array<number>(length).fill(0);
}

/** Average entries per hash bucket (see the module comment); a power of two. */
const ENTRIES_PER_BUCKET = 4;

/**
 * Builds a {@link BlockTable} by a counting sort over hash buckets, in two passes over the same
 * entries: {@link BlockTableBuilder.count} each entry, then {@link BlockTableBuilder.place} each
 * entry again in the same order. No entry is stored twice and no array grows: the keys and record
 * numbers go straight to their final place.
 */
export class BlockTableBuilder {
  private readonly mask: number;
  private readonly offsets: number[];
  /** Per bucket, where its next entry goes (from the bucket's end backwards); set after counting. */
  private ends: number[] | null = null;
  private readonly keys: number[];
  private readonly owners: number[];
  private placed = 0;

  /** A builder for exactly `entries` entries (the caller knows how many it will add). */
  constructor(private readonly entries: number) {
    let size = 1024;
    while (size * ENTRIES_PER_BUCKET < entries) size *= 2;
    this.mask = size - 1;
    this.offsets = zeros(size + 1);
    // Not filled first: every element is written before it is read, and filling millions of
    // elements costs as much as writing them. Keys are doubles (beyond the small-integer range).
    this.keys = new Array<number>(entries);
    this.owners = new Array<number>(entries);
  }

  /** First pass: count an entry under `key` (an integer in [1, 2^53)). */
  count(key: number): void {
    this.offsets[(hashKey(key) & this.mask) + 1]!++;
  }

  /**
   * Second pass: put `record` under `key`, entries in the order they were counted. Each bucket
   * fills from its end, so its entries lie newest first and a key's records come out in reverse
   * order of adding (as they always have: candidate order decides ties).
   */
  place(key: number, record: number): void {
    let ends = this.ends;
    if (ends === null) {
      const { offsets } = this;
      for (let b = 0; b + 1 < offsets.length; b++) offsets[b + 1]! += offsets[b]!;
      ends = this.ends = offsets.slice(1);
    }
    const at = --ends[hashKey(key) & this.mask]!;
    this.keys[at] = key;
    this.owners[at] = record;
    this.placed++;
  }

  /** The table, once every counted entry is placed. */
  build(): BlockTable {
    if (this.placed !== this.entries) throw new RangeError('Block table entries were miscounted');
    return new BlockTable(this.mask, this.offsets, this.keys, this.owners);
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
