/**
 * What a replay returns: one result per signal (every step's outcome) and the aggregate figures.
 * @module
 */
import type { DetectionLabel, DetectionResult } from '../detection/index.js';
import type { Reason, SignalKind } from '../model/index.js';
import type { Channel, TriageDecision } from '../triage/index.js';
import type { ContactFigures } from './contact-figures.js';
import type { ReplayDeadline, DeadlineStatus } from './lifecycle-deadlines.js';
import type { OutcomeClass } from './outcome-classes.js';
import type { EligibilityCheck, RegisterCheck } from './prepare.js';

/** Every step's result for one signal of the sample. @category Replay */
export interface ReplaySignalResult {
  /** The signal's id. */
  readonly signalId: string;
  /** The signal's kind. */
  readonly kind: SignalKind;
  /** Month of the signal (`YYYY-MM`), the batch it was triaged in. */
  readonly month: string;
  /** The eligibility check, when the record carries creditor fields. */
  readonly eligibility: EligibilityCheck | null;
  /** The register check, when a register was given and the record has personal data. */
  readonly register: RegisterCheck | null;
  /** What detection found (labels, match, recidivism, dragger, urgency, reasons). */
  readonly detection: DetectionResult;
  /** The triage decision (rule, channel, moves by capacity or missing contact data, rank). */
  readonly triage: TriageDecision;
  /** The lifecycle deadlines, when the record has an outcome. */
  readonly deadlines: readonly ReplayDeadline[];
  /** The observed outcome class, when the record has an outcome. */
  readonly outcome: OutcomeClass | null;
  /**
   * Replay's own decisions on this signal, each explained: the outcome class it read from the
   * sample (`outcome.class`) and each lifecycle deadline met, missed or open on the replay date
   * (`deadline.*`). The other steps explain themselves in their own results.
   */
  readonly reasons: readonly Reason[];
}

/** Use of one channel with a limited capacity. @category Replay */
export interface CapacityUse {
  readonly channel: Channel;
  /** Capacity per month. */
  readonly perMonth: number;
  /** Signals the rules sent to the channel, per month (demand, before capacity). */
  readonly demand: readonly number[];
  /** Signals that ended in the channel, per month. */
  readonly used: readonly number[];
  /** Signals moved away because the channel was full, over all months. */
  readonly overflow: number;
  /** Months in which demand exceeded capacity. */
  readonly monthsOver: number;
}

/** Counts per channel. @category Replay */
export type ChannelCounts = Readonly<Partial<Record<Channel, number>>>;

/** The study's outcome table for one channel: signals and their outcome classes. @category Replay */
export type OutcomeCounts = Readonly<Record<OutcomeClass, number>>;

/** The aggregate figures of a replay. @category Replay */
export interface ReplayFigures {
  /** The policy, as `name@version`. */
  readonly policy: string;
  /** Signals replayed. */
  readonly signals: number;
  /** The months, in order. */
  readonly months: readonly string[];
  /** Final channel counts. */
  readonly channels: ChannelCounts;
  /** Channel counts as the rules decided, before capacity and missing contact data. */
  readonly decided: ChannelCounts;
  /** Channels with a limited capacity: demand, use and overflow per month. */
  readonly capacity: readonly CapacityUse[];
  /** Signals moved from their decided channel, by cause (`full`, `no-phone`, `no-email`, `capacity-left`). */
  readonly moves: Readonly<Record<string, number>>;
  /** Signals that are part of a match, and the channels that served them. */
  readonly matches: { readonly signals: number; readonly channels: ChannelCounts };
  /** Crisis signals (the policy's crisis kinds, by default eviction notice and end of supply), and the channels that served them. */
  readonly crisis: { readonly signals: number; readonly channels: ChannelCounts };
  /** Detection labels and how many signals carry each. */
  readonly labels: Readonly<Partial<Record<DetectionLabel, number>>>;
  /** Eligibility of records with creditor fields. */
  readonly eligibility: { readonly assessed: number; readonly eligible: number; readonly notEligible: number; readonly invalid: number };
  /** Register checks: how many, and their outcomes (`review`, `resident-at-address`, `not-registered`, …). */
  readonly register: { readonly checked: number; readonly outcomes: Readonly<Record<string, number>> };
  /** Lifecycle deadlines by rule key: met, missed, open. */
  readonly deadlines: Readonly<Record<string, Readonly<Record<DeadlineStatus, number>>>>;
  /** Signals with an observed outcome. */
  readonly withOutcomes: number;
  /** The study's table per final channel: not picked up / not reached / reached without help / help accepted. */
  readonly outcomesByChannel: Readonly<Partial<Record<Channel, OutcomeCounts>>>;
  /** The contact plan: attempts per channel and day against capacity, and per channel the share of plans not completed within capacity. */
  readonly contacts: ContactFigures;
}

/** The result of {@link replay}. @category Replay */
export interface ReplayResult {
  /** One result per signal, in sample order. */
  readonly signals: readonly ReplaySignalResult[];
  /** The aggregate figures. */
  readonly figures: ReplayFigures;
}
