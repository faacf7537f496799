/**
 * The steps before triage, run once per sample (and shared by the policies a comparison runs):
 * eligibility where creditor fields are present, register matching where a register is given
 * and the record has personal data, detection over the whole sample, and the triage context of
 * each signal.
 * @module
 */
import { detectMatches, type DetectableSignal, type DetectionResult } from '../detection/index.js';
import { assessEligibility, parseArrearsCase, type EligibilityStatus } from '../eligibility/index.js';
import { createRegisterIndex, matchSignals, RegisterIndex, type MatchDecision, type MatchOutcome } from '../matching/index.js';
import { cite, SOURCES, type Reason, type ValidationIssue } from '../model/index.js';
import { parseOrThrow, reason, text, requireObjects } from '../model/internal.js';
import type { TriageContext, TriageInput } from '../triage/index.js';
import { replayDeadlines, type ReplayDeadline } from './lifecycle-deadlines.js';
import { OUTCOME_LABELS, type OutcomeClass } from './outcome-classes.js';
import { ageOn, hasPersonalData, personKey, toModelSignal } from './pipeline-signal.js';
import { PipelineOptionsSchema, type PipelineOptions } from './replay-options.js';
import type { Outcome, SampleRecord } from './sample-schema.js';

/** The eligibility check of a record with creditor fields. @category Replay */
export type EligibilityCheck =
  | {
      readonly ok: true;
      readonly eligible: boolean;
      readonly status: EligibilityStatus;
      readonly ruleVersion: string;
      /** The eligibility module's explanation: each rule with its outcome, values and source. */
      readonly reasons: readonly Reason[];
    }
  | { readonly ok: false; readonly issues: readonly ValidationIssue[] };

/** The register check of a record with personal data. @category Replay */
export interface RegisterCheck {
  readonly decision: MatchDecision;
  readonly outcome: MatchOutcome | null;
  /** The register record linked (`match` only). */
  readonly recordId: string | null;
  /** The matching module's explanation of the decision. */
  readonly reasons: readonly Reason[];
}

/** A sample after the steps before triage. @category Replay */
export interface PreparedSample {
  readonly records: readonly SampleRecord[];
  /**
   * Per record: what triage is given, the model signal (with the person key — the register id
   * when linked — and household key detection grouped on) and what the earlier steps learned.
   */
  readonly inputs: readonly TriageInput[];
  /** Per record: its eligibility check, or null without creditor fields. */
  readonly eligibility: readonly (EligibilityCheck | null)[];
  /** Per record: its register check, or null when not checked. */
  readonly register: readonly (RegisterCheck | null)[];
  /** Per record: what detection found. */
  readonly detection: readonly DetectionResult[];
  /** Per record: its lifecycle deadlines on the replay date (empty without an outcome). */
  readonly deadlines: readonly (readonly ReplayDeadline[])[];
  /** Per record: replay's own reasons (its outcome class and deadlines). */
  readonly reasons: readonly (readonly Reason[])[];
  /** Record indexes per month (`YYYY-MM`), months in order. */
  readonly months: ReadonlyMap<string, number[]>;
  readonly asOf: string;
}

const NO_DEADLINES: readonly ReplayDeadline[] = Object.freeze([]);
const NO_REASONS: readonly Reason[] = Object.freeze([]);
const OUTCOME_TABLE = cite(SOURCES.signaalreis, 'Resultaten bij de gemeente: niet opgepakt, niet bereikt, wel bereikt zonder hulpacceptatie, hulp geaccepteerd');

/** Why a signal's outcome has its class: the facts of the sample it was read from. */
function outcomeReason(o: Outcome): Reason {
  const label = OUTCOME_LABELS[o.class];
  return reason('outcome.class', 'info', OUTCOME_TABLE, text(`Uitkomst: ${label.nl}`, `Outcome: ${label.en}`), {
    class: o.class,
    pickedUp: o.pickedUp ?? null,
    reached: o.reached ?? o.attempts.some((a) => a.reached === true),
    helpAccepted: o.helpAccepted ?? null,
    attempts: o.attempts.length,
  });
}

function checkEligibility(record: SampleRecord, options: PipelineOptions): EligibilityCheck | null {
  if (record.eligibility === undefined) return null;
  const parsed = parseArrearsCase(record.eligibility);
  if (!parsed.ok) return { ok: false, issues: parsed.issues };
  const r = assessEligibility(parsed.value, { ...options.eligibility, asOf: record.receivedDate });
  return { ok: true, eligible: r.eligible, status: r.status, ruleVersion: r.ruleVersion, reasons: r.reasons };
}

