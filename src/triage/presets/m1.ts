import type { PolicyInput } from '../policy-shape.js';
import { LEGAL_PERSON_NOTE, LEGAL_PERSON_RULE, STUDY } from './study.js';

/**
 * Municipality 1 of the study (De signaalreis, Bijlage 1, "Gemeente 1"): signals above
 * €100 are picked up unless the same creditor signalled the resident last month too; criteria amount,
 * match, recidivism and age; the most urgent (high amount, several signals) get a home visit
 * or a call; residents aged 18–27 go to a youth worker; debt-help staff screen the list first.
 * @category Presets
 */
export const M1 = {
  name: 'M1',
  version: STUDY.version,
  effectiveFrom: STUDY.effectiveFrom,
  source: STUDY.source('Bijlage 1, Gemeente 1'),
  description:
    'Choices where the study is not exact: "> €100" is read as the resident\'s amount (summed over a match), so exactly €100.00 is not picked up; "the same signal last month" is read as the same creditor\'s signal last month (context sameCreditorLastMonth; a different creditor last month does not count); "high amount" is read as above €500 (the threshold M3 and M4 use); a match gets a home visit, a high amount or a recidivist within 6 months a call, everyone else a letter. The home-visit budget is "limited" without a number: set capacity.home-visit to your own. Contact plan: 2 calls or 2 visits, 1 mail, SMS or letter, closed after 4 weeks (28 days) as the study says; "daarna wordt bericht achtergelaten" is read as a voicemail at the second call (no extra attempt) and a card through the door after the second visit; the youth worker (not described) gets 2 attempts like a call; attempts 2 working days apart (not given); no capacity in attempts (the study gives none).' + LEGAL_PERSON_NOTE,
  executors: { 'youth-worker': 'youth-work' },
  fallbacks: { phone: { whenNoContact: 'letter' } },
  priority: ['match', 'amount-desc'],
  rules: [
    LEGAL_PERSON_RULE,
    { id: 'known-at-debt-help', when: { knownAtDebtHelp: true }, then: { channel: 'known-at-debt-help' }, source: STUDY.source('Bijlage 1, Gemeente 1, SHV-check') },
    { id: 'floor-100', when: { amount: { of: 'match-total', atMost: '100.00' } }, then: { channel: 'not-picked-up' }, source: STUDY.source('Bijlage 1, Gemeente 1, "> € 100 opgepakt"') },
    { id: 'signalled-last-month', when: { sameCreditorLastMonth: true }, then: { channel: 'not-picked-up' }, source: STUDY.source('Bijlage 1, Gemeente 1, "tenzij hetzelfde signaal vorige maand ook"') },
    { id: 'youth-18-27', when: { age: { atLeast: 18, atMost: 27 } }, then: { channel: 'youth-worker' }, source: STUDY.source('Bijlage 1, Gemeente 1, Jongeren (18 - 27 jaar)') },
    { id: 'home-visit-match', when: { match: true }, then: { channel: 'home-visit' }, source: STUDY.source('Bijlage 1, Gemeente 1, meest urgente signalen') },
    { id: 'phone-high-amount', when: { amount: { above: '500.00' } }, then: { channel: 'phone' }, source: STUDY.source('Bijlage 1, Gemeente 1, hoogte bedrag') },
    { id: 'phone-recidivist', when: { recidivism: { withinMonths: 6 } }, then: { channel: 'phone' }, source: STUDY.source('Bijlage 1, Gemeente 1, recidive') },
  ],
  otherwise: { channel: 'letter' },
  contactPlan: {
    source: STUDY.source('Bijlage 1, Gemeente 1, Het contact leggen met de inwoner: "Telefonisch en HB: doorgaans 2 pogingen, daarna wordt bericht achtergelaten. Mail, sms en brief; 1 poging."; Terugkoppeling: "na 4 weken (als automatisch afgesloten)"'),
    stop: { afterDays: 28 },
    channels: {
      phone: { attempts: 2, spacing: 2 },
      'home-visit': { attempts: 2, spacing: 2, then: 'card' },
      'youth-worker': { attempts: 2, spacing: 2 },
      email: { attempts: 1 },
      sms: { attempts: 1 },
      letter: { attempts: 1 },
      card: { attempts: 1 },
    },
  },
} satisfies PolicyInput;
