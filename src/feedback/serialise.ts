import { z } from 'zod';
import { type Result } from '../model/index.js';
import { issuesFromZod, validationIssue } from '../model/internal.js';
import { applyEvent } from './apply-event.js';
import { MatchingRunSchema, type Case } from './case.js';
import { CaseSignalSchema } from './case-signal.js';
import { caseIssue } from './errors.js';
import { CaseEventSchema, InstantField } from './events.js';
import { openCase } from './open-case.js';
import { CASE_OUTCOMES, CASE_STATES } from './states.js';

/** Format tag written into serialised cases. @category Lifecycle */
export const CASE_FORMAT = 'vroegsignalering/case@1';

/** A stored case: the case's own fields, with the format tag (optional, so that a case object reads too). */
const StoredCaseSchema = z.object({
  format: z.literal(CASE_FORMAT).optional(),
  id: z.string().min(1),
  municipalityCode: z.string(),
  openedAt: InstantField,
  openedBy: z.string().min(1),
  state: z.enum(CASE_STATES),
  outcome: z.enum(CASE_OUTCOMES).nullable(),
  signals: z.array(CaseSignalSchema).min(1),
  matching: MatchingRunSchema.nullable(),
  history: z.array(z.object({ from: z.enum(CASE_STATES), to: z.enum(CASE_STATES), event: CaseEventSchema })),
});

/**
 * Serialise a case to JSON text (plain data with a format tag). {@link deserialiseCase} reads it back.
 * @example
 * const json = serialiseCase(c);
 * @category Lifecycle
 */
export function serialiseCase(c: Case): string {
  return JSON.stringify({ format: CASE_FORMAT, ...c });
}

function inconsistent(message: string): Result<Case> {
  return { ok: false, issues: [caseIssue('inconsistent_history', [], message)] };
}

/**
 * Read a case back: the JSON text {@link serialiseCase} wrote, the parsed object, or a case
 * object from elsewhere. Every field is read with the readers and the stored audit trail is
 * replayed through the transition table, so a case whose trail does not lead to its stored state
 * (a state, outcome or trail edited by hand, or a case from another table) is refused rather than
 * loaded corrupted; valid signal data that was edited cannot be told from the original. Never throws.
 * @example
 * const r = deserialiseCase(serialiseCase(c)); // r.ok === true, r.value deep-equals c
 * @category Lifecycle
 */
export function deserialiseCase(input: unknown): Result<Case> {
  let value: unknown = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input.replace(/^\uFEFF/, ''));
    } catch {
      return { ok: false, issues: [validationIssue('invalid_json', [], 'Not valid JSON')] };
    }
  }
  const parsed = StoredCaseSchema.safeParse(value);
  if (!parsed.success) return { ok: false, issues: issuesFromZod(parsed.error) };
  const stored = parsed.data;
  const opened = openCase({
    caseId: stored.id, municipalityCode: stored.municipalityCode, at: stored.openedAt, actor: stored.openedBy,
    signal: stored.signals[0], ...(stored.matching ? { matching: stored.matching } : {}),
  });
  if (!opened.ok) return opened;
  let current: Case = opened.value;
  for (const [i, entry] of stored.history.entries()) {
    const result = applyEvent(current, entry.event);
    if (!result.ok) return inconsistent(`History entry ${i} is refused: ${result.issues[0]!.message}`);
    if (entry.from !== current.state || entry.to !== result.value.state) return inconsistent(`History entry ${i} does not match the transition table`);
    current = result.value;
  }
  if (current.state !== stored.state || current.outcome !== stored.outcome || current.signals.length !== stored.signals.length) {
    return inconsistent('The stored state does not follow from the history');
  }
  return { ok: true, value: current };
}
