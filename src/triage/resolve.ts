import { FLAG } from './conditions.js';
import type { CompiledPolicy } from './compile.js';
import { CHANNELS, type Channel } from './vocabulary.js';

/** Why a signal moved from one channel to another. @category Triage */
export type MoveCause = 'full' | 'no-phone' | 'no-email' | 'capacity-left';

/**
 * One step a signal took away from the channel its rule chose: the channel was full, the
 * contact data it needs was missing, or (`capacity-left`) it was upgraded because capacity
 * was left after the batch. When the policy names no fallback the signal goes to
 * `manual-review` and `viaFallback` is false.
 * @category Triage
 */
export interface ChannelMove {
  readonly from: Channel;
  readonly to: Channel;
  readonly because: MoveCause;
  /** True when the policy's fallback named `to`; false when no fallback was given. */
  readonly viaFallback: boolean;
  /** The channel's capacity, when it moved because the channel was full. */
  readonly capacity?: number;
}

/** Capacity during a batch: what is left per channel, and what there was at the start. */
export interface CapacityState {
  readonly remaining: Float64Array;
  readonly limits: Float64Array;
}

/** The outcome of resolving a channel against contact data and capacity (a reused scratch record). */
export interface Resolution {
  channel: number;
  moves: ChannelMove[] | null;
}

const MANUAL_REVIEW = CHANNELS.indexOf('manual-review');

function move(out: Resolution, m: ChannelMove): void {
  if (out.moves === null) out.moves = [m];
  else out.moves.push(m);
}

/**
 * Follow the policy's fallbacks from `channel` until a channel can be used: its contact data is
 * present and (when `capacity` is given) it has capacity left. Capacity is not consumed here.
 * Validation guarantees fallbacks never loop, so the walk ends within the number of channels.
 */
export function resolveChannel(cp: CompiledPolicy, channel: number, flags: number, capacity: CapacityState | null, out: Resolution): void {
  out.moves = null;
  let c = channel;
  for (let step = 0; step <= CHANNELS.length; step++) {
    const need = cp.need[c];
    let because: MoveCause;
    let next: number;
    if (need === 1 && (flags & FLAG.hasPhone) === 0) {
      because = 'no-phone';
      next = cp.whenNoContact[c]!;
    } else if (need === 2 && (flags & FLAG.hasEmail) === 0) {
      because = 'no-email';
      next = cp.whenNoContact[c]!;
    } else if (capacity !== null && capacity.remaining[c]! <= 0) {
      because = 'full';
      next = cp.whenFull[c]!;
    } else {
      out.channel = c;
      return;
    }
    const to = CHANNELS[next < 0 ? MANUAL_REVIEW : next]!;
    const from = CHANNELS[c]!;
    const viaFallback = next >= 0;
    move(out, because === 'full' && capacity !== null
      ? { from, to, because, viaFallback, capacity: capacity.limits[c]! }
      : { from, to, because, viaFallback });
    if (next < 0) break;
    c = next;
  }
  out.channel = MANUAL_REVIEW;
}
