import type { PolicyInput } from '../policy-shape.js';
import { LEGAL_PERSON_NOTE, LEGAL_PERSON_RULE, STUDY } from './study.js';

const at = (passage: string): string => STUDY.source(`Bijlage 1, Gemeente 4, ${passage}`);

/**
 * Municipality 4 of the study (De signaalreis, 003, Bijlage 1, "Gemeente 4"): capacity 20 home
 * visits and 50 calls a month; below €100 not forwarded (except water); crisis signals to the
 * case directors; residents known at debt help to their own bucket; home visit for a match or a
 * single recidivist (6 months) above €500; a call for a single housing signal, a single
 * recidivist €100–€500 or a single signal above €300; an e-mail when the call has no number or
 * the visits are full; a letter for a single signal up to €300 without recidivism, or a
 * recidivist below €100 (water only).
 * @category Presets
 */
export const M4 = {
  name: 'M4',
  version: STUDY.version,
  effectiveFrom: STUDY.effectiveFrom,
  source: STUDY.source('Bijlage 1, Gemeente 4'),
  description:
    'Choices where the study is not exact: crisis signals (eviction notices, end-of-supply) and residents known at debt help are routed before the €100 floor; the floor applies to the resident\'s amount summed over a match, so a small signal in a larger match is still forwarded; €100.00 itself is forwarded, "tussen €100 en €500" includes both ends, "meer dan €300" starts at €300.01 and "hoger dan €500" at €500.01; calls that do not fit in the 50 (the study only says the maximum is rarely reached) become e-mails like full home visits; an e-mail without an address becomes a handwritten card. Home visits are done by general social work, calls by debt-help workers. Contact plan: "meerdere pogingen" is read as 3 calls (twice in the daytime, once in the evening, a working day apart), then one app/SMS (the number is known; a call without a number already became an e-mail in triage), then the handwritten card; an e-mail without answer also gets the card; home visits get 2 attempts, then the card; capacity in attempts is read from the 50 calls and 20 visits a month: 150 calls (50 × 3), at most 7 a day, and 40 visits (20 × 2), at most 2 a day (the daily numbers are not given); cards, SMS and e-mail without a limit.' + LEGAL_PERSON_NOTE,
  capacity: { 'home-visit': 20, phone: 50 },
  executors: { 'home-visit': 'social-work', phone: 'debt-help', email: 'debt-help', card: 'debt-help' },
  fallbacks: {
    'home-visit': { whenFull: 'email' },
    phone: { whenFull: 'email', whenNoContact: 'email' },
    email: { whenNoContact: 'card' },
  },
  priority: ['crisis', 'match', 'housing', 'amount-desc'],
  rules: [
    LEGAL_PERSON_RULE,
    { id: 'crisis', when: { crisis: true }, then: { channel: 'case-director' }, source: at('bakje "Crisis" (dreigende huisuitzetting, water- of energieafsluiting)') },
    { id: 'known-at-debt-help', when: { knownAtDebtHelp: true }, then: { channel: 'known-at-debt-help' }, source: at('bakje "reeds bekend sdv"') },
    { id: 'floor-100-except-water', when: { amount: { of: 'match-total', below: '100.00' }, sector: ['housing', 'energy', 'health-insurance', 'mortgage', 'other'] }, then: { channel: 'not-picked-up' }, source: at('< €100 (met uitzondering van WML - water): niet doorgezet') },
    { id: 'home-visit-match', when: { match: true }, then: { channel: 'home-visit' }, source: at('Huisbezoek: bij match') },
    { id: 'home-visit-recidivist-above-500', when: { recidivism: { withinMonths: 6 }, amount: { above: '500.00' } }, then: { channel: 'home-visit' }, source: at('Huisbezoek: enkelvoudig, recidive afgelopen 6 maanden, hoger dan € 500') },
    { id: 'phone-housing', when: { sector: ['housing'] }, then: { channel: 'phone' }, source: at('Telefoon: enkelvoudig signaal huur') },
    { id: 'phone-recidivist-100-500', when: { recidivism: { withinMonths: 6 }, amount: { atLeast: '100.00', atMost: '500.00' } }, then: { channel: 'phone' }, source: at('Telefoon: recidive afgelopen 6 maanden, tussen €100 en €500') },
    { id: 'phone-above-300', when: { amount: { above: '300.00' } }, then: { channel: 'phone' }, source: at('Telefoon: enkelvoudig, meer dan € 300') },
    { id: 'letter-up-to-300', when: { amount: { atMost: '300.00' }, recidivism: { withinMonths: 6, present: false } }, then: { channel: 'letter' }, source: at('Brief: tot maximaal € 300 en geen recidive') },
    { id: 'letter-recidivist-below-100', when: { recidivism: { withinMonths: 6 }, amount: { below: '100.00' } }, then: { channel: 'letter' }, source: at('Brief: recidive en onder € 100,00 (kan alleen water zijn)') },
  ],
  otherwise: { channel: 'manual-review' },
  contactPlan: {
    source: STUDY.source('Bijlage 1, Gemeente 4, Het contact leggen met de inwoner: "Ze doen meerdere pogingen om in contact te komen. Lukt het telefonisch niet dan sturen ze een mail of app/sms. En als ook daar geen contact op komt of het telefoonnummer klopt niet dan sturen ze een handgeschreven kaartje met de vraag om contact op te nemen."'),
    channels: {
      phone: { attempts: 3, spacing: 1, windows: ['daytime', 'daytime', 'evening'], then: 'sms', capacity: { perDay: 7, perMonth: 150 } },
      sms: { attempts: 1, then: 'card' },
      email: { attempts: 1, then: 'card' },
      card: { attempts: 1 },
      'home-visit': { attempts: 2, spacing: 2, then: 'card', capacity: { perDay: 2, perMonth: 40 } },
      letter: { attempts: 1 },
    },
  },
} satisfies PolicyInput;
