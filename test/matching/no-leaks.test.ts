/**
 * No state leaks between callers (issue 11): every kind of result matching hands out is mutated
 * as hard as a careless caller could, and the next call must give exactly what it gave before.
 * Results are freshly built or frozen; memo caches never hand out their own objects.
 */
import { describe, expect, it } from 'vitest';
import {
  compareRecords, createRegisterIndex, DEFAULT_MATCH_PARAMETERS, estimateParameters, matchSignal, matchSignals, normaliseName,
  parseRegisterRecord, parseRegisterRecords, type RegisterRecord,
} from '../../src/matching/index.js';
import { parseSignal, type Signal } from '../../src/model/index.js';

/** Run a mutation; a frozen object refuses it (strict mode throws), which is just as good. */
function tryMutate(mutate: () => void): void {
  try {
    mutate();
  } catch {
    // frozen
  }
}

/** Change every array and plain object reachable from `value`: push, reverse, overwrite, delete. */
function vandalise(value: unknown, seen = new Set<unknown>()): void {
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  for (const inner of Object.values(value)) vandalise(inner, seen);
  if (Array.isArray(value)) {
    tryMutate(() => value.reverse());
    tryMutate(() => value.push('x'));
    return;
  }
  for (const key of Object.keys(value)) {
    tryMutate(() => {
      (value as Record<string, unknown>)[key] = typeof (value as Record<string, unknown>)[key] === 'number' ? -1 : 'changed';
    });
  }
  tryMutate(() => delete (value as Record<string, unknown>)[Object.keys(value)[0] ?? '']);
}

/** `make()` twice, vandalising the first result in between: the second must equal a snapshot of the first. */
function expectNoLeak(make: () => unknown): void {
  const first = make();
  const snapshot = structuredClone(first);
  vandalise(first);
  expect(make()).toEqual(snapshot);
}

const records: RegisterRecord[] = parseRegisterRecords([
  { id: 'R1', naam: { voornamen: 'Jan Pieter', voorvoegsel: 'de', geslachtsnaam: 'Vries' }, geboorte: { datum: '19500304' }, verblijfplaats: { postcode: '1234AB', huisnummer: 10 } },
  { id: 'R2', naam: { voornamen: 'Jan Pieter', voorvoegsel: 'de', geslachtsnaam: 'Vries' }, geboorte: { datum: '19800715' }, verblijfplaats: { postcode: '1234AB', huisnummer: 10 } },
  { id: 'R3', naam: { voornamen: 'Fenna', geslachtsnaam: 'Groenen', aanduidingNaamgebruik: 'V' }, partners: [{ naam: { geslachtsnaam: 'Aedel' } }], geboorte: { datum: '19621130' }, verblijfplaats: { postcode: '3456EF', huisnummer: 7 } },
]).map((r) => (r.ok ? r.value : (null as never)));

function parsed(raw: unknown): Signal {
  const r = parseSignal(raw);
  if (!r.ok) throw new Error('fixture');
  return r.value;
}
const raw = {
  id: 'S1', creditor: { id: 'W1', sector: 'water' }, receivedDate: '2026-03-02', arrears: { total: '90' },
  debtor: { name: { givenNames: 'Jan Pieter', surnamePrefix: 'de', surname: 'Vries' } }, address: { postcode: '1234AB', houseNumber: 10 },
};
const son = parsed({ ...raw, debtor: { ...raw.debtor, birthDate: '1980-07-15' } });
const ambiguous = parsed(raw);

describe('no state leaks between callers', () => {
  it('normaliseName hands out fresh arrays: reversing given names does not change the next call (regression)', () => {
    const first = normaliseName('Pieter Jan de Vries');
    (first.givenNames as string[]).reverse();
    expect(normaliseName('Pieter Jan de Vries').givenNames).toEqual(['pieter', 'jan']);
    expectNoLeak(() => normaliseName('Pieter Jan de Vries'));
    expectNoLeak(() => normaliseName({ initials: 'F.', surname: 'Groenen', nameUse: 'V', partner: { surname: 'Aedel' } }));
  });

  it('match results (candidates, field scores, reasons, flags) are fresh or frozen', () => {
    const index = createRegisterIndex(records);
    expectNoLeak(() => matchSignal(son, index));
    expectNoLeak(() => matchSignal(ambiguous, index));
    expectNoLeak(() => matchSignals([raw, son, null], index));
    expectNoLeak(() => matchSignal(parsed({ ...raw, debtor: { name: { surname: 'X Holding' }, legalForm: 'bv' } }), index, { addressUse: () => ['overige gebruiksfunctie'] }));
  });

  it('pair comparisons, register records and estimates are fresh or frozen', () => {
    expectNoLeak(() => compareRecords(son, records[1]!));
    expectNoLeak(() => parseRegisterRecord({ id: 'X', naam: { geslachtsnaam: 'Jansen' } }));
    expectNoLeak(() => estimateParameters([{ surname: 'exact', givenNames: 'exact', birthDate: 'exact', address: 'exact' }], { maxIterations: 2 }));
  });

  it('the default parameters cannot be changed by a caller', () => {
    const before = structuredClone(DEFAULT_MATCH_PARAMETERS);
    vandalise(DEFAULT_MATCH_PARAMETERS);
    expect(DEFAULT_MATCH_PARAMETERS).toEqual(before);
    expect(matchSignal(son, createRegisterIndex(records)).decision).toBe('match');
  });
});
