/**
 * The `vroegsignalering` command line: thin wrappers over the public API that read JSONL
 * or CSV files and write JSONL. Run `vroegsignalering --help`.
 *
 * Exit codes, the same in every command: 0 done; 1 done, but some records are invalid; 2 a
 * problem with the options or an input file (missing, empty, unreadable, no usable header);
 * 70 an internal error. No stack trace reaches the user: every problem is one line on stderr
 * (set `VROEGSIGNALERING_DEBUG=1` to see the stack of an internal error).
 */
import { Command, CommanderError } from 'commander';
import { COMMANDS } from './commands/index.js';
import { InputError, setInputDefaults } from './io.js';
import { UsageError } from '../model/index.js';
import pkg from '../../package.json' with { type: 'json' };

const EXIT_INPUT = 2;
const EXIT_INTERNAL = 70;

/** The one line a user sees for an error, and the exit code it ends with. */
function describe(error: unknown): { line: string; code: number } {
  if (error instanceof CommanderError) return { line: '', code: error.exitCode === 0 ? 0 : EXIT_INPUT };
  if (error instanceof InputError || error instanceof UsageError) return { line: error.message, code: EXIT_INPUT };
  // JSON.parse's messages quote the text they failed on: never show them.
  if (error instanceof SyntaxError) return { line: 'an input file is not valid JSON', code: EXIT_INPUT };
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code.startsWith('E')) return { line: `cannot read or write a file (${code})`, code: EXIT_INPUT };
  // Commands throw plain Errors for bad options; anything else is a bug in this package.
  if (error instanceof Error && error.constructor === Error) return { line: error.message, code: EXIT_INPUT };
  const name = error instanceof Error ? error.name : typeof error;
  return { line: `internal error (${name}); set VROEGSIGNALERING_DEBUG=1 for details`, code: EXIT_INTERNAL };
}

/** Report an error in one line and end the process with its exit code. */
function fail(error: unknown): never {
  const { line, code } = describe(error);
  if (line) process.stderr.write(`vroegsignalering: ${line}\n`);
  if (process.env['VROEGSIGNALERING_DEBUG'] && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  process.exit(code);
}

// A reader that stops early (`| head -1`) closes the pipe: stop quietly with the exit code so far.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  fail(error);
});
process.stderr.on('error', () => process.exit(process.exitCode ?? 0));
process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);

const program = new Command();
program
  .name('vroegsignalering')
  .description('Dutch early signalling of payment arrears: validate, eligibility, match, detect, triage, feedback, replay')
  .version(pkg.version)
  .exitOverride();
for (const register of COMMANDS) register(program);

/** Every command that runs (one without subcommands) reads files: give each the input options. */
function addInputOptions(command: Command): void {
  if (command.commands.length > 0) {
    for (const sub of command.commands) addInputOptions(sub);
    return;
  }
  command
    .option('--delimiter <char>', 'CSV delimiter: ; , | or tab (default: sniffed from the header row)')
    .option('--encoding <name>', 'text encoding, e.g. utf-8 or windows-1252 (default: UTF-8, or Windows-1252 when the bytes are not UTF-8)');
}
for (const command of program.commands) addInputOptions(command);
program.hook('preAction', (_program, action) => setInputDefaults(action.opts()));

program.parseAsync(process.argv).then(
  () => undefined,
  (error: unknown) => fail(error),
);
