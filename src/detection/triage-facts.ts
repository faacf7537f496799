import type { Euro, Sector } from '../model/index.js';
import type { SignalDetection } from './result.js';

/**
 * The facts triage reads about a signal, in the shape of the triage module's context (this
 * module does not depend on triage: the shape is plain data). Update, returning resident
 * (`recidivismMonths`) and "same creditor last month" are separate facts: an insurer's monthly
 * update is an update, makes the resident a returning resident, and is the same creditor's
 * signal of last month.
 * @category Detection
 */
export interface DetectionTriageFacts {
  readonly match: { readonly isMatch: boolean; readonly creditorCount: number; readonly sectors: readonly Sector[]; readonly totalAmount: Euro };
  /** Calendar months since the resident's signal in an earlier month (any creditor), within the recidivism window; else `null`. */
  readonly recidivismMonths: number | null;
  readonly dragger: boolean;
  /** The same creditor re-sent the same debt (not a new creditor). */
  readonly update: boolean;
  /** The same creditor signalled this resident in the previous calendar month (De signaalreis, gemeente 1). */
  readonly sameCreditorLastMonth: boolean;
}

/**
 * The triage facts of a detection result: pass them as the `context` of a triage input. Set
 * the detection option `recidivismMonths` at least as long as any recidivism window of the policy.
 * @example
 * const items = detectMatches(signals);
 * const inputs = signals.map((signal, i) => {
 *   const item = items[i];
 *   return { signal, context: item.ok ? triageFacts(item.value) : {} };
 * });
 * @category Detection
 */
export function triageFacts(result: SignalDetection): DetectionTriageFacts {
  const { match } = result;
  return {
    match: { isMatch: match.isMatch, creditorCount: match.creditorCount, sectors: match.sectors, totalAmount: match.totalAmount },
    recidivismMonths: result.recidivism.monthsSince,
    dragger: result.dragger.isDragger,
    update: result.update.isUpdate,
    sameCreditorLastMonth: result.repeat.sameCreditorLastMonth,
  };
}
