/**
 * Option values shared by the commands that take a triage policy or capacities (`triage`,
 * `replay`, `research`): one syntax and one message for each, everywhere.
 */
import { existsSync, statSync } from 'node:fs';
import { CHANNELS, PRESET_NAMES, PRESETS, parsePolicy, type Capacities, type Channel, type Policy, type PolicyInput } from '../triage/index.js';
import { InputError, readJsonFile } from './io.js';

/**
 * A policy option: a policy JSON file when one exists at that path, else a preset named in any
 * case (`m4`, `M4`, `Above-500-home-visit`). Anything else is an {@link InputError} that lists
 * the presets; an invalid policy file is one naming each problem by its path.
 * @example
 * policyOption('m4')                              // PRESETS.M4
 * policyOption('examples/policies/m4.json')      // the parsed policy
 */
export function policyOption(value: string): Policy | PolicyInput {
  if (existsSync(value) && statSync(value).isFile()) {
    const parsed = parsePolicy(readJsonFile(value, 'Policy'));
    if (parsed.ok) return parsed.value;
    throw new InputError(`policy ${value} is invalid: ${parsed.issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`);
  }
  const preset = PRESET_NAMES.find((name) => name.toLowerCase() === value.trim().toLowerCase());
  if (preset) return PRESETS[preset];
  throw new InputError(`policy ${value} is neither a policy file nor a preset; presets: ${PRESET_NAMES.join(', ')}`);
}

/**
 * A `--capacity` option: `CHANNEL=NUMBER` pairs separated by commas, and the option may be
 * repeated (`--capacity home-visit=20,phone=50` = `--capacity home-visit=20 --capacity phone=50`).
 * A pair without a whole number (`home-visit=`) or with an unknown channel is an
 * {@link InputError}. Use as commander's option parser.
 * @param previous - the capacities of earlier `--capacity` options
 */
export function capacityOption(value: string, previous: Capacities = {}): Capacities {
  const out: Record<string, number> = { ...previous };
  for (const pair of value.split(',')) {
    const match = /^\s*([a-z-]+)\s*=\s*(\d+)\s*$/.exec(pair);
    if (!match || !(CHANNELS as readonly string[]).includes(match[1]!)) {
      throw new InputError(`--capacity expects CHANNEL=NUMBER[,CHANNEL=NUMBER…] (a whole number per month) with a channel from: ${CHANNELS.join(', ')}`);
    }
    out[match[1] as Channel] = Number(match[2]);
  }
  return out;
}

/**
 * Parse `--workers N`: a whole number of threads, 1 or more ({@link InputError} otherwise); 1
 * runs on the main thread. Use as commander's option parser. Results never depend on it. The
 * commands default to 1, not to the available cores − 1: measured, the threads cost more than
 * they save while results cross between threads as JSON (docs/scale.md, "When threads help").
 */
export function workersOption(value: string): number {
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || n < 1) throw new InputError('--workers expects a whole number of threads, 1 or more');
  return n;
}