function checkRegister(records: readonly SampleRecord[], signals: readonly DetectableSignal[], options: PipelineOptions): (RegisterCheck | null)[] {
  const out = new Array<RegisterCheck | null>(records.length).fill(null);
  if (!options.register) return out;
  const index = options.register instanceof RegisterIndex ? options.register : createRegisterIndex(options.register);
  const positions: number[] = [];
  records.forEach((r, i) => {
    if (hasPersonalData(r)) positions.push(i);
  });
  const results = matchSignals(positions.map((i) => signals[i]!), index, options.match);
  results.forEach((item, k) => {
    if (!item.ok) return; // a detectable signal always parses; nothing to record otherwise
    const m = item.value;
    out[positions[k]!] = { decision: m.decision, outcome: m.outcome ?? null, recordId: m.decision === 'match' ? (m.person?.recordId ?? null) : null, reasons: m.reasons };
  });
  return out;
}

/**
 * Whether an earlier case of the same person ended not reached before this signal arrived
 * (De signaalreis, 003, Gemeente 3: earlier failed contact → home visit). Needs outcomes.
 */
function earlierFailures(records: readonly SampleRecord[]): boolean[] {
  if (!records.some((r) => r.outcome?.closedDate)) return new Array<boolean>(records.length).fill(false);
  const order = records.map((_, i) => i).sort((a, b) => (records[a]!.receivedDate < records[b]!.receivedDate ? -1 : records[a]!.receivedDate > records[b]!.receivedDate ? 1 : a - b));
  const lastClosed = new Map<string, { closed: string; cls: OutcomeClass }>();
  const out = new Array<boolean>(records.length).fill(false);
  for (const i of order) {
    const r = records[i]!;
    const key = personKey(r);
    const last = lastClosed.get(key);
    if (last && last.closed < r.receivedDate && last.cls === 'not-reached') out[i] = true;
    const closed = r.outcome?.closedDate;
    if (closed && r.outcome && (!last || closed >= last.closed)) lastClosed.set(key, { closed, cls: r.outcome.class });
  }
  return out;
}

function contextOf(record: SampleRecord, detection: DetectionResult, register: RegisterCheck | null, earlierFailed: boolean): TriageContext {
  const age = ageOn(record, record.receivedDate);
  const ctx: { -readonly [K in keyof TriageContext]: TriageContext[K] } = {};
  if (detection.ok) {
    const d = detection.value;
    const m = d.match;
    ctx.match = { isMatch: m.isMatch, creditorCount: m.creditorCount, sectors: m.sectors, totalAmount: m.totalAmount };
    ctx.recidivismMonths = d.recidivism.isRecidivist ? d.recidivism.monthsSince : null;
    ctx.dragger = d.dragger.isDragger;
    ctx.update = d.update.isUpdate;
  }
  if (age !== undefined && age >= 0 && age <= 130) ctx.ageYears = age;
  if (record.knownAtDebtHelp !== undefined) ctx.knownAtDebtHelp = record.knownAtDebtHelp;
  if (register?.outcome) ctx.registerOutcome = register.decision === 'review' ? 'review' : register.outcome;
  if (earlierFailed) ctx.earlierContactFailed = true;
  return ctx;
}

/**
 * Run the steps before triage over a sample. Pure: the same sample and options give the same
 * result. Throws `UsageError` for invalid options.
 * @category Replay
 */
export function prepareSample(records: readonly SampleRecord[], options: PipelineOptions): PreparedSample {
  requireObjects(records, 'sample', 'parsed sample records (parseSample)');
  const { asOf } = parseOrThrow(PipelineOptionsSchema, { asOf: options.asOf }, 'replay options');
  const progress = options.onProgress ?? (() => {});
  const n = records.length;
  const signals = records.map(toModelSignal);
  progress('eligibility', 0, n);
  const eligibility = records.map((r) => checkEligibility(r, options));
  progress('register', 0, n);
  const register = checkRegister(records, signals, options);
  progress('detection', 0, n);
  register.forEach((check, i) => {
    if (check?.recordId) signals[i] = { ...signals[i]!, personId: `register:${check.recordId}` };
  });
  const detection = [...detectMatches(signals, options.detection)];
  progress('context', 0, n);
  const failed = earlierFailures(records);
  const inputs = records.map((r, i): TriageInput => ({ signal: signals[i]!, context: contextOf(r, detection[i]!, register[i]!, failed[i]!) }));
  const months = new Map<string, number[]>();
  records.forEach((r, i) => {
    const month = r.receivedDate.slice(0, 7);
    let list = months.get(month);
    if (!list) months.set(month, (list = []));
    list.push(i);
  });
  const sortedMonths = new Map([...months.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
  // Frozen: both sides of a comparison hold the same deadlines and reasons.
  const deadlines = records.map((r) => (r.outcome ? Object.freeze(replayDeadlines(r, asOf)) : NO_DEADLINES));
  const reasons = records.map((r, i) => (r.outcome ? Object.freeze([outcomeReason(r.outcome), ...deadlines[i]!.map((d) => d.reason)]) : NO_REASONS));
  return { records, inputs, eligibility, register, detection, deadlines, reasons, months: sortedMonths, asOf };
}
