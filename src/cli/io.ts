/**
 * File input and output for the CLI: JSONL and CSV records, JSON files, JSONL output, and a
 * progress bar on a TTY. The only part of the package that touches Node built-ins.
 *
 * Reading is strict about what it cannot know and forgiving about what it can: the encoding
 * (UTF-8 with or without BOM, UTF-16 with BOM, Windows-1252 when the bytes are not UTF-8), the
 * CSV delimiter (one per file, sniffed from the header row) and the header (refused when it is
 * missing, has duplicate or reserved names) are settled once per file; every data row then gives
 * exactly one record, or one error naming its row and column, never the value in it.
 */
import { createReadStream, createWriteStream, openSync, readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { Readable, type Writable } from 'node:stream';
import { open } from 'node:fs/promises';
import { isUtf8 } from 'node:buffer';
import cliProgress from 'cli-progress';
import { parseDateInput, unflatten, type ValidationIssue } from '../model/index.js';

/**
 * A problem with a file or an option that stops a command: missing or unreadable file, empty
 * file, a header that cannot be used, an unknown option value. The CLI prints its message as one
 * line and exits 2. Messages name files, rows and columns, never a value from the data.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
}

/** One input record with its line (JSONL) or row (CSV, as Excel numbers it: the header is row 1). */
export interface InputRecord {
  /** Line number (JSONL) or row number as Excel shows it (CSV: the header is row 1, data starts at 2). */
  readonly line: number;
  /** The record, or `undefined` when the line or row could not be read. */
  readonly value: unknown;
  /** Why the line or row could not be read, when it could not (names row and column, never the value). */
  readonly readError?: string;
  /** The same as an issue with a stable code (`invalid_json`, `csv_cell_count`, …), when it could not be read. */
  readonly readIssue?: ValidationIssue;
}

/** Input formats the CLI reads; `auto` tells them apart by the first non-blank character (`{` is JSONL). */
export type InputFormat = 'jsonl' | 'csv' | 'auto';

/** The file name that stands for standard input (and, as `-o -`, standard output). */
export const STDIO = '-';

/** How a file was read, for a command's summary. */
export interface InputInfo {
  /** The encoding used: `utf-8`, `windows-1252`, `utf-16le` or `utf-16be`. */
  readonly encoding: string;
  /** True when the encoding was chosen because the bytes were not valid UTF-8 (no `--encoding`, no BOM). */
  readonly fallback: boolean;
  /** The CSV delimiter, when the file is CSV. */
  readonly delimiter?: string;
}

/** Options for reading one file; unset options take the defaults given by `--delimiter` and `--encoding`. */
export interface ReadOptions {
  /** CSV delimiter: `,`, `;`, `|` or a tab (`tab` or `\t`); sniffed from the header when absent. */
  readonly delimiter?: string;
  /** Text encoding (a WHATWG label such as `utf-8`, `windows-1252`); detected when absent. */
  readonly encoding?: string;
  /** Called once, before the first record, with how the file is read. */
  readonly onInfo?: (info: InputInfo) => void;
  /**
   * CSV only: keep each row flat, keyed by its header cell as written (`Afgerond d.d.`), instead
   * of nesting dotted headers; for vendor exports whose headers are not field paths.
   */
  readonly flat?: boolean;
}

/** Delimiters a CSV header is sniffed for, in order of preference on a tie-free count. */
const DELIMITERS = [';', ',', '\t', '|'] as const;
/** A quoted CSV cell may span at most this many lines and characters; beyond, its quote is taken as unclosed. */
const MAX_QUOTED_LINES = 50;
const MAX_QUOTED_CHARS = 100_000;
/** The longest line read (JSONL record or CSV row); longer lines are an error for that line. */
const MAX_LINE_CHARS = 16_000_000;
/**
 * Keys that would reach an object's prototype (the same names `unflatten` refuses in column
 * names): a JSON record holding one anywhere is refused.
 */
const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
/** The deepest nesting of a JSON record. */
const MAX_JSON_DEPTH = 64;

let defaults: { delimiter?: string; encoding?: string } = {};

/**
 * Set the defaults for every file read afterwards, from the global `--delimiter` and
 * `--encoding` options; checks them and throws {@link InputError} when one is unknown.
 */
export function setInputDefaults(options: { delimiter?: unknown; encoding?: unknown }): void {
  const delimiter = options.delimiter === undefined ? undefined : delimiterOption(String(options.delimiter));
  const encoding = options.encoding === undefined ? undefined : encodingOption(String(options.encoding));
  defaults = { ...(delimiter ? { delimiter } : {}), ...(encoding ? { encoding } : {}) };
}

function delimiterOption(value: string): string {
  const d = value === 'tab' || value === '\\t' ? '\t' : value;
  if (!(DELIMITERS as readonly string[]).includes(d)) throw new InputError('--delimiter must be one of: ; , | tab');
  return d;
}

function encodingOption(value: string): string {
  try {
    return new TextDecoder(value).encoding;
  } catch {
    throw new InputError(`--encoding must be a known encoding such as utf-8 or windows-1252`);
  }
}

/**
 * Pick the format from an explicit option or the file's extension (`.csv`, `.tsv`, `.txt` are
 * CSV; `.jsonl`, `.ndjson`, `.json` JSONL); standard input (`-`) and other names are told apart
 * by their first non-blank character. An unknown `--format` is an {@link InputError}.
 */
export function detectFormat(file: string, explicit?: string): InputFormat {
  if (explicit === 'csv' || explicit === 'jsonl') return explicit;
  if (explicit !== undefined) throw new InputError(`--format must be jsonl or csv`);
  if (/\.(csv|tsv|txt)$/i.test(file)) return 'csv';
  return /\.(jsonl|ndjson|json)$/i.test(file) ? 'jsonl' : 'auto';
}

/** Why a file cannot be opened, in words, from Node's error code. */
function cannotRead(file: string, error: unknown): InputError {
  const code = (error as { code?: string } | null)?.code;
  const why =
    code === 'ENOENT' ? 'no such file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a directory' : (code ?? 'read error');
  return new InputError(`cannot read ${file}: ${why}`);
}

/** The size of a readable regular file, or an {@link InputError} saying why it cannot be read. */
function fileSize(file: string): number {
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    size = stat.size;
  } catch (error) {
    throw cannotRead(file, error);
  }
  return size;
}

