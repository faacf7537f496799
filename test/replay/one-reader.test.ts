/**
 * One reader (issue 11): a sample record's fields are read by the model's readers, exactly as a
 * signal's. Replay used to have a hand-written "canonical fast path" beside its schema; the two
 * disagreed (`debtor.birthDate: ''`). The fast path is gone; these properties pin that the
 * sample reader and the model's signal reader agree on every value, however odd.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSignal, readYesNo, type Result } from '../../src/model/index.js';
import { YesNoField } from '../../src/model/internal.js';
import { parseSampleRecord } from '../../src/replay/index.js';
import { sampleRecordBySections } from '../../src/replay/parse-sample.js';
import { leanSampleRecord } from '../../src/replay/sample-schema.js';
import { SKIP } from '../../src/replay/sample-table.js';

const canonical = {
  id: 'S1',
  household: 'h-1',
  creditor: { id: 'ZV1', sector: 'health-insurance' },
  receivedDate: '2023-03-01',
  address: { postcode: '1234AB', houseNumber: 12 },
  arrears: { total: '212.85' },
};
const signalBase = { ...canonical, debtor: { name: { surname: 'Jansen' } } };

type Path = readonly [string] | readonly [string, string];

function withValue<T extends Record<string, unknown>>(base: T, path: Path, value: unknown): T {
  const copy: Record<string, unknown> = { ...base };
  if (path.length === 1) copy[path[0]] = value;
  else copy[path[0]] = { ...(base[path[0]] as Record<string, unknown> | undefined), [path[1]]: value };
  return copy as T;
}

function at(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], value);
}

/** What a parser made of one field: its value, or the issue codes reported at that field. */
function fieldOutcome(result: Result<unknown>, path: Path): { ok: true; value: unknown } | { ok: false; codes: string[] } {
  if (result.ok) return { ok: true, value: at(result.value, path) };
  return { ok: false, codes: result.issues.filter((i) => i.field === path.join('.')).map((i) => i.code) };
}

const pad = (s: fc.Arbitrary<string>) => fc.tuple(fc.constantFrom('', ' ', '  ', '\t'), s, fc.constantFrom('', ' ', '\n')).map(([a, b, c]) => `${a}${b}${c}`);
const part = (max: number) => fc.integer({ min: 0, max });
/** Dates in every form exports use, with parts out of range (month 13, day 40, year 0). */
const dateText = fc
  .tuple(part(2300), part(14), part(41), fc.constantFrom('ymd', 'dmy', 'compact', 'dots', 'ym', 'y'))
  .map(([y, m, d, form]) => {
    const p2 = (n: number) => String(n).padStart(2, '0');
    const y4 = String(y).padStart(4, '0');
    return form === 'ymd' ? `${y4}-${p2(m)}-${p2(d)}` : form === 'dmy' ? `${d}-${m}-${y4}` : form === 'compact' ? `${y4}${p2(m)}${p2(d)}` : form === 'dots' ? `${p2(d)}.${p2(m)}.${y4}` : form === 'ym' ? `${y4}-${p2(m)}` : y4;
  });
const amountText = fc
  .tuple(fc.integer({ min: -5000, max: 2_000_000 }), part(99), fc.constantFrom('plain', 'dutch', 'comma', 'int'))
  .map(([e, c, form]) => (form === 'plain' ? `${e}.${String(c).padStart(2, '0')}` : form === 'dutch' ? `${e.toLocaleString('nl-NL')},${String(c).padStart(2, '0')}` : form === 'comma' ? `${e},${c}` : String(e)));
/** Values wide enough to hit empty strings, null, whitespace, wrong types and out-of-range parts. */
const odd = fc.oneof(
  fc.constantFrom('', ' ', '\t', null, undefined, 0, -1, 1.5, Number.NaN, true, false, [], {}, '00000000', '0000-00-00', '1-1-2000', '19801340', '2023-02-29', '2024-02-29', '12A', '12 hs', '99999', '100000', 'x', '1234', '1234 ab', '0123AB', 'a@b.nl'),
  pad(dateText),
  pad(amountText),
  dateText,
  amountText,
  fc.integer({ min: -10, max: 120_000 }),
  fc.string({ maxLength: 12 }),
);

/** Fields a sample and a signal both have, with the same reader and the same optionality. */
const SHARED: readonly Path[] = [
  ['id'], ['kind'], ['receivedDate'], ['creditor', 'id'], ['creditor', 'name'], ['creditor', 'sector'],
  ['debtor', 'birthDate'], ['debtor', 'legalForm'], ['debtor', 'phone'], ['debtor', 'email'],
  ['address', 'houseLetter'], ['address', 'houseNumberAddition'],
  ['arrears', 'total'], ['arrears', 'termAmount'], ['arrears', 'unpaidTerms'], ['arrears', 'oldestDueDate'], ['arrears', 'newestDueDate'],
];

