/**
 * The independent evaluation set (tools/evaluation/): deterministic from its seed, written as
 * Haal Centraal BRP records, and its ground truth consistent with the signals it describes.
 * These tests never run the matcher: its figures live in the bench, not in thresholds here.
 */
import { describe, expect, it } from 'vitest';
import { voorletters } from '../../tools/evaluation/haal-centraal.js';
import { buildEvaluationSet, evaluate, FAILURE_MODES, type CreditorSignal, type HcPersoon, type SignalOutcome, type SignalTruth } from '../../tools/evaluation/index.js';
import { foldName } from '../../tools/evaluation/names.js';

const set = buildEvaluationSet({ persons: 2000, signals: 195, seed: 13 });
const byBsn = new Map(set.register.map((p) => [p.burgerservicenummer, p]));
const pairs = set.truth.map((truth, i) => ({ truth, signal: set.signals[i]! }));
const ofMode = (mode: SignalTruth['mode']) => pairs.filter((p) => p.truth.mode === mode);
const personOf = (truth: SignalTruth): HcPersoon => byBsn.get(truth.bsn!)!;

/** The signal's whole name, folded: given names (or initials), prefix and surname as written. */
function writtenName(s: CreditorSignal): string {
  const d = s.debiteur;
  return foldName(d.volledigeNaam ?? `${d.voornamen ?? d.voorletters ?? ''}${d.tussenvoegsel ?? ''}${d.achternaam ?? ''}`);
}

/** A register person's whole name, folded, with all given names and with the first only. */
function registerNames(p: HcPersoon): string[] {
  const surname = `${p.naam.voorvoegsel ?? ''}${p.naam.geslachtsnaam}`;
  const given = p.naam.voornamen ?? '';
  return [foldName(given + surname), foldName(given.split(' ')[0]! + surname)];
}

/** The register address of a person as `postcode|number|letter|addition`, or null abroad. */
function registerAddress(p: HcPersoon): string | null {
  if (p.verblijfplaats.type !== 'Adres') return null;
  const a = p.verblijfplaats.verblijfadres;
  return `${a.postcode}|${a.huisnummer}|${a.huisletter ?? ''}|${a.huisnummertoevoeging ?? ''}`;
}

/** The signal's address in the same form (the house number may carry letter and addition). */
function signalAddress(s: CreditorSignal): string {
  const a = s.adres;
  const m = /^(\d+)([A-Z])?(?:-(.+))?$/.exec(a.huisnummer)!;
  return `${a.postcode.replace(' ', '').toUpperCase()}|${m[1]}|${a.huisletter ?? m[2] ?? ''}|${a.toevoeging ?? m[3] ?? ''}`;
}

/** Day, month and year of a signal's date (`DD-MM-YYYY`, `D-M-YYYY` or `YYYY-MM-DD`). */
function signalDate(s: CreditorSignal): { y: number; m: number; d: number } | null {
  const text = s.debiteur.geboortedatum;
  if (text === undefined) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (iso) return { y: +iso[1]!, m: +iso[2]!, d: +iso[3]! };
  const dmy = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(text)!;
  return { y: +dmy[3]!, m: +dmy[2]!, d: +dmy[1]! };
}

/** Optimal string alignment distance (an adjacent transposition counts as one edit). */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

describe('evaluation set: determinism', () => {
  it('gives the same register, signals and truth for the same seed and sizes', () => {
    const again = buildEvaluationSet({ persons: 2000, signals: 195, seed: 13 });
    expect(JSON.stringify(again)).toBe(JSON.stringify(set));
  });

  it('gives another set for another seed', () => {
    const other = buildEvaluationSet({ persons: 2000, signals: 195, seed: 14 });
    expect(other.register.map((p) => p.naam.volledigeNaam)).not.toEqual(set.register.map((p) => p.naam.volledigeNaam));
  });
});

