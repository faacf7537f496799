/**
 * The outcome classes the study reports and researchers ask about (De signaalreis, 003: the
 * table of 66 signals — not picked up, not reached, reached without help, help accepted).
 * @module
 */
import { type LocalizedText } from '../model/index.js';
import { text } from '../model/internal.js';

/**
 * Outcome of a signal's case, in the study's four columns:
 * - `not-picked-up`: not picked up or unknown (incl. already known at debt help before contact);
 * - `not-reached`: picked up, resident not reached;
 * - `reached-no-help`: reached, no help accepted ("refused" in researchers' terms);
 * - `help-accepted`: reached and help accepted.
 * @category Figures
 */
export const OUTCOME_CLASSES = Object.freeze(['not-picked-up', 'not-reached', 'reached-no-help', 'help-accepted'] as const);
/** An outcome class. @category Figures */
export type OutcomeClass = (typeof OUTCOME_CLASSES)[number];

/** Labels of the outcome classes in Dutch and English, as the study's table names them. @category Figures */
export const OUTCOME_LABELS: Readonly<Record<OutcomeClass, LocalizedText>> = Object.freeze({
  'not-picked-up': Object.freeze(text('Niet opgepakt / onbekend', 'Not picked up / unknown')),
  'not-reached': Object.freeze(text('Niet bereikt', 'Not reached')),
  'reached-no-help': Object.freeze(text('Wel bereikt; geen hulp geaccepteerd', 'Reached, no help accepted')),
  'help-accepted': Object.freeze(text('Hulp geaccepteerd', 'Help accepted')),
});

/**
 * How the debt developed after the signal, as the creditor saw it some months later, in the
 * study's categories (De signaalreis: "Ontwikkeling van de schuld", five months after March 2023):
 * - `grown`: the arrears grew ("achterstand opgelopen");
 * - `bailiff`: the claim went to a bailiff ("ligt bij de deurwaarder");
 * - `paid-new-arrears`: the signalled arrears were paid, but there are new ones ("maart betaald, maar nieuwe achterstanden");
 * - `reduced`: the arrears went down ("achterstand ingelopen"), e.g. under budget management;
 * - `arrangement`: a payment arrangement was made ("betalingsregeling");
 * - `no-arrears`: nothing is owed any more ("geen achterstand meer");
 * - `unknown`: the creditor gave no figures ("geen gegevens van de VLP hierover ontvangen").
 * @category Samples
 */
export const DEBT_DEVELOPMENTS = Object.freeze(['grown', 'bailiff', 'paid-new-arrears', 'reduced', 'arrangement', 'no-arrears', 'unknown'] as const);
/** A debt development. @category Samples */
export type DebtDevelopment = (typeof DEBT_DEVELOPMENTS)[number];
