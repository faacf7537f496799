import type { BatchItem, Reason } from '../model/index.js';
import { applyEvent } from './apply-event.js';
import type { Case } from './case.js';
import { caseIssue } from './errors.js';
import { parseEvent } from './events.js';
import { openCase } from './open-case.js';
import type { CaseEffect } from './transitions.js';

/**
 * What one accepted record of a case log did: the case it touched, the state it left it in, the
 * effects to carry out and why the step was allowed (for a `case-opened` record: no effects, no reasons).
 * @category Lifecycle
 */
export interface CaseLogEntry {
  readonly caseId: string;
  readonly state: Case['state'];
  readonly effects: readonly CaseEffect[];
  readonly reasons: readonly Reason[];
}

/** The cases a log built and one item per record. @category Lifecycle */
export interface CaseLogReplay {
  /** The cases, in the order they were opened, as the log left them. */
  readonly cases: Case[];
  /** One item per record, in order: what it did, or the issues that refused it. */
  readonly items: BatchItem<CaseLogEntry>[];
}

const NOTHING: readonly never[] = Object.freeze([]);

/**
 * Replay a log of raw records, oldest first: `{ "type": "case-opened", …openCase input }` opens a
 * case, any other record is an event for the case named by its `caseId` (read with
 * {@link parseEvent}). Returns the cases and exactly one item per record, in order; never throws.
 * A refused record leaves its case as it was. This is how a vendor rebuilds cases from an event store.
 * @example
 * const { cases, items } = replayCaseLog(lines.map((l) => JSON.parse(l)));
 * items.filter((i) => !i.ok).map((i) => [i.index, i.issues[0].code])
 * @category Lifecycle
 */
export function replayCaseLog(records: readonly unknown[]): CaseLogReplay {
  const cases = new Map<string, Case>();
  const items: BatchItem<CaseLogEntry>[] = [];
  for (let index = 0; index < records.length; index++) {
    const record = records[index];
    const type = typeof record === 'object' && record !== null ? (record as { type?: unknown }).type : undefined;
    if (type === 'case-opened') {
      const { type: _ignored, ...input } = record as Record<string, unknown>;
      const opened = openCase(input);
      if (!opened.ok) items.push({ index, ok: false, issues: opened.issues });
      else if (cases.has(opened.value.id)) {
        items.push({ index, ok: false, issues: [caseIssue('duplicate_case', ['caseId'], 'This case is already open')] });
      } else {
        cases.set(opened.value.id, opened.value);
        items.push({ index, ok: true, value: { caseId: opened.value.id, state: opened.value.state, effects: NOTHING, reasons: NOTHING } });
      }
      continue;
    }
    const parsed = parseEvent(record);
    if (!parsed.ok) {
      items.push({ index, ok: false, issues: parsed.issues });
      continue;
    }
    const current = cases.get(parsed.value.caseId);
    if (current === undefined) {
      items.push({ index, ok: false, issues: [caseIssue('case_mismatch', ['caseId'], 'No case with this id was opened earlier in the log')] });
      continue;
    }
    const applied = applyEvent(current, parsed.value);
    if (!applied.ok) {
      items.push({ index, ok: false, issues: applied.issues });
      continue;
    }
    cases.set(current.id, applied.value);
    items.push({ index, ok: true, value: { caseId: current.id, state: applied.value.state, effects: applied.effects, reasons: applied.reasons } });
  }
  return { cases: [...cases.values()], items };
}