describe('evaluation set: the register as Haal Centraal BRP records', () => {
  it('has the asked number of persons, with unique BSNs that pass the 11-proof', () => {
    expect(set.register).toHaveLength(2000);
    expect(byBsn.size).toBe(2000);
    for (const p of set.register) {
      const digits = [...p.burgerservicenummer].map(Number);
      expect(digits).toHaveLength(9);
      expect((digits.slice(0, 8).reduce((sum, n, i) => sum + n * (9 - i), 0) - digits[8]!) % 11).toBe(0);
    }
  });

  it('writes birth dates in the API’s four forms, incomplete ones included', () => {
    const types = new Set(set.register.map((p) => p.geboorte.datum.type));
    expect(types).toContain('Datum');
    for (const p of set.register) {
      const d = p.geboorte.datum;
      if (d.type === 'Datum') expect(d.datum).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      else if (d.type === 'JaarMaandDatum') expect(d.langFormaat).toMatch(new RegExp(`^[a-z]+ ${d.jaar}$`));
      else if (d.type === 'JaarDatum') expect(d.langFormaat).toBe(String(d.jaar));
      else expect(d).toEqual({ type: 'DatumOnbekend', onbekend: true, langFormaat: 'onbekend' });
    }
  });

  it('keeps the own surname in geslachtsnaam and the partner’s in partners[] under name use P, V and N', () => {
    const uses = new Set(set.register.map((p) => p.naam.aanduidingNaamgebruik.code));
    expect([...uses].sort()).toEqual(['E', 'N', 'P', 'V']);
    for (const p of set.register.filter((q) => q.naam.aanduidingNaamgebruik.code !== 'E')) expect(p.partners.length).toBe(1);
  });

  it('derives initials as the API does (IJsbrand gives I.)', () => {
    expect(voorletters('Theo Philip IJsbrand')).toBe('T.P.I.');
    expect(voorletters('Suzie Q')).toBe('S.Q');
    for (const p of set.register) if (p.naam.voornamen) expect(p.naam.voorletters).toBe(voorletters(p.naam.voornamen));
  });

  it('writes deceased and emigrated persons with their suspension, emigrants with a residence abroad', () => {
    for (const p of set.register.filter((q) => q.opschortingBijhouding)) {
      const reden = p.opschortingBijhouding!.reden.code;
      expect(['O', 'E']).toContain(reden);
      if (reden === 'O') expect(p.overlijden?.datum.type).toBe('Datum');
      expect(p.verblijfplaats.type).toBe(reden === 'E' ? 'VerblijfplaatsBuitenland' : 'Adres');
    }
    for (const p of set.register) if (p.verblijfplaats.type === 'Adres') expect(p.verblijfplaats.verblijfadres.postcode).toMatch(/^[1-9][0-9]{3}[A-Z]{2}$/);
  });
});

