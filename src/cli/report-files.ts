/**
 * Writing a report and its figures: the HTML, and every number in it as JSON (`--figures-json`)
 * or CSV (`--figures-csv`), for `replay` and `research`.
 */
import { writeFileSync } from 'node:fs';
import { renderReport, type ReportFigure, type ReportInput, type SampleRecord, type SamplePeriod } from '../replay/index.js';
import { csvText, InputError, languageOption } from './io.js';

/** The report options of a command (`--report`, `--figures-json`, `--figures-csv`, `--lang`). */
export interface ReportFileOptions {
  readonly report?: string;
  readonly figuresJson?: string;
  readonly figuresCsv?: string;
  readonly lang?: string;
}

/** The columns of the figures CSV, in order. */
const FIGURE_COLUMNS = ['id', 'section', 'label', 'value', 'unit', 'n', 'lower', 'upper', 'method', 'source', 'shown'] as const;

/** The figures as CSV: one row per figure, values at full precision (a point as decimal separator). */
export function figuresCsv(figures: readonly ReportFigure[]): string {
  const rows = figures.map((f) => new Map<string, string>(FIGURE_COLUMNS.map((c) => [c, f[c] === undefined ? '' : String(f[c])])));
  return csvText(rows, false);
}

function write(file: string, text: string): void {
  try {
    writeFileSync(file, text);
  } catch (error) {
    const code = (error as { code?: string }).code;
    throw new InputError(`cannot write ${file}: ${code === 'ENOENT' ? 'no such directory' : (code ?? 'write error')}`);
  }
}

/** The first and last signal date of a sample. */
export function samplePeriod(records: readonly SampleRecord[]): SamplePeriod | undefined {
  if (records.length === 0) return undefined;
  let first = records[0]!.receivedDate;
  let last = first;
  for (const r of records) {
    if (r.receivedDate < first) first = r.receivedDate;
    if (r.receivedDate > last) last = r.receivedDate;
  }
  return { first, last };
}

/**
 * Render the report in the chosen language and write what was asked: the HTML, the figures as
 * JSON and as CSV. Returns one line per file written, for the command's summary.
 */
export function writeReportFiles(options: ReportFileOptions, input: Omit<ReportInput, 'lang'>): string[] {
  if (!options.report && !options.figuresJson && !options.figuresCsv) return [];
  const lang = languageOption(options.lang);
  const { html, figures } = renderReport({ ...input, lang });
  const lines: string[] = [];
  if (options.report) {
    write(options.report, html);
    lines.push(`Report: ${options.report}`);
  }
  if (options.figuresJson) {
    write(options.figuresJson, `${JSON.stringify({ asOf: input.asOf, lang, figures }, null, 2)}\n`);
    lines.push(`Figures (JSON): ${options.figuresJson}, ${figures.length} figures`);
  }
  if (options.figuresCsv) {
    write(options.figuresCsv, figuresCsv(figures));
    lines.push(`Figures (CSV): ${options.figuresCsv}, ${figures.length} figures`);
  }
  return lines;
}
