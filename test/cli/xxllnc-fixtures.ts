/**
 * The synthetic xxllnc export of examples/data/xxllnc written as a researcher gets it: a folder
 * of semicolon CSV files with a byte-order mark (as Dutch Excel saves them), and one .xlsx
 * workbook of the same sheets with real dates and numbers. Case M0000001 says `Doorgezet = Nee`
 * although its attempts show it was picked up.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import writeExcelFile from 'write-excel-file/node';

const SOURCE = new URL('../../examples/data/xxllnc/', import.meta.url);
const DATE_COLUMNS = new Set(['Datum melding', 'Afgerond d.d.', 'Datum contactpoging']);
const NUMBER_COLUMNS = new Set(['Achterstandsbedrag', 'Termijnbedrag', 'Leeftijd']);

/** The sheets as rows of text cells, header first, with the forwarded-flag conflict in case M0000001. */
export function exportSheets(): Map<string, string[][]> {
  const sheets = new Map<string, string[][]>();
  for (const file of readdirSync(SOURCE).filter((f) => f.endsWith('.csv')).sort()) {
    const rows = parse(readFileSync(new URL(file, SOURCE)), { bom: true, skip_empty_lines: true }) as string[][];
    sheets.set(file.replace(/\.csv$/, ''), rows);
  }
  const signalen = sheets.get('Signalen')!;
  const forwarded = signalen[0]!.indexOf('Doorgezet');
  const conflict = signalen.find((row) => row[0] === 'M0000001')!;
  conflict[forwarded] = 'Nee';
  return sheets;
}

function csvCell(cell: string): string {
  return /[;"\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Write the sheets as a folder of `;`-separated CSV files with a UTF-8 byte-order mark; returns the folder. */
export function writeCsvFolder(dir: string): string {
  mkdirSync(dir, { recursive: true });
  for (const [sheet, rows] of exportSheets()) {
    writeFileSync(join(dir, `${sheet}.csv`), `\uFEFF${rows.map((r) => r.map(csvCell).join(';')).join('\r\n')}\r\n`);
  }
  return dir;
}

/** A text cell as Excel would hold it: a real date, a number, or text (a date that does not exist stays text). */
function typed(header: string, text: string): unknown {
  if (text === '') return null;
  if (DATE_COLUMNS.has(header)) {
    if (/^\d{5}$/.test(text)) return { value: new Date(Date.UTC(1970, 0, 1) + (Number(text) - 25569) * 86_400_000), type: Date, format: 'dd-mm-yyyy' };
    const m = /^(\d{2})-(\d{2})-(\d{4})$/.exec(text);
    if (m) {
      const date = new Date(Date.UTC(+m[3]!, +m[2]! - 1, +m[1]!));
      if (date.getUTCDate() === +m[1]!) return { value: date, type: Date, format: 'dd-mm-yyyy' };
    }
    return text;
  }
  if (NUMBER_COLUMNS.has(header) && /^\d+(,\d+)?$/.test(text)) return Number(text.replace(',', '.'));
  return text;
}

/** Write the sheets as one .xlsx workbook with typed cells; returns the file. */
export async function writeWorkbook(file: string): Promise<string> {
  const sheets = [...exportSheets()].map(([sheet, [header, ...rows]]) => ({
    sheet,
    data: [header!, ...rows.map((r) => r.map((cell, c) => typed(header![c]!, cell)))],
  }));
  writeFileSync(file, await writeExcelFile(sheets as never).toBuffer());
  return file;
}
