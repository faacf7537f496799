/**
 * The ONE place where the evaluation set meets the project's matcher, used as a vendor would:
 * only the public API of `matching` and `model` (through their index), Haal Centraal records as
 * the register gives them, creditor signals mapped field by field. When the matcher's API is
 * renamed or its results reshaped, fix the names here; nothing else in tools/evaluation/ knows it.
 * @module
 */
import { createRegisterIndex, matchSignals, parseRegisterRecord, type MatchResult, type RegisterIndex, type RegisterRecord } from '../../src/matching/index.js';
import { parseSignal, type Signal } from '../../src/model/index.js';
import type { SignalOutcome } from './evaluate.js';
import type { HcDatum, HcPersoon } from './haal-centraal.js';
import type { CreditorSignal } from './signals.js';

/** A register indexed by the matcher, with what parsing refused. */
export interface IndexedRegister {
  readonly index: RegisterIndex;
  /**
   * Records the parser refused as the API gives them and took only after the vendor's
   * workaround below (dates of death and suspension as strings).
   */
  readonly adapted: number;
  /** Field paths the parser refused (never values). */
  readonly refusedFields: readonly string[];
  /** Records refused even after the workaround (they cannot be matched at all). */
  readonly rejected: number;
}

/** The API's polymorphic date as the `YYYYMMDD` string the parser takes (00 for unknown parts). */
function compactDate(datum: HcDatum): string {
  const p = (n: number | undefined, w: number) => String(n ?? 0).padStart(w, '0');
  switch (datum.type) {
    case 'Datum':
      return datum.datum.replace(/-/g, '');
    case 'JaarMaandDatum':
      return `${p(datum.jaar, 4)}${p(datum.maand, 2)}00`;
    case 'JaarDatum':
      return `${p(datum.jaar, 4)}0000`;
    case 'DatumOnbekend':
      return '00000000';
  }
}

/**
 * The workaround a vendor needs today: `overlijden.datum` and `opschortingBijhouding.datum` are
 * the API's date objects, which the register parser refuses (it takes a string there, while it
 * takes the same object for `geboorte.datum`).
 */
function withStringDates(persoon: HcPersoon): unknown {
  return {
    ...persoon,
    ...(persoon.overlijden ? { overlijden: { datum: compactDate(persoon.overlijden.datum) } } : {}),
    ...(persoon.opschortingBijhouding
      ? { opschortingBijhouding: { reden: persoon.opschortingBijhouding.reden, datum: compactDate(persoon.opschortingBijhouding.datum) } }
      : {}),
  };
}

/** Parse the Haal Centraal records (with the workaround where needed) and build the matcher's index. */
export function indexRegister(register: readonly HcPersoon[]): IndexedRegister {
  const records: RegisterRecord[] = [];
  let adapted = 0;
  let rejected = 0;
  const refusedFields = new Set<string>();
  for (const persoon of register) {
    const asGiven = parseRegisterRecord(persoon);
    if (asGiven.ok) {
      records.push(asGiven.value);
      continue;
    }
    for (const issue of asGiven.issues) refusedFields.add(issue.field);
    const retried = parseRegisterRecord(withStringDates(persoon));
    if (retried.ok) {
      records.push(retried.value);
      adapted++;
    } else rejected++;
  }
  return { index: createRegisterIndex(records), adapted, refusedFields: [...refusedFields].sort(), rejected };
}

/** A creditor's signal in the form `parseSignal` takes. */
export function toSignalInput(s: CreditorSignal): Record<string, unknown> {
  const d = s.debiteur;
  return {
    id: s.id,
    kind: 'early',
    creditor: { id: s.schuldeiser.id, name: s.schuldeiser.naam, sector: s.schuldeiser.sector },
    receivedDate: s.ontvangen,
    debtor: {
      name: { givenNames: d.voornamen, initials: d.voorletters, surnamePrefix: d.tussenvoegsel, surname: d.achternaam, fullName: d.volledigeNaam },
      birthDate: d.geboortedatum,
    },
    address: {
      postcode: s.adres.postcode,
      houseNumber: s.adres.huisnummer,
      houseLetter: s.adres.huisletter,
      houseNumberAddition: s.adres.toevoeging,
      street: s.adres.straat,
      city: s.adres.woonplaats,
    },
    arrears: { total: s.achterstand },
  };
}

/** Parse creditor signals; a signal the parser refuses gets no match (as a vendor would handle it). */
export function parseSignals(signals: readonly CreditorSignal[]): { parsed: (Signal | null)[]; rejected: number; rejectedFields: string[] } {
  let rejected = 0;
  const fields = new Set<string>();
  const parsed = signals.map((s) => {
    const r = parseSignal(toSignalInput(s));
    if (r.ok) return r.value;
    rejected++;
    for (const i of r.issues) fields.add(i.field);
    return null;
  });
  return { parsed, rejected, rejectedFields: [...fields] };
}

/** The set's terms for a matcher result. */
function outcomeOf(signalId: string, result: MatchResult | null): SignalOutcome {
  if (result === null) return { signalId, decision: 'no-link', bsn: null };
  if (result.decision === 'match') return { signalId, decision: 'link', bsn: result.person?.recordId ?? null };
  return { signalId, decision: result.decision === 'review' ? 'review' : 'no-link', bsn: null };
}

/** Match parsed signals in one batch; one outcome per signal, in order. */
export function matchParsed(register: IndexedRegister, signals: readonly CreditorSignal[], parsed: readonly (Signal | null)[]): SignalOutcome[] {
  const valid = parsed.filter((s): s is Signal => s !== null);
  const items = matchSignals(valid, register.index);
  let next = 0;
  return signals.map((s, i) => {
    if (parsed[i] === null) return outcomeOf(s.id, null);
    const item = items[next++]!;
    return outcomeOf(s.id, item.ok ? item.value : null);
  });
}