/** A progress bar over bytes read, shown only when stderr is a TTY and the file is large. */
function progressFor(size: number, stream: { bytesRead?: number }): () => void {
  if (!process.stderr.isTTY || size < 5_000_000) return () => {};
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: 'reading [{bar}] {percentage}% | {value}/{total} MB', hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(Math.ceil(size / 1e6), 0);
  const timer = setInterval(() => bar.update(Math.floor((stream.bytesRead ?? 0) / 1e6)), 200);
  return () => {
    clearInterval(timer);
    bar.update(Math.ceil(size / 1e6));
    bar.stop();
  };
}

// ---------------------------------------------------------------------------------------------
// Encoding

/** The encoding named by a byte-order mark at the start of the bytes, if any. */
function bomEncoding(head: Uint8Array): string | undefined {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** How many bytes at the end of a chunk start a UTF-8 sequence that the next chunk completes. */
function incompleteTail(bytes: Uint8Array): number {
  for (let k = 1; k <= Math.min(3, bytes.length); k++) {
    const b = bytes[bytes.length - k]!;
    if ((b & 0xc0) === 0x80) continue;
    const needed = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return needed > k ? k : 0;
  }
  return 0;
}

/** Whether a whole file is valid UTF-8, read in chunks (a sequence split between chunks is carried over). */
async function isUtf8File(file: string): Promise<boolean> {
  let carry: Uint8Array = new Uint8Array(0);
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    const bytes = carry.length ? Buffer.concat([carry, chunk]) : chunk;
    const cut = bytes.length - incompleteTail(bytes);
    if (!isUtf8(bytes.subarray(0, cut))) return false;
    carry = bytes.subarray(cut);
  }
  return carry.length === 0;
}

/** An encoding chosen for a file, and how many bytes of a byte-order mark to skip before decoding with it. */
interface Decoding extends InputInfo {
  readonly skip: number;
}

/**
 * Choose the encoding of a file: the option; else a BOM; else UTF-8 when every byte is; else
 * Windows-1252. A UTF-8 BOM before bytes that are not UTF-8 (an editor added it to a Windows file)
 * is skipped and the rest read as Windows-1252.
 */
function chooseEncoding(head: Uint8Array, explicit: string | undefined, utf8: () => boolean): Decoding {
  if (explicit !== undefined) return { encoding: encodingOption(explicit), fallback: false, skip: 0 };
  const bom = bomEncoding(head);
  if (bom && bom !== 'utf-8') return { encoding: bom, fallback: false, skip: 0 };
  if (utf8()) return { encoding: 'utf-8', fallback: false, skip: 0 };
  return { encoding: 'windows-1252', fallback: true, skip: bom ? 3 : 0 };
}

/** The first bytes of a file (for its BOM). */
async function headOf(file: string): Promise<Uint8Array> {
  const handle = await open(file, 'r');
  const head = new Uint8Array(3);
  try {
    await handle.read(head, 0, 3, 0);
  } finally {
    await handle.close();
  }
  return head;
}

/** Decode bytes of a whole file (a JSON file) with the encoding chosen as for records. */
function decodeWhole(file: string, bytes: Uint8Array, explicit: string | undefined): string {
  const how = chooseEncoding(bytes, explicit, () => isUtf8(bytes));
  try {
    return new TextDecoder(how.encoding, { fatal: !how.fallback }).decode(bytes.subarray(how.skip));
  } catch {
    throw new InputError(`${file} is not valid ${how.encoding}; give --encoding`);
  }
}

/** The text of a file in chunks, decoded (a BOM removed); invalid bytes in a stated UTF-8 file are an {@link InputError}. */
async function* decodedChunks(file: string, how: Decoding, stream: AsyncIterable<Buffer>): AsyncGenerator<string> {
  const decoder = new TextDecoder(how.encoding, { fatal: !how.fallback });
  let skip = how.skip;
  try {
    for await (const chunk of stream) {
      const bytes = skip > 0 ? chunk.subarray(Math.min(skip, chunk.length)) : chunk;
      skip = Math.max(0, skip - chunk.length);
      yield decoder.decode(bytes, { stream: true });
    }
    yield decoder.decode();
  } catch (error) {
    if (error instanceof TypeError) throw new InputError(`${file} is not valid ${how.encoding}; give --encoding (e.g. windows-1252)`);
    throw cannotRead(file, error);
  }
}

