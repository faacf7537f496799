import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSignal } from '../../src/model/index.js';
import {
  compareRecords, DEFAULT_MATCH_PARAMETERS, LEVELS_OF, parseRegisterRecord, type FieldLevels, type TermFrequencies,
} from '../../src/matching/index.js';
import { resolveParameters } from '../../src/matching/parameters.js';
import { levelScorer, scoreLevels } from '../../src/matching/score.js';

const levelsArb: fc.Arbitrary<FieldLevels> = fc.record({
  surname: fc.constantFrom(...LEVELS_OF.surname),
  givenNames: fc.constantFrom(...LEVELS_OF.givenNames),
  birthDate: fc.constantFrom(...LEVELS_OF.birthDate),
  address: fc.constantFrom(...LEVELS_OF.address),
});

const frequencies: TermFrequencies = { size: 1_000_000, surname: (n) => (n === 'jansen' ? 0.005 : undefined), givenName: () => 0.02 };

describe('scoring', () => {
  it('the fast per-signal scorer gives the same totals as the explained score', () => {
    fc.assert(fc.property(levelsArb, fc.constantFrom('jansen', 'kluyt'), (levels, surname) => {
      const values = { surname, givenName: 'sanne' };
      const explained = scoreLevels(levels, DEFAULT_MATCH_PARAMETERS, frequencies, values);
      expect(levelScorer(DEFAULT_MATCH_PARAMETERS, frequencies, values)(levels)).toBeCloseTo(explained.weight, 9);
      expect(explained.weight).toBeCloseTo(explained.fields.reduce((s, f) => s + f.weight, 0), 9);
    }), { numRuns: 300 });
  });

  it('weighs agreeing on a common surname less than on a rare one (term frequency)', () => {
    const levels: FieldLevels = { surname: 'exact', givenNames: 'exact', birthDate: 'exact', address: 'exact' };
    const common = scoreLevels(levels, DEFAULT_MATCH_PARAMETERS, frequencies, { surname: 'jansen', givenName: 'sanne' });
    const rare = scoreLevels(levels, { ...DEFAULT_MATCH_PARAMETERS }, { ...frequencies, surname: () => 0.00002 }, { surname: 'kluyt', givenName: 'sanne' });
    expect(common.fields[0]!.termFrequency).toBe(0.005);
    expect(rare.fields[0]!.weight).toBeGreaterThan(common.fields[0]!.weight + 5);
    const small = { ...frequencies, size: 10 };
    expect(scoreLevels(levels, DEFAULT_MATCH_PARAMETERS, small, { surname: 'jansen', givenName: 'sanne' }).fields[0]!.termFrequency).toBeNull();
  });

  it('unknown levels carry no evidence and contradictions are reported', () => {
    const score = scoreLevels({ surname: 'exact', givenNames: 'unknown', birthDate: 'different', address: 'unknown' }, DEFAULT_MATCH_PARAMETERS);
    expect(score.fields[1]!.weight).toBe(0);
    expect(score.contradictions).toEqual(['birthDate']);
  });

  it('resolves overrides field by field', () => {
    const p = resolveParameters({ matchThreshold: 25, levels: { address: { different: { m: 0.2, u: 0.99 } } } });
    expect(p.matchThreshold).toBe(25);
    expect(p.levels.address.different.m).toBe(0.2);
    expect(p.levels.address.exact).toEqual(DEFAULT_MATCH_PARAMETERS.levels.address.exact);
  });

  it('compares one signal with one record without an index', () => {
    const signal = parseSignal({
      id: 'S1', creditor: { id: 'E1', sector: 'energy' }, receivedDate: '2026-03-02',
      debtor: { name: { fullName: 'F. Aedel-Groenen' }, birthDate: '01-01-2000' }, address: { postcode: '1234AB', houseNumber: 7 }, arrears: { total: '90' },
    });
    const record = parseRegisterRecord({
      id: 'R1', naam: { voornamen: 'Fenna', geslachtsnaam: 'Groenen', aanduidingNaamgebruik: 'V' }, partners: [{ naam: { geslachtsnaam: 'Aedel' } }],
      geboorte: { datum: '19620300' }, verblijfplaats: { postcode: '1234AB', huisnummer: 7 },
    });
    if (!signal.ok || !record.ok) throw new Error('fixture');
    const c = compareRecords(signal.value, record.value);
    expect(c.fields.map((f) => f.level)).toEqual(['exact', 'initials', 'placeholder', 'exact']);
    expect(c.reasons).toHaveLength(4);
    expect(c.weight).toBeGreaterThan(DEFAULT_MATCH_PARAMETERS.matchThreshold);
  });
});
