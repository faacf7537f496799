import type { PolicyInput } from '../policy-shape.js';
import { LEGAL_PERSON_NOTE, LEGAL_PERSON_RULE, STUDY } from './study.js';

/**
 * "All signals above €500 get a home visit, whoever the creditor" (De signaalreis, 003,
 * "Prioritering op signaalpartner"): no priority by creditor.
 * @category Presets
 */
export const ABOVE_500_HOME_VISIT = {
  name: 'above-500-home-visit',
  version: STUDY.version,
  effectiveFrom: STUDY.effectiveFrom,
  source: STUDY.source('Prioritering op signaalpartner: "bij alle meldingen boven de € 500 op huisbezoek"'),
  description:
    'Choices where the study is not exact: "above €500" is this signal\'s own amount and starts at €500.01; everything else gets a letter; no capacity is given (add capacity.home-visit and a fallback for your own).' + LEGAL_PERSON_NOTE,
  priority: ['amount-desc'],
  rules: [
    LEGAL_PERSON_RULE,
    { id: 'home-visit-above-500', when: { amount: { above: '500.00' } }, then: { channel: 'home-visit' } },
  ],
  otherwise: { channel: 'letter' },
} satisfies PolicyInput;
