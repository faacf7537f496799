import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { assessEligibility, assessEligibilityBatch } from '../../src/eligibility/index.js';
import { createRegisterIndex, estimateParameters, estimateU, matchSignal, matchSignals, normaliseName, parseRegisterRecords } from '../../src/matching/index.js';
import { createDetectionState, detectIncremental, detectMatches } from '../../src/detection/index.js';
import { PRESETS, compilePolicy, parseTriageInput, triage, triageBatch } from '../../src/triage/index.js';
import { reconcile, replayCaseLog } from '../../src/feedback/index.js';
import { importXxllncExport, learnOutcomes, parseSample, readXxllncWorkbook, replay, validateTimeSplit } from '../../src/replay/index.js';
import { UsageError, parseSignal, parseSignals, type Signal } from '../../src/model/index.js';
import { PLANTED_BSN, SEED, echoes, key, messagesIn, planted, prototypeUntouched, signal, text, value, withValue } from './arbitraries.js';

/**
 * Fuzz the batch APIs reachable through the module indexes (issue 14): no throw, one result per
 * input in input order, no planted BSN or name in any issue or message, `Object.prototype`
 * untouched. Raw-input batches get anything; typed batches get what their parsers accept.
 */
const RUNS = 120;
const options = { seed: SEED, numRuns: RUNS };
const inputs = fc.array(fc.oneof({ weight: 4, arbitrary: signal }, { weight: 1, arbitrary: value }), { maxLength: 6 });

afterAll(() => expect(prototypeUntouched()).toBe(true));

function noEcho(result: unknown): void {
  expect(echoes(messagesIn(result))).toBe(false);
  expect(prototypeUntouched()).toBe(true);
}

