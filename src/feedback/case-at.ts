import type { IsoDate } from '../model/index.js';
import { applyEvent } from './apply-event.js';
import { asOfOf } from './as-of.js';
import type { Case } from './case.js';
import { localDateOf } from './local-time.js';

/** Options of {@link caseAt}. @category Lifecycle */
export interface CaseAtOptions {
  /** The Amsterdam calendar date to look at the case on (its end). */
  readonly asOf: IsoDate;
}

/**
 * The case as it stood at the end of an Amsterdam calendar date: its history up to that day
 * replayed through the transition table. Reports "as of" a date use it so that later events do
 * not leak into earlier periods. Throws `UsageError` (from `vroegsignalering/model`) for an invalid `asOf`.
 * @example
 * caseAt(c, { asOf: '2025-05-31' }).state // 'contacting', even if the case closed in June
 * @category Lifecycle
 */
export function caseAt(c: Case, options: CaseAtOptions): Case {
  return snapshotAt(c, asOfOf(options));
}

/** {@link caseAt} for a date already checked. */
export function snapshotAt(c: Case, date: IsoDate): Case {
  if (c.history.length === 0 || localDateOf(c.history[c.history.length - 1]!.event.at) <= date) return c;
  let current: Case = { ...c, state: 'received', outcome: null, signals: [c.signals[0]], history: [] };
  for (const entry of c.history) {
    if (localDateOf(entry.event.at) > date) break;
    const result = applyEvent(current, entry.event);
    if (!result.ok) break;
    current = result.value;
  }
  return current;
}
