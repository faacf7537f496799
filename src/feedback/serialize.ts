import { z } from 'zod';
import { issuesFromZod, text } from '../model/internal.js';
import { applyEvent } from './apply-event.js';
import { MatchingPeriodSchema, type Case } from './case.js';
import { CaseSignalSchema } from './case-signal.js';
import type { CaseResult } from './errors.js';
import { CaseEventSchema, InstantField } from './events.js';
import { openCase } from './open-case.js';
import { CASE_OUTCOMES, CASE_STATES } from './states.js';

/** Format tag written into serialised cases. @category Lifecycle */
export const CASE_FORMAT = 'vroegsignalering/case@1';

const StoredCaseSchema = z.object({
  format: z.literal(CASE_FORMAT),
  id: z.string().min(1),
  municipalityCode: z.string(),
  openedAt: InstantField,
  openedBy: z.string().min(1),
  state: z.enum(CASE_STATES),
  outcome: z.enum(CASE_OUTCOMES).nullable(),
  signals: z.array(CaseSignalSchema).min(1),
  matchingPeriod: MatchingPeriodSchema.nullable(),
  history: z.array(z.object({ from: z.enum(CASE_STATES), to: z.enum(CASE_STATES), event: CaseEventSchema })),
});

/**
 * Serialise a case to JSON text (plain data with a format tag). {@link deserializeCase} reads it back.
 * @example
 * const json = serializeCase(c);
 * @category Lifecycle
 */
export function serializeCase(c: Case): string {
  return JSON.stringify({ format: CASE_FORMAT, ...c });
}

function inconsistent(en: string, nl: string): CaseResult {
  return { ok: false, error: { code: 'inconsistent_history', message: text(nl, en) } };
}

/**
 * Read a serialised case back (JSON text or the parsed object). The stored audit trail is
 * replayed through the transition table, so a case whose trail does not lead to its stored
 * state (edited by hand, or from another table) is refused rather than loaded corrupted.
 * @example
 * const r = deserializeCase(serializeCase(c)); // r.ok === true, r.case deep-equals c
 * @category Lifecycle
 */
export function deserializeCase(json: string | unknown): CaseResult {
  let input: unknown = json;
  if (typeof json === 'string') {
    try {
      input = JSON.parse(json);
    } catch {
      return { ok: false, error: { code: 'invalid_input', message: text('Geen geldige JSON', 'Not valid JSON') } };
    }
  }
  const parsed = StoredCaseSchema.safeParse(input);
  if (!parsed.success) {
    return {
      ok: false,
      error: { code: 'invalid_input', message: text('Opgeslagen zaak is ongeldig', 'Stored case is invalid'), issues: issuesFromZod(parsed.error) },
    };
  }
  const stored = parsed.data;
  const opened = openCase({
    caseId: stored.id, municipalityCode: stored.municipalityCode, at: stored.openedAt, actor: stored.openedBy,
    signal: stored.signals[0], ...(stored.matchingPeriod ? { matchingPeriod: stored.matchingPeriod } : {}),
  });
  if (!opened.ok) return opened;
  let current: Case = opened.case;
  for (const [i, entry] of stored.history.entries()) {
    const result = applyEvent(current, entry.event);
    if (!result.ok) return inconsistent(`History entry ${i} is refused: ${result.error.message.en}`, `Gebeurtenis ${i} wordt geweigerd: ${result.error.message.nl}`);
    if (entry.from !== current.state || entry.to !== result.case.state) {
      return inconsistent(`History entry ${i} does not match the transition table`, `Gebeurtenis ${i} klopt niet met de overgangstabel`);
    }
    current = result.case;
  }
  if (current.state !== stored.state || current.outcome !== stored.outcome || current.signals.length !== stored.signals.length) {
    return inconsistent('The stored state does not follow from the history', 'De opgeslagen status volgt niet uit de geschiedenis');
  }
  return { ok: true, case: current };
}