describe('fuzz: batch APIs on raw input', () => {
  it('parseSignals (model)', () => {
    fc.assert(fc.property(inputs, (xs) => {
      const out = parseSignals(xs);
      expect(out).toHaveLength(xs.length);
      noEcho(out);
    }), options);
  });

  it('assessEligibilityBatch (eligibility)', () => {
    const arrearsCase = fc.array(fc.tuple(fc.constantFrom(['id'], ['sector'], ['arrears', 'total'], ['arrears', 'oldestDueDate'], ['reminders', 'dates'], ['legalForm']), fc.oneof(value, planted)), { maxLength: 3 })
      .map((edits) => edits.reduce((r, [path, v]) => withValue(r, path, v), { id: 'E-1', sector: 'water', socialCollectionDone: true, personalContactAttempted: true, reminders: { dates: ['2024-01-05'] }, arrears: { total: '87.50', oldestDueDate: '2024-01-15' } } as Record<string, unknown>));
    fc.assert(fc.property(fc.array(fc.oneof(arrearsCase, value), { maxLength: 6 }), (xs) => {
      const out = assessEligibilityBatch(xs, { asOf: '2024-03-01' });
      expect(out.map((item) => item.index)).toEqual(xs.map((_, i) => i));
      noEcho(out);
    }), options);
  });

  it('parseRegisterRecords (matching)', () => {
    const record = fc.array(fc.tuple(fc.constantFrom(['burgerservicenummer'], ['naam', 'geslachtsnaam'], ['naam', 'voornamen'], ['geboorte', 'datum'], ['verblijfplaats', 'postcode'], ['verblijfplaats', 'huisnummer']), fc.oneof(value, planted)), { maxLength: 3 })
      .map((edits) => edits.reduce((r, [path, v]) => withValue(r, path, v), { burgerservicenummer: '999990020', naam: { voornamen: 'Jan', geslachtsnaam: 'Vries' }, geboorte: { datum: '19800715' }, verblijfplaats: { postcode: '2011AB', huisnummer: 10 } } as Record<string, unknown>));
    fc.assert(fc.property(fc.array(fc.oneof(record, value), { maxLength: 6 }), (xs) => {
      const out = parseRegisterRecords(xs);
      expect(out).toHaveLength(xs.length);
      noEcho(out);
    }), options);
  });

  it('detectMatches and detectIncremental (detection)', () => {
    fc.assert(fc.property(inputs, (xs) => {
      for (const out of [[...detectMatches(xs)], [...detectIncremental(xs, { state: createDetectionState() }).items]]) {
        expect(out.map((r) => r.index)).toEqual(xs.map((_, i) => i));
        out.forEach((r, i) => {
          const parsed = parseSignal(xs[i]);
          if (r.ok && parsed.ok) expect(r.value.signalId).toBe(parsed.value.id);
        });
        noEcho(out.filter((r) => !r.ok));
      }
    }), options);
  });

  it('replayCaseLog (feedback)', () => {
    const opened = { type: 'case-opened', caseId: 'Z-1', municipalityCode: '0546', at: '2025-05-16T08:36:00.000Z', actor: 'ris-import', signal: { id: 'S-1', kind: 'early', creditor: { id: 'C-1', sector: 'housing' }, receivedDate: '2025-05-16', amount: '453.43', originDate: '2025-03-26', client: { bsn: PLANTED_BSN } } };
    const event = fc.record({ type: fc.constantFrom('register-matched', 'picked-up', 'closed', 'case-opened', '__proto__'), caseId: fc.oneof(fc.constant('Z-1'), text), at: fc.oneof(fc.constant('2025-05-20T17:48:00.000Z'), text), actor: fc.oneof(fc.constant('staff:1'), planted) });
    fc.assert(fc.property(fc.array(fc.oneof(event, value), { maxLength: 6 }), (xs) => {
      const records = [opened, ...xs];
      const { items } = replayCaseLog(records);
      expect(items.map((r) => r.index)).toEqual(records.map((_, i) => i));
      noEcho(items.filter((r) => !r.ok));
    }), options);
  });

  it('parseSample (replay)', () => {
    fc.assert(fc.property(inputs, (xs) => {
      const out = parseSample(xs);
      expect(out).toHaveLength(xs.length);
      noEcho(out);
    }), options);
  });

  it('importXxllncExport (replay): rows = mapped + unmapped', () => {
    fc.assert(fc.property(fc.array(xxllncRow(fc.oneof(text, planted, fc.double(), fc.constant(null)), true), { maxLength: 6 }), (rows) => {
      const out = importXxllncExport({ Signalen: rows });
      const count = out.counts.Signalen!;
      expect(count.rows).toBe(rows.length);
      expect(count.mapped + count.unmapped).toBe(count.rows);
      noEcho({ unmapped: out.unmapped, warnings: out.warnings });
    }), options);
  });
});

/** An xxllnc Signalen row: its columns (and hostile keys) to cells. */
function xxllncRow(cell: fc.Arbitrary<unknown>, noNullPrototype: boolean): fc.Arbitrary<Record<string, unknown>> {
  const column = fc.oneof(fc.constantFrom('Meldingnummer', 'SignaalID', 'Melder ID', 'Type melding', 'Datum melding', 'Doorgezet', 'Achterstandsbedrag', 'Leeftijd', 'Postcode'), key);
  return fc.dictionary(column, cell, { maxKeys: 9, noNullPrototype });
}

// Issue 14, item 7: object, nested and null-prototype cells are reported, never thrown on.
it('importXxllncExport (replay) on object, nested and null-prototype cells: no throw, rows = mapped + unmapped', () => {
  fc.assert(fc.property(fc.array(xxllncRow(fc.oneof(text, planted, value), false), { maxLength: 6 }), (rows) => {
    const count = importXxllncExport({ Signalen: rows }).counts.Signalen!;
    expect(count.mapped + count.unmapped).toBe(rows.length);
  }), options);
});

