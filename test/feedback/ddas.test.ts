import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { applyEvent, caseSignalFromSignal, notPickedUpEvent, openCase, replayCaseLog, toDdas, type Case, type Uitwisselmodel } from '../../src/feedback/index.js';
import { compilePolicy, PRESETS, triageBatch } from '../../src/triage/index.js';
import { ddasCase, ddasDayPart, ddasResult, ddasSignal, ddasSignalStatus } from '../../src/feedback/ddas-map.js';
import { DDAS_RESULTS, DDAS_SIGNAL_STATUSES } from '../../src/feedback/ddas-types.js';
import { ev, open, reachedOn, run, signal } from './helpers.js';
import { syntheticMonth } from '../../tools/synthetic/feedback-month.js';
import { parseSignal, type Signal } from '../../src/model/index.js';

/** A raw synthetic signal, parsed (throws when the test data is wrong). */
function parsedSignal(raw: unknown): Signal {
  const r = parseSignal(raw);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}

// The official schema stays in the shared folder beside the repo; it is read, never copied. A
// checkout without that folder skips the schema tests and says so plainly.
const schemaPath = fileURLToPath(new URL('../../../shared/ddas/json_schema_Uitwisselmodel.v1.2.json', import.meta.url));
const hasSchema = existsSync(schemaPath);
if (!hasSchema) {
  console.warn(`SKIPPED: the DDAS v1.2 JSON Schema tests — ${schemaPath} is absent (it lives beside the repository, in shared/ddas/).`);
}
const schema = hasSchema
  ? (JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown> & { $defs: Record<string, { enum?: string[] }> })
  : null;
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema ?? {});
/** A test that needs the official schema: skipped, with the reason in its name, when the schema is absent. */
const withSchema = (name: string, fn: () => void) =>
  it.skipIf(!hasSchema)(hasSchema ? name : `${name} — SKIPPED: DDAS schema not found at ${schemaPath}`, fn);

const OPTIONS = { period: { start: '2025-05-01', end: '2025-05-31' }, supplierCode: 'VENDOR-01', deliveredAt: '2025-06-02T06:00:00+02:00' };