/** Physical lines of decoded text (`\n` or `\r\n`); a line longer than the limit comes as `null`. */
async function* linesOf(chunks: AsyncIterable<string>): AsyncGenerator<string | null> {
  let buffer = '';
  let overlong = false;
  for await (const chunk of chunks) {
    let start = 0;
    for (let nl = chunk.indexOf('\n'); nl >= 0; nl = chunk.indexOf('\n', start)) {
      const line = overlong ? null : buffer + chunk.slice(start, nl);
      buffer = '';
      overlong = false;
      start = nl + 1;
      yield line === null ? null : line.endsWith('\r') ? line.slice(0, -1) : line;
    }
    if (!overlong) buffer += chunk.slice(start);
    if (buffer.length > MAX_LINE_CHARS) (overlong = true), (buffer = '');
  }
  if (overlong) yield null;
  else if (buffer !== '') yield buffer.endsWith('\r') ? buffer.slice(0, -1) : buffer;
}

// ---------------------------------------------------------------------------------------------
// JSON

/** Why a parsed JSON value cannot be a record: a reserved key anywhere, or nesting too deep; `null` when it can. */
function jsonProblem(value: unknown): string | null {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (typeof node !== 'object' || node === null) continue;
    if (depth >= MAX_JSON_DEPTH) return `Record is nested more than ${MAX_JSON_DEPTH} levels deep`;
    if (Array.isArray(node)) {
      for (const item of node) stack.push([item, depth + 1]);
      continue;
    }
    for (const key of Object.keys(node)) {
      if (RESERVED_KEYS.has(key)) return 'Record uses a reserved field name (__proto__, constructor or prototype)';
      stack.push([(node as Record<string, unknown>)[key], depth + 1]);
    }
  }
  return null;
}

/**
 * Read a whole JSON file (a policy, a rulebook, a state): UTF-8 with or without BOM (or another
 * encoding as for records), parsed and checked for reserved keys. Every problem is an
 * {@link InputError} naming the file, never its content.
 * @param what - what the file is, for the message (`Policy`, `State file`)
 */
export function readJsonFile(file: string, what: string): unknown {
  fileSize(file);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw cannotRead(file, error);
  }
  let value: unknown;
  try {
    value = JSON.parse(decodeWhole(file, bytes, defaults.encoding));
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`${what} ${file} is not valid JSON`);
  }
  const problem = jsonProblem(value);
  if (problem) throw new InputError(`${what} ${file}: ${problem}`);
  return value;
}

/** Records of a JSONL file: one per non-blank line, in order; unreadable lines come with a `readError`. */
async function* jsonlRecords(lines: AsyncIterable<string | null>): AsyncGenerator<InputRecord> {
  let line = 0;
  for await (const text of lines) {
    line += 1;
    if (text === null) {
      yield failedRecord(line, 'line_too_long', [], `Line is longer than ${MAX_LINE_CHARS} characters`);
      continue;
    }
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      yield failedRecord(line, 'invalid_json', [], 'Line is not valid JSON');
      continue;
    }
    const problem = jsonProblem(value);
    yield problem ? failedRecord(line, 'invalid_record', [], problem) : { line, value };
  }
}

function failedRecord(line: number, code: string, path: readonly string[], message: string): InputRecord {
  const issue: ValidationIssue = { code, path, field: path.length > 0 ? path.join('.') : '(record)', message };
  return { line, value: undefined, readError: message, readIssue: issue };
}

// ---------------------------------------------------------------------------------------------
// CSV

/** A CSV row as the tokenizer gives it: its number (Excel's), its cells, or a problem with a column. */
interface CsvRow {
  readonly row: number;
  readonly cells: readonly string[];
  readonly problem?: { readonly code: string; readonly column: number; readonly message: string };
}

