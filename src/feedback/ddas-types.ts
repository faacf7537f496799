/**
 * TypeScript types of the DDAS Vroegsignalering exchange model v1.2 (VNG Realisatie,
 * `json_schema_Uitwisselmodel.v1.2.json`). Field names are the standard's, in Dutch.
 * @module
 */
import type { CONTACT_CHANNELS } from './channels.js';
import type { DdasPartnerType } from './case-signal.js';

/** DDAS `EnumSignaalstatus`. @category DDAS */
export const DDAS_SIGNAL_STATUSES = [
  'Inwoner al bekend bij schuldhulpverlening', 'Inwoner is overleden', 'Niet opgepakt: andere reden',
  'Niet opgepakt: herhaalde melding', 'Niet opgepakt: onterecht signaal', 'Nog niet opgepakt', 'Opgepakt',
  'Persoon is geen inwoner (meer) in de gemeente',
] as const;
/** A DDAS signal status. @category DDAS */
export type DdasSignalStatus = (typeof DDAS_SIGNAL_STATUSES)[number];

/** DDAS `EnumEindresultaat`. @category DDAS */
export const DDAS_RESULTS = [
  '(Budget)advies en/of quick fix', 'Definitief geen contact kunnen krijgen', 'Geen reactie na eerder contact',
  'Inwoner al bekend bij schuldhulpverlening', 'Inwoner heeft al een ander lopend traject',
  'Inwoner heeft zelf al betaald/betalingsregeling getroffen', 'Inwoner is overleden',
  'Inwoner regelt het zelf/hoeft geen hulp vanuit vroegsignalering', 'Niet opgepakt: andere reden',
  'Niet opgepakt: herhaalde melding', 'Niet opgepakt: onterecht signaal', 'Persoon is geen inwoner (meer) in de gemeente',
  'Vervolghulp en/of verwijzing', 'Vervolghulp en/of verwijzing financieel', 'Vervolghulp en/of verwijzing niet financieel',
  'Verwijzing zonder tussenkomst inwoner',
] as const;
/** A DDAS case result. @category DDAS */
export type DdasResult = (typeof DDAS_RESULTS)[number];

/** DDAS `EnumDagdeel`: Ochtend (before 12:00), Middag (12:00–18:00), Avond (from 18:00). @category DDAS */
export type DdasDayPart = 'Ochtend' | 'Middag' | 'Avond';

/** DDAS `EnumContactsoort`. @category DDAS */
export type DdasContactKind = (typeof CONTACT_CHANNELS)[keyof typeof CONTACT_CHANNELS];

/** DDAS `client`: a BSN, or a postcode and house number — never both. @category DDAS */
export type DdasClient =
  | { readonly burgerservicenummer: string }
  | { readonly postcode: string; readonly huisnummer: string; readonly huisnummertoevoeging?: string };

/** DDAS `vroegsignaal`. @category DDAS */
export interface DdasSignal {
  readonly ID: string;
  readonly crisissignaal: boolean;
  readonly warmeOverdracht: boolean;
  /** Whole euros. */
  readonly bedrag: number;
  readonly ontstaansdatum?: string;
  readonly signaaldatum: string;
  readonly status: DdasSignalStatus;
  readonly signaalpartner: { readonly type: DdasPartnerType };
  readonly client: DdasClient;
}

/** DDAS `contactpoging`. @category DDAS */
export interface DdasContactAttempt {
  readonly soort: DdasContactKind;
  readonly bereikt: boolean;
  readonly datum: string;
  readonly dagdeel: DdasDayPart;
}

/** DDAS `vroegsignaalzaak`. @category DDAS */
export interface DdasCase {
  readonly resultaat?: DdasResult;
  readonly matchingsdatum?: string;
  readonly startdatumMatchingperiode?: string;
  readonly einddatumMatchingperiode?: string;
  readonly datumOpgepakt?: string;
  readonly vroegsignalen: readonly { readonly ID: string }[];
  readonly contactpogingen: readonly DdasContactAttempt[];
}

/** DDAS `aanleverendeOrganisatie`. @category DDAS */
export interface DdasOrganisation {
  readonly naam?: string;
  readonly 'kvk-nummer'?: string;
  readonly contactpersonen?: readonly {
    readonly naam?: string;
    readonly telefoonnummer?: string;
    readonly email?: string;
    readonly functietitel?: string;
  }[];
}

/** DDAS `levering`: one municipality's signals and cases over the period. @category DDAS */
export interface DdasDelivery {
  readonly teller: number;
  readonly gemeentecode: string;
  readonly aanleverendeOrganisatie: DdasOrganisation;
  readonly vroegsignalen: readonly DdasSignal[];
  readonly vroegsignaalzaken: readonly DdasCase[];
}

/** DDAS `Uitwisselmodel`: one file for CBS. @category DDAS */
export interface Uitwisselmodel {
  readonly startdatumLevering: string;
  readonly einddatumLevering: string;
  readonly aanleverdatumEnTijd: string;
  readonly codeGegevensleverancier: string;
  readonly leveringen?: readonly DdasDelivery[];
}