describe('one reader for sample records (issue 11)', () => {
  it("reads debtor.birthDate '' as absent, as the model's signal reader does (the canonical fast path made it an unknown birth date)", () => {
    const sample = parseSampleRecord({ ...canonical, debtor: { birthDate: '' } });
    const signal = parseSignal({ ...signalBase, debtor: { name: { surname: 'Jansen' }, birthDate: '' } });
    expect(signal.ok && signal.value.debtor.birthDate).toBeUndefined();
    expect(sample.ok).toBe(true);
    expect(sample.ok && sample.value.debtor.birthDate).toBeUndefined();
  });

  it('reads every shared field exactly as the signal reader does, for any value', () => {
    fc.assert(
      fc.property(fc.constantFrom(...SHARED), odd, (path, value) => {
        const sample = fieldOutcome(parseSampleRecord(withValue(canonical, path, value)), path);
        const signal = fieldOutcome(parseSignal(withValue(signalBase, path, value)), path);
        expect(sample).toEqual(signal);
      }),
      { numRuns: 4000 },
    );
  });

  it('reads a house number given as a value exactly as the signal reader does (a sample may leave it out)', () => {
    fc.assert(
      fc.property(odd.filter((v) => v !== undefined && v !== null && v !== ''), (value) => {
        const path = ['address', 'houseNumber'] as const;
        expect(fieldOutcome(parseSampleRecord(withValue(canonical, path, value)), path)).toEqual(fieldOutcome(parseSignal(withValue(signalBase, path, value)), path));
      }),
      { numRuns: 1000 },
    );
  });

  it("reads a postcode as the signal reader does, and four digits as the first part of one the model's reader accepts", () => {
    fc.assert(
      fc.property(fc.oneof(odd, pad(fc.stringMatching(/^\d{4}$/))), (value) => {
        const path = ['address', 'postcode'] as const;
        const sample = fieldOutcome(parseSampleRecord(withValue(canonical, path, value)), path);
        // A sample may write the postcode as a number (a CSV cell): it is read as its digits.
        const written = typeof value === 'number' ? String(value) : value;
        const area = typeof written === 'string' && written.trim().length === 4 ? written.trim() : null;
        const signal = fieldOutcome(parseSignal(withValue(signalBase, path, area === null ? written : `${area}AA`)), path);
        expect(sample).toEqual(area !== null && signal.ok ? { ok: true, value: area } : signal);
      }),
      { numRuns: 1000 },
    );
  });

  it("reads every yes/no field with the model's one vocabulary (readYesNo, incl. waar/onwaar); empty means absent", () => {
    const yesNo = fc.oneof(odd, fc.constantFrom('ja', 'Nee', ' J ', 'n', 'WAAR', 'onwaar', 'yes', 'no', 'true', 'False', '1', '0', 1, 0, 2));
    const fields: readonly Path[] = [['knownAtDebtHelp'], ['crisis'], ['synthetic'], ['debtor', 'hasPhone'], ['debtor', 'hasEmail']];
    fc.assert(
      fc.property(fc.constantFrom(...fields), yesNo, (path, value) => {
        const sample = fieldOutcome(parseSampleRecord(withValue(canonical, path, value)), path);
        const model = YesNoField.safeParse(value);
        if (value === undefined || value === null || value === '') expect(sample).toEqual({ ok: true, value: undefined });
        else if (model.success) expect(sample).toEqual({ ok: true, value: readYesNo(value) });
        else expect(sample.ok).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  describe('the lean reader, written over the same table, gives the sections\' record wherever it does not give up', () => {
    const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 2 });
    const isoDate = fc.date({ min: new Date('1900-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    const euro = fc.integer({ min: 0, max: 10_000_000 }).map((c) => (c / 100).toFixed(2));
    const id = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 -]{0,8}[A-Za-z0-9]$/);
    const postcode = fc.oneof(fc.stringMatching(/^[1-9]\d{3}$/), fc.stringMatching(/^[1-9]\d{3}[A-Z]{2}$/));
    const yesNo = fc.oneof(fc.boolean(), fc.constantFrom('ja', 'nee', 'waar', 'onwaar', 1, 0));
    const attempt = fc.record({ date: isoDate, channel: fc.constantFrom('letter', 'phone', 'Telefoon', 'home-visit', 'sms', 'email'), reached: maybe(yesNo) }, { requiredKeys: ['date', 'channel'] });
    /** Records in the forms this library writes, and every field sometimes odd: empty, null, whitespace, out of range, wrong type. */
    const record = (o: <T>(a: fc.Arbitrary<T>) => fc.Arbitrary<T | unknown>) =>
      fc.record(
        {
          id: o(id),
          kind: maybe(o(fc.constantFrom('early', 'end-of-supply', 'warm-referral', 'eviction-notice', 'cak-list'))),
          caseId: maybe(o(id)),
          household: maybe(o(fc.stringMatching(/^[0-9a-f]{20}$/))),
          person: maybe(o(id)),
          creditor: o(fc.record({ id: o(id), name: maybe(o(fc.constantFrom('Zorgverzekeraar A', 'Energie B'))), sector: o(fc.constantFrom('health-insurance', 'energy', 'housing')) }, { requiredKeys: ['id', 'sector'] })),
          receivedDate: o(isoDate),
          debtor: maybe(o(fc.record({
            name: maybe(o(fc.record({ givenNames: maybe(o(fc.constantFrom('Jan', 'Fatima'))), surname: maybe(o(fc.constantFrom('Jansen', 'El Amrani'))) }, { requiredKeys: [] }))),
            birthDate: maybe(o(fc.oneof(fc.constantFrom('1980', '1980-03', '19800300', '00000000', '2000-01-01'), isoDate))),
            ageBand: maybe(o(fc.constantFrom('18-27', '67+'))),
            legalForm: maybe(o(fc.constantFrom('natural-person', 'sole-trader', 'bv'))),
            email: maybe(o(fc.constantFrom('a@b.nl', 'inwoner1@example.org'))),
            hasPhone: maybe(o(yesNo)),
            hasEmail: maybe(o(yesNo)),
          }, { requiredKeys: [] }))),
          address: maybe(o(fc.record({ postcode: o(postcode), houseNumber: maybe(o(fc.oneof(fc.integer({ min: 1, max: 99999 }), fc.constantFrom('12', '12 hs')))), houseLetter: maybe(o(fc.constantFrom('A', 'b'))) }, { requiredKeys: ['postcode'] }))),
          arrears: o(fc.record({ total: o(euro), termAmount: maybe(o(euro)), unpaidTerms: maybe(o(fc.nat(12))), oldestDueDate: maybe(o(isoDate)) }, { requiredKeys: ['total'] })),
          knownAtDebtHelp: maybe(o(yesNo)),
          crisis: maybe(o(yesNo)),
          synthetic: maybe(o(yesNo)),
          note: maybe(o(fc.constantFrom('reconstructie', ' note '))),
          eligibility: maybe(o(fc.constant({ sector: 'water' }))),
          outcome: maybe(o(fc.record({
            pickedUp: maybe(o(yesNo)),
            attempts: maybe(o(fc.array(o(attempt), { maxLength: 4 }))),
            reached: maybe(o(yesNo)),
            helpAccepted: maybe(o(yesNo)),
            closedDate: maybe(o(isoDate)),
            debt: maybe(o(fc.record({ afterMonths: o(fc.nat(12)), development: o(fc.constantFrom('grown', 'arrangement', 'unknown')) }))),
          }, { requiredKeys: [] }))),
        },
        { requiredKeys: ['id', 'creditor', 'receivedDate', 'arrears'] },
      );
    const canonical = record((a) => a);
    const sometimesOdd = record((a) => fc.oneof({ arbitrary: a, weight: 6 }, { arbitrary: odd, weight: 1 }));

    it('reads every record in the forms this library writes, and reads it as the sections do', () => {
      fc.assert(
        fc.property(canonical, (input) => {
          // A birth date after the signal date is refused by both readers (the sections report it).
          const { receivedDate, debtor } = input as { receivedDate: string; debtor?: { birthDate?: string } };
          fc.pre(!(debtor?.birthDate && debtor.birthDate.slice(0, 10) > receivedDate));
          const lean = leanSampleRecord(input);
          expect(lean).not.toBe(SKIP);
          expect(sampleRecordBySections(input)).toStrictEqual({ ok: true, value: lean });
        }),
        { numRuns: 1500 },
      );
    });

    it('gives up, or gives the same record, on records with odd fields (so parseSampleRecord equals the sections on every record)', () => {
      fc.assert(
        fc.property(sometimesOdd, (input) => {
          const lean = leanSampleRecord(input);
          const bySections = sampleRecordBySections(input);
          if (lean !== SKIP) expect(bySections).toStrictEqual({ ok: true, value: lean });
          expect(parseSampleRecord(input)).toStrictEqual(bySections);
        }),
        { numRuns: 3000 },
      );
    });
  });
});
