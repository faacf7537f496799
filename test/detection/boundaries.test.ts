import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DETECTION_OPTIONS, DETECTION_PARAMETERS, createDetectionState, detectIncremental, detectMatches, triageFacts, type DetectionState,
} from '../../src/detection/index.js';
import { CanonicalInput, readDetectable, tablePaths } from '../../src/detection/input.js';
import { UsageError } from '../../src/model/index.js';
import { signal } from './fixtures.js';

describe('bad input gets a clear error and nothing is lost', () => {
  it('describes an invalid signal by field, in place, without repeating its values', () => {
    const good = signal({ id: 'OK', date: '2023-03-01', creditor: 'EN-A', person: 'P1' });
    const bad = { ...good, id: 'BAD', receivedDate: '31-02-2023', address: { ...good.address, postcode: '9999 zz secret' } };
    const [first, second, third] = detectMatches([good, bad, null]);
    expect(first!.ok).toBe(true);
    expect(second!.ok).toBe(false);
    if (second!.ok) return;
    expect(second!.issues.map((e) => e.field)).toEqual(['receivedDate', 'address.postcode']);
    expect(second!.issues[1]!.label).toBe('postcode');
    expect(JSON.stringify(second!.issues)).not.toContain('secret');
    expect(third!.ok).toBe(false);
  });

  it('rejects invalid options with a field path', () => {
    expect(() => detectMatches([], { draggerMinMonths: 9 })).toThrow(UsageError);
    expect(() => detectMatches([], { recidivismMonths: 0 })).toThrow(/recidivismMonths/);
  });

  it('rejects a state of another version', () => {
    expect(() => detectIncremental([], { state: { version: 2 } as unknown as DetectionState })).toThrow(/version/);
  });

  it('documents every option with its default and a source, and flags the defaults no source gives', () => {
    for (const p of DETECTION_PARAMETERS) {
      expect(DEFAULT_DETECTION_OPTIONS[p.key]).toEqual(p.default);
      if (p.assumption) expect([p.source.id, p.source.clause, p.description.slice(0, 10)]).toEqual(['assumption', expect.stringMatching(/signaalreis/i), 'ASSUMPTION']);
      else expect(p.source.document).toMatch(/signaalreis/);
    }
    expect(DETECTION_PARAMETERS.find((p) => p.key === 'matchWindowMonths')).toMatchObject({ assumption: true, default: 3 });
  });
});

describe('feeding triage', () => {
  it('gives the triage context of a match, a recidivist and an update', () => {
    const results = detectMatches([
      signal({ id: 'A', date: '2023-01-10', creditor: 'ZV-A', person: 'P1', due: '2022-12-01', amount: '100.00' }),
      signal({ id: 'B', date: '2023-02-10', creditor: 'ZV-A', person: 'P1', due: '2022-12-01', amount: '200.00' }),
      signal({ id: 'C', date: '2023-03-01', creditor: 'WO-A', person: 'P1', amount: '900.00' }),
    ]);
    const c = results.at(2)!;
    expect(c.ok && triageFacts(c.value)).toEqual({
      match: { isMatch: true, creditorCount: 2, sectors: ['housing', 'health-insurance'], totalAmount: '1100.00' },
      recidivismMonths: 1,
      dragger: false,
      update: false,
      sameCreditorLastMonth: false,
    });
    const b = results.at(1)!;
    expect(b.ok && triageFacts(b.value)).toEqual({
      update: true, recidivismMonths: 1, sameCreditorLastMonth: true, dragger: false,
      match: { isMatch: false, creditorCount: 1, sectors: ['health-insurance'], totalAmount: '200.00' },
    });
  });

  it('starts from an empty state', () => {
    expect(createDetectionState()).toEqual({ version: 1, lastDate: null, signals: [], identities: [] });
  });
});

describe('date order', () => {
  it('takes signals in date order however far apart their dates are, whatever the input order', () => {
    const dates = ['2024-05-01', '1995-01-10', '2024-03-01', '2024-05-01'];
    const creditors = ['EN-A', 'WA-A', 'WO-A', 'ZV-A'];
    const inputs = dates.map((date, k) => signal({ id: `S${k}`, date, creditor: creditors[k]!, person: 'P1' }));
    const [may, old, march, sameDay] = detectMatches(inputs);
    expect(old!.ok && old!.value.labels).toEqual(['single']);
    expect(march!.ok && march!.value.labels).toEqual(['single']);
    expect(may!.ok && may!.value.match.partnerSignalIds).toEqual(['S3', 'S2']);
    expect(may!.ok && may!.value.recidivism.previousSignalId).toBe('S2');
    expect(sameDay!.ok && sameDay!.value.labels).toEqual(['person-match', 'recidivism']);
  });
});

