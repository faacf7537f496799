/**
 * The shape of a person in the Haal Centraal BRP bevragen API (version 2, "Personen"), as far as
 * the evaluation set writes it: the fields a municipality's register extract carries for the BRP
 * check. Field names, the polymorphic date (`Datum`, `JaarMaandDatum`, `JaarDatum`,
 * `DatumOnbekend`, each with `langFormaat`), code fields as `{ code, omschrijving }`, the address
 * as `verblijfplaats.verblijfadres` and the initials rule follow the API's OpenAPI specification
 * and feature files (github.com/BRP-API/Haal-Centraal-BRP-bevragen).
 * @module
 */

/** A code with its description (the API's `Waardetabel`). */
export interface Waardetabel {
  readonly code: string;
  readonly omschrijving: string;
}

/** The API's polymorphic date. */
export type HcDatum =
  | { readonly type: 'Datum'; readonly datum: string; readonly langFormaat: string }
  | { readonly type: 'JaarMaandDatum'; readonly jaar: number; readonly maand: number; readonly langFormaat: string }
  | { readonly type: 'JaarDatum'; readonly jaar: number; readonly langFormaat: string }
  | { readonly type: 'DatumOnbekend'; readonly onbekend: true; readonly langFormaat: 'onbekend' };

/** Name parts shared by a person and a partner. */
export interface HcNaamBasis {
  readonly voornamen?: string;
  readonly voorvoegsel?: string;
  readonly geslachtsnaam: string;
  readonly voorletters?: string;
  readonly volledigeNaam?: string;
}

/** A person's name, with how they use it (E, P, V, N). */
export interface HcNaam extends HcNaamBasis {
  readonly aanduidingNaamgebruik: Waardetabel;
}

/** A (former) spouse or registered partner. */
export interface HcPartner {
  readonly burgerservicenummer?: string;
  readonly naam: HcNaamBasis;
  readonly soortVerbintenis: Waardetabel;
  readonly aangaanHuwelijkPartnerschap: { readonly datum: HcDatum };
  readonly ontbindingHuwelijkPartnerschap?: { readonly datum: HcDatum };
}

/** A residential address in the Netherlands. */
export interface HcAdres {
  readonly type: 'Adres';
  readonly verblijfadres: {
    readonly officieleStraatnaam: string;
    readonly korteStraatnaam: string;
    readonly huisnummer: number;
    readonly huisletter?: string;
    readonly huisnummertoevoeging?: string;
    readonly postcode: string;
    readonly woonplaats: string;
  };
  readonly functieAdres: Waardetabel;
  readonly adresseerbaarObjectIdentificatie: string;
  readonly datumVan: HcDatum;
}

/** A residence abroad (after emigration). */
export interface HcVerblijfplaatsBuitenland {
  readonly type: 'VerblijfplaatsBuitenland';
  readonly verblijfadres: { readonly land: Waardetabel };
  readonly datumVan: HcDatum;
}

/** One person as the API returns it. */
export interface HcPersoon {
  readonly burgerservicenummer: string;
  readonly geslacht: Waardetabel;
  readonly naam: HcNaam;
  readonly geboorte: { readonly datum: HcDatum };
  readonly partners: readonly HcPartner[];
  readonly verblijfplaats: HcAdres | HcVerblijfplaatsBuitenland;
  readonly immigratie?: { readonly datumVestigingInNederland: HcDatum; readonly landVanwaarIngeschreven?: Waardetabel };
  readonly overlijden?: { readonly datum: HcDatum };
  readonly opschortingBijhouding?: { readonly reden: Waardetabel; readonly datum: HcDatum };
}

/** The API's response to `RaadpleegMetBurgerservicenummer`. */
export interface HcPersonenResponse {
  readonly type: 'RaadpleegMetBurgerservicenummer';
  readonly personen: readonly HcPersoon[];
}

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * A full date in the API's form.
 * @example
 * volledigeDatum(1956, 11, 15) // { type: 'Datum', datum: '1956-11-15', langFormaat: '15 november 1956' }
 */
export function volledigeDatum(year: number, month: number, day: number): HcDatum {
  return { type: 'Datum', datum: `${pad(year, 4)}-${pad(month)}-${pad(day)}`, langFormaat: `${day} ${MONTHS[month - 1]} ${year}` };
}

/** A date of which the day is unknown (`YYYYMM00`). */
export function jaarMaandDatum(year: number, month: number): HcDatum {
  return { type: 'JaarMaandDatum', jaar: year, maand: month, langFormaat: `${MONTHS[month - 1]} ${year}` };
}

/** A date of which month and day are unknown (`YYYY0000`). */
export function jaarDatum(year: number): HcDatum {
  return { type: 'JaarDatum', jaar: year, langFormaat: String(year) };
}

/** A wholly unknown date (`00000000`). */
export function datumOnbekend(): HcDatum {
  return { type: 'DatumOnbekend', onbekend: true, langFormaat: 'onbekend' };
}

/**
 * Initials as the API derives them: one letter and a dot per given name, also for names that
 * start with a digraph (IJsbrand gives `I.`), a hyphenated name counts once, and a one-letter
 * name keeps no dot (a space follows it before another initial).
 * @example
 * voorletters('Theo Philip IJsbrand') // 'T.P.I.'
 * voorletters('Suzie Q')              // 'S.Q'
 */
export function voorletters(voornamen: string): string {
  const names = voornamen.trim().split(/\s+/).filter(Boolean);
  let out = '';
  names.forEach((name, i) => {
    if (name.length === 1) out += name + (i < names.length - 1 ? ' ' : '');
    else out += `${name[0]!.toUpperCase()}.`;
  });
  return out;
}

/** Name-use codes and their descriptions (Tabel Naamgebruik). */
export const NAAMGEBRUIK: Readonly<Record<'E' | 'P' | 'V' | 'N', Waardetabel>> = {
  E: { code: 'E', omschrijving: 'eigen geslachtsnaam' },
  P: { code: 'P', omschrijving: 'geslachtsnaam echtgenoot/geregistreerd partner' },
  V: { code: 'V', omschrijving: 'geslachtsnaam echtgenoot/geregistreerd partner voor eigen geslachtsnaam' },
  N: { code: 'N', omschrijving: 'geslachtsnaam echtgenoot/geregistreerd partner na eigen geslachtsnaam' },
};

/** Reasons for suspended registration used by the set (Tabel Reden opschorting bijhouding). */
export const OPSCHORTING: Readonly<Record<'O' | 'E', Waardetabel>> = {
  O: { code: 'O', omschrijving: 'overlijden' },
  E: { code: 'E', omschrijving: 'emigratie' },
};

/** Kinds of union. */
export const VERBINTENIS: Readonly<Record<'H' | 'P', Waardetabel>> = {
  H: { code: 'H', omschrijving: 'huwelijk' },
  P: { code: 'P', omschrijving: 'geregistreerd partnerschap' },
};

/** Sex codes. */
export const GESLACHT: Readonly<Record<'M' | 'V', Waardetabel>> = {
  M: { code: 'M', omschrijving: 'man' },
  V: { code: 'V', omschrijving: 'vrouw' },
};

/** Residential address function. */
export const WOONADRES: Waardetabel = { code: 'W', omschrijving: 'woonadres' };
