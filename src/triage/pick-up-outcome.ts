import { NOT_PICKED_UP_MEANINGS, type NotPickedUpMeaning, type NotPickedUpReason, type Reason, type SourceRef } from '../model/index.js';
import { reason, text } from '../model/internal.js';
import type { Action, Policy, Rule } from './policy-shape.js';
import { REFERRAL_TARGET_NAMES, type ReferralTarget } from './vocabulary.js';

/**
 * What a triage decision that does not pick the signal up implies downstream: why, the feedback
 * code the creditor gets, and the DDAS status and end result the case closes with. The lifecycle
 * (`vroegsignalering/feedback`, `notPickedUpEvent`) closes the case with it.
 * @category Triage
 */
export interface NotPickedUp {
  /** Why: `unjustified` (below a floor), `repeated` (same creditor again) or `other` (e.g. a legal person, no capacity). */
  readonly reason: NotPickedUpReason;
  /** The feedback code to the creditor (RIS/VPS). */
  readonly feedbackCode: NotPickedUpMeaning['feedbackCode'];
  /** DDAS v1.2 signal status and end result (`EnumSignaalstatus`, `EnumEindresultaat`). */
  readonly ddasResult: NotPickedUpMeaning['ddas'];
}

/** One frozen record per reason, shared by every decision. */
const NOT_PICKED_UP: Readonly<Record<NotPickedUpReason, NotPickedUp>> = Object.freeze({
  unjustified: Object.freeze({ reason: 'unjustified', feedbackCode: NOT_PICKED_UP_MEANINGS.unjustified.feedbackCode, ddasResult: NOT_PICKED_UP_MEANINGS.unjustified.ddas }),
  repeated: Object.freeze({ reason: 'repeated', feedbackCode: NOT_PICKED_UP_MEANINGS.repeated.feedbackCode, ddasResult: NOT_PICKED_UP_MEANINGS.repeated.ddas }),
  other: Object.freeze({ reason: 'other', feedbackCode: NOT_PICKED_UP_MEANINGS.other.feedbackCode, ddasResult: NOT_PICKED_UP_MEANINGS.other.ddas }),
});

/** The shared record of a not-picked-up reason. @internal */
export const notPickedUpOf = (r: NotPickedUpReason): NotPickedUp => NOT_PICKED_UP[r];

/**
 * Why a `not-picked-up` action does not pick up: its own `notPickedUp`, else read from the rule —
 * a legal-form condition means "other reason" (a legal person), a repeat of last month (same
 * creditor last month, or an update) "repeated", an amount condition (a floor) "unjustified",
 * anything else (and `otherwise`) "other reason". `null` for any other channel.
 * @internal
 */
export function notPickedUpReasonOf(action: Action, rule: Rule | undefined): NotPickedUpReason | null {
  if (action.channel !== 'not-picked-up') return null;
  if (action.notPickedUp !== undefined) return action.notPickedUp;
  const when = rule?.when;
  if (when === undefined || when.legalForm !== undefined) return 'other';
  if (when.sameCreditorLastMonth === true || when.update === true) return 'repeated';
  return when.amount !== undefined ? 'unjustified' : 'other';
}

/** The reason a decision gives for not picking up, citing the rule (or the move) and the DDAS meaning. */
function notPickedUpReason(why: NotPickedUpReason, source: SourceRef, inferred: boolean, byCapacity: boolean): Reason {
  const meaning = NOT_PICKED_UP_MEANINGS[why];
  const how = byCapacity
    ? text(' (geen capaciteit en geen ander kanaal)', ' (no capacity and no other channel)')
    : inferred ? text(' (afgeleid uit de voorwaarden van de regel)', " (read from the rule's conditions)") : text('', '');
  return reason('triage.not-picked-up', 'info', Object.freeze({ ...source, clause: `${source.clause ?? ''}; ${meaning.source.clause}` }),
    text(
      `Niet opgepakt, terugkoppeling "${meaning.feedbackCode}", DDAS "${meaning.ddas}"${how.nl}`,
      `Not picked up (${why}): feedback "${meaning.feedbackCode}", DDAS "${meaning.ddas}"${how.en}`,
    ),
    { reason: why, feedbackCode: meaning.feedbackCode, ddasResult: meaning.ddas, inferred, byCapacity });
}

/** The reason a decision gives for a referral. */
function referralReason(to: ReferralTarget, source: SourceRef): Reason {
  const name = REFERRAL_TARGET_NAMES[to];
  return reason('triage.referral', 'info', source,
    text(`Doorverwijzen naar ${name.nl}`, `Refer to ${name.en}`), { referTo: to });
}

/** Per action (rules, then `otherwise`): the not-picked-up reason and referral a decision adds. @internal */
export interface PickUpReasons {
  /** Per action: the reason when its own channel is `not-picked-up`, else `null`. */
  readonly notPickedUp: readonly (Reason | null)[];
  /** Per action: the not-picked-up reason when a move (no capacity, no contact data) ends there. */
  readonly movedToNotPickedUp: readonly Reason[];
  /** Per action: the referral reason, or `null`. */
  readonly referral: readonly (Reason | null)[];
}

/** Prepare the pick-up reasons of a policy once. @internal */
export function preparePickUpReasons(policy: Policy, sourceOf: (ruleIndex: number) => SourceRef): PickUpReasons {
  const actions = [...policy.rules.map((r) => r.then), policy.otherwise];
  return {
    notPickedUp: actions.map((a, i) => {
      const why = notPickedUpReasonOf(a, policy.rules[i]);
      return why === null ? null : notPickedUpReason(why, sourceOf(i), a.notPickedUp === undefined, false);
    }),
    movedToNotPickedUp: actions.map((_, i) => notPickedUpReason('other', sourceOf(i), false, true)),
    referral: actions.map((a, i) => (a.referTo === undefined ? null : referralReason(a.referTo, sourceOf(i)))),
  };
}
