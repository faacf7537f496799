import { z } from 'zod';
import { SECTORS, parseSignal, type Euro, type Result, type Sector, type Signal, type ValidationIssue } from '../model/index.js';
import { CountField, EuroField, YesNoField, frozenCopy, formatPath, issuesFromZod, optionalField } from '../model/internal.js';

/**
 * What the earlier steps of picking up (DOMAIN.md §3) learned about a signal's resident.
 * Every field is optional: the caller fills in what its own pipeline knows (the detection and
 * replay modules map their results onto this shape). A missing fact never makes a condition
 * true: a missing flag reads as `false`, an unknown age or register outcome fails any
 * condition on it, and no recidivism information reads as "not signalled before".
 * @category Triage
 */
export interface TriageContext {
  /**
   * Match detection: signals from two or more different creditors about the same resident or
   * household (meervoudig signaal). Absent means single (enkelvoudig).
   */
  readonly match?: {
    /** True when this signal is part of a match. */
    readonly isMatch: boolean;
    /** Number of different creditors involved (default 2 for a match, 1 otherwise). */
    readonly creditorCount?: number;
    /** Sectors of all creditors involved (this signal's own sector always counts). */
    readonly sectors?: readonly Sector[];
    /** Arrears summed over the match, in euros (default: this signal's total). */
    readonly totalAmount?: Euro;
  };
  /**
   * Months since the resident's previous signal (recidive): `1` means signalled last month too.
   * `null` or absent means no earlier signal is known. A condition "recidivist within N months"
   * holds when this is at most N.
   */
  readonly recidivismMonths?: number | null;
  /** A dragger (sleper/schuiver): pays a month late and is signalled almost monthly. */
  readonly dragger?: boolean;
  /** An updated resend of an earlier signal about the same debt, not a new creditor. */
  readonly update?: boolean;
  /**
   * The same creditor signalled this resident last month too (De signaalreis, Gemeente 1:
   * "tenzij hetzelfde signaal vorige maand ook"). Filled by detection; unlike `recidivismMonths`
   * (any creditor), a different creditor last month does not count.
   */
  readonly sameCreditorLastMonth?: boolean;
  /** Age in whole years on the triage date (the caller computes it from the birth date). */
  readonly ageYears?: number;
  /** Already known at debt help or budget management (SHV-check). */
  readonly knownAtDebtHelp?: boolean;
  /** The register (BRP) check's outcome, e.g. `found`, `fallout`, `moved`. */
  readonly registerOutcome?: string;
  /** An earlier contact attempt about this resident failed (De signaalreis, 003, Gemeente 3). */
  readonly earlierContactFailed?: boolean;
}

/** One signal to triage, with what earlier steps learned about it. @category Triage */
export interface TriageInput {
  /** The parsed signal (see `parseSignal`). */
  readonly signal: Signal;
  /** Facts from earlier steps; absent means nothing is known beyond the signal. */
  readonly context?: TriageContext;
}

const yesNo = optionalField(YesNoField);

/** zod schema of {@link TriageContext}, built from the model's field readers. */
const TriageContextSchema = z.strictObject({
  match: z
    .strictObject({
      isMatch: YesNoField,
      creditorCount: optionalField(CountField.pipe(z.number().min(1, { message: 'Expected at least 1 creditor' }))),
      sectors: z.array(z.enum(SECTORS)).optional(),
      totalAmount: optionalField(EuroField),
    })
    .optional(),
  recidivismMonths: z.union([z.null(), CountField]).optional(),
  dragger: yesNo,
  update: yesNo,
  sameCreditorLastMonth: yesNo,
  ageYears: optionalField(CountField.pipe(z.number().max(130, { message: 'Expected an age of at most 130' }))),
  knownAtDebtHelp: yesNo,
  registerOutcome: z.string().trim().min(1).optional(),
  earlierContactFailed: yesNo,
});

/** Dutch labels of the context fields, for issues. */
const CONTEXT_LABELS: Readonly<Record<string, string>> = {
  'context.match.isMatch': 'match', 'context.match.creditorCount': 'aantal signaalpartners', 'context.match.totalAmount': 'totaalbedrag match',
  'context.recidivismMonths': 'recidive (maanden)', 'context.sameCreditorLastMonth': 'zelfde signaalpartner vorige maand', 'context.ageYears': 'leeftijd', 'context.knownAtDebtHelp': 'bekend bij schuldhulpverlening',
};

/** A wrapped input: the signal (read by `parseSignal`) and the context; no other fields. */
const WrappedInput = z.strictObject({ signal: z.unknown(), context: TriageContextSchema.optional() });

/** Inputs this module parsed: deeply frozen, so a batch takes them without parsing them again. */
const parsedInputs = new WeakSet<object>();

/** An issue of the signal, placed under `signal` in a wrapped input. */
function underSignal(issue: ValidationIssue): ValidationIssue {
  const path = ['signal', ...issue.path];
  return { ...issue, path, field: formatPath(path) };
}

/**
 * Parse one untrusted triage input: `{ signal, context? }` or a bare signal. The signal is read
 * by the model's `parseSignal`, the context by the model's field readers (yes/no as `ja`/`nee`,
 * counts as digits). Never throws; the input comes back deeply frozen.
 * @example
 * const r = parseTriageInput({ signal: rawSignal, context: { match: { isMatch: true } } });
 * if (r.ok) triage(r.value, compiled);
 * @category Triage
 */
export function parseTriageInput(input: unknown): Result<TriageInput> {
  const wrapped = typeof input === 'object' && input !== null && 'signal' in input;
  const outer = wrapped ? WrappedInput.safeParse(input) : null;
  const signal = parseSignal(wrapped ? (input as { signal: unknown }).signal : input);
  const issues = [
    ...(signal.ok ? [] : wrapped ? signal.issues.map(underSignal) : signal.issues),
    ...(outer === null || outer.success ? [] : issuesFromZod(outer.error, CONTEXT_LABELS)),
  ];
  if (!signal.ok || issues.length > 0) return { ok: false, issues };
  const context = outer?.data?.context;
  const value = frozenCopy(context === undefined ? { signal: signal.value } : { signal: signal.value, context: definedOnly(context) }) as TriageInput;
  parsedInputs.add(value);
  return { ok: true, value };
}

/** The context without its absent (`undefined`) facts, also inside `match`. */
function definedOnly<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (v !== undefined) out[key] = key === 'match' ? definedOnly(v as object) : v;
  }
  return out as T;
}

/** Whether a value is an input this module parsed (and froze). @internal */
export function isParsedInput(input: unknown): input is TriageInput {
  return typeof input === 'object' && input !== null && parsedInputs.has(input);
}

/** An input this module parsed before, taken as it is, or anything else parsed now. @internal */
export function readTriageInput(input: unknown): Result<TriageInput> {
  return isParsedInput(input) ? { ok: true, value: input } : parseTriageInput(input);
}
