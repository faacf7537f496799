/**
 * The positions a case can be in, and how it can end.
 * @module
 */

/**
 * Where a case stands in the municipality's handling of a signal (De signaalreis, phases 3–5):
 * - `received`: the signal arrived, the register (BRP) check has not been done;
 * - `manual-review`: the register check fell out and a person reviews it by hand;
 * - `screening`: the resident was found; checks for debt help, repeats and floors run;
 * - `contacting`: picked up (opgepakt); contact attempts run, nobody reached yet;
 * - `reached`: the resident was reached and has not decided yet;
 * - `help-accepted`: the resident wants help (interim feedback goes out at once);
 * - `closed`: the case is closed with an {@link CaseOutcome}.
 * @category Lifecycle
 */
export const CASE_STATES = [
  'received', 'manual-review', 'screening', 'contacting', 'reached', 'help-accepted', 'closed',
] as const;
/** A case state. @category Lifecycle */
export type CaseState = (typeof CASE_STATES)[number];

/**
 * How a closed case ended. Each maps to a DDAS `EnumEindresultaat` and to a feedback code.
 * @category Lifecycle
 */
export const CASE_OUTCOMES = [
  'register-fallout', 'unjustified', 'repeated', 'not-picked-up', 'known-at-debt-help', 'deceased', 'moved-away',
  'not-reached', 'no-response-after-contact', 'declined', 'own-action', 'other-trajectory', 'help-completed',
] as const;
/** A case outcome. @category Lifecycle */
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];

/**
 * States in which the case counts as picked up (DDAS status `Opgepakt`).
 * @category Lifecycle
 */
export const PICKED_UP_STATES: ReadonlySet<CaseState> = new Set(['contacting', 'reached', 'help-accepted']);
