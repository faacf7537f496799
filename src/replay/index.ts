/**
 * Research replay: read anonymised samples and the xxllnc Vroegsignalering export, pseudonymise
 * before sharing, answer the researchers' questions (reach, days to reach, attempts, return
 * after close), run a sample through the whole pipeline under a policy, compare two policies,
 * and write a self-contained HTML report.
 * @module replay
 */
export * from './sha256.js';
export * from './age-bands.js';
export * from './contact-channels.js';
export * from './outcome-classes.js';
export * from './sample-fields.js';
export * from './sample-schema.js';
export * from './parse-sample.js';
export * from './canonical-sample.js';
export * from './pseudonymise.js';
export * from './export-dates.js';
export * from './xxllnc-columns.js';
export * from './xxllnc-results.js';
export * from './xxllnc-vocabulary.js';
export type { SheetRow, UnmappedRow } from './xxllnc-rows.js';
export type { SheetCount } from './xxllnc-cases.js';
export * from './xxllnc-import.js';
export * from './xxllnc-workbook.js';
export * from './stats.js';
export * from './sample-cases.js';
export * from './return-after-close.js';
export * from './research-figures.js';
export * from './replay-options.js';
export * from './pipeline-signal.js';
export * from './prepare.js';
export * from './triage-months.js';
export * from './lifecycle-deadlines.js';
export * from './replay-result.js';
export * from './replay-figures.js';
export * from './replay.js';
export * from './reach-assumptions.js';
export * from './compare.js';
export * from './report/report-html.js';
export { REPORT_LANGUAGES, type ReportLanguage } from './report/i18n.js';
export { wilsonInterval, type ReportFigure, type FigureUnit, type IntervalMethod } from './report/figures.js';
export type { SamplePeriod } from './report/context.js';
export {
  learnOutcomes, recommendPolicy, validateTimeSplit, DEFAULT_STRATA, LEARNABLE_CHANNELS, DEFAULT_CHANNEL_RANK,
  type LearnOptions, type OutcomeModel, type StratumOutcomes, type ChannelEstimate, type RateEstimate, type EstimateMethod, type Evidence,
  type ChannelSummary, type ChannelRate, type BetaPrior, type PoolingCentre, type Adjustment, type AdjustmentMethod, type LearnedPopulation,
  type StrataOptions, type StratumDimension, type LearnableChannel, type LeadRule, type Exclusion, type NotLearned,
  type RecommendOptions, type RecommendGuards, type GuardedSubgroup, type Objective, type Recommendation, type Route, type Fixed,
  type StratumRef, type StratumPlan, type StratumChange, type ChannelUse, type TradeOff, type Comparison, type Interval, type FloorCheck,
  type GuardReport, type OptimisationReport, type TimeSplitOptions, type TimeSplitValidation, type ChannelSplit, type SplitComparison,
} from './learn/learn.js';