describe('DDAS mapping', () => {
  withSchema('uses exactly the vocabulary of the official schema', () => {
    expect([...DDAS_SIGNAL_STATUSES].sort()).toEqual([...schema!.$defs['EnumSignaalstatus']!.enum!].sort());
    expect([...DDAS_RESULTS].sort()).toEqual([...schema!.$defs['EnumEindresultaat']!.enum!].sort());
  });

  it('day parts in Amsterdam time: Ochtend before 12:00, Middag 12–18, Avond from 18:00', () => {
    expect([0, 11, 12, 17, 18, 23].map(ddasDayPart)).toEqual(['Ochtend', 'Ochtend', 'Middag', 'Middag', 'Avond', 'Avond']);
    const c = run(open(), [
      ev('register-matched', '2025-05-02T10:00:00+02:00'), ev('picked-up', '2025-05-05T09:00:00+02:00'),
      ev('contact-not-reached', '2025-05-05T09:59:00Z', { channel: 'phone' }), // 11:59 CEST
      ev('contact-not-reached', '2025-05-05T10:00:00Z', { channel: 'sms-whatsapp' }), // 12:00 CEST
      ev('contact-not-reached', '2025-05-05T15:59:00Z', { channel: 'letter' }), // 17:59 CEST
      ev('contact-reached', '2025-05-05T16:00:00Z', { channel: 'home-visit' }), // 18:00 CEST
      ev('contact-reached', '2025-05-05T22:30:00Z', { channel: 'email' }), // 00:30 CEST, next day
    ]);
    expect(ddasCase(c).contactpogingen).toEqual([
      { soort: 'Telefoon', bereikt: false, datum: '2025-05-05', dagdeel: 'Ochtend' },
      { soort: 'SMS/Whatsapp', bereikt: false, datum: '2025-05-05', dagdeel: 'Middag' },
      { soort: 'Brief', bereikt: false, datum: '2025-05-05', dagdeel: 'Middag' },
      { soort: 'Huisbezoek', bereikt: true, datum: '2025-05-05', dagdeel: 'Avond' },
      { soort: 'Mail', bereikt: true, datum: '2025-05-06', dagdeel: 'Ochtend' },
    ]);
  });

  it('maps statuses and results: picked up stays Opgepakt; not picked up gives its reason', () => {
    const known = run(open(), [ev('register-matched', '2025-05-02T10:00:00+02:00'), ev('known-at-debt-help', '2025-05-03T10:00:00+02:00')]);
    expect([ddasSignalStatus(known), ddasResult(known)]).toEqual(['Inwoner al bekend bij schuldhulpverlening', 'Inwoner al bekend bij schuldhulpverlening']);
    expect([ddasSignalStatus(open()), ddasResult(open())]).toEqual(['Nog niet opgepakt', undefined]);
    const fallout = (finding?: string) => run(open(), [ev('register-fallout', '2025-05-02T10:00:00+02:00', finding ? { finding } : {})]);
    expect(ddasSignalStatus(fallout())).toBe('Niet opgepakt: andere reden');
    expect(ddasSignalStatus(fallout('not-resident'))).toBe('Persoon is geen inwoner (meer) in de gemeente');
    expect(ddasResult(fallout('not-a-dwelling'))).toBe('Niet opgepakt: onterecht signaal');
    const helped = run(open(), [...reachedOn('2025-05-07'), ev('help-accepted', '2025-05-07T19:30:00+02:00'), ev('help-completed', '2025-05-20T10:00:00+02:00', { result: 'advice-or-quick-fix' })]);
    expect([ddasSignalStatus(helped), ddasResult(helped)]).toEqual(['Opgepakt', '(Budget)advies en/of quick fix']);
    const deceased = run(open(), [ev('register-matched', '2025-05-02T10:00:00+02:00'), ev('picked-up', '2025-05-05T10:00:00+02:00'), ev('deceased', '2025-05-09T10:00:00+02:00')]);
    expect([ddasSignalStatus(deceased), ddasResult(deceased)]).toEqual(['Opgepakt', 'Inwoner is overleden']);
  });

  it('signals: whole euros, warm referral flag, crisis flag, creditor type; client by BSN or by address, never both', () => {
    const withBsn = ddasSignal(open({ signal: signal({ amount: '212.50', kind: 'warm-referral', client: { bsn: '111222333', postcode: '2311AB', houseNumber: 7 } }) }).signals[0], 'Opgepakt');
    expect(withBsn).toMatchObject({ bedrag: 213, warmeOverdracht: true, crisissignaal: false, signaalpartner: { type: 'Zorg' }, client: { burgerservicenummer: '111222333' } });
    expect(withBsn.client).not.toHaveProperty('postcode');
    const byAddress = ddasSignal(open({ signal: signal({ amount: '1.234,49', kind: 'eviction-notice', creditor: { id: 'W', sector: 'housing' }, client: { postcode: '2311 ab', houseNumber: '7', houseNumberAddition: 'A' } }) }).signals[0], 'Opgepakt');
    expect(byAddress).toMatchObject({ bedrag: 1234, crisissignaal: true, signaalpartner: { type: 'Huur' }, client: { postcode: '2311AB', huisnummer: '7', huisnummertoevoeging: 'A' } });
    expect(byAddress.client).not.toHaveProperty('burgerservicenummer');
    expect(ddasSignal(open({ signal: signal({ kind: 'cak-list' }) }).signals[0], 'Opgepakt').signaalpartner.type).toBe('CAK Zorgverzekeringen');
    // one definition of crisis (the model's): an end-of-supply signal is one, an early signal only when flagged
    expect(ddasSignal(open({ signal: signal({ kind: 'end-of-supply', creditor: { id: 'E', sector: 'energy' } }) }).signals[0], 'Opgepakt').crisissignaal).toBe(true);
    expect(ddasSignal(open({ signal: signal({ crisis: true }) }).signals[0], 'Opgepakt').crisissignaal).toBe(true);
  });
});

describe('toDdas: a delivery for CBS', () => {
  withSchema('a realistic synthetic month passes the official JSON Schema (v1.2)', () => {
    const { cases, items } = replayCaseLog(syntheticMonth({ seed: 7, cases: 400 }));
    expect(items.every((r) => r.ok)).toBe(true);
    const delivery = toDdas(cases, { ...OPTIONS, organisations: { '0392': { naam: 'Gemeente Haarlem', contactpersonen: [{ naam: 'Team Vroegsignalering', email: 'vroegsignalering@example.org' }] } } });
    const ok = validate(delivery);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(delivery.leveringen!.map((l) => l.teller)).toEqual([1, 2, 3]);
    expect(delivery.aanleverdatumEnTijd).toBe('2025-06-02T04:00:00Z');
    const zaken = delivery.leveringen!.flatMap((l) => l.vroegsignaalzaken);
    expect(zaken).toHaveLength(400);
    const statuses = new Set(delivery.leveringen!.flatMap((l) => l.vroegsignalen.map((s) => s.status)));
    expect(statuses).toContain('Opgepakt');
    expect(statuses).toContain('Inwoner al bekend bij schuldhulpverlening');
    expect(new Set(zaken.map((z) => z.resultaat)).size).toBeGreaterThan(8);
  });

  withSchema('the schema catches a broken delivery (the test can fail)', () => {
    const broken = { ...toDdas([open()], OPTIONS) } as Uitwisselmodel & { leveringen: { vroegsignalen: { client: object }[] }[] };
    broken.leveringen[0]!.vroegsignalen[0]!.client = { burgerservicenummer: '111222333', postcode: '2311AB', huisnummer: '7' };
    expect(validate(broken)).toBe(false);
  });

  it('exports each case as it stood at the end of the period, and only cases active in it', () => {
    const c = run(open(), [...reachedOn('2025-05-07'), ev('help-declined', '2025-06-03T10:00:00+02:00')]);
    const may = toDdas([c], OPTIONS).leveringen![0]!.vroegsignaalzaken[0]!;
    expect(may.resultaat).toBeUndefined();
    const june = toDdas([c], { ...OPTIONS, period: { start: '2025-06-01', end: '2025-06-30' } }).leveringen![0]!.vroegsignaalzaken[0]!;
    expect(june.resultaat).toBe('Inwoner regelt het zelf/hoeft geen hulp vanuit vroegsignalering');
    expect(toDdas([c], { ...OPTIONS, period: { start: '2025-07-01', end: '2025-07-31' } }).leveringen).toBeUndefined();
    expect(() => toDdas([c], { ...OPTIONS, period: { start: '2025-07-01', end: '2025-06-30' } })).toThrow(/period.end/);
  });
});