describe('one reader: the canonical check is generated from the same reader table as the schema', () => {
  const base = signal({ id: 'S', date: '2023-03-01', creditor: 'EN-A', person: 'P1', birthDate: '1980-05-17' });
  const near = (pattern: RegExp) =>
    fc.oneof(fc.string({ maxLength: 12 }), fc.stringMatching(pattern), fc.constantFrom('', ' ', '   ', null, undefined, 0, 12, -1, 1e6, 2.5));
  const birth = fc.oneof(
    fc.constantFrom(undefined, null, '', '00000000', '19800000', '1-1-2000', '1980-13-40'),
    fc.record({ year: fc.oneof(fc.integer({ min: 1800, max: 2300 }), fc.constant(null)), month: fc.oneof(fc.integer({ min: 0, max: 13 }), fc.constant(null)), day: fc.oneof(fc.integer({ min: 0, max: 32 }), fc.constant(null)), placeholder: fc.boolean() }),
  );
  const inputArb = fc.record({
    total: near(/^0?[0-9]{0,4}[.,]?[0-9]{0,3}$/),
    postcode: near(/^ ?[0-9]{4} ?[A-Za-z]{0,3} ?$/),
    date: near(/^[0-9]{1,4}[-/][0-3]?[0-9][-/][0-9]{2,4}$/),
    houseNumber: near(/^[0-9]{1,6}[A-Za-z]?$/),
    surname: near(/^ ?[A-Za-z]{0,6} ?$/),
    personId: near(/^ ?P[0-9]? ?$/),
    birthDate: birth,
  });
  const build = (x: typeof inputArb extends fc.Arbitrary<infer T> ? T : never) => ({
    ...base,
    receivedDate: x.date,
    personId: x.personId,
    debtor: { ...base.debtor, birthDate: x.birthDate, name: { ...base.debtor.name, surname: x.surname } },
    address: { ...base.address, postcode: x.postcode, houseNumber: x.houseNumber },
    arrears: { ...base.arrears, total: x.total },
  });

  it('accepts an input as it is only when the readers give it back unchanged, and what they read is always canonical', () => {
    const check = new CanonicalInput();
    fc.assert(
      fc.property(inputArb, (x) => {
        const input = build(x);
        const read = readDetectable(input);
        if (check.accepts(input)) {
          expect(read.ok).toBe(true);
          if (read.ok) expect(read.value).toMatchObject(JSON.parse(JSON.stringify(read.value)));
          if (read.ok) expect(readDetectable(read.value)).toEqual(read);
        }
        if (read.ok) {
          expect(check.accepts(read.value)).toBe(true);
          expect(readDetectable(read.value)).toEqual(read);
        }
      }),
      { numRuns: 3000, seed: 11 },
    );
  });

  it('the canonical walk reads exactly the fields of the reader table, no more and no fewer', () => {
    const read: string[] = [];
    const recording = (value: Record<string, unknown>, path: string[]): Record<string, unknown> =>
      new Proxy(value, {
        get(target, key) {
          const v = target[key as string];
          if (typeof key !== 'string') return v;
          const at = [...path, key];
          if (typeof v === 'object' && v !== null && !Array.isArray(v) && key !== 'birthDate') return recording(v as Record<string, unknown>, at);
          read.push(at.join('.'));
          return v;
        },
      });
    const parsed = readDetectable({ ...base, personId: 'P1', householdId: 'H1' });
    expect(parsed.ok).toBe(true);
    expect(new CanonicalInput().accepts(recording(parsed.ok ? (parsed.value as unknown as Record<string, unknown>) : {}, []))).toBe(true);
    expect([...new Set(read)].sort()).toEqual(tablePaths().map((p) => p.join('.')).sort());
  });

  it('detection gives the same items for a raw record and its parsed form', () => {
    const raw = {
      id: ' R1 ', creditor: { id: 'EN-A', sector: 'energy' }, receivedDate: '15-03-2023', personId: 'P1',
      debtor: { name: { surname: ' Jansen ' }, birthDate: '17-05-1980' }, address: { postcode: '2011 ab', houseNumber: '12A' }, arrears: { total: '1.234,56' },
    };
    const [fromRaw] = detectMatches([raw]);
    const read = readDetectable(raw);
    expect(read.ok).toBe(true);
    const [fromParsed] = detectMatches([read.ok ? read.value : null]);
    expect(fromRaw).toEqual(fromParsed);
    expect(fromRaw!.ok && fromRaw!.value).toMatchObject({ signalId: 'R1', household: 'address:2011AB|12|a', person: 'register:P1' });
  });
});
