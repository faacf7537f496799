import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unflatten } from '../../src/model/index.js';
import { classifyOutcome, parseSample, parseSampleRecord, readCanonicalSample, SampleRecordSchema, splitAttempts } from '../../src/replay/index.js';

const base = {
  id: 'S1',
  creditor: { id: 'ZV1', sector: 'health-insurance' },
  receivedDate: '2023-03-01',
  household: 'h-1',
  address: { postcode: '1234' },
  arrears: { total: '212.85' },
};

describe('sample format', () => {
  it('reads a pseudonymised JSONL record with outcomes and derives the outcome class', () => {
    const r = parseSampleRecord({ ...base, outcome: { attempts: [{ date: '2023-03-05', channel: 'Telefoon', reached: 'ja' }], helpAccepted: true } });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.address?.postcode).toBe('1234');
    expect(r.value.outcome?.attempts[0]).toEqual({ date: '2023-03-05', channel: 'phone', reached: true });
    expect(r.value.outcome?.class).toBe('help-accepted');
  });

  it('reads the same record from a CSV row with dotted headers and compact attempts', () => {
    const row = {
      id: 'S1', 'creditor.id': 'ZV1', 'creditor.sector': 'health-insurance', receivedDate: '01-03-2023', household: 'h-1',
      'address.postcode': '1234', 'arrears.total': '212,85', 'outcome.attempts': '05-03-2023 brief nee; 2023-03-09 phone yes', 'outcome.helpAccepted': 'nee',
    };
    const flat = unflatten(row);
    if (!flat.ok) throw new Error('the dotted headers must unflatten');
    const r = parseSampleRecord(flat.value);
    expect(r.ok && r.value.outcome?.class).toBe('reached-no-help');
    expect(r.ok && r.value.outcome?.attempts.map((a) => a.channel)).toEqual(['letter', 'phone']);
  });

  it('reports every bad field with its path and Dutch label, never the value', () => {
    const r = parseSampleRecord({ ...base, receivedDate: '31-02-2023', address: { postcode: '12' }, outcome: { attempts: '2023-03-05 fax yes', reached: 'misschien' } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((e) => e.field)).toEqual(['receivedDate', 'address.postcode', 'outcome.attempts[0].channel', 'outcome.reached']);
    expect(r.issues[0]!.message).toContain('(signaaldatum)');
    expect(r.issues.some((e) => e.message.includes('misschien') || e.message.includes('fax'))).toBe(false);
  });

  it('classifies outcomes as the study does: accepted > reached > not reached > not picked up', () => {
    expect(classifyOutcome({ pickedUp: false, attempts: [{ reached: true }], helpAccepted: true })).toBe('not-picked-up');
    expect(classifyOutcome({ attempts: [{ reached: false }] })).toBe('not-reached');
    expect(classifyOutcome({ attempts: [], reached: true })).toBe('reached-no-help');
    expect(classifyOutcome({ attempts: [] })).toBe('not-picked-up');
  });

  it('splits compact attempts, keeping channel names with spaces whole', () => {
    expect(splitAttempts('05-04-2023 afspraak op locatie nee;2023-04-07 phone')).toEqual([
      { date: '05-04-2023', channel: 'afspraak op locatie', reached: 'nee' },
      { date: '2023-04-07', channel: 'phone' },
    ]);
  });

  it('returns exactly one result per input, in order, whatever the input', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.anything(), fc.constant(base)), { maxLength: 30 }), (inputs) => {
        const results = parseSample(inputs);
        expect(results).toHaveLength(inputs.length);
        results.forEach((r, i) => {
          if (r.ok) expect(r.value.id).toBe(String((inputs[i] as { id: unknown }).id));
        });
      }),
    );
  });
});

describe('the canonical fast path', () => {
  const canonical = fc.record(
    {
      id: fc.stringMatching(/^S\d{1,7}$/),
      kind: fc.constantFrom('early', 'end-of-supply', 'warm-referral', 'eviction-notice', 'cak-list'),
      caseId: fc.stringMatching(/^M\d{1,7}$/),
      household: fc.stringMatching(/^[0-9a-f]{20}$/),
      creditor: fc.record({ id: fc.constantFrom('ZV1', 'EN1'), name: fc.constantFrom('Zorgverzekeraar A', 'Energie B'), sector: fc.constantFrom('health-insurance', 'energy', 'housing') }, { requiredKeys: ['id', 'sector'] }),
      receivedDate: fc.date({ min: new Date('2020-01-01'), max: new Date('2026-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
      debtor: fc.record({ birthDate: fc.constantFrom('1980', '1980-03-15', '2000-01-01'), ageBand: fc.constantFrom('18-27', '67+'), hasPhone: fc.boolean(), hasEmail: fc.boolean(), legalForm: fc.constantFrom('natural-person', 'sole-trader') }, { requiredKeys: [] }),
      address: fc.record({ postcode: fc.constantFrom('1234', '2511AB'), houseNumber: fc.integer({ min: 1, max: 99999 }) }, { requiredKeys: ['postcode'] }),
      arrears: fc.record({ total: fc.integer({ min: 0, max: 10_000_00 }).map((c) => (c / 100).toFixed(2)) }),
      knownAtDebtHelp: fc.boolean(),
      outcome: fc.record({
        pickedUp: fc.boolean(),
        attempts: fc.array(fc.record({ date: fc.constantFrom('2023-03-05', '2023-04-01'), channel: fc.constantFrom('letter', 'phone', 'home-visit'), reached: fc.boolean() }, { requiredKeys: ['date', 'channel'] }), { maxLength: 4 }),
        helpAccepted: fc.boolean(),
        closedDate: fc.constant('2023-05-01'),
        debt: fc.record({ afterMonths: fc.nat(12), development: fc.constantFrom('grown', 'unknown') }),
      }, { requiredKeys: [] }),
    },
    { requiredKeys: ['id', 'creditor', 'receivedDate', 'arrears'] },
  );

  it('reads canonical records exactly as the schema does', () => {
    fc.assert(
      fc.property(canonical, (input) => {
        const fast = readCanonicalSample(input);
        const schema = SampleRecordSchema.safeParse(input);
        expect(fast).not.toBeNull();
        expect(schema.success).toBe(true);
        expect(fast).toEqual(schema.data);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves anything else to the schema', () => {
    for (const input of [{ ...base, receivedDate: '01-03-2023' }, { ...base, arrears: { total: '1.234,56' } }, { ...base, id: ' S1' }, { ...base, outcome: { attempts: 'x' } }, { ...base, eligibility: {} }]) {
      expect(readCanonicalSample(input)).toBeNull();
    }
  });
});
