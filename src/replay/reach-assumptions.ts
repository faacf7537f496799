/**
 * The assumptions behind expected reach in a policy comparison: the chance that a resident is
 * reached, per channel, and the chance that a reached resident accepts help. They are
 * parameters: the defaults below are derived from the study and national figures as stated,
 * and a municipality with its own outcomes should pass its observed rates instead
 * (replay's `outcomesByChannel` gives them).
 * @module
 */
import { cite, SOURCES, UsageError, type SourceRef } from '../model/index.js';
import type { Channel } from '../triage/index.js';

/** One assumed rate, with how it was derived and its source. @category Comparison */
export interface RateAssumption {
  /** The rate (0–1). */
  readonly rate: number;
  /** How the default was derived. */
  readonly derivation: string;
  /** Where the figures come from. */
  readonly source: SourceRef;
}

/** Reach per channel and acceptance among the reached. @category Comparison */
export interface ReachAssumptions {
  /** Chance that a resident assigned to the channel is reached. Channels not listed count as 0. */
  readonly reach: Readonly<Partial<Record<Channel, RateAssumption>>>;
  /** Chance that a reached resident accepts help. */
  readonly acceptance: RateAssumption;
}

const STUDY = Object.freeze(cite(SOURCES.signaalreis, 'steekproef van 66 signalen (maart 2023)'));
const DIVOSA: SourceRef = Object.freeze({ id: 'divosaMonitor', document: 'Divosa, Monitor vroegsignalering (2022–2023), as quoted in DOMAIN.md §6' });

const letter: RateAssumption = Object.freeze({
  rate: 1 / 12,
  derivation: 'Of 12 addresses that got only a letter, 11 were not reached: 1 in 12.',
  source: STUDY,
});
const phone: RateAssumption = Object.freeze({
  rate: 22 / 48,
  derivation: 'Of the 60 signals picked up, 23 were reached; without the 12 letter-only cases (1 reached), 22 of 48 contacted by phone, e-mail or visit were reached (46%). Those reached were phoned more than average; 88% of acceptances had a phone call.',
  source: STUDY,
});
const homeVisit: RateAssumption = Object.freeze({
  rate: 22 / 48 + 0.11,
  derivation: 'Phone reach plus one extra contact attempt, which adds about 11 points of reach nationally; a visit usually follows a letter and a call.',
  source: DIVOSA,
});
const message: RateAssumption = Object.freeze({
  rate: 1 / 12 + 0.047,
  derivation: 'Letter reach plus the 4.7 points WhatsApp adds nationally; the study gives no separate e-mail or SMS rate.',
  source: DIVOSA,
});

/**
 * The default assumptions. Youth workers and case directors are counted as a phone call and a
 * visit; a card as a letter; manual review at the national reach of about 20%; "not picked up"
 * and "known at debt help" are not contacted by early signalling (0).
 * @category Comparison
 */
export const DEFAULT_REACH_ASSUMPTIONS: ReachAssumptions = Object.freeze({
  reach: Object.freeze({
    letter,
    card: Object.freeze({ ...letter, derivation: `As a letter. ${letter.derivation}` }),
    email: message,
    sms: message,
    phone,
    'youth-worker': Object.freeze({ ...phone, derivation: `As a phone call. ${phone.derivation}` }),
    'home-visit': homeVisit,
    'case-director': Object.freeze({ ...homeVisit, derivation: `As a home visit. ${homeVisit.derivation}` }),
    'manual-review': Object.freeze({ rate: 0.2, derivation: 'National reach: 35% of those reached accept help and that is 7% of all cases, so about 20% are reached.', source: DIVOSA }),
  }),
  acceptance: Object.freeze({
    rate: 8 / 23,
    derivation: 'Of the 23 residents reached in the study, 8 accepted help (35%); nationally 35% of those reached accept (2023).',
    source: STUDY,
  }),
});

/**
 * Override some rates of the defaults, keeping the rest: `{ phone: 0.5 }`. Throws
 * `UsageError` for a rate outside 0–1.
 * @example
 * const mine = withReachRates({ phone: 0.52, 'home-visit': 0.7 }, 'our own 2024 outcomes');
 * @category Comparison
 */
export function withReachRates(rates: Readonly<Partial<Record<Channel, number>>>, derivation: string, base: ReachAssumptions = DEFAULT_REACH_ASSUMPTIONS): ReachAssumptions {
  const reach = { ...base.reach };
  for (const [channel, rate] of Object.entries(rates) as [Channel, number][]) {
    if (!(rate >= 0 && rate <= 1)) {
      throw new UsageError('reach rates', [{ code: 'too_big', path: [channel], field: channel, message: `Reach rate of ${channel} must be between 0 and 1` }]);
    }
    reach[channel] = { rate, derivation, source: { id: 'caller', document: 'Rates given by the caller' } };
  }
  return { ...base, reach };
}
