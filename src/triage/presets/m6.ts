import type { PolicyInput } from '../policy-shape.js';
import { LEGAL_PERSON_NOTE, LEGAL_PERSON_RULE, STUDY } from './study.js';

const visit: PolicyInput['otherwise'] = { channel: 'home-visit', also: ['letter', 'phone'] };

/**
 * Municipality 6 of the study (De signaalreis, 003, Bijlage 1, "Gemeente 6"): 600 signals and
 * 85 home visits a month; a letter for all single signals; a home visit for all matches
 * (whatever the amount) and all housing signals; capacity left goes to single signals, higher
 * amounts first. Before a visit a letter and a call; visits by the social district team.
 * @category Presets
 */
export const M6 = {
  name: 'M6',
  version: STUDY.version,
  effectiveFrom: STUDY.effectiveFrom,
  source: STUDY.source('Bijlage 1, Gemeente 6'),
  description:
    'Choices where the study is not exact: when the 85 visits do not cover all matches and housing signals, the rest get a letter (matches before housing, higher amounts first); the amount that ranks single signals for the remaining visits is the signal\'s own.' + LEGAL_PERSON_NOTE,
  capacity: { 'home-visit': 85 },
  executors: { 'home-visit': 'district-team' },
  fallbacks: { 'home-visit': { whenFull: 'letter' } },
  priority: ['match', 'housing', 'amount-desc'],
  rules: [
    LEGAL_PERSON_RULE,
    { id: 'home-visit-match', when: { match: true }, then: visit, source: STUDY.source('Bijlage 1, Gemeente 6, Huisbezoek: alle matches, ongeacht het bedrag') },
    { id: 'home-visit-housing', when: { sector: ['housing'] }, then: visit, source: STUDY.source('Bijlage 1, Gemeente 6, Huisbezoek: alle signalen van woningbouw') },
  ],
  otherwise: { channel: 'letter', ifCapacityLeft: 'home-visit' },
} satisfies PolicyInput;
