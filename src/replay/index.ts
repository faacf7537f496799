/**
 * Research replay: read anonymised samples and the xxllnc Vroegsignalering export, pseudonymise
 * before sharing, answer the researchers' questions (reach, days to reach, attempts, return
 * after close), run a sample through the whole pipeline under a policy, compare two policies,
 * and write a self-contained HTML report.
 * @module replay
 */
export { sha256, hmacSha256, toHex } from './sha256.js';
export { AGE_BANDS, AGE_BAND_LABELS, ageBandOf, type AgeBand, type AgeBandLabel } from './age-bands.js';
export { ATTEMPT_CHANNELS, ATTEMPT_CHANNEL_NAMES, attemptChannel, type AttemptChannel } from './contact-channels.js';
export { OUTCOME_CLASSES, OUTCOME_LABELS, DEBT_DEVELOPMENTS, type OutcomeClass, type DebtDevelopment } from './outcome-classes.js';
export { readYesNo, OptionalYesNoField, PostcodeOrAreaField, ChannelField, AttemptSchema, splitAttempts, AttemptsField } from './sample-fields.js';
export { classifyOutcome, OutcomeSchema, SampleRecordSchema, SAMPLE_FIELD_LABELS, type SampleRecordInput, type SampleRecord, type Outcome } from './sample-schema.js';
export { parseSampleRecord, parseSample } from './parse-sample.js';
export { readCanonicalSample } from './canonical-sample.js';
export { createPseudonymiser, type PseudonymiserOptions, type Pseudonymiser } from './pseudonymise.js';
export { parseExportDate } from './export-dates.js';
export { XXLLNC_SHEETS, XXLLNC_COLUMNS, type XxllncSheet, type XxllncColumn } from './xxllnc-columns.js';
export { END_RESULT_FACTS, endResultFacts, type EndResultFacts } from './xxllnc-results.js';
export { CREDITOR_TYPE_SECTORS, SIGNAL_TYPE_KINDS, lookupPattern } from './xxllnc-vocabulary.js';
export type { SheetRow, UnmappedRow } from './xxllnc-rows.js';
export type { SheetCount } from './xxllnc-cases.js';
export { importXxllncExport, type XxllncSheets, type ImportWarning, type XxllncImport } from './xxllnc-import.js';
export { rowsFromCells, readXxllncWorkbook } from './xxllnc-workbook.js';
export { share, summarise, type Summary } from './stats.js';
export { householdKey, groupCases, type SampleCase } from './sample-cases.js';
export { returnAfterClose, type ReturnPoint, type ReturnCurve, type ReturnOptions } from './return-after-close.js';
export { researchFigures, type ResearchFigures, type ResearchOptions } from './research-figures.js';
export { PipelineOptionsSchema, type PolicyRef, type ProgressListener, type PipelineOptions, type ReplayOptions } from './replay-options.js';
export { hasPersonalData, personKey, toModelSignal, ageOn } from './pipeline-signal.js';
export { prepareSample, type EligibilityCheck, type RegisterCheck, type PreparedSample } from './prepare.js';
export { compilePolicyRef, triageByMonth } from './triage-months.js';
export { replayDeadlines, type DeadlineStatus, type ReplayDeadline } from './lifecycle-deadlines.js';
export { type ReplaySignalResult, type CapacityUse, type ChannelCounts, type OutcomeCounts, type ReplayFigures, type ReplayResult } from './replay-result.js';
export { capacityOf, replayFigures } from './replay-figures.js';
export { replayPrepared, replay } from './replay.js';
export { DEFAULT_REACH_ASSUMPTIONS, withReachRates, type RateAssumption, type ReachAssumptions } from './reach-assumptions.js';
export { comparePolicies, type ChangeCause, type ChannelChange, type ExpectedReach, type PolicySide, type PolicyComparison, type CompareOptions } from './compare.js';
export { escapeXml, PALETTE, barChart, monthlyChart, stepChart, type Series, type LineSeries } from './report/svg.js';
export { buildReport, type ReportInput } from './report/report-html.js';
export {
  learnOutcomes, recommendPolicy, validateTimeSplit, DEFAULT_STRATA, LEARNABLE_CHANNELS, DEFAULT_CHANNEL_RANK,
  type LearnOptions, type OutcomeModel, type StratumOutcomes, type ChannelEstimate, type RateEstimate, type EstimateMethod, type Evidence,
  type ChannelSummary, type ChannelRate, type BetaPrior, type PoolingCentre, type Adjustment, type AdjustmentMethod, type LearnedPopulation,
  type StrataOptions, type StratumDimension, type LearnableChannel, type LeadRule, type Exclusion, type NotLearned,
  type RecommendOptions, type RecommendGuards, type GuardedSubgroup, type Objective, type Recommendation, type Route, type Fixed,
  type StratumRef, type StratumPlan, type StratumChange, type ChannelUse, type TradeOff, type Comparison, type Interval, type FloorCheck,
  type GuardReport, type OptimisationReport, type TimeSplitOptions, type TimeSplitValidation, type ChannelSplit, type SplitComparison,
} from './learn/learn.js';
