import type { Command } from 'commander';
import { parseSignal } from '../../model/index.js';
import { detectFormat, readRecords, recordIssues, writeResult, type InputInfo } from '../io.js';

/**
 * `vroegsignalering validate FILE`: parse every signal in a JSONL or CSV file, print one
 * result per line (`{line, ok, id?, issues?}`; CSV rows numbered as Excel shows them, the header
 * being row 1), a summary on stderr (with the encoding when it was not UTF-8), and exit 1 when
 * any record is invalid. Errors name the field and never repeat its value.
 */
export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description('check signals in a JSONL or CSV file; one result per record, exit 1 if any is invalid')
    .argument('<file>', 'signals as JSONL (one JSON object per line) or CSV (dotted headers such as address.postcode)')
    .option('--format <format>', 'jsonl or csv (default: from the file extension)')
    .action(async (file: string, options: { format?: string }) => {
      let valid = 0;
      let invalid = 0;
      let info: InputInfo | undefined;
      for await (const record of readRecords(file, detectFormat(file, options.format), { onInfo: (i) => (info = i) })) {
        if (record.readIssue) {
          invalid += 1;
          await writeResult(record, { ok: false, issues: recordIssues(record) });
          continue;
        }
        const result = parseSignal(record.value);
        if (result.ok) {
          valid += 1;
          await writeResult(record, { ok: true, id: result.value.id });
        } else {
          invalid += 1;
          await writeResult(record, { ok: false, issues: result.issues });
        }
      }
      const encoding = info && info.encoding !== 'utf-8' ? ` (read as ${info.encoding})` : '';
      process.stderr.write(`${valid + invalid} records: ${valid} valid, ${invalid} invalid${encoding}\n`);
      if (invalid > 0) process.exitCode = 1;
    });
}
