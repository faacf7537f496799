/**
 * The xxllnc Vroegsignalering (formerly RIS) export as researchers get it: one sheet per table
 * (DOMAIN.md §6; the column names follow the vendor's Excel export as used in public research
 * notebooks). This table is data: the import reads it, and the docs print it.
 * @module
 */

/** The sheets of an xxllnc export. @category Vendor exports */
export const XXLLNC_SHEETS = ['Signalen', 'Meldingen', 'Melders', 'Tussenresultaat', 'Eindresultaat', 'Follow-Up resultaat'] as const;
/** A sheet name. @category Vendor exports */
export type XxllncSheet = (typeof XXLLNC_SHEETS)[number];

/** How one export column maps onto the sample format. @category Vendor exports */
export interface XxllncColumn {
  /** The sheet. */
  readonly sheet: XxllncSheet;
  /** Column header as exported; other spellings seen in older exports follow in `aliases`. */
  readonly header: string;
  /** Other headers for the same column (older RIS exports). */
  readonly aliases?: readonly string[];
  /** The sample field it fills, or null when it is not mapped. */
  readonly field: string | null;
  /** What happens to it (English). */
  readonly note: string;
}

/** Every known column of the export and where it goes. @category Vendor exports */
export const XXLLNC_COLUMNS: readonly XxllncColumn[] = [
  { sheet: 'Signalen', header: 'Meldingnummer', field: 'caseId', note: 'the case the signal belongs to; links the other sheets' },
  { sheet: 'Signalen', header: 'SignaalID', aliases: ['Signaal ID'], field: 'id', note: 'signal id; a row without one is reported' },
  { sheet: 'Signalen', header: 'Hash', field: 'household, person', note: 'pseudonymised household, kept as the person/household key' },
  { sheet: 'Signalen', header: 'Melder ID', aliases: ['MelderID'], field: 'creditor', note: 'looked up in Melders (name, sector)' },
  { sheet: 'Signalen', header: 'Type melding', field: 'kind', note: 'vroegsignaal → early, eindelevering → end-of-supply, warme overdracht → warm-referral, ontruiming → eviction-notice, CAK → cak-list' },
  { sheet: 'Signalen', header: 'Datum melding', field: 'receivedDate', note: 'day-first text, ISO or Excel date' },
  { sheet: 'Signalen', header: 'Doorgezet', field: 'outcome.pickedUp', note: 'nee → not picked up, unless the case has contact attempts or an end result of a picked-up case (then picked up, with a warning)' },
  { sheet: 'Signalen', header: 'Datum doorgezet', field: null, note: 'not needed for the figures' },
  { sheet: 'Signalen', header: 'Startdatum contact', field: null, note: 'attempts carry their own dates' },
  { sheet: 'Signalen', header: 'Achterstandsbedrag', aliases: ['RIS Matching: Achterstandsbedrag', 'Bedrag'], field: 'arrears.total', note: 'arrears; when absent the term amount is used (a warning says so); a row with neither is reported' },
  { sheet: 'Signalen', header: 'Termijnbedrag', field: 'arrears.termAmount', note: 'term amount' },
  { sheet: 'Signalen', header: 'Recidive', aliases: ['Recidive maand-1'], field: null, note: 'recomputed by detection from the Hash' },
  { sheet: 'Signalen', header: 'Leeftijd', field: 'debtor.ageBand', note: 'age → age band' },
  { sheet: 'Signalen', header: 'Gemeente', field: null, note: 'one municipality per export' },
  { sheet: 'Signalen', header: 'Postcode', field: 'address.postcode', note: 'four digits or full postcode' },
  { sheet: 'Meldingen', header: 'Meldingnummer', field: 'caseId', note: 'one row per case; duplicates are reported' },
  { sheet: 'Meldingen', header: 'Afgerond', field: null, note: 'closed yes/no; a closed case needs Afgerond d.d.' },
  { sheet: 'Meldingen', header: 'Afgerond d.d.', field: 'outcome.closedDate', note: 'date the case closed' },
  { sheet: 'Meldingen', header: 'Gezien d.d.', field: null, note: 'not needed for the figures' },
  { sheet: 'Meldingen', header: 'Onterecht', field: 'outcome.pickedUp', note: 'ja → not picked up (unjustified)' },
  { sheet: 'Meldingen', header: 'Ingetrokken', field: 'outcome.pickedUp', note: 'ja → not picked up (withdrawn)' },
  { sheet: 'Melders', header: 'ID', field: 'creditor.id', note: 'creditor id' },
  { sheet: 'Melders', header: 'Melder', field: 'creditor.name', note: 'creditor name' },
  { sheet: 'Melders', header: 'Melder (submerk)', field: 'creditor.name', note: 'appended to the name in parentheses' },
  { sheet: 'Melders', header: 'Type melder', field: 'creditor.sector', note: 'zorgverzekeraar, energie, water, woningcorporatie, hypotheek; else other (a warning says so)' },
  { sheet: 'Tussenresultaat', header: 'Meldingnummer', field: 'caseId', note: 'an unknown case is reported' },
  { sheet: 'Tussenresultaat', header: 'Datum contactpoging', field: 'outcome.attempts.date', note: 'a row without a readable date is reported' },
  { sheet: 'Tussenresultaat', header: 'Wijze van contactpoging', field: 'outcome.attempts.channel', note: 'Brief, Mail, SMS/Whatsapp, Telefoon, Huisbezoek, Kaartje, …' },
  { sheet: 'Tussenresultaat', header: 'Persoon bereikt', field: 'outcome.attempts.reached', note: 'ja/nee' },
  { sheet: 'Tussenresultaat', header: 'Wil de klant hulp', field: 'outcome.helpAccepted', note: 'ja on any attempt → help accepted' },
  { sheet: 'Eindresultaat', header: 'Meldingnummer', field: 'caseId', note: 'an unknown case is reported' },
  { sheet: 'Eindresultaat', header: 'Wat is het eindresultaat', field: 'outcome', note: 'DDAS EnumEindresultaat → picked up / reached / help accepted (see the result table)' },
  { sheet: 'Follow-Up resultaat', header: 'Meldingnummer', field: null, note: 'counted per case; an unknown case is reported' },
];
