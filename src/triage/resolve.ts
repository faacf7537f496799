import { FLAG } from './conditions.js';
import type { PolicyTables } from './compile.js';
import type { ChannelMove, ContactResolution, MoveCause, Resolution } from './moves.js';
import { movePattern } from './prepared-reasons.js';
import { CHANNELS } from './vocabulary.js';

/** Capacity during a batch: what is left per channel, and what there was at the start. */
export interface CapacityState {
  readonly remaining: Float64Array;
  readonly limits: Float64Array;
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
export function resolveChannel(cp: PolicyTables, channel: number, flags: number, capacity: CapacityState | null, out: Resolution): void {
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

/**
 * The resolution of a channel against contact data alone (no capacity), which depends only on
 * the channel and whether a phone number and an e-mail address are known: made once per
 * policy and kept, frozen, in its tables.
 * @internal
 */
export function resolveContact(t: PolicyTables, channel: number, flags: number): ContactResolution {
  const key = contactKey(channel, flags);
  return t.contactResolutions[key] ?? (t.contactResolutions[key] = resolveOnce(t, channel, flags, null));
}

/** A number for a channel and the contact data known (phone, e-mail). @internal */
export function contactKey(channel: number, flags: number): number {
  return channel * 4 + ((flags & FLAG.hasPhone) !== 0 ? 1 : 0) + ((flags & FLAG.hasEmail) !== 0 ? 2 : 0);
}

/**
 * Resolve a channel and freeze the result, with its move pattern, to be kept: a resolution
 * depends only on the channel, the contact data and which channels are full.
 * @internal
 */
export function resolveOnce(t: PolicyTables, channel: number, flags: number, capacity: CapacityState | null): ContactResolution {
  const out: Resolution = { channel: 0, moves: null };
  resolveChannel(t, channel, flags, capacity, out);
  const moves = out.moves === null ? null : (Object.freeze(out.moves.map((m) => Object.freeze(m))) as ChannelMove[]);
  return Object.freeze({ channel: out.channel, moves, pattern: movePattern(t.reasons, moves) });
}