describe('evaluation set: the truth agrees with the signals', () => {
  it('has one truth per signal, in order, and the thirteen modes in equal shares', () => {
    expect(set.truth.map((t) => t.signalId)).toEqual(set.signals.map((s) => s.id));
    expect(new Set(set.signals.map((s) => s.id)).size).toBe(set.signals.length);
    for (const mode of FAILURE_MODES) expect(ofMode(mode)).toHaveLength(15);
  });

  it('names a registered person for every signal but the not-registered ones', () => {
    for (const { truth } of pairs) {
      if (truth.mode === 'not-registered') expect(truth).toMatchObject({ bsn: null, identifiable: false });
      else expect(byBsn.has(truth.bsn!)).toBe(true);
    }
  });

  it('makes not-registered signals about nobody in the register with that name and birth year', () => {
    for (const { signal } of ofMode('not-registered')) {
      const year = signalDate(signal)!.y;
      const written = writtenName(signal);
      const namesakes = set.register.filter((p) => registerNames(p).includes(written) || written.startsWith(registerNames(p)[1]!));
      for (const p of namesakes) {
        const d = p.geboorte.datum;
        expect(d.type).not.toBe('DatumOnbekend');
        expect(d.type === 'Datum' ? Number(d.datum.slice(0, 4)) : d.type === 'DatumOnbekend' ? null : d.jaar).not.toBe(year);
      }
    }
  });

  it('signals clean ones with the register’s own surname, birth date and address', () => {
    for (const { truth, signal } of ofMode('clean')) {
      const p = personOf(truth);
      expect(registerNames(p)).toContain(writtenName(signal));
      expect(signalAddress(signal)).toBe(registerAddress(p));
      const d = p.geboorte.datum;
      if (d.type === 'Datum') expect(signalDate(signal)).toEqual({ y: +d.datum.slice(0, 4), m: +d.datum.slice(5, 7), d: +d.datum.slice(8) });
    }
  });

  it('signals moved ones at another address than the register’s', () => {
    for (const { truth, signal } of ofMode('moved')) expect(signalAddress(signal)).not.toBe(registerAddress(personOf(truth)));
  });

  it('gives placeholder signals a placeholder date, or the true date where the register’s is incomplete', () => {
    for (const { truth, signal } of ofMode('placeholder-birth-date')) {
      const p = personOf(truth);
      const date = signalDate(signal)!;
      if (truth.variant === 'register-incomplete') {
        const d = p.geboorte.datum;
        expect(d.type !== 'Datum' || d.datum.endsWith('-01-01')).toBe(true);
      } else if (truth.variant === 'jan-first-2000') expect(date).toEqual({ y: 2000, m: 1, d: 1 });
      else if (truth.variant === 'zero-day-month') expect(signal.debiteur.geboortedatum).toMatch(/^00-00-\d{4}$/);
      else expect([date.m, date.d]).toEqual([1, 1]);
    }
  });

  it('swaps day and month against the register’s full date', () => {
    for (const { truth, signal } of ofMode('day-month-swapped')) {
      const d = personOf(truth).geboorte.datum;
      if (d.type !== 'Datum') throw new Error('a day-month swap needs a full register date');
      const date = signalDate(signal)!;
      expect(`${date.y}-${String(date.d).padStart(2, '0')}-${String(date.m).padStart(2, '0')}`).toBe(d.datum);
      expect(date.d).not.toBe(date.m);
    }
  });

  it('gives surname typos one edit (a transposition or an IJ/Y counted as one) away from the own surname', () => {
    const ijAsY = (s: string) => s.replace(/ij/g, 'y');
    for (const { truth, signal } of ofMode('surname-typo')) {
      const own = registerNames(personOf(truth));
      const typed = writtenName(signal);
      expect(own).not.toContain(typed);
      const distances = own.flatMap((name) => [editDistance(typed, name), editDistance(ijAsY(typed), ijAsY(name))]);
      expect(Math.min(...distances)).toBeLessThanOrEqual(1);
    }
  });

  it('writes prefix variants only for surnames with a prefix, never in the register’s own form', () => {
    for (const { truth, signal } of ofMode('surname-prefix')) {
      const p = personOf(truth);
      expect(p.naam.voorvoegsel).toBeDefined();
      const d = signal.debiteur;
      expect(d.tussenvoegsel === p.naam.voorvoegsel && d.achternaam === p.naam.geslachtsnaam).toBe(false);
    }
  });

  it('gives initials-only signals no given names, and IJ initials only to IJ names', () => {
    for (const { truth, signal } of ofMode('initials-only')) {
      expect(signal.debiteur.voornamen).toBeUndefined();
      if (truth.variant === 'ij-initial') expect(personOf(truth).naam.voornamen).toMatch(/^IJ/);
    }
  });

  it('signals partner-name ones under a partner’s surname, or under the own one while the register says P or V', () => {
    for (const { truth, signal } of ofMode('partner-name')) {
      const p = personOf(truth);
      expect(p.partners).toHaveLength(1);
      const partner = foldName(p.partners[0]!.naam.geslachtsnaam);
      expect(foldName(`${p.partners[0]!.naam.voorvoegsel ?? ''}${p.partners[0]!.naam.geslachtsnaam}`)).not.toBe(foldName(`${p.naam.voorvoegsel ?? ''}${p.naam.geslachtsnaam}`));
      if (truth.variant === 'own-while-using-partner') expect(['P', 'V']).toContain(p.naam.aanduidingNaamgebruik.code);
      else expect(foldName(`${signal.debiteur.achternaam ?? ''}${signal.debiteur.volledigeNaam ?? ''}`)).toContain(partner);
    }
  });

  it('puts housemate signals at an address shared with a relative of the same surname', () => {
    for (const { truth, signal } of ofMode('housemates')) {
      const p = personOf(truth);
      const address = registerAddress(p);
      expect(signalAddress(signal)).toBe(address);
      const mates = set.register.filter((q) => q !== p && registerAddress(q) === address && foldName(q.naam.geslachtsnaam) === foldName(p.naam.geslachtsnaam));
      expect(mates.length).toBeGreaterThan(0);
    }
  });

  it('swaps name parts and respells names in the swapped and transliteration modes', () => {
    for (const { truth, signal } of ofMode('swapped-names')) {
      const surname = foldName(`${personOf(truth).naam.voorvoegsel ?? ''}${personOf(truth).naam.geslachtsnaam}`);
      expect(foldName(signal.debiteur.voornamen ?? signal.debiteur.volledigeNaam!).startsWith(surname)).toBe(true);
    }
    for (const { truth, signal } of ofMode('transliteration')) {
      const p = personOf(truth);
      const d = signal.debiteur;
      const written = (d.volledigeNaam ?? [d.voornamen, d.tussenvoegsel, d.achternaam].filter(Boolean).join(' ')).toLowerCase();
      const registered = [p.naam.voornamen!, p.naam.voornamen!.split(' ')[0]!].map((g) => [g, p.naam.voorvoegsel, p.naam.geslachtsnaam].filter(Boolean).join(' ').toLowerCase());
      expect(registered).not.toContain(written);
    }
  });

  it('signals deceased and emigrated persons at their last address in the municipality', () => {
    for (const { truth } of ofMode('deceased-or-emigrated')) {
      expect(personOf(truth).opschortingBijhouding?.reden.code).toBe(truth.variant === 'deceased' ? 'O' : 'E');
    }
  });
});

