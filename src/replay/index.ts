/**
 * Research replay: read anonymised samples and the xxllnc Vroegsignalering export, pseudonymise
 * before sharing, answer the researchers' questions (reach, days to reach, attempts, return
 * after close), run a sample through the whole pipeline under a policy, compare two policies,
 * and write a self-contained HTML report.
 *
 * The public surface is chosen on purpose: what a researcher calls and the types they hold.
 * Hashing, SVG drawing, the xxllnc column tables and the pipeline's inner steps stay internal.
 * @module replay
 */

// Samples: vocabulary, parsing
export { AGE_BANDS, type AgeBand, type AgeBandLabel } from './age-bands.js';
export { ATTEMPT_CHANNELS, type AttemptChannel } from './contact-channels.js';
export { DEBT_DEVELOPMENTS, OUTCOME_CLASSES, OUTCOME_LABELS, type DebtDevelopment, type OutcomeClass } from './outcome-classes.js';
export type {
  Attempt, AttemptInput, Outcome, OutcomeInput, SampleRecord, SampleRecordInput, YesNoInput,
  DebtAfter, TextInput, SampleAddress, SampleArrears, SampleDebtor, SampleName,
} from './sample-schema.js';
export { parseSample, parseSampleRecord } from './parse-sample.js';

// Pseudonymisation
export { createPseudonymiser, type Pseudonymiser, type PseudonymiserOptions } from './pseudonymise.js';

// Vendor exports (xxllnc)
export { XXLLNC_SHEETS, type XxllncSheet } from './xxllnc-columns.js';
export type { SheetRow, UnmappedRow } from './xxllnc-rows.js';
export type { SheetCount } from './xxllnc-cases.js';
export { importXxllncExport, type ImportWarning, type XxllncImport, type XxllncSheets } from './xxllnc-import.js';
export { readXxllncWorkbook } from './xxllnc-workbook.js';

// The researchers' figures
export type { Summary } from './stats.js';
export type { ReturnCurve, ReturnPoint } from './return-after-close.js';
export { researchFigures, type ResearchFigures, type ResearchOptions } from './research-figures.js';

// Replay and comparison
export type { PipelineOptions, PolicyRef, ProgressListener, ReplayOptions } from './replay-options.js';
export type { EligibilityCheck, RegisterCheck } from './prepare.js';
export type { DeadlineStatus, ReplayDeadline } from './lifecycle-deadlines.js';
export type {
  CapacityUse, ChannelCounts, OutcomeCounts, ReplayFigures, ReplayResult, ReplaySignalResult,
} from './replay-result.js';
export { replay } from './replay.js';
export type { ContactChannelLoad, ContactFigures, ContactPlanCompletion } from './contact-figures.js';
export { DEFAULT_REACH_ASSUMPTIONS, withReachRates, type RateAssumption, type RateEvidence, type ReachAssumptions } from './reach-assumptions.js';
export {
  comparePolicies, type ChangeCause, type ChannelChange, type CompareOptions, type ExpectedReach, type PolicyComparison, type PolicySide,
} from './compare.js';

// Report
export { buildReport, renderReport, type ReportInput, type RenderedReport } from './report/report-html.js';
export type { ReportRecommendation } from './report/recommendation.js';
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
