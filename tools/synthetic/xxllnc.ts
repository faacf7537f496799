/**
 * A SYNTHETIC xxllnc Vroegsignalering export (CSV sheets) made from a synthetic sample, with a
 * few deliberately broken rows so that imports can show their report of unmapped rows.
 */
import type { SampleRecordInput } from '../../src/replay/index.js';

/** Rows of each sheet, keyed by the export's headers. */
export type Sheets = Record<string, Array<Record<string, string>>>;

const SECTOR_TYPES: Record<string, string> = {
  'health-insurance': 'Zorgverzekeraar', energy: 'Energieleverancier', housing: 'Woningcorporatie', water: 'Drinkwaterbedrijf', mortgage: 'Hypotheekverstrekker', other: 'Overig',
};
const CHANNEL_TEXTS: Record<string, string> = {
  letter: 'Brief', email: 'Mail', sms: 'SMS/Whatsapp', phone: 'Telefoon', 'home-visit': 'Huisbezoek', card: 'Kaartje',
};

/** Day-first Dutch date text, as the export writes it (`15-03-2023`). */
function dayFirst(iso: string): string {
  return `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;
}

/** Excel serial day number of an ISO date (as real Excel exports sometimes carry). */
function excelSerial(iso: string): string {
  return String(Date.parse(`${iso}T00:00:00Z`) / 86_400_000 + 25569);
}

function endResult(o: NonNullable<SampleRecordInput['outcome']>): string {
  if (o.pickedUp === false) return 'Niet opgepakt: andere reden';
  if (o.helpAccepted === true) return 'Vervolghulp en/of verwijzing financieel';
  const attempts = Array.isArray(o.attempts) ? o.attempts : [];
  return attempts.some((a) => a.reached === true) ? 'Inwoner regelt het zelf/hoeft geen hulp vanuit vroegsignalering' : 'Definitief geen contact kunnen krijgen';
}

/**
 * Convert synthetic sample records (with `caseId`, `household` and outcomes) into the sheets of
 * an xxllnc export. Dates alternate between day-first text and Excel serial numbers.
 * Broken on purpose: one signal with an unreadable date, one attempt of an unknown case, one
 * end result that is not a DDAS value.
 */
export function toXxllncSheets(records: readonly SampleRecordInput[]): Sheets {
  const sheets: Sheets = { Signalen: [], Meldingen: [], Melders: [], Tussenresultaat: [], Eindresultaat: [] };
  const creditors = new Map<string, SampleRecordInput['creditor']>();
  records.forEach((r, i) => {
    const caseId = String(r.caseId ?? r.id);
    creditors.set(String(r.creditor.id), r.creditor);
    const date = i % 3 === 0 ? excelSerial(r.receivedDate) : dayFirst(r.receivedDate);
    sheets.Signalen!.push({
      Meldingnummer: caseId,
      SignaalID: String(r.id),
      Hash: String(r.household),
      'Melder ID': String(r.creditor.id),
      'Type melding': r.kind === 'end-of-supply' ? 'Eindeleveringssignaal' : 'Vroegsignaal',
      'Datum melding': i === 7 ? '31-02-2023' : date,
      Doorgezet: r.outcome?.pickedUp === false ? 'Nee' : 'Ja',
      Achterstandsbedrag: String(r.arrears.total).replace('.', ','),
      Leeftijd: String(2023 - Number(String(r.debtor?.birthDate ?? '1980').slice(0, 4))),
      Postcode: String(r.address?.postcode ?? '').slice(0, 4),
    });
    const o = r.outcome;
    if (!o) return;
    sheets.Meldingen!.push({ Meldingnummer: caseId, Afgerond: o.closedDate ? 'Ja' : 'Nee', 'Afgerond d.d.': o.closedDate ? dayFirst(String(o.closedDate)) : '', Onterecht: 'Nee', Ingetrokken: 'Nee' });
    for (const a of Array.isArray(o.attempts) ? o.attempts : []) {
      sheets.Tussenresultaat!.push({
        Meldingnummer: caseId,
        'Datum contactpoging': dayFirst(String(a.date)),
        'Wijze van contactpoging': CHANNEL_TEXTS[a.channel] ?? 'Overige',
        'Persoon bereikt': a.reached === true ? 'Ja' : 'Nee',
        'Wil de klant hulp': a.reached === true ? (o.helpAccepted ? 'Ja' : 'Nee') : '',
      });
    }
    sheets.Eindresultaat!.push({ Meldingnummer: caseId, 'Wat is het eindresultaat': i === 11 ? 'Klant is verhuisd naar de maan' : endResult(o) });
  });
  sheets.Tussenresultaat!.push({ Meldingnummer: 'M9999999', 'Datum contactpoging': '01-04-2023', 'Wijze van contactpoging': 'Telefoon', 'Persoon bereikt': 'Nee', 'Wil de klant hulp': '' });
  for (const [id, c] of creditors) {
    sheets.Melders!.push({ ID: id, Melder: String(c.name ?? id), 'Melder (submerk)': '', 'Type melder': SECTOR_TYPES[c.sector] ?? 'Overig' });
  }
  return sheets;
}

/** Write rows as CSV text (comma-separated, quoted where needed). */
export function toCsv(rows: ReadonlyArray<Record<string, string>>): string {
  const headers = Object.keys(rows[0] ?? {});
  const quote = (v: string): string => (/[",;\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
  return [headers.map(quote).join(','), ...rows.map((r) => headers.map((h) => quote(r[h] ?? '')).join(','))].join('\n') + '\n';
}
