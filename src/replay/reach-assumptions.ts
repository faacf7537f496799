/**
 * The assumptions behind expected reach in a policy comparison: the chance that a resident is
 * reached, per channel, and the chance that a reached resident accepts help. They are
 * parameters: the defaults below are derived from the study and national figures as stated,
 * and a municipality with its own outcomes should pass its observed rates instead
 * (replay's `outcomesByChannel` gives them).
 * @module
 */
import { cite, SOURCES, UsageError, type LocalizedText, type SourceRef } from '../model/index.js';
import { frozenCopy } from '../model/internal.js';
import type { Channel } from '../triage/index.js';

/** One assumed rate, with how it was derived and its source. @category Comparison */
export interface RateAssumption {
  /** The rate (0–1). */
  readonly rate: number;
  /** How the default was derived. */
  readonly derivation: string;
  /** Where the figures come from. */
  readonly source: SourceRef;
  /**
   * The count the rate rests on, when the source gives one: `successes` of `n` (plus `added`
   * points from another source), and what was counted, in Dutch and English. Reports draw the
   * rate's 95% interval and sensitivity band from it.
   */
  readonly evidence?: RateEvidence;
}

/** The count behind an assumed rate. @category Comparison */
export interface RateEvidence {
  readonly successes: number;
  readonly n: number;
  /** Points added to `successes / n` from another source (e.g. +0.11 for an extra attempt). */
  readonly added?: number;
  /** What was counted. */
  readonly basis: LocalizedText;
}

/** Reach per channel and acceptance among the reached. @category Comparison */
export interface ReachAssumptions {
  /** Chance that a resident assigned to the channel is reached. Channels not listed count as 0. */
  readonly reach: Readonly<Partial<Record<Channel, RateAssumption>>>;
  /** Chance that a reached resident accepts help. */
  readonly acceptance: RateAssumption;
}

const STUDY = Object.freeze(cite(SOURCES.signaalreis, 'steekproef van 66 signalen (maart 2023)'));
const DIVOSA: SourceRef = Object.freeze({ id: 'divosaMonitor', document: 'Divosa, Monitor vroegsignalering (2022–2023)' });

const letter: RateAssumption = Object.freeze({
  rate: 1 / 12,
  derivation: 'Of 12 addresses that got only a letter, 11 were not reached: 1 in 12.',
  source: STUDY,
  evidence: frozenCopy({ successes: 1, n: 12, basis: { nl: 'adressen die alleen een brief kregen: 1 van 12 bereikt', en: 'addresses that got only a letter: 1 of 12 reached' } }),
});
const phone: RateAssumption = Object.freeze({
  rate: 22 / 48,
  derivation: 'Of the 60 signals picked up, 23 were reached; without the 12 letter-only cases (1 reached), 22 of 48 contacted by phone, e-mail or visit were reached (46%). Those reached were phoned more than average; 88% of acceptances had a phone call.',
  source: STUDY,
  evidence: frozenCopy({ successes: 22, n: 48, basis: { nl: 'signalen met telefoon, e-mail of bezoek: 22 van 48 bereikt', en: 'signals contacted by phone, e-mail or visit: 22 of 48 reached' } }),
});
const homeVisit: RateAssumption = Object.freeze({
  rate: 22 / 48 + 0.11,
  derivation: 'Phone reach plus one extra contact attempt, which adds about 11 points of reach nationally; a visit usually follows a letter and a call.',
  source: DIVOSA,
  evidence: frozenCopy({ successes: 22, n: 48, added: 0.11, basis: { nl: 'bereik per telefoon (22 van 48) plus 11 punten voor een extra contactpoging (landelijk)', en: 'phone reach (22 of 48) plus 11 points for an extra contact attempt (national)' } }),
});
const message: RateAssumption = Object.freeze({
  rate: 1 / 12 + 0.047,
  derivation: 'Letter reach plus the 4.7 points WhatsApp adds nationally; the study gives no separate e-mail or SMS rate.',
  source: DIVOSA,
  evidence: frozenCopy({ successes: 1, n: 12, added: 0.047, basis: { nl: 'bereik per brief (1 van 12) plus 4,7 punten voor WhatsApp (landelijk)', en: 'letter reach (1 of 12) plus 4.7 points for WhatsApp (national)' } }),
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
    evidence: frozenCopy({ successes: 8, n: 23, basis: { nl: 'bereikte inwoners in de steekproef: 8 van 23 accepteerden hulp', en: 'residents reached in the sample: 8 of 23 accepted help' } }),
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
