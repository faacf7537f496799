/**
 * The `vroegsignalering` command line: thin wrappers over the public API that read JSONL
 * or CSV files and write JSONL. Run `vroegsignalering --help`. Exit codes: see `program.ts`.
 * Started by `./index.ts` once the command line's own packages are installed. No stack trace reaches the user (set `VROEGSIGNALERING_DEBUG=1` to see the stack of an
 * internal error).
 */
import { createProgram, describeError } from './program.js';

/** Report an error in one line and end the process with its exit code. */
function fail(error: unknown): never {
  const { line, code } = describeError(error);
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

createProgram().parseAsync(process.argv).then(
  () => undefined,
  (error: unknown) => fail(error),
);
