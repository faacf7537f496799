import { z } from 'zod';
import { SECTORS, SIGNAL_FIELD_LABELS, type Euro, type Result, type Sector, type Signal } from '../model/index.js';
import { SignalSchema } from '../model/internal.js';
import { EuroField, issuesFromZod } from '../model/internal.js';

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

/** zod schema of {@link TriageContext}, for untrusted input (files, APIs). @category Triage */
export const TriageContextSchema = z.strictObject({
  match: z
    .strictObject({
      isMatch: z.boolean(),
      creditorCount: z.number().int().min(1).optional(),
      sectors: z.array(z.enum(SECTORS)).optional(),
      totalAmount: EuroField.optional(),
    })
    .optional(),
  recidivismMonths: z.number().min(0).nullable().optional(),
  dragger: z.boolean().optional(),
  update: z.boolean().optional(),
  ageYears: z.number().int().min(0).max(130).optional(),
  knownAtDebtHelp: z.boolean().optional(),
  registerOutcome: z.string().min(1).optional(),
  earlierContactFailed: z.boolean().optional(),
});

/** zod schema of {@link TriageInput}: a raw signal plus an optional context. @category Triage */
export const TriageInputSchema = z.strictObject({ signal: SignalSchema, context: TriageContextSchema.optional() });

const INPUT_LABELS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(SIGNAL_FIELD_LABELS).map(([path, label]) => [`signal.${path}`, label]),
);

/**
 * Parse one untrusted triage input: either `{ signal, context? }` or a bare signal. Never throws.
 * Use it at a boundary (a file, an API); `triage` and `triageBatch` take parsed inputs.
 * @example
 * const r = parseTriageInput({ signal: rawSignal, context: { match: { isMatch: true } } });
 * if (r.ok) triage(compiled, r.value);
 * @category Triage
 */
export function parseTriageInput(input: unknown): Result<TriageInput> {
  const wrapped = typeof input === 'object' && input !== null && 'signal' in input ? input : { signal: input };
  const parsed = TriageInputSchema.safeParse(wrapped);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, issues: issuesFromZod(parsed.error, INPUT_LABELS) };
}