describe('evaluate', () => {
  const oracle = (decide: (t: SignalTruth) => SignalOutcome): SignalOutcome[] => set.truth.map(decide);

  it('scores a perfect matcher: every identifiable person linked, the rest to review', () => {
    const figures = evaluate(set.truth, oracle((t) => (t.identifiable ? { signalId: t.signalId, decision: 'link', bsn: t.bsn } : { signalId: t.signalId, decision: 'review', bsn: null })));
    expect(figures).toMatchObject({ autoLinkRecall: 1, precision: 1, wrongLinks: 0 });
    expect(figures.byMode['not-registered']).toMatchObject({ autoLinkRecall: null, reviewShare: 1, wrongLinks: 0 });
  });

  it('counts a link for a person not in the register as wrong, and a review as not found', () => {
    const figures = evaluate(
      set.truth,
      oracle((t) => (t.bsn === null ? { signalId: t.signalId, decision: 'link', bsn: set.register[0]!.burgerservicenummer } : { signalId: t.signalId, decision: 'review', bsn: null })),
    );
    expect(figures.autoLinkRecall).toBe(0);
    expect(figures.precision).toBe(0);
    expect(figures.wrongLinks).toBe(15);
    expect(figures.byMode['not-registered'].wrongLinks).toBe(15);
  });

  it('refuses outcomes that do not cover every signal once', () => {
    const outcomes = oracle((t) => ({ signalId: t.signalId, decision: 'no-link', bsn: null }));
    expect(() => evaluate(set.truth, outcomes.slice(1))).toThrow();
    expect(() => evaluate(set.truth, [...outcomes, outcomes[0]!])).toThrow();
  });
});
