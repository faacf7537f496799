import { describe, expect, it } from 'vitest';
import { CASE_OUTCOMES, ddasResult, ddasSignalStatus, feedbackFor } from '../../src/feedback/index.js';
import { ev, open, reachedOn, run } from './helpers.js';

const matched = () => [ev('register-matched', '2025-05-02T10:00:00+02:00')];
const pickedUp = () => [...matched(), ev('picked-up', '2025-05-06T09:00:00+02:00')];
const accepted = () => [...reachedOn('2025-05-07'), ev('help-accepted', '2025-05-07T19:30:00+02:00')];

/**
 * Golden cases as data: for every way a case can end, the final feedback the creditor gets
 * (an energy supplier sees the full code, a health insurer one of two) and the DDAS status and
 * result (De signaalreis 003; DDAS v1.2). `null` feedback: nothing beyond the interim "wants help".
 */
const GOLDEN = [
  { outcome: 'register-fallout', events: () => [ev('register-fallout', '2025-05-02T10:00:00+02:00')], feedback: 'not-picked-up', insurer: 'no-help-or-not-picked-up', status: 'Persoon is geen inwoner (meer) in de gemeente', result: 'Persoon is geen inwoner (meer) in de gemeente' },
  { outcome: 'unjustified', events: () => [...matched(), ev('unjustified', '2025-05-03T10:00:00+02:00')], feedback: 'unjustified', insurer: 'no-help-or-not-picked-up', status: 'Niet opgepakt: onterecht signaal', result: 'Niet opgepakt: onterecht signaal' },
  { outcome: 'repeated', events: () => [...matched(), ev('repeated-signal', '2025-05-03T10:00:00+02:00')], feedback: 'repeated', insurer: 'no-help-or-not-picked-up', status: 'Niet opgepakt: herhaalde melding', result: 'Niet opgepakt: herhaalde melding' },
  { outcome: 'not-picked-up', events: () => [...matched(), ev('not-picked-up', '2025-05-03T10:00:00+02:00', { reason: 'detention' })], feedback: 'not-picked-up', insurer: 'no-help-or-not-picked-up', status: 'Niet opgepakt: andere reden', result: 'Niet opgepakt: andere reden' },
  { outcome: 'known-at-debt-help', events: () => [...matched(), ev('known-at-debt-help', '2025-05-03T10:00:00+02:00')], feedback: 'known-at-debt-help', insurer: 'no-help-or-not-picked-up', status: 'Inwoner al bekend bij schuldhulpverlening', result: 'Inwoner al bekend bij schuldhulpverlening' },
  { outcome: 'deceased', events: () => [...matched(), ev('deceased', '2025-05-03T10:00:00+02:00')], feedback: 'deceased', insurer: 'no-help-or-not-picked-up', status: 'Inwoner is overleden', result: 'Inwoner is overleden' },
  { outcome: 'moved-away', events: () => [...pickedUp(), ev('moved-away', '2025-05-09T10:00:00+02:00')], feedback: 'not-picked-up', insurer: 'no-help-or-not-picked-up', status: 'Opgepakt', result: 'Persoon is geen inwoner (meer) in de gemeente' },
  { outcome: 'not-reached', events: () => [...pickedUp(), ev('contact-not-reached', '2025-05-07T10:00:00+02:00', { channel: 'letter' }), ev('contact-given-up', '2025-05-27T10:00:00+02:00')], feedback: 'not-reached-or-no-help', insurer: 'no-help-or-not-picked-up', status: 'Opgepakt', result: 'Definitief geen contact kunnen krijgen' },
  { outcome: 'no-response-after-contact', events: () => [...reachedOn('2025-05-07'), ev('auto-close', '2025-05-30T09:00:00+02:00')], feedback: 'not-reached-or-no-help', insurer: 'no-help-or-not-picked-up', status: 'Opgepakt', result: 'Geen reactie na eerder contact' },
  { outcome: 'declined', events: () => [...reachedOn('2025-05-07'), ev('help-declined', '2025-05-07T19:30:00+02:00')], feedback: 'not-reached-or-no-help', insurer: 'no-help-or-not-picked-up', status: 'Opgepakt', result: 'Inwoner regelt het zelf/hoeft geen hulp vanuit vroegsignalering' },
  { outcome: 'own-action', events: () => [...reachedOn('2025-05-07'), ev('own-action', '2025-05-07T19:30:00+02:00')], feedback: 'not-reached-or-no-help', insurer: 'no-help-or-not-picked-up', status: 'Opgepakt', result: 'Inwoner heeft zelf al betaald/betalingsregeling getroffen' },
  { outcome: 'other-trajectory', events: () => [...reachedOn('2025-05-07'), ev('other-trajectory', '2025-05-07T19:30:00+02:00')], feedback: 'not-reached-or-no-help', insurer: 'no-help-or-not-picked-up', status: 'Opgepakt', result: 'Inwoner heeft al een ander lopend traject' },
  { outcome: 'help-completed', events: () => [...accepted(), ev('help-completed', '2025-05-21T10:00:00+02:00', { result: 'referral-without-resident' })], feedback: null, insurer: null, status: 'Opgepakt', result: 'Verwijzing zonder tussenkomst inwoner' },
] as const;

describe('golden outcomes', () => {
  it('cover every outcome', () => {
    expect(GOLDEN.map((g) => g.outcome).sort()).toEqual([...CASE_OUTCOMES].sort());
  });

  for (const g of GOLDEN) {
    it(`${g.outcome}: feedback ${g.feedback ?? '(interim only)'}, DDAS ${g.result}`, () => {
      const withEnergy = run(open({ signal: { ...open().signals[0], creditor: { id: 'E1', sector: 'energy' } } }), g.events());
      const withInsurer = run(open(), g.events());
      expect(withEnergy.outcome).toBe(g.outcome);
      const final = (c: typeof withEnergy) => feedbackFor(c, { asOf: '2025-06-30' }).items.find((i) => i.stage === 'final');
      expect(final(withEnergy)?.creditors[0]?.code ?? null).toBe(g.feedback);
      expect(final(withInsurer)?.creditors[0]?.code ?? null).toBe(g.insurer);
      expect(ddasSignalStatus(withEnergy)).toBe(g.status);
      expect(ddasResult(withEnergy)).toBe(g.result);
    });
  }
});