describe('a month with signals triage did not pick up (issue 16)', () => {
  // One month under preset M1 (De signaalreis, Gemeente 1: "> € 100 opgepakt, tenzij hetzelfde
  // signaal vorige maand ook"), plus a bv ("Signalen over rechtspersonen mogen op basis van de Wgs
  // niet worden opgevolgd"). Every person is synthetic.
  const raw = (id: string, amount: string, extra: Record<string, unknown> = {}) => ({
    id, kind: 'early', creditor: { id: 'E1', sector: 'energy' }, receivedDate: '2025-05-02',
    debtor: { name: { surname: 'Testpersoon' }, ...extra }, address: { postcode: '2311AB', houseNumber: Number(id.slice(1)) }, arrears: { total: amount },
  });
  const inputs = [
    { signal: raw('S1', '80.00') },
    { signal: raw('S2', '240.00'), context: { sameCreditorLastMonth: true } },
    { signal: raw('S3', '960.00', { legalForm: 'bv' }) },
    { signal: raw('S4', '240.00') },
  ];
  const decisions = triageBatch(inputs, compilePolicy(PRESETS.M1)).map((item) => {
    if (!item.ok) throw new Error(JSON.stringify(item.issues));
    return item.value;
  });
  const cases: Case[] = decisions.map((d, i) => {
    const opened = openCase({ caseId: `Z${i + 1}`, municipalityCode: '0546', at: '2025-05-02T09:00:00+02:00', actor: 'ris',
      signal: caseSignalFromSignal(parsedSignal(inputs[i]!.signal)) });
    if (!opened.ok) throw new Error(JSON.stringify(opened.issues));
    if (d.notPickedUp === null) return opened.value;
    const event = notPickedUpEvent({ caseId: `Z${i + 1}`, at: '2025-05-02T11:00:00+02:00', actor: 'triage', reason: d.notPickedUp.reason, rule: d.rule });
    if (!event.ok) throw new Error(JSON.stringify(event.issues));
    const closed = applyEvent(opened.value, event.value);
    if (!closed.ok) throw new Error(JSON.stringify(closed.issues));
    return closed.value;
  });

  it('triage gives the floor, the repeat and the bv their reason, code and DDAS result', () => {
    expect(decisions.map((d) => [d.rule, d.notPickedUp?.reason ?? null, d.notPickedUp?.ddasResult ?? null])).toEqual([
      ['floor-100', 'unjustified', 'Niet opgepakt: onterecht signaal'],
      ['signalled-last-month', 'repeated', 'Niet opgepakt: herhaalde melding'],
      ['legal-person', 'other', 'Niet opgepakt: andere reden'],
      ['otherwise', null, null],
    ]);
    expect(cases.map((c) => [c.state, c.outcome])).toEqual([
      ['closed', 'unjustified'], ['closed', 'repeated'], ['closed', 'not-picked-up'], ['received', null],
    ]);
  });

  it('the DDAS export carries the end result and status triage implied', () => {
    const delivery = toDdas(cases, OPTIONS);
    const levering = delivery.leveringen![0]!;
    expect(levering.vroegsignaalzaken.map((z) => z.resultaat)).toEqual([
      'Niet opgepakt: onterecht signaal', 'Niet opgepakt: herhaalde melding', 'Niet opgepakt: andere reden', undefined,
    ]);
    expect(levering.vroegsignalen.map((s) => s.status)).toEqual([
      'Niet opgepakt: onterecht signaal', 'Niet opgepakt: herhaalde melding', 'Niet opgepakt: andere reden', 'Nog niet opgepakt',
    ]);
  });

  withSchema('and passes the official JSON Schema (v1.2)', () => {
    const delivery = toDdas(cases, OPTIONS);
    const ok = validate(delivery);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });
});