/** The delimiter of a CSV file from its header line: the one of `; , tab |` found most often outside quotes. */
function sniffDelimiter(file: string, header: string): string | null {
  const counts = new Map<string, number>();
  let quoted = false;
  for (let i = 0; i < header.length; i++) {
    const c = header[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (DELIMITERS as readonly string[]).includes(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0) return null;
  if (ranked.length > 1 && ranked[0]![1] === ranked[1]![1]) {
    throw new InputError(`${file}: cannot tell the delimiter from the header (as many '${show(ranked[0]![0])}' as '${show(ranked[1]![0])}'); give --delimiter`);
  }
  return ranked[0]![0];
}

function show(delimiter: string): string {
  return delimiter === '\t' ? 'tab' : delimiter;
}

/**
 * Cut CSV lines into rows of cells (RFC 4180 as Excel writes it): one delimiter; a cell that
 * starts with `"` is quoted (`""` is a quote, and it may span lines); unquoted cells are trimmed.
 * Every row gets Excel's row number. A row with text after a closing quote is a problem in that
 * row; a quote left open for more than {@link MAX_QUOTED_LINES} lines or at the end of the file, or
 * closed on a later line in a way that leaves that row unreadable (text after the quote, a wrong
 * number of cells), is a problem of the row it opened in, and the lines after that row are read
 * again as rows, so that one stray quote never swallows the rest of a file.
 */
class CsvTokenizer {
  private pending: string[] = [];
  private pendingChars = 0;
  private cells: string[] = [];
  private cell = '';
  private atCellStart = true;
  private quoted = false;
  private inQuotes = false;
  private afterQuote = false;
  private quoteColumn = 0;
  private openColumn = 0;
  private expected = 0;
  private problem: CsvRow['problem'];

  /**
   * @param delimiter - the one delimiter of the file, or `null` for a file of one column
   * @param row - rows already passed (blank lines before the header)
   */
  constructor(
    private readonly delimiter: string | null,
    private row: number,
  ) {}

  /** The number of cells every row should have (the header's), once known. */
  expectCells(count: number): void {
    this.expected = count;
  }

  /** Feed one physical line; returns the rows it completes (none while a quoted cell goes on). */
  push(line: string): CsvRow[] {
    const out: CsvRow[] = [];
    this.feed(line, out);
    return out;
  }

  /** The end of the file: a quote still open is a problem of its row, and the lines after it are read again. */
  end(): CsvRow[] {
    const out: CsvRow[] = [];
    while (this.pending.length > 0) this.recover(out);
    return out;
  }

  /** A row that cannot be cut (a line too long to read): counted, with a problem. */
  skip(code: string, message: string): CsvRow[] {
    const out = this.end();
    out.push({ row: ++this.row, cells: [], problem: { code, column: 0, message } });
    return out;
  }

  private feed(line: string, out: CsvRow[]): void {
    if (this.pending.length > 0) this.cell += '\n';
    this.pending.push(line);
    this.pendingChars += line.length;
    this.scan(line);
    if (this.inQuotes && this.pending.length === 1) this.openColumn = this.quoteColumn;
    if (!this.inQuotes) {
      this.endCell();
      // A row over several lines that does not read cleanly: a stray quote, not a cell with line breaks.
      if (this.pending.length > 1 && (this.problem || (this.expected > 0 && this.cells.length !== this.expected))) {
        this.recover(out);
        return;
      }
      const cells = this.cells;
      const problem = this.problem;
      this.reset();
      this.row += 1;
      if (problem || cells.some((c) => c !== '')) out.push({ row: this.row, cells, ...(problem ? { problem } : {}) });
    } else if (this.pending.length > MAX_QUOTED_LINES || this.pendingChars > MAX_QUOTED_CHARS) {
      this.recover(out);
    }
  }

  /** The quote opened in the first pending line never closed: that line is a row with a problem; read the others again. */
  private recover(out: CsvRow[]): void {
    const rest = this.pending.slice(1);
    const column = this.openColumn;
    this.reset();
    out.push({ row: ++this.row, cells: [], problem: { code: 'csv_unclosed_quote', column, message: 'a quoted cell is not closed' } });
    for (const line of rest) this.feed(line, out);
  }

  private reset(): void {
    this.pending = [];
    this.pendingChars = 0;
    this.cells = [];
    this.cell = '';
    this.atCellStart = true;
    this.quoted = false;
    this.inQuotes = false;
    this.afterQuote = false;
    this.problem = undefined;
  }

  private endCell(): void {
    this.cells.push(this.quoted ? this.cell : this.cell.trim());
    this.cell = '';
    this.atCellStart = true;
    this.quoted = false;
    this.afterQuote = false;
  }

  private scan(line: string): void {
    const d = this.delimiter;
    const n = line.length;
    let i = 0;
    while (i < n) {
      if (this.inQuotes) {
        const q = line.indexOf('"', i);
        if (q < 0) {
          this.cell += line.slice(i);
          return;
        }
        this.cell += line.slice(i, q);
        if (line.charCodeAt(q + 1) === 34) {
          this.cell += '"';
          i = q + 2;
        } else {
          this.inQuotes = false;
          this.afterQuote = true;
          i = q + 1;
        }
        continue;
      }
      const c = line[i]!;
      if (this.afterQuote) {
        if (c === d) {
          this.endCell();
          i += 1;
        } else if (c === ' ' || c === '\t') i += 1;
        else {
          this.problem ??= { code: 'csv_text_after_quote', column: this.cells.length + 1, message: 'text follows the closing quote of a quoted cell' };
          this.afterQuote = false;
          this.quoted = false;
        }
        continue;
      }
      if (this.atCellStart) {
        if ((c === ' ' || c === '\t') && c !== d) {
          i += 1;
          continue;
        }
        this.atCellStart = false;
        if (c === '"') {
          this.inQuotes = true;
          this.quoted = true;
          this.quoteColumn = this.cells.length + 1;
          i += 1;
          continue;
        }
      }
      const next = d === null ? -1 : line.indexOf(d, i);
      const end = next < 0 ? n : next;
      this.cell += line.slice(i, end);
      i = end;
      if (next >= 0) {
        this.endCell();
        i += 1;
      }
    }
  }
}

/**
 * A column name that reads as a field name (`address.postcode`, `Bedrag_1`): messages name such a
 * column; any other is named by its number only, in case the header row holds values after all.
 */
const COLUMN_NAME_RE = /^[A-Za-z_][\w.-]{0,99}$/;

/** Whether a header cell reads as a value rather than a column name: a number, amount, date, postcode or e-mail. */
function looksLikeValue(cell: string): string | null {
  if (parseDateInput(cell) !== null) return 'a date';
  if (/^[\d\s.,€+()-]+$/.test(cell) && /\d/.test(cell)) return 'a number';
  if (/^[1-9]\d{3} ?[A-Za-z]{2}$/.test(cell)) return 'a postcode';
  if (cell.includes('@')) return 'an e-mail address';
  return null;
}

/** The columns of a CSV file from its header: each name, and the key its cells are read under. */
interface Columns {
  readonly names: readonly string[];
  /** The name, or for a column without a name a placeholder that is never a field (its cells must stay empty). */
  readonly keys: readonly string[];
}

/** A flat row (column key to cell), without a prototype, for `unflatten`. */
function flatRow(keys: readonly string[], cells: readonly string[]): Record<string, string> {
  const row = Object.create(null) as Record<string, string>;
  for (let c = 0; c < keys.length; c++) row[keys[c]!] = cells[c]!;
  return row;
}

/**
 * Check a header row, or throw an {@link InputError} saying what is wrong by column number: a row
 * that holds values (no header), duplicate names, and the names `unflatten` refuses (reserved,
 * empty parts, a value that is also a parent).
 */
function headerColumns(file: string, header: CsvRow, flat: boolean): Columns {
  if (header.problem) throw new InputError(`${file}: the header (row ${header.row}) cannot be read: ${header.problem.message}`);
  const names = header.cells;
  const seen = new Map<string, number>();
  for (const [c, name] of names.entries()) {
    const kind = looksLikeValue(name);
    if (kind) throw new InputError(`${file}: row ${header.row} looks like data, not column names (column ${c + 1} holds ${kind}); add a header row`);
    const first = seen.get(name);
    if (name !== '' && first !== undefined) throw new InputError(`${file}: the header cannot be used: Column ${c + 1} has the same name as column ${first + 1}`);
    seen.set(name, c);
  }
  // Integer-like names would change the order of an object's keys; they are refused above as numbers.
  const keys = names.map((name, c) => (name === '' ? `\u0000${c + 1}` : name));
  if (flat) return { names, keys };
  const checked = unflatten(flatRow(keys, keys));
  if (!checked.ok) throw new InputError(`${file}: the header cannot be used: ${checked.issues.map((i) => i.message).join('; ')}`);
  return { names, keys };
}

/** Records of a CSV file: the header read once; then one record or one row error per data row, in order. */
async function* csvRecords(file: string, lines: AsyncIterable<string | null>, options: ReadOptions, info: InputInfo): AsyncGenerator<InputRecord> {
  let tokenizer: CsvTokenizer | undefined;
  let delimiter: string | null = null;
  let blank = 0;
  let columns: Columns | undefined;
  let rows = 0;
  const toRecord = (row: CsvRow): InputRecord | null => {
    if (!columns) {
      columns = headerColumns(file, row, options.flat === true);
      tokenizer!.expectCells(columns.names.length);
      options.onInfo?.({ ...info, ...(delimiter ? { delimiter } : {}) });
      return null;
    }
    const { names, keys } = columns;
    rows += 1;
    const at = `Row ${row.row}`;
    if (row.problem) {
      const c = row.problem.column;
      const named = c > 0 && COLUMN_NAME_RE.test(names[c - 1] ?? '');
      const where = c > 0 ? `${at}, column ${c}${named ? ` (${names[c - 1]})` : ''}` : at;
      return failedRecord(row.row, row.problem.code, named ? names[c - 1]!.split('.') : [], `${where}: ${row.problem.message}`);
    }
    if (row.cells.length !== names.length) {
      const hint = row.cells.length > names.length && delimiter ? `; is a cell with '${show(delimiter)}' in it missing its quotes?` : '';
      return failedRecord(row.row, 'csv_cell_count', [], `${at} has ${row.cells.length} cells, the header has ${names.length}${hint}`);
    }
    const unnamed = names.findIndex((name, c) => name === '' && row.cells[c] !== '');
    if (unnamed >= 0) return failedRecord(row.row, 'csv_unnamed_column', [], `${at}, column ${unnamed + 1} has a value but the column has no name`);
    if (options.flat) return { line: row.row, value: flatRow(keys, row.cells) };
    const built = unflatten(flatRow(keys, row.cells));
    return built.ok ? { line: row.row, value: built.value } : failedRecord(row.row, built.issues[0]!.code, [], `${at}: ${built.issues[0]!.message}`);
  };
  for await (const line of lines) {
    if (!tokenizer) {
      if (line !== null && line.trim() === '') {
        blank += 1;
        continue;
      }
      delimiter = options.delimiter ?? (line === null ? null : sniffDelimiter(file, line));
      tokenizer = new CsvTokenizer(delimiter, blank);
    }
    const done = line === null ? tokenizer.skip('line_too_long', `the row is longer than ${MAX_LINE_CHARS} characters`) : tokenizer.push(line);
    for (const row of done) {
      const record = toRecord(row);
      if (record) yield record;
    }
  }
  for (const row of tokenizer?.end() ?? []) {
    const record = toRecord(row);
    if (record) yield record;
  }
  if (!columns) throw new InputError(`${file} is empty`);
  if (rows === 0) throw new InputError(`${file} has a header row but no data rows`);
}

// ---------------------------------------------------------------------------------------------
// Public reading functions

/** The bytes of an input: a file (streamed) or standard input (read whole, as a pipe cannot be read twice). */
interface ByteSource {
  /** The name in messages: the file, or "standard input". */
  readonly name: string;
  readonly size: number;
  readonly head: Uint8Array;
  /** Whether every byte is UTF-8 (a second pass over a file). */
  isUtf8(): Promise<boolean>;
  /** The bytes, from the start. */
  open(): Readable & { bytesRead?: number };
}

async function stdinSource(): Promise<ByteSource> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) chunks.push(chunk);
  const bytes = Buffer.concat(chunks);
  return { name: 'standard input', size: bytes.length, head: bytes.subarray(0, 3), isUtf8: async () => isUtf8(bytes), open: () => Readable.from([bytes]) };
}

