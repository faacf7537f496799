/**
 * The `vroegsignalering` command line: thin wrappers over the public API that read JSONL
 * or CSV files and write JSONL. Run `vroegsignalering --help`. Started by `./index.ts` once
 * the command line's own packages are installed.
 */
import { Command } from 'commander';
import { COMMANDS } from './commands/index.js';
import pkg from '../../package.json' with { type: 'json' };

const program = new Command();
program
  .name('vroegsignalering')
  .description('Dutch early signalling of payment arrears: validate, eligibility, match, detect, triage, feedback, replay')
  .version(pkg.version);
for (const register of COMMANDS) register(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  process.stderr.write(`vroegsignalering: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});
