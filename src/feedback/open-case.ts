import { z } from 'zod';
import { type Result } from '../model/index.js';
import { issuesFromZod } from '../model/internal.js';
import { MatchingRunSchema, type Case } from './case.js';
import { CaseSignalSchema, CASE_SIGNAL_LABELS } from './case-signal.js';
import { InstantField } from './events.js';

/**
 * What {@link openCase} needs: the case id, the municipality, when and by whom it was opened,
 * and the signal that opened it.
 * @category Lifecycle
 */
export const OpenCaseSchema = z.object({
  caseId: z.string().trim().min(1),
  municipalityCode: z.string().trim().regex(/^\d{4}$/, { message: 'Expected a 4-digit CBS municipality code' }),
  at: InstantField,
  actor: z.string().trim().min(1),
  signal: CaseSignalSchema,
  matching: MatchingRunSchema.optional(),
});
/** The input form of {@link openCase}. @category Lifecycle */
export type OpenCaseInput = z.input<typeof OpenCaseSchema>;

const OPEN_LABELS: Readonly<Record<string, string>> = {
  caseId: 'zaak-ID', municipalityCode: 'gemeentecode', at: 'tijdstip', actor: 'medewerker',
  'matching.date': 'matchingsdatum', 'matching.period.start': 'startdatum matchingperiode', 'matching.period.end': 'einddatum matchingperiode',
  ...Object.fromEntries(Object.entries(CASE_SIGNAL_LABELS).map(([k, v]) => [`signal.${k}`, v])),
};

/**
 * Open a case for a received signal, in state `received` with an empty audit trail. Validates
 * its input; never throws. The case is new; every later step returns a new one.
 * @example
 * const r = openCase({ caseId: 'Z1', municipalityCode: '0392', at: '2025-05-02T09:00:00+02:00', actor: 'ris',
 *   signal: { id: 'S1', kind: 'warm-referral', creditor: { id: 'E1', sector: 'energy' },
 *     receivedDate: '2025-05-02', amount: '312.40', client: { postcode: '2011AB', houseNumber: 12 } } });
 * // r.ok === true, r.value.state === 'received'
 * @category Lifecycle
 */
export function openCase(input: unknown): Result<Case> {
  const parsed = OpenCaseSchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: issuesFromZod(parsed.error, OPEN_LABELS) };
  const { caseId, municipalityCode, at, actor, signal, matching } = parsed.data;
  return {
    ok: true,
    value: {
      id: caseId,
      municipalityCode,
      openedAt: at,
      openedBy: actor,
      state: 'received',
      outcome: null,
      signals: [signal],
      matching: matching ?? null,
      history: [],
    },
  };
}
