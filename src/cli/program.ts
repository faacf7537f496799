/**
 * The `vroegsignalering` program (commands, shared input options) and how an error reaches the
 * user, apart from the process wiring in `index.ts` so that tests can run commands in-process.
 *
 * Every command reads a file or standard input (`-`) and writes its records as JSONL or CSV to
 * standard output or `-o FILE`; summaries go to stderr.
 *
 * Exit codes, the same in every command: 0 done; 1 done, but some records are invalid; 2 a
 * problem with the options or an input file (missing, empty, unreadable, no usable header);
 * 70 an internal error. No stack trace reaches the user: every problem is one line on stderr.
 */
import { Command, CommanderError, type OutputConfiguration } from 'commander';
import { COMMANDS } from './commands/index.js';
import { closeOutput, InputError, outputSettings, setInputDefaults, setOutput } from './io.js';
import { UsageError } from '../model/index.js';
import pkg from '../../package.json' with { type: 'json' };

/** Exit code of a problem with the options or an input file. */
export const EXIT_INPUT = 2;
/** Exit code of an internal error (a bug in this package), as sysexits' EX_SOFTWARE. */
export const EXIT_INTERNAL = 70;

/**
 * The one line a user sees for an error, and the exit code it ends with. Never a stack trace,
 * never the text of a JSON parser's message (it quotes the input).
 */
export function describeError(error: unknown): { readonly line: string; readonly code: number } {
  // Commander has printed its own one-line message (or the help) already.
  if (error instanceof CommanderError) return { line: '', code: error.exitCode === 0 ? 0 : EXIT_INPUT };
  if (error instanceof InputError || error instanceof UsageError) return { line: error.message, code: EXIT_INPUT };
  if (error instanceof SyntaxError) return { line: 'an input file is not valid JSON', code: EXIT_INPUT };
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return { line: `cannot read or write a file (${code})`, code: EXIT_INPUT };
  // Commands throw plain Errors for bad options; anything else is a bug in this package.
  if (error instanceof Error && error.constructor === Error) return { line: error.message, code: EXIT_INPUT };
  const name = error instanceof Error ? error.name : typeof error;
  return { line: `internal error (${name}); set VROEGSIGNALERING_DEBUG=1 for details`, code: EXIT_INTERNAL };
}

/**
 * Commands that write no records (a summary, a report or plain lines): they get `--lang` but not
 * `-o`, `--output-format` or `--excel`.
 */
const WITHOUT_RECORDS: ReadonlySet<string> = new Set(['replay', 'research', 'recommend', 'check']);
/** Commands that write a report: they get `--figures-json` and `--figures-csv`. */
const REPORTS: ReadonlySet<string> = new Set(['replay', 'research', 'recommend']);

/** The commands that run (those without subcommands). */
function leafCommands(command: Command): Command[] {
  return command.commands.length === 0 ? [command] : command.commands.flatMap(leafCommands);
}

/** Every command that runs reads files and writes output: give each the shared input and output options. */
function addSharedOptions(command: Command): void {
  command
    .option('--delimiter <char>', 'CSV delimiter: ; , | or tab (default: sniffed from the header row)')
    .option('--encoding <name>', 'text encoding, e.g. utf-8 or windows-1252 (default: UTF-8, or Windows-1252 when the bytes are not UTF-8)')
    .option('--lang <lang>', 'language of text columns and reports: nl (default) or en');
  if (REPORTS.has(command.name())) {
    command
      .option('--figures-json <file>', 'write every number of the report, with its n and interval, as JSON')
      .option('--figures-csv <file>', 'write every number of the report, with its n and interval, as CSV');
  }
  if (WITHOUT_RECORDS.has(command.name())) return;
  command
    .option('-o, --output <file>', 'write the records to this file (default: standard output; - is standard output)')
    .option('--output-format <format>', 'jsonl or csv (default: csv for a .csv output file, else jsonl)')
    .option('--excel', 'CSV for Dutch Excel: ; between cells, decimal comma, UTF-8 BOM (implies --output-format csv)');
}

/**
 * Build the program: every command; `--delimiter`, `--encoding` and `--lang` on each, and `-o`,
 * `--output-format` and `--excel` on each that writes records; errors thrown
 * (never a `process.exit` from commander) so that the caller decides how to end.
 */
export function createProgram(output?: OutputConfiguration): Command {
  const program = new Command();
  program
    .name('vroegsignalering')
    .description('Dutch early signalling of payment arrears: validate, eligibility, match, detect, triage, feedback, replay')
    .version(pkg.version)
    .exitOverride();
  if (output) program.configureOutput(output);
  for (const register of COMMANDS) register(program);
  for (const command of program.commands.flatMap(leafCommands)) addSharedOptions(command);
  program.hook('preAction', (_program, action) => {
    const options = action.opts();
    setInputDefaults(options);
    setOutput(outputSettings(options, action.args));
  });
  program.hook('postAction', () => closeOutput());
  return program;
}
