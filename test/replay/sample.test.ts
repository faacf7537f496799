import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unflatten } from '../../src/model/index.js';
import { parseSample, parseSampleRecord } from '../../src/replay/index.js';
import { splitAttempts } from '../../src/replay/sample-fields.js';
import { classifyOutcome } from '../../src/replay/sample-schema.js';

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

  it('returns exactly one item per input, with its index, in order, whatever the input', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.anything(), fc.constant(base)), { maxLength: 30 }), (inputs) => {
        const items = parseSample(inputs);
        expect(items).toHaveLength(inputs.length);
        items.forEach((item, i) => {
          expect(item.index).toBe(i);
          if (item.ok) expect(item.value.id).toBe(String((inputs[i] as { id: unknown }).id));
          else expect(item.issues.length).toBeGreaterThan(0);
        });
      }),
    );
  });

  it('hands every caller a fresh record: changing one result does not change the next', () => {
    const input = { ...base, outcome: { attempts: [{ date: '2023-03-05', channel: 'phone', reached: true }] }, eligibility: { sector: 'water' } };
    const first = parseSampleRecord(input);
    if (!first.ok) throw new Error('does not parse');
    (first.value.outcome!.attempts as unknown[]).reverse().push('x');
    (first.value.debtor as { legalForm: string }).legalForm = 'bv';
    (first.value.eligibility as Record<string, unknown>)['sector'] = 'energy';
    const second = parseSampleRecord(input);
    expect(second.ok && second.value.outcome!.attempts).toEqual([{ date: '2023-03-05', channel: 'phone', reached: true }]);
    expect(second.ok && second.value.debtor.legalForm).toBe('natural-person');
    expect(second.ok && second.value.eligibility).toEqual({ sector: 'water' });
    expect(input.eligibility).toEqual({ sector: 'water' });
  });
});
