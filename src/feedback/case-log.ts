import { text } from '../model/internal.js';
import { applyEvent } from './apply-event.js';
import type { Case } from './case.js';
import type { CaseError } from './errors.js';
import { parseEvent } from './events.js';
import { openCase } from './open-case.js';

/**
 * The result of one record of a case log: the case it touched and its state, or why it was refused.
 * @category Lifecycle
 */
export type CaseLogResult =
  | { readonly ok: true; readonly caseId: string; readonly state: Case['state'] }
  | { readonly ok: false; readonly caseId: string | null; readonly error: CaseError };

/**
 * Replay a log of records, oldest first: `{ "type": "case-opened", …openCase input }` opens a
 * case, any other record is an event for the case named by its `caseId`. Returns the cases (in
 * the order they were opened) and exactly one result per record, in order. A refused record
 * leaves its case as it was. This is how a vendor rebuilds cases from an event store.
 * @example
 * const { cases, results } = replayCaseLog(lines.map((l) => JSON.parse(l)));
 * @category Lifecycle
 */
export function replayCaseLog(records: readonly unknown[]): { readonly cases: Case[]; readonly results: CaseLogResult[] } {
  const cases = new Map<string, Case>();
  const results: CaseLogResult[] = [];
  for (const record of records) {
    const type = typeof record === 'object' && record !== null ? (record as { type?: unknown }).type : undefined;
    if (type === 'case-opened') {
      const { type: _ignored, ...input } = record as Record<string, unknown>;
      const opened = openCase(input);
      const id = typeof input['caseId'] === 'string' ? input['caseId'] : null;
      if (opened.ok && cases.has(opened.case.id)) {
        results.push({ ok: false, caseId: id, error: { code: 'invalid_input', message: text('Deze zaak bestaat al', 'This case already exists') } });
      } else if (opened.ok) {
        cases.set(opened.case.id, opened.case);
        results.push({ ok: true, caseId: opened.case.id, state: opened.case.state });
      } else {
        results.push({ ok: false, caseId: id, error: opened.error });
      }
      continue;
    }
    const parsed = parseEvent(record);
    if (!parsed.ok) {
      results.push({ ok: false, caseId: null, error: { code: 'invalid_input', message: text('Ongeldige gebeurtenis', 'Invalid event'), issues: parsed.issues } });
      continue;
    }
    const current = cases.get(parsed.value.caseId);
    if (current === undefined) {
      results.push({ ok: false, caseId: parsed.value.caseId, error: { code: 'case_mismatch', message: text('Onbekende zaak', 'Unknown case') } });
      continue;
    }
    const applied = applyEvent(current, parsed.value);
    if (applied.ok) {
      cases.set(current.id, applied.case);
      results.push({ ok: true, caseId: current.id, state: applied.case.state });
    } else {
      results.push({ ok: false, caseId: current.id, error: applied.error });
    }
  }
  return { cases: [...cases.values()], results };
}
