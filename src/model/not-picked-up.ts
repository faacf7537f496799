import { cite, SOURCES, type SourceRef } from './sources.js';
import type { LocalizedText } from './text.js';

/**
 * Why a signal is not picked up, in one place for every module: triage decides it, the case
 * lifecycle closes the case with it, feedback sends its code and the DDAS export writes its
 * status and end result (DDAS v1.2 `EnumSignaalstatus` / `EnumEindresultaat`):
 * - `unjustified` — below the municipality's floor or outside the day window ("onterecht");
 * - `repeated` — the same arrears from the same creditor again ("herhaalde melding");
 * - `other` — any other reason: a legal person (BV, NV), detention, unknown address, staff
 *   shortage ("andere reden").
 * @category Signals
 */
export const NOT_PICKED_UP_REASONS = ['unjustified', 'repeated', 'other'] as const;
/** Why a signal is not picked up. @category Signals */
export type NotPickedUpReason = (typeof NOT_PICKED_UP_REASONS)[number];

/**
 * What one not-picked-up reason implies downstream: the lifecycle event that closes the case,
 * the feedback code the creditor gets (RIS/VPS), the DDAS signal status and end result (the same
 * words in both enums), its label and where it comes from.
 * @category Signals
 */
export interface NotPickedUpMeaning {
  /** The case event that closes the case (`vroegsignalering/feedback`). */
  readonly event: 'unjustified' | 'repeated-signal' | 'not-picked-up';
  /** The feedback code sent to the creditor (De signaalreis, Inleiding: codes 1–3). */
  readonly feedbackCode: 'unjustified' | 'repeated' | 'not-picked-up';
  /** DDAS v1.2 signal status and end result (`EnumSignaalstatus` and `EnumEindresultaat`). */
  readonly ddas: 'Niet opgepakt: onterecht signaal' | 'Niet opgepakt: herhaalde melding' | 'Niet opgepakt: andere reden';
  /** Dutch and English label. */
  readonly label: LocalizedText;
  /** Where the meaning comes from. */
  readonly source: SourceRef;
}

const DDAS_STATUS = 'EnumSignaalstatus: "onterecht" = onder de ondergrens of buiten het dagenvenster; "herhaalde melding" = zelfde achterstand, zelfde signaalpartner; "andere reden" = o.a. rechtspersoon';

/**
 * The meaning of each {@link NotPickedUpReason}, as data.
 * @example
 * NOT_PICKED_UP_MEANINGS.repeated.ddas // 'Niet opgepakt: herhaalde melding'
 * @category Signals
 */
export const NOT_PICKED_UP_MEANINGS: Readonly<Record<NotPickedUpReason, NotPickedUpMeaning>> = Object.freeze({
  unjustified: Object.freeze({
    event: 'unjustified', feedbackCode: 'unjustified', ddas: 'Niet opgepakt: onterecht signaal',
    label: Object.freeze({ nl: 'niet opgepakt: onterecht signaal', en: 'not picked up: unjustified signal' }),
    source: Object.freeze(cite(SOURCES.ddas, DDAS_STATUS)),
  }),
  repeated: Object.freeze({
    event: 'repeated-signal', feedbackCode: 'repeated', ddas: 'Niet opgepakt: herhaalde melding',
    label: Object.freeze({ nl: 'niet opgepakt: herhaalde melding', en: 'not picked up: repeated signal' }),
    source: Object.freeze(cite(SOURCES.ddas, DDAS_STATUS)),
  }),
  other: Object.freeze({
    event: 'not-picked-up', feedbackCode: 'not-picked-up', ddas: 'Niet opgepakt: andere reden',
    label: Object.freeze({ nl: 'niet opgepakt: andere reden', en: 'not picked up: other reason' }),
    source: Object.freeze(cite(SOURCES.ddas, DDAS_STATUS)),
  }),
});
