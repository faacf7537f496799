import { cite, SOURCES, type Reason } from '../model/index.js';
import { text } from '../model/internal.js';
import { DEFAULT_LOOKUP } from './apply-event.js';
import type { AuditEntry } from './case.js';
import type { TransitionLookup } from './lookup.js';

const TABLE_SOURCE = cite(SOURCES.signaalreis, 'fasen 3 t/m 5 van de signaalreis');

/**
 * Explain one line of a case's audit trail: the transition row that allowed it, its meaning and
 * its source. Reasons are derived on demand rather than stored with every event, which keeps the
 * trail small and `applyEvent` fast.
 * @example
 * explainEntry(c.history[0]).message.en // 'Resident found in the population register'
 * @category Lifecycle
 */
export function explainEntry(entry: AuditEntry, lookup: TransitionLookup = DEFAULT_LOOKUP): Reason {
  const values = { from: entry.from, to: entry.to, event: entry.event.type, at: entry.event.at, actor: entry.event.actor };
  const step = lookup.get(entry.from)?.get(entry.event.type);
  if (step === undefined || step.to !== entry.to) {
    return {
      code: 'transition.not-in-table', outcome: 'fail', values, source: TABLE_SOURCE,
      message: text('Deze stap staat niet in de overgangstabel', 'This step is not in the transition table'),
    };
  }
  return { code: `transition.${entry.event.type}`, outcome: 'pass', values, source: step.rule.source, message: step.rule.description };
}
