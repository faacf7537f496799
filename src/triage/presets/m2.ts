import type { PolicyInput } from '../policy-shape.js';
import { LEGAL_PERSON_NOTE, LEGAL_PERSON_RULE, STUDY } from './study.js';

const visitAndCall: PolicyInput['otherwise'] = { channel: 'home-visit', also: ['phone'] };

/**
 * Municipality 2 of the study (De signaalreis, 003, Bijlage 1, "Gemeente 2"): single signals
 * below €575 get an automatic SMS/letter/e-mail; a single housing signal above €575 a home
 * visit plus a call by the district team; a match without housing a visit plus a call by the
 * municipality, a match with housing by the district team; a call centre phones everyone
 * without a home visit, but not for amounts of €25.
 * @category Presets
 */
export const M2 = {
  name: 'M2',
  version: STUDY.version,
  effectiveFrom: STUDY.effectiveFrom,
  source: STUDY.source('Bijlage 1, Gemeente 2'),
  description:
    'Choices where the study is not exact: exactly €575.00 counts as "above €575" (so a single housing signal of €575.00 gets a home visit), closing the gap between "< €575" and "> €575"; "not for €25" is read as amounts up to €25.00, which get only the automatic message; single non-housing signals of €575 or more (not described) get the call-centre call; the automatic message is an SMS, else an e-mail, else a letter. Contact plan: a home visit that does not reach the resident is followed by calls ("Als iemand niet met HB wordt bereikt, wordt gebeld"); the study gives Gemeente 2 no number of calls, so its call centre is given the agreement the study describes for Haarlem\'s call centre: 7 calls at different times, in the evening and on Saturday (daytime, evening and Saturday in turn, a working day apart); one visit before the calls (not given); the automatic SMS, e-mail or letter is one attempt.' + LEGAL_PERSON_NOTE,
  executors: { 'home-visit': 'district-team', phone: 'call-centre' },
  fallbacks: { phone: { whenNoContact: 'email' }, sms: { whenNoContact: 'email' }, email: { whenNoContact: 'letter' } },
  priority: ['match', 'housing', 'amount-desc'],
  rules: [
    LEGAL_PERSON_RULE,
    { id: 'match-with-housing', when: { match: true, sectors: { anyOf: ['housing'] } }, then: { ...visitAndCall, executor: 'district-team' }, source: STUDY.source('Bijlage 1, Gemeente 2, Meervoudig E+W+Z+H: HB + telefoon (door wijkteams)') },
    { id: 'match-without-housing', when: { match: true }, then: { ...visitAndCall, executor: 'municipality' }, source: STUDY.source('Bijlage 1, Gemeente 2, Meervoudig E+W+Z: HB + telefoon (door gemeente)') },
    { id: 'single-housing-575', when: { sector: ['housing'], amount: { atLeast: '575.00' } }, then: { ...visitAndCall, executor: 'district-team' }, source: STUDY.source('Bijlage 1, Gemeente 2, Enkelvoudig H > € 575: HB + telefoon (door wijkteams)') },
    { id: 'automatic-up-to-25', when: { amount: { atMost: '25.00' } }, then: { channel: 'sms' }, source: STUDY.source('Bijlage 1, Gemeente 2, "niet voor bedragen van € 25"') },
    { id: 'automatic-below-575', when: { amount: { below: '575.00' } }, then: { channel: 'phone', executor: 'call-centre', also: ['sms'] }, source: STUDY.source('Bijlage 1, Gemeente 2, Enkelvoudig < €575: sms/brief/email (automatisch); callcenter belt') },
  ],
  otherwise: { channel: 'phone', executor: 'call-centre' },
  contactPlan: {
    source: STUDY.source('Bijlage 1, Gemeente 2, Het contact leggen met de inwoner: "Als iemand niet met HB wordt bereikt, wordt gebeld door wijkteam of door vroegsignaleringsteam van gemeente."; Gebruik van gespecialiseerd callcenter (Haarlem): "7 belpogingen … op verschillende tijdstippen in de week en ook in de avonduren en ook op zaterdag"'),
    channels: {
      'home-visit': { attempts: 1, then: 'phone' },
      phone: { attempts: 7, spacing: 1, windows: ['daytime', 'evening', 'saturday'] },
      sms: { attempts: 1 },
      email: { attempts: 1 },
      letter: { attempts: 1 },
    },
  },
} satisfies PolicyInput;
