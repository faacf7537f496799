/**
 * Learn from history: outcome rates per channel and stratum from a sample with outcomes, the
 * triage policy that helps the most residents within capacity, and a time-split check of what
 * was learned. The public names of this folder; `src/replay/index.ts` re-exports them.
 * @module
 */
export { DEFAULT_STRATA, type StrataOptions, type StratumDimension } from './strata.js';
export {
  DEFAULT_CHANNEL_RANK, LEARNABLE_CHANNELS,
  type Exclusion, type LeadRule, type LearnableChannel, type NotLearned,
} from './treatment.js';
export type { BetaPrior, PoolingCentre } from './pooling.js';
export type { AdjustmentMethod } from './propensity.js';
export {
  learnOutcomes,
  type Adjustment, type ChannelEstimate, type ChannelRate, type ChannelSummary, type EstimateMethod, type Evidence,
  type LearnedPopulation, type LearnOptions, type OutcomeModel, type RateEstimate, type StratumOutcomes,
} from './outcomes.js';
export type { Comparison, Interval } from './trade-off.js';
export {
  recommendPolicy,
  type ChannelUse, type Fixed, type FloorCheck, type GuardedSubgroup, type GuardReport, type Objective, type OptimisationReport,
  type Recommendation, type RecommendGuards, type RecommendOptions, type Route, type StratumChange, type StratumPlan, type StratumRef, type TradeOff,
} from './recommend.js';
export {
  validateTimeSplit,
  type ChannelSplit, type SplitComparison, type TimeSplitOptions, type TimeSplitValidation,
} from './time-split.js';
