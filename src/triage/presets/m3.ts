import type { PolicyInput } from '../policy-shape.js';
import { LEGAL_PERSON_NOTE, LEGAL_PERSON_RULE, STUDY } from './study.js';

/**
 * Municipality 3 of the study (De signaalreis, 003, Bijlage 1, "Gemeente 3"): no floor; below
 * €250 an e-mail, €250–€500 a call, above €500 a home visit; without e-mail or phone a
 * personalised card; recidivists and draggers in a separate bucket reviewed by hand, where an
 * earlier failed contact leads to a home visit; end-of-supply signals and warm referrals the
 * same day; entrepreneurs who are natural persons are referred to help for entrepreneurs.
 * @category Presets
 */
export const M3 = {
  name: 'M3',
  version: STUDY.version,
  effectiveFrom: STUDY.effectiveFrom,
  source: STUDY.source('Bijlage 1, Gemeente 3'),
  description:
    'Choices where the study is not exact: €250.00 and €500.00 both get a call (the band "€250–€500" includes its ends; "> €500" starts at €500.01); a call without a phone number becomes an e-mail, an e-mail without an address a personalised card; "recidivist" means signalled before within 12 months (the study names no window); end-of-supply signals and warm referrals are served first; the study learns that someone is an entrepreneur only at the visit ("Ze weten niet van tevoren of iemand een zelfstandige is"), so when the signal already names a sole trader, maatschap, vof or cv this preset calls (falling back to e-mail and card) and refers them to help for entrepreneurs. Contact plan: the study gives Gemeente 3 no number of attempts: calls and visits get 2 each, the low end of "2-3x is veelvoorkomend" in the study\'s general findings, calls once in the daytime and once in the evening; an e-mail and the personalised card are one attempt each; no escalation (not described); no capacity in attempts (the team of 2.5 has no stated daily numbers).' + LEGAL_PERSON_NOTE,
  fallbacks: { phone: { whenNoContact: 'email' }, email: { whenNoContact: 'card' } },
  priority: ['end-of-supply', 'warm-referral', 'amount-desc'],
  rules: [
    LEGAL_PERSON_RULE,
    { id: 'entrepreneur-refer', when: { legalForm: { in: ['sole-trader', 'maatschap', 'vof', 'cv'] } }, then: { channel: 'phone', referTo: 'entrepreneur-desk' }, source: STUDY.source('Bijlage 1, Gemeente 3, Ondernemers: "Ze ondersteunen ook natuurlijke personen die eigenlijk zakelijk zijn - verwijzen ze door naar andere type hulp (specifiek voor ondernemers)"') },
    { id: 'recidivist-failed-contact', when: { recidivism: { withinMonths: 12 }, earlierContactFailed: true }, then: { channel: 'home-visit' }, source: STUDY.source('Bijlage 1, Gemeente 3, eerder niet gelukt contact te krijgen: mee bij HB') },
    { id: 'recidivist-review', when: { recidivism: { withinMonths: 12 } }, then: { channel: 'manual-review' }, source: STUDY.source('Bijlage 1, Gemeente 3, Recidive en schuivers: apart bakje') },
    { id: 'dragger-review', when: { dragger: true }, then: { channel: 'manual-review' }, source: STUDY.source('Bijlage 1, Gemeente 3, Recidive en schuivers: apart bakje') },
    { id: 'email-below-250', when: { amount: { below: '250.00' } }, then: { channel: 'email' }, source: STUDY.source('Bijlage 1, Gemeente 3, < € 250: email') },
    { id: 'phone-250-500', when: { amount: { atLeast: '250.00', atMost: '500.00' } }, then: { channel: 'phone' }, source: STUDY.source('Bijlage 1, Gemeente 3, € 250-€ 500: telefonisch contact') },
    { id: 'home-visit-above-500', when: { amount: { above: '500.00' } }, then: { channel: 'home-visit' }, source: STUDY.source('Bijlage 1, Gemeente 3, > € 500: huisbezoek') },
  ],
  otherwise: { channel: 'manual-review' },
  contactPlan: {
    source: STUDY.source('Bijlage 1, Gemeente 3: "Soms geen gegevens (email/telefoon) … Dan wordt er gepersonaliseerde kaart verstuurd."; Het contact leggen met de inwoner: "Aantal contactpogingen voor telefoon- en huisbezoek verschilt; 2-3x is veelvoorkomend."'),
    channels: {
      email: { attempts: 1 },
      phone: { attempts: 2, spacing: 2, windows: ['daytime', 'evening'] },
      'home-visit': { attempts: 2, spacing: 3 },
      card: { attempts: 1 },
    },
  },
} satisfies PolicyInput;
