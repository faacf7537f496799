/**
 * Writes the model's persons as Haal Centraal BRP "Personen" records, the form a vendor gets
 * from the register (see `haal-centraal.ts`).
 * @module
 */
import {
  datumOnbekend, GESLACHT, jaarDatum, jaarMaandDatum, NAAMGEBRUIK, OPSCHORTING, VERBINTENIS, volledigeDatum, voorletters, WOONADRES,
  type HcAdres, type HcDatum, type HcNaamBasis, type HcPartner, type HcPersoon, type HcVerblijfplaatsBuitenland, type Waardetabel,
} from './haal-centraal.js';
import { COUNTRIES, type Surname } from './names.js';
import type { Address, DateParts, PersonModel, Population } from './population.js';

const datum = (d: DateParts): HcDatum => volledigeDatum(d.y, d.m, d.d);

/** The register's form of a person's birth date. */
function birthDatum(p: PersonModel): HcDatum {
  switch (p.birthForm) {
    case 'full':
      return datum(p.birth);
    case 'january-first':
      return volledigeDatum(p.birth.y, 1, 1);
    case 'year-month':
      return jaarMaandDatum(p.birth.y, p.birth.m);
    case 'year':
      return jaarDatum(p.birth.y);
    case 'unknown':
      return datumOnbekend();
  }
}

/** Name parts of a person or partner, as the API writes them. */
function naamBasis(givenNames: readonly string[], surname: Surname): HcNaamBasis {
  const voornamen = givenNames.join(' ');
  return {
    ...(voornamen ? { voornamen } : {}),
    ...(surname.prefix ? { voorvoegsel: surname.prefix } : {}),
    geslachtsnaam: surname.name,
    ...(voornamen ? { voorletters: voorletters(voornamen) } : {}),
    volledigeNaam: [voornamen, surname.prefix, surname.name].filter(Boolean).join(' '),
  };
}

function adres(a: Address, since: DateParts): HcAdres {
  return {
    type: 'Adres',
    verblijfadres: {
      officieleStraatnaam: a.straat,
      korteStraatnaam: a.straat.length > 24 ? a.straat.slice(0, 24) : a.straat,
      huisnummer: a.huisnummer,
      ...(a.huisletter ? { huisletter: a.huisletter } : {}),
      ...(a.huisnummertoevoeging ? { huisnummertoevoeging: a.huisnummertoevoeging } : {}),
      postcode: a.postcode,
      woonplaats: a.woonplaats,
    },
    functieAdres: WOONADRES,
    adresseerbaarObjectIdentificatie: a.objectId,
    datumVan: datum(since),
  };
}

/** Where an emigrant went: a stable choice by origin and BSN. */
function destination(p: PersonModel): Waardetabel {
  if (p.origin === 'moroccan') return COUNTRIES.morocco;
  return Number(p.bsn) % 3 === 0 ? COUNTRIES.unitedStates : COUNTRIES.belgium;
}

function partnerOf(p: PersonModel, population: Population): HcPartner[] {
  const partner = p.partner;
  if (partner === null) return [];
  const bsn = partner.personId === null ? undefined : population.persons[partner.personId]?.bsn;
  return [
    {
      ...(bsn ? { burgerservicenummer: bsn } : {}),
      naam: naamBasis(partner.givenNames, partner.surname),
      soortVerbintenis: VERBINTENIS[partner.kind],
      aangaanHuwelijkPartnerschap: { datum: datum(partner.since) },
      ...(partner.ended ? { ontbindingHuwelijkPartnerschap: { datum: datum(partner.ended) } } : {}),
    },
  ];
}

/**
 * One person of the model as a Haal Centraal BRP record.
 * @example
 * toHaalCentraal(population.persons[0]!, population).naam.aanduidingNaamgebruik.code // 'E', 'P', 'V' or 'N'
 */
export function toHaalCentraal(p: PersonModel, population: Population): HcPersoon {
  const verblijfplaats: HcAdres | HcVerblijfplaatsBuitenland =
    p.status === 'emigrated'
      ? { type: 'VerblijfplaatsBuitenland', verblijfadres: { land: destination(p) }, datumVan: datum(p.statusDate!) }
      : adres(population.addresses[p.lastAddress]!, p.addressSince);
  return {
    burgerservicenummer: p.bsn,
    geslacht: GESLACHT[p.sex],
    naam: { ...naamBasis(p.givenNames, p.surname), aanduidingNaamgebruik: NAAMGEBRUIK[p.nameUse] },
    geboorte: { datum: birthDatum(p) },
    partners: partnerOf(p, population),
    verblijfplaats,
    ...(p.immigrated
      ? { immigratie: { datumVestigingInNederland: datum(p.immigrated), ...(p.origin === 'moroccan' ? { landVanwaarIngeschreven: COUNTRIES.morocco } : {}) } }
      : {}),
    ...(p.status === 'deceased' ? { overlijden: { datum: datum(p.statusDate!) } } : {}),
    ...(p.status === 'deceased' || p.status === 'emigrated'
      ? { opschortingBijhouding: { reden: OPSCHORTING[p.status === 'deceased' ? 'O' : 'E'], datum: datum(p.statusDate!) } }
      : {}),
  };
}
