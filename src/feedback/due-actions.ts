import { type BatchItem, type IsoDate, type LocalizedText, type Reason } from '../model/index.js';
import { text } from '../model/internal.js';
import { asOfOf } from './as-of.js';
import type { Case } from './case.js';
import { snapshotAt } from './case-at.js';
import { caseDeadlines, collectionPauses } from './case-deadlines.js';
import { feedbackFor } from './feedback-for.js';
import { deserialiseCase } from './serialise.js';
import type { CaseState } from './states.js';

/**
 * Something a municipality has to do (or know) for a case:
 * - `deadline`: an open deadline (`due` on or after `asOf`, `overdue` before it);
 * - `send-feedback`: feedback to send to the creditor;
 * - `collection-pause`: a running collection pause, for information (`running`).
 * @category Deadlines
 */
export interface DueAction {
  /** What kind of action. */
  readonly kind: 'deadline' | 'send-feedback' | 'collection-pause';
  /** Rule key or feedback code. */
  readonly key: string;
  /** Due date (last day of a pause). */
  readonly due: IsoDate;
  /** `due`, `overdue` or `running`. */
  readonly status: 'due' | 'overdue' | 'running';
  /** What to do. */
  readonly action: LocalizedText;
  /** The rule, values and source. */
  readonly reason: Reason;
}

/**
 * The actions of one case as of a date.
 * @category Deadlines
 */
export interface CaseDueActions {
  /** Case id. */
  readonly caseId: string;
  /** State as of the date. */
  readonly state: CaseState;
  /** Its actions, earliest due first. */
  readonly actions: readonly DueAction[];
}

function statusOf(due: IsoDate, asOf: IsoDate): 'due' | 'overdue' {
  return due < asOf ? 'overdue' : 'due';
}

function actionsOf(c: Case, asOf: IsoDate): DueAction[] {
  const actions: DueAction[] = [];
  for (const d of caseDeadlines(c)) {
    if (d.open) actions.push({ kind: 'deadline', key: d.key, due: d.due, status: statusOf(d.due, asOf), action: d.action, reason: d.reason });
  }
  for (const item of feedbackFor(c, { asOf }).toSend) {
    const label = item.creditors[0]?.label ?? { nl: item.code, en: item.code };
    actions.push({
      kind: 'send-feedback', key: item.code, due: item.due, status: statusOf(item.due, asOf),
      action: text(`Terugkoppelen: ${label.nl}`, `Send feedback: ${label.en}`), reason: item.reasons[0]!,
    });
  }
  for (const pause of collectionPauses(c)) {
    if (pause.start <= asOf && asOf <= pause.until) {
      actions.push({
        kind: 'collection-pause', key: pause.trigger, due: pause.until, status: 'running',
        action: text(`Incassorust loopt tot ${pause.until}`, `Collection pause runs until ${pause.until}`), reason: pause.reason,
      });
    }
  }
  return actions.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
}

/** Options of {@link dueActions}. @category Deadlines */
export interface DueActionsOptions {
  /** The Amsterdam date to report on. */
  readonly asOf: IsoDate;
}

/**
 * What is due or overdue for each case as of a date: open deadlines (3 working days, 2/4 weeks,
 * 28 days), feedback to send and running collection pauses, each with its reason and source.
 * Takes cases as this module returns them or as stored (the JSON text of `serialiseCase`, or
 * its parsed object); each is read with {@link deserialiseCase}. One item per input, in order;
 * an input that is not a valid case gets its issues. Throws `UsageError` (from `vroegsignalering/model`) only for an
 * invalid `asOf`.
 * @example
 * dueActions([c], { asOf: '2025-05-07' })[0] // { index: 0, ok: true, value: { caseId, state, actions: [{ kind: 'deadline', key: 'warmReferralContact', due: '2025-05-08', status: 'due', … }] } }
 * @category Deadlines
 */
export function dueActions(cases: readonly unknown[], options: DueActionsOptions): BatchItem<CaseDueActions>[] {
  const asOf = asOfOf(options);
  return cases.map((input, index): BatchItem<CaseDueActions> => {
    const read = deserialiseCase(input);
    if (!read.ok) return { index, ok: false, issues: read.issues };
    const snapshot = snapshotAt(read.value, asOf);
    return { index, ok: true, value: { caseId: read.value.id, state: snapshot.state, actions: actionsOf(snapshot, asOf) } };
  });
}
