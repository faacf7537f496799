import type { Channel } from './vocabulary.js';

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

/** The outcome of resolving a channel against contact data and capacity (a reused scratch record). @internal */
export interface Resolution {
  channel: number;
  moves: ChannelMove[] | null;
}

/** A resolution against contact data alone, kept per policy with the number of its move pattern. @internal */
export interface ContactResolution extends Readonly<Resolution> {
  /** The move pattern's number for the reason lists (see `movePattern`), or -1. */
  readonly pattern: number;
}