async function fileSource(file: string): Promise<ByteSource> {
  const size = fileSize(file);
  try {
    return { name: file, size, head: await headOf(file), isUtf8: () => isUtf8File(file), open: () => createReadStream(file) };
  } catch (error) {
    throw cannotRead(file, error);
  }
}

/** Tell JSONL from CSV by the first non-blank line, then give every line (that one too). */
async function sniffFormat(lines: AsyncGenerator<string | null>): Promise<{ format: 'jsonl' | 'csv'; lines: AsyncGenerator<string | null> }> {
  const seen: (string | null)[] = [];
  let format: 'jsonl' | 'csv' = 'jsonl';
  // Not `for await … break`: that would close the generator.
  for (let next = await lines.next(); !next.done; next = await lines.next()) {
    const line = next.value;
    seen.push(line);
    if (line === null || line.trim() !== '') {
      format = line !== null && line.trimStart().startsWith('{') ? 'jsonl' : 'csv';
      break;
    }
  }
  async function* again(): AsyncGenerator<string | null> {
    yield* seen;
    yield* lines;
  }
  return { format, lines: again() };
}

/**
 * Read records from a JSONL or CSV file, or standard input (`-`), streaming, in order: exactly one
 * {@link InputRecord} per non-blank line (JSONL) or data row (CSV), either the record or a
 * `readError` naming the line or row and column, never the value. CSV headers with dots
 * (`address.postcode`) become nested fields (objects without a prototype), unless `options.flat`.
 * The encoding is detected (or `options.encoding`), the CSV delimiter is sniffed from the header
 * (or `options.delimiter`), format `auto` is told by the first character; a Windows-1252 fallback
 * is noted on stderr. A file that is missing, empty, header-only, headerless, or has an unusable
 * header is an {@link InputError}.
 */
