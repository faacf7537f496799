import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRegisterRecord, parseRegisterRecords } from '../../src/matching/index.js';
import { parseBirthDate } from '../../src/model/index.js';

describe('parseRegisterRecord', () => {
  it('reads the Haal Centraal BRP-API shape with code objects and verblijfadres', () => {
    const r = parseRegisterRecord({
      burgerservicenummer: '999990019',
      naam: { voornamen: 'Fenna', voorvoegsel: 'van', geslachtsnaam: 'Groenen', aanduidingNaamgebruik: { code: 'V', omschrijving: 'partner voor eigen' } },
      partners: [{ naam: { geslachtsnaam: 'Aedel' } }],
      geboorte: { datum: { type: 'JaarMaandDatum', datum: '19620300' } },
      verblijfplaats: { verblijfadres: { postcode: '1234AB', huisnummer: 12, huisletter: 'A', officieleStraatnaam: 'Dorpsstraat' }, functieAdres: { code: 'W' } },
      opschortingBijhouding: { reden: { code: 'E' }, datum: '2024-01-01' },
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.id).toBe('999990019');
    expect(r.value.naam.aanduidingNaamgebruik).toBe('V');
    expect(r.value.geboorte.datum).toEqual({ year: 1962, month: 3, day: null, placeholder: false });
    expect(r.value.verblijfplaats).toMatchObject({ postcode: '1234AB', huisnummer: 12, huisletter: 'A', straat: 'Dorpsstraat', functieAdres: 'W' });
    expect(r.value.opschortingBijhouding?.reden).toBe('E');
  });

  it('defaults the name-use code to E and accepts unknown birth dates', () => {
    const r = parseRegisterRecord({ id: 7, naam: { geslachtsnaam: 'Jansen' }, geboorte: { datum: '00000000' } });
    expect(r.ok && r.value.naam.aanduidingNaamgebruik).toBe('E');
    expect(r.ok && r.value.geboorte.datum.year).toBeNull();
  });

  it('returns errors with field paths and never echoes the value', () => {
    const [missingId, badDate, badCode] = parseRegisterRecords([
      { naam: { geslachtsnaam: 'Jansen' } },
      { id: 'X', naam: { geslachtsnaam: 'Jansen' }, geboorte: { datum: '19851345' } },
      { id: 'Y', naam: { geslachtsnaam: 'Jansen', aanduidingNaamgebruik: 'Q' } },
    ]);
    expect(missingId!.ok).toBe(false);
    expect(!missingId!.ok && missingId!.issues[0]!.field).toBe('id');
    expect(!badDate!.ok && badDate!.issues[0]!.field).toBe('geboorte.datum');
    expect(!badDate!.ok && badDate!.issues[0]!.message).not.toContain('19851345');
    expect(!badCode!.ok && badCode!.issues[0]!.field).toBe('naam.aanduidingNaamgebruik');
  });
});

describe('one reader for register fields (issue 11)', () => {
  const base = { id: 'R', naam: { geslachtsnaam: 'Jansen' } };
  const birth = (datum: unknown) => parseRegisterRecord({ ...base, geboorte: { datum } });

  it('reads a birth date in object form and in text form alike: 1980-13-40 is rejected in both (regression)', () => {
    const asObject = birth({ year: 1980, month: 13, day: 40 });
    const asText = birth('19801340');
    expect(asObject.ok).toBe(false);
    expect(asText.ok).toBe(false);
    expect(!asObject.ok && asObject.issues.map((i) => [i.field, i.code])).toEqual([['geboorte.datum', 'invalid_birth_date']]);
    expect(!asText.ok && asText.issues.map((i) => [i.field, i.code])).toEqual([['geboorte.datum', 'invalid_birth_date']]);
  });

  it('gives the same birth date for every form of the same date', () => {
    const forms: unknown[] = [
      '19850612', '1985-06-12', '12-06-1985', { year: 1985, month: 6, day: 12 }, { type: 'Datum', datum: '1985-06-12' },
    ];
    const dates = forms.map((f) => {
      const r = birth(f);
      return r.ok ? r.value.geboorte.datum : null;
    });
    for (const d of dates) expect(d).toEqual({ year: 1985, month: 6, day: 12, placeholder: false });
    const partial = [birth('19850600'), birth({ year: 1985, month: 6, day: null }), birth({ type: 'JaarMaandDatum', jaar: 1985, maand: 6 })];
    for (const r of partial) expect(r.ok && r.value.geboorte.datum).toEqual({ year: 1985, month: 6, day: null, placeholder: false });
    expect(birth({ type: 'DatumOnbekend' }).ok && birth({ type: 'DatumOnbekend' })).toMatchObject({ value: { geboorte: { datum: { year: null } } } });
    expect(birth({ year: 1985.5, month: 6, day: 12 }).ok).toBe(false);
    expect(birth({ year: '1985', month: 6, day: 12 }).ok).toBe(false);
  });

  it('agrees with the model on every birth-date text, also odd ones', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.stringMatching(/^\d{8}$/), fc.constantFrom('', ' ', '00000000', '20000101', '1-1-2000', '2023-02-31')),
        (text) => {
          const viaRegister = birth(text);
          const viaModel = parseBirthDate(text);
          if (text.trim() === '') expect(viaRegister.ok && viaRegister.value.geboorte.datum.year).toBeNull();
          else if (viaModel === null) expect(viaRegister.ok).toBe(false);
          else expect(viaRegister.ok && viaRegister.value.geboorte.datum).toEqual(viaModel);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads postcode and house number with the model readers (also 12A written on the number)', () => {
    const r = parseRegisterRecord({ ...base, verblijfplaats: { postcode: '1234 ab', huisnummer: '12A' } });
    expect(r.ok && r.value.verblijfplaats).toMatchObject({ postcode: '1234AB', huisnummer: 12, huisletter: 'A' });
    const bad = parseRegisterRecord({ ...base, verblijfplaats: { postcode: '0123 AB', huisnummer: 0 } });
    expect(!bad.ok && bad.issues.map((i) => [i.field, i.code])).toEqual([
      ['verblijfplaats.postcode', 'invalid_postcode'],
      ['verblijfplaats.huisnummer', 'invalid_house_number'],
    ]);
  });

  it('returns one batch item per input, with its index', () => {
    const items = parseRegisterRecords([base, null, { ...base, id: 'S' }]);
    expect(items.map((i) => [i.index, i.ok])).toEqual([[0, true], [1, false], [2, true]]);
  });
});
