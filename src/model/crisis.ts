import type { SignalKind } from './signal.js';
import { cite, SOURCES, type SourceRef } from './sources.js';

/**
 * What a crisis signal is, in one place for every module: detection labels it, triage routes it
 * (the "Crisis" bucket of case directors), the lifecycle exports it as DDAS `crisissignaal`.
 * @module
 */

/**
 * Signal kinds that are crisis signals ("erop af"): a threatened eviction (an eviction notice)
 * or a threatened disconnection of water or energy (an end-of-supply signal). De signaalreis,
 * gemeente 4: "Als het crisis / erop af signaal is (dreigende huisuitzetting, water of energie
 * afsluiting)".
 * @category Signals
 */
export const CRISIS_KINDS: readonly SignalKind[] = Object.freeze(['eviction-notice', 'end-of-supply'] as const);

/** Where the definition of a crisis signal comes from. @category Signals */
export const CRISIS_SOURCE: SourceRef = Object.freeze(cite(
  SOURCES.signaalreis,
  'gemeente 4: "Als het crisis / erop af signaal is (dreigende huisuitzetting, water of energie afsluiting)"',
));

/**
 * Whether a signal is a crisis signal: its own `crisis` flag when the creditor or the
 * municipality set one, otherwise its kind ({@link CRISIS_KINDS}).
 * @example
 * isCrisisSignal({ kind: 'end-of-supply' }) // true
 * isCrisisSignal({ kind: 'early', crisis: true }) // true
 * @category Signals
 */
export function isCrisisSignal(signal: { readonly kind: SignalKind; readonly crisis?: boolean | undefined }): boolean {
  return signal.crisis ?? CRISIS_KINDS.includes(signal.kind);
}

/**
 * Whether a signal is a threatening situation that must be picked up within 3 working days: a
 * crisis signal, except that an end-of-supply signal is one only when it is flagged as a crisis
 * (De signaalreis: "Je moet binnen 3 werkdagen een signaal oppakken bij bedreigende situaties;
 * hiervan is niet per definitie sprake bij een eindeleveringssignaal").
 * @example
 * isThreateningSituation({ kind: 'eviction-notice' }) // true
 * isThreateningSituation({ kind: 'end-of-supply' }) // false
 * isThreateningSituation({ kind: 'end-of-supply', crisis: true }) // true
 * @category Signals
 */
export function isThreateningSituation(signal: { readonly kind: SignalKind; readonly crisis?: boolean | undefined }): boolean {
  return signal.crisis ?? (signal.kind !== 'end-of-supply' && CRISIS_KINDS.includes(signal.kind));
}