export async function* readRecords(file: string, format: InputFormat, options: ReadOptions = {}): AsyncGenerator<InputRecord> {
  const opts: ReadOptions = {
    ...options,
    delimiter: options.delimiter !== undefined ? delimiterOption(options.delimiter) : defaults.delimiter,
    encoding: options.encoding ?? defaults.encoding,
  };
  const source = file === STDIO ? await stdinSource() : await fileSource(file);
  const name = source.name;
  let how: Decoding;
  try {
    const bom = bomEncoding(source.head);
    const utf8 = opts.encoding === undefined && (bom === undefined || bom === 'utf-8') ? await source.isUtf8() : true;
    how = chooseEncoding(source.head, opts.encoding, () => utf8);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw cannotRead(name, error);
  }
  const { skip: _, ...info } = how;
  if (info.fallback) process.stderr.write(`${name}: not valid UTF-8; read as Windows-1252\n`);
  const stream = source.open();
  const done = progressFor(source.size, stream);
  try {
    let lines = linesOf(decodedChunks(name, how, stream as AsyncIterable<Buffer>));
    let chosen = format;
    if (chosen === 'auto') ({ format: chosen, lines } = await sniffFormat(lines));
    if (chosen === 'csv') {
      yield* csvRecords(name, lines, opts, info);
      return;
    }
    opts.onInfo?.(info);
    let count = 0;
    for await (const record of jsonlRecords(lines)) {
      count += 1;
      yield record;
    }
    if (count === 0) throw new InputError(`${name} has no records (it is empty or has only blank lines)`);
  } finally {
    done();
    stream.destroy();
  }
}

