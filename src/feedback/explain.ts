import { cite, SOURCES, type Reason } from '../model/index.js';
import { reason, text } from '../model/internal.js';
import { DEFAULT_LOOKUP } from './apply-event.js';
import type { AuditEntry } from './case.js';
import type { TransitionLookup } from './lookup.js';

const TABLE_SOURCE = Object.freeze(cite(SOURCES.signaalreis, 'fasen 3 t/m 5 van de signaalreis'));

/** Options of {@link explainEntry}. @category Lifecycle */
export interface ExplainOptions {
  /** The compiled table the case ran on; default: {@link TRANSITIONS} compiled. */
  readonly lookup?: TransitionLookup;
}

/**
 * Explain one line of a case's audit trail: the reason {@link applyEvent} gave for the step —
 * the transition-table row that allowed it (`transition.<row id>`), its meaning and its source —
 * or a failing reason when the step is not in the table. Reasons are derived on demand rather
 * than stored with every event, which keeps the trail small.
 * @example
 * explainEntry(c.history[0]).values // { rule: 'register-matched', event: 'register-matched', from: 'received', to: 'screening' }
 * @category Lifecycle
 */
export function explainEntry(entry: AuditEntry, options: ExplainOptions = {}): Reason {
  const step = (options.lookup ?? DEFAULT_LOOKUP).get(entry.from)?.get(entry.event.type);
  if (step !== undefined && step.to === entry.to) return step.reason;
  return reason('transition.not-in-table', 'fail', TABLE_SOURCE, text('Deze stap staat niet in de overgangstabel', 'This step is not in the transition table'), {
    from: entry.from, to: entry.to, event: entry.event.type,
  });
}
