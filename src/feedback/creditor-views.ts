import { cite, SOURCES, type LocalizedText, type Sector, type SourceRef } from '../model/index.js';
import { text } from '../model/internal.js';
import { FEEDBACK_CODES, type FeedbackCode } from './codes.js';
import { deepFreeze } from './freeze.js';

/**
 * What one sector of creditors is told for each feedback code: a code and a label of its own.
 * @category Feedback
 */
export interface CreditorView {
  /** The sector this view is for. */
  readonly sector: Sector;
  /** The code and label the creditor sees, per library feedback code. */
  readonly codes: Readonly<Record<FeedbackCode, { readonly code: string; readonly label: LocalizedText }>>;
  /** Where the view comes from. */
  readonly source: SourceRef;
}

const HELP_ACCEPTED = { code: 'help-accepted', label: text('Hulp aanvaard', 'Help accepted') };
const NO_HELP = {
  code: 'no-help-or-not-picked-up',
  label: text('Geen hulp aanvaard of wordt niet opgepakt', 'No help accepted, or not picked up'),
};

/**
 * Creditor-specific views. Health insurers only hear "help accepted" or "no help accepted / not
 * picked up" (De signaalreis, 003, appendix: Zorgverzekeraars). Sectors not listed see the full
 * vocabulary.
 * @category Feedback
 */
export const CREDITOR_VIEWS: Readonly<Partial<Record<Sector, CreditorView>>> = deepFreeze({
  'health-insurance': {
    sector: 'health-insurance',
    source: cite(SOURCES.signaalreis, 'bijlage, Zorgverzekeraars: "Ze krijgen alleen terug: hulp aanvaard; geen hulp aanvaard of wordt niet opgepakt"'),
    codes: {
      'wants-help': HELP_ACCEPTED,
      unjustified: NO_HELP, 'not-picked-up': NO_HELP, repeated: NO_HELP, 'known-at-debt-help': NO_HELP,
      'not-reached-or-no-help': NO_HELP, deceased: NO_HELP,
    },
  },
});

/**
 * The code and label a creditor of a sector sees for a feedback code.
 * @example
 * feedbackForCreditor('known-at-debt-help', 'health-insurance').code // 'no-help-or-not-picked-up'
 * feedbackForCreditor('known-at-debt-help', 'water').code // 'known-at-debt-help'
 * @category Feedback
 */
export function feedbackForCreditor(
  code: FeedbackCode,
  sector: Sector,
  views: Readonly<Partial<Record<Sector, CreditorView>>> = CREDITOR_VIEWS,
): { readonly code: string; readonly label: LocalizedText } {
  return views[sector]?.codes[code] ?? { code, label: FEEDBACK_CODES[code].label };
}
