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
    'Choices where the study is not exact: when the 85 visits do not cover all matches and housing signals, the rest get a letter (matches before housing, higher amounts first); the amount that ranks single signals for the remaining visits is the signal\'s own. Contact plan: before the visits a letter and a call on the first day, then 3 visits 2 working days apart; the 85 visits a month are read as 85 residents (as in triage), so 255 visit attempts a month, at most 12 a working day (not given; 3 FTE); the letter for single signals is one attempt.' + LEGAL_PERSON_NOTE,
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
  contactPlan: {
    source: STUDY.source('Bijlage 1, Gemeente 6, Het contact leggen met de inwoner: "Voorafgaand aan huisbezoek: gekeken naar de geschiedenis én brief gestuurd én gebeld. Om kans op succes te vergroten. HB: 3 pogingen"'),
    channels: {
      'home-visit': { attempts: 3, spacing: 2, before: ['letter', 'phone'], capacity: { perDay: 12 } },
      letter: { attempts: 1 },
      phone: { attempts: 1 },
    },
  },
} satisfies PolicyInput;
