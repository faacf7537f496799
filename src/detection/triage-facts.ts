import type { Euro, Sector } from '../model/index.js';
import type { SignalDetection } from './result.js';

/**
 * The facts triage reads about a signal, in the shape of the triage module's context (this
 * module does not depend on triage: the shape is plain data).
 * @category Detection
 */
export interface DetectionTriageFacts {
  readonly match: { readonly isMatch: boolean; readonly creditorCount: number; readonly sectors: readonly Sector[]; readonly totalAmount: Euro };
  /** Calendar months since the earlier, distinct signal, when within the recidivism window; else `null`. */
  readonly recidivismMonths: number | null;
  readonly dragger: boolean;
  readonly update: boolean;
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
  };
}
