import type { Command } from 'commander';
import { registerValidate } from './validate.js';

/** Every CLI command, registered in the order `--help` lists them. */
export const COMMANDS: ReadonlyArray<(program: Command) => void> = [
  registerValidate,
];