const registerIndex = createRegisterIndex(parseRegisterRecords([
  { burgerservicenummer: '999990020', naam: { voornamen: 'Anna', voorvoegsel: 'van der', geslachtsnaam: 'Berg' }, geboorte: { datum: '19840721' }, verblijfplaats: { postcode: '2011AB', huisnummer: 12, huisletter: 'A' } },
]).flatMap((r) => (r.ok ? [r.value] : [])));

it('fuzz: matchSignals (matching) on raw input: one item per input, in order, no echo', () => {
  fc.assert(fc.property(inputs, (xs) => {
    const matched = matchSignals(xs, registerIndex);
    expect(matched.map((m) => m.index)).toEqual(xs.map((_, i) => i));
    noEcho(matched.map((m) => (m.ok ? m.value.reasons : m.issues)));
  }), options);
});

describe('fuzz: typed batch APIs on what their parsers accept', () => {
  const compiled = compilePolicy(PRESETS.M4);

  it('triageBatch (triage): raw inputs, one result per input, in order', () => {
    fc.assert(fc.property(inputs, (xs) => {
      const items = triageBatch(xs, compiled);
      expect(items.map((item) => item.index)).toEqual(xs.map((_, i) => i));
      noEcho(items.map((item) => (item.ok ? item.value.reasons : item.issues)));
    }), options);
  });
});

// Issue 14, item 11: "typed batch APIs throw TypeError on a null element".
it('triageBatch with a null element: no throw, one refused item', () => {
  const items = triageBatch([null], compilePolicy(PRESETS.M4));
  expect(items).toHaveLength(1);
  expect(items[0]!.ok).toBe(false);
});

describe('typed APIs given null where they take parsed records: a UsageError naming the position, never a TypeError (issue 14, item 11)', () => {
  const NULL = null as never;
  const cases: [string, () => unknown, string][] = [
    ['createRegisterIndex', () => createRegisterIndex([NULL]), '[0]'],
    ['estimateU', () => estimateU([NULL]), '[0]'],
    ['estimateParameters', () => estimateParameters([NULL]), '[0]'],
    ['replay', () => replay([NULL], { policy: 'M4', asOf: '2024-03-01' }), '[0]'],
    ['learnOutcomes', () => learnOutcomes([NULL]), '[0]'],
    ['validateTimeSplit', () => validateTimeSplit([NULL]), '[0]'],
    ['reconcile', () => reconcile([NULL], { creditorId: 'W1', receivedOn: '2025-05-05', entries: [] }, { at: '2025-05-05T10:00:00+02:00', actor: 'staff:7' }), '[0]'],
    ['triage', () => triage(NULL, compilePolicy(PRESETS.M4)), '(argument)'],
    ['assessEligibility', () => assessEligibility(NULL, { asOf: '2024-03-01' }), '(argument)'],
    ['matchSignal', () => matchSignal(NULL, registerIndex), '(argument)'],
    ['readXxllncWorkbook', () => readXxllncWorkbook([{ sheet: 'Signalen', data: [] }, NULL]), '(workbook)[1]'],
    ['importXxllncExport', () => importXxllncExport({ Signalen: [], Melders: 'rows' as never }), 'Melders'],
  ];

  it.each(cases)('%s', (_name, run, field) => {
    let thrown: unknown;
    try {
      run();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UsageError);
    expect((thrown as UsageError).issues[0]).toMatchObject({ code: expect.stringMatching(/^invalid_(type|sheet)$/), field });
  });

  it('normaliseName (documented never to throw) reads null, and parts that are not text, as no name', () => {
    expect(normaliseName(NULL)).toEqual(normaliseName({}));
    expect(normaliseName({ surname: 5, givenNames: {}, partner: null, nameUse: 'X' } as never)).toEqual(normaliseName({}));
    expect(normaliseName({ surname: 'Berg', surnamePrefix: 7, initials: 'J.' } as never)).toEqual(normaliseName({ surname: 'Berg', initials: 'J.' }));
  });
});