/** Read every record of a file into memory (for commands that need the whole batch); see {@link readRecords}. */
export async function readAllRecords(file: string, format: InputFormat, options: ReadOptions = {}): Promise<InputRecord[]> {
  const out: InputRecord[] = [];
  for await (const r of readRecords(file, format, options)) out.push(r);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Output

/** Output formats the CLI writes. */
export type OutputFormat = 'jsonl' | 'csv';
/** The language of text columns (reasons, actions) in CSV output and of reports. */
export type Language = 'nl' | 'en';

/** How records are written: where, in which format, and for which reader. */
export interface OutputSettings {
  /** The file, or `-` for standard output. */
  readonly file: string;
  readonly format: OutputFormat;
  /** CSV for Dutch Excel: `;` between cells, decimal comma, UTF-8 byte-order mark. */
  readonly excel: boolean;
  /** Language of text columns in CSV (JSONL keeps both languages). */
  readonly lang: Language;
}

const STDOUT_JSONL: OutputSettings = { file: STDIO, format: 'jsonl', excel: false, lang: 'nl' };

/** The output options of a command as commander gives them. */
export interface OutputOptionValues {
  readonly output?: unknown;
  readonly outputFormat?: unknown;
  readonly excel?: unknown;
  readonly lang?: unknown;
}

/** The language option (`nl` default, `en`); anything else is an {@link InputError}. */
export function languageOption(value: unknown): Language {
  if (value === undefined) return 'nl';
  const lang = String(value).toLowerCase();
  if (lang !== 'nl' && lang !== 'en') throw new InputError('--lang must be nl or en');
  return lang;
}

/**
 * Output settings from `-o`, `--output-format`, `--excel` and `--lang`. `--excel` means CSV
 * (with `jsonl` it is an {@link InputError}); without a format, a file ending in `.csv` or
 * `.tsv` gets CSV, anything else JSONL. The output may not be one of the command's input files.
 * @param inputs - the command's file arguments, which the output must not overwrite
 */
export function outputSettings(options: OutputOptionValues, inputs: readonly unknown[] = []): OutputSettings {
  const file = options.output === undefined ? STDIO : String(options.output);
  const excel = options.excel === true;
  let format: OutputFormat;
  if (options.outputFormat === undefined) format = excel || /\.(csv|tsv)$/i.test(file) ? 'csv' : 'jsonl';
  else if (options.outputFormat === 'csv' || options.outputFormat === 'jsonl') format = options.outputFormat;
  else throw new InputError('--output-format must be jsonl or csv');
  if (excel && format !== 'csv') throw new InputError('--excel writes CSV; leave out --output-format jsonl');
  if (file !== STDIO) {
    for (const input of inputs) {
      if (typeof input === 'string' && input !== STDIO && resolve(input) === resolve(file)) throw new InputError(`-o ${file} is an input file of this command; choose another output file`);
    }
  }
  return { file, format, excel, lang: languageOption(options.lang) };
}

/** Where output text goes: standard output or a file, opened on the first write. */
class TextSink {
  private stream: Writable | undefined;

  constructor(private readonly file: string) {}

  /** Write text, waiting when the stream is full. */
  async write(text: string): Promise<void> {
    const stream = (this.stream ??= this.open());
    if (!stream.write(text)) await new Promise<void>((done) => stream.once('drain', () => done()));
  }

  /** Finish the file (standard output stays open). */
  async close(): Promise<void> {
    const stream = this.stream;
    if (!stream || stream === process.stdout) return;
    await new Promise<void>((done, fail) => stream.end((error?: Error | null) => (error ? fail(cannotWrite(this.file, error)) : done())));
  }

  private open(): Writable {
    if (this.file === STDIO) return process.stdout;
    let fd: number;
    try {
      fd = openSync(this.file, 'w');
    } catch (error) {
      throw cannotWrite(this.file, error);
    }
    const stream = createWriteStream('', { fd });
    stream.on('error', () => undefined); // reported by the close that meets it
    return stream;
  }
}

function cannotWrite(file: string, error: unknown): InputError {
  const code = (error as { code?: string } | null)?.code;
  const why = code === 'ENOENT' ? 'no such directory' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a directory' : (code ?? 'write error');
  return new InputError(`cannot write ${file}: ${why}`);
}

/** Writes records as JSONL (streaming) or CSV (kept until {@link RecordWriter.close}, which knows every column). */
export interface RecordWriter {
  /** Write one record. */
  write(value: unknown): Promise<void>;
  /** Write what is kept and finish the file. */
  close(): Promise<void>;
}

/**
 * A writer of records in the given settings. JSONL: one JSON value per line, streamed. CSV
 * (RFC 4180, CRLF line ends): one row per record, flattened with dotted headers (see
 * {@link csvCells}); the columns are every column any record has, in the order they first appear,
 * with `line`, `id` and `ok` first. With `excel`: `;` between cells, decimal commas and a UTF-8
 * byte-order mark, as Dutch Excel opens a file by double-click.
 */
export function createRecordWriter(settings: OutputSettings): RecordWriter {
  const sink = new TextSink(settings.file);
  if (settings.format === 'jsonl') {
    return {
      write: (value) => sink.write(`${JSON.stringify(value)}\n`),
      close: async () => {
        if (settings.file !== STDIO) await sink.write('');
        await sink.close();
      },
    };
  }
  const rows: Map<string, string>[] = [];
  return {
    write: async (value) => {
      rows.push(csvCells(value, settings));
    },
    close: async () => {
      await sink.write(csvText(rows, settings.excel));
      await sink.close();
    },
  };
}

/** Columns that lead every CSV, when present. */
const LEADING_COLUMNS = ['line', 'id', 'ok'];

/** The CSV text of flattened rows: header and rows, each cell quoted when it must be. */
export function csvText(rows: readonly ReadonlyMap<string, string>[], excel: boolean): string {
  const seen = new Set<string>();
  for (const row of rows) for (const key of row.keys()) seen.add(key);
  const columns = [...LEADING_COLUMNS.filter((c) => seen.has(c)), ...[...seen].filter((c) => !LEADING_COLUMNS.includes(c))];
  const delimiter = excel ? ';' : ',';
  const line = (cells: readonly string[]): string => `${cells.map((c) => csvQuote(c, delimiter)).join(delimiter)}\r\n`;
  let out = excel ? '\uFEFF' : '';
  if (columns.length > 0) out += line(columns);
  for (const row of rows) out += line(columns.map((c) => row.get(c) ?? ''));
  return out;
}

/** A cell as RFC 4180 writes it: in quotes (with `""` for a quote) when it holds the delimiter, a quote, a line break or edge spaces. */
function csvQuote(cell: string, delimiter: string): string {
  return cell.includes(delimiter) || /["\r\n]|^\s|\s$/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Whether a value is a plain object (not an array, not null). */
function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `{ nl, en }`: a text in both languages. */
function isLocalized(value: unknown): value is { nl: string; en: string } {
  return isObject(value) && typeof value['nl'] === 'string' && typeof value['en'] === 'string' && Object.keys(value).length === 2;
}

/** A citation (`{ id, document, clause? }`): read as the document's title and clause. */
function citation(value: Record<string, unknown>): string | null {
  if (typeof value['document'] !== 'string' || typeof value['id'] !== 'string') return null;
  return typeof value['clause'] === 'string' ? `${value['document']}, ${value['clause']}` : value['document'];
}

/** A number for a reader: at most two decimals; a decimal comma for Excel. */
function numberCell(n: number, excel: boolean): string {
  const text = Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
  return excel ? text.replace('.', ',') : text;
}

/**
 * A text cell: a decimal string (`"212.85"`, an amount) gets Excel's decimal comma; a text that a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@` first, and not a number) gets a `'` first.
 */
function textCell(text: string, excel: boolean): string {
  if (/^-?\d+\.\d+$/.test(text)) return excel ? text.replace('.', ',') : text;
  if (/^[=+\-@\t\r]/.test(text) && !/^[+-]?\d/.test(text)) return `'${text}`;
  return text;
}

/**
 * One element of a list as a readable text: an explanation's message (in the language; a `skip`,
 * a rule not in effect, is left out), an issue's `field: message`, else its plain fields.
 */
function listItem(item: unknown, settings: Pick<OutputSettings, 'excel' | 'lang'>): string | null {
  if (!isObject(item)) return item === null || item === undefined ? null : scalarCell(item, settings);
  if (item['outcome'] === 'skip') return null;
  const message = item['message'];
  if (isLocalized(message)) return message[settings.lang];
  if (typeof message === 'string') return typeof item['field'] === 'string' ? `${item['field']}: ${message}` : message;
  const source = citation(item);
  if (source !== null) return source;
  const parts = Object.entries(item).flatMap(([k, v]) => (isObject(v) || Array.isArray(v) || v === undefined ? [] : [`${k}=${scalarCell(v, settings)}`]));
  return parts.join(', ');
}

function scalarCell(value: unknown, settings: Pick<OutputSettings, 'excel' | 'lang'>): string {
  if (typeof value === 'number') return numberCell(value, settings.excel);
  if (typeof value === 'boolean') return settings.lang === 'nl' ? (value ? 'ja' : 'nee') : value ? 'yes' : 'no';
  if (typeof value === 'string') return textCell(value, settings.excel);
  return value === null || value === undefined ? '' : String(value);
}

/**
 * Flatten a record into CSV cells keyed by dotted header (`arrears.total`): nested objects become
 * columns; a text in two languages, the chosen one; a citation, the document's title; a list, one
 * readable column (messages of reasons joined by ` | `, issues as `field: message`); numbers with
 * at most two decimals; yes/no in the language.
 */
export function csvCells(value: unknown, settings: Pick<OutputSettings, 'excel' | 'lang'>): Map<string, string> {
  const cells = new Map<string, string>();
  const walk = (node: unknown, path: string): void => {
    if (Array.isArray(node)) {
      cells.set(path, node.map((item) => listItem(item, settings)).filter((t): t is string => t !== null && t !== '').join(' | '));
    } else if (isLocalized(node)) cells.set(path, node[settings.lang]);
    else if (isObject(node)) {
      const source = citation(node);
      if (source !== null && path !== '') cells.set(path, source);
      else for (const [k, v] of Object.entries(node)) walk(v, path === '' ? k : `${path}.${k}`);
    } else if (path !== '') cells.set(path, scalarCell(node, settings));
  };
  walk(value, '');
  return cells;
}

let output: { settings: OutputSettings; writer: RecordWriter } | undefined;

/**
 * Set where every record of the command that runs goes, from its output options (the program's
 * `preAction` hook calls this); {@link closeOutput} finishes it.
 */
export function setOutput(settings: OutputSettings): void {
  output = { settings, writer: createRecordWriter(settings) };
}

/** The output settings of the command that runs (JSONL on standard output when none were set). */
export function currentOutput(): OutputSettings {
  return output?.settings ?? STDOUT_JSONL;
}

/** Write one record to the command's output (see {@link setOutput}). */
export async function writeRecord(value: unknown): Promise<void> {
  output ??= { settings: STDOUT_JSONL, writer: createRecordWriter(STDOUT_JSONL) };
  await output.writer.write(value);
}

/** The id a raw input record carries (`id`, `signal.id` or `signalId`), as text. */
function inputId(value: unknown): string | undefined {
  if (!isObject(value)) return undefined;
  const signal = value['signal'];
  const id = value['id'] ?? (isObject(signal) ? signal['id'] : undefined) ?? value['signalId'];
  return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
}

/**
 * Write the result for one input record: `{ line, id, …result }`, the line or row as Excel shows
 * it and the id of the input (also when the record is invalid), so that every output row can be
 * put beside its input row.
 */
export async function writeResult(record: InputRecord, result: object): Promise<void> {
  const id = inputId(record.value);
  const ok = (result as { ok?: unknown }).ok;
  await writeRecord({ line: record.line, ...(ok !== undefined ? { ok } : {}), ...(id !== undefined ? { id } : {}), ...result });
}

/** Why an input record cannot be used: its read issue, else the issues given. */
export function recordIssues<T = ValidationIssue>(record: InputRecord, issues: readonly T[] = []): readonly (T | ValidationIssue)[] {
  return record.readIssue ? [record.readIssue] : issues;
}

/** Finish the command's output (the program's `postAction` hook calls this). */
export async function closeOutput(): Promise<void> {
  const current = output;
  output = undefined;
  await current?.writer.close();
}
