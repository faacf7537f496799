import type { PolicyInput } from '../policy-shape.js';
import { LEGAL_PERSON_NOTE, LEGAL_PERSON_RULE, STUDY } from './study.js';

/**
 * Municipality 5 of the study (De signaalreis, 003, Bijlage 1, "Gemeente 5"): 750–800 signals a
 * month; capacity 30 home visits and 50 calls, the rest (about 700) a letter only; everyone
 * gets a letter; a home visit for two or more arrears at different creditors ("pure matches")
 * and for end-of-supply signals.
 * @category Presets
 */
export const M5 = {
  name: 'M5',
  version: STUDY.version,
  effectiveFrom: STUDY.effectiveFrom,
  source: STUDY.source('Bijlage 1, Gemeente 5'),
  description:
    'Choices where the study is not exact: the 50 calls are read as the overflow of the 30 home visits (visits full → call; calls full or no number → the letter alone); end-of-supply signals are served first, then residents with more creditors, then higher amounts. The letter everyone gets is listed in "also" for visited residents. "Same creditor, same person: try for 3 months" is contact practice, not triage. Contact plan: everyone\'s letter is one attempt; visits and calls get 2 attempts each (not given; the low end of the study\'s "2-3x"), within 60 visit and 100 call attempts a month (30 and 50 residents × 2) and 3 visits and 5 calls a day; "3 maanden contact" for the same creditor and person is read as three monthly signals each with its own 28-day plan (a new signal starts a new plan), not as one longer plan: the plan does not stop trying after a third month by itself.' + LEGAL_PERSON_NOTE,
  capacity: { 'home-visit': 30, phone: 50 },
  fallbacks: { 'home-visit': { whenFull: 'phone' }, phone: { whenFull: 'letter', whenNoContact: 'letter' } },
  priority: ['end-of-supply', 'creditors-desc', 'amount-desc'],
  rules: [
    LEGAL_PERSON_RULE,
    { id: 'home-visit-end-of-supply', when: { kind: ['end-of-supply'] }, then: { channel: 'home-visit', also: ['letter'] }, source: STUDY.source('Bijlage 1, Gemeente 5, Huisbezoek: bij eindeleveringssignalen') },
    { id: 'home-visit-two-creditors', when: { creditors: { atLeast: 2 } }, then: { channel: 'home-visit', also: ['letter'] }, source: STUDY.source('Bijlage 1, Gemeente 5, Huisbezoek: 2 of meer betalingsachterstanden bij verschillende partijen') },
  ],
  otherwise: { channel: 'letter' },
  contactPlan: {
    source: STUDY.source('Bijlage 1, Gemeente 5: "Capaciteit Per maand: 30 HB-en, 50 telefoon, rest (700): alleen brief"; Het contact leggen met de inwoner: "Bij steeds dezelfde VLP voor dezelfde persoon: proberen ze 3 maanden contact te krijgen."'),
    channels: {
      letter: { attempts: 1 },
      'home-visit': { attempts: 2, spacing: 3, capacity: { perDay: 3, perMonth: 60 } },
      phone: { attempts: 2, spacing: 2, windows: ['daytime', 'evening'], capacity: { perDay: 5, perMonth: 100 } },
    },
  },
} satisfies PolicyInput;
