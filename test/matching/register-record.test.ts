import { describe, expect, it } from 'vitest';
import { parseRegisterRecord, parseRegisterRecords } from '../../src/matching/index.js';

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
