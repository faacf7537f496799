import type { Command } from 'commander';
import type { SampleRecord } from '../../replay/index.js';
import { createRecordWriter, currentOutput, InputError, outputSettings, writeRecord } from '../io.js';
import { importSummary, isXxllncExport, pseudonymiseRecords, readXxllncExport } from '../research-input.js';

interface ImportCliOptions {
  unmapped?: string;
  pseudonymiseKeyFile?: string;
}

/**
 * A sample record for CSV: the attempts as the compact text the sample format reads back
 * (`2023-03-05 phone no; 2023-03-09 phone yes`), the derived outcome class left out.
 */
function csvSampleRow(record: SampleRecord): object {
  if (!record.outcome) return record;
  const { class: _, attempts, ...outcome } = record.outcome;
  return { ...record, outcome: { ...outcome, attempts: attempts.map((a) => `${a.date} ${a.channel} ${a.reached ? 'yes' : 'no'}`).join('; ') } };
}

/**
 * `vroegsignalering import-xxllnc EXPORT -o sample.jsonl`: read the xxllnc Vroegsignalering
 * export (an .xlsx workbook, or a folder with a CSV file per sheet), write one sample record per
 * mapped signal, print per sheet rows = mapped + unmapped and the warnings on stderr, and write
 * the unmapped rows with their reasons to `--unmapped FILE`. Exit 1 when a row was not mapped.
 */
export function registerImportXxllnc(program: Command): void {
  program
    .command('import-xxllnc')
    .description('read the xxllnc export (.xlsx, or a folder of CSV sheets) into a research sample; counts per sheet, unmapped rows with reasons')
    .argument('<export>', 'an .xlsx workbook, or a folder with Signalen.csv, Meldingen.csv, Melders.csv, Tussenresultaat.csv, Eindresultaat.csv, …')
    .option('--unmapped <file>', 'write every row that could not be mapped, with its sheet, Excel row and reason (CSV for a .csv file, else JSONL)')
    .option('--pseudonymise-key-file <file>', 'replace ids, case numbers and household hashes by keyed hashes under the key in this file; postcodes to four digits')
    .action(async (path: string, options: ImportCliOptions) => {
      if (!isXxllncExport(path)) throw new InputError(`${path} is not an xxllnc export: give an .xlsx workbook or a folder of CSV sheets`);
      const { imported, source } = await readXxllncExport(path);
      const records = options.pseudonymiseKeyFile ? pseudonymiseRecords(imported.records, options.pseudonymiseKeyFile) : imported.records;
      const csv = currentOutput().format === 'csv';
      for (const record of records) await writeRecord(csv ? csvSampleRow(record) : record);
      if (options.unmapped) {
        const writer = createRecordWriter(outputSettings({ output: options.unmapped, excel: currentOutput().excel, lang: currentOutput().lang }, [path]));
        for (const row of imported.unmapped) await writer.write(row);
        await writer.close();
      }
      const unmapped = imported.unmapped.length;
      process.stderr.write(
        [
          `${path} (${source === 'xlsx' ? 'xlsx workbook' : 'folder of CSV sheets'}): ${records.length} sample records${options.pseudonymiseKeyFile ? ', pseudonymised' : ''}`,
          ...importSummary(imported),
          unmapped > 0 ? `  ${unmapped} unmapped row(s)${options.unmapped ? ` written to ${options.unmapped}` : '; give --unmapped FILE to see them'}` : '  every row mapped',
          '',
        ].join('\n'),
      );
      if (unmapped > 0) process.exitCode = 1;
    });
}
