/**
 * `--workers N` (issue 17): the CLI's batch commands run on N threads with the same output as on
 * the main thread (`--workers 1`, the default: measured, threads cost more than they save while
 * results cross as JSON; docs/scale.md).
 */
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/cli/io.js';
import { workersOption } from '../../src/cli/options.js';
import { defaultWorkers } from '../../src/parallel/index.js';
import { runCli } from '../support/cli.js';

/** Run a command on one thread and on two; both must succeed alike and print the same. */
function sameOnOneAndTwoThreads(args: readonly string[]): ReturnType<typeof runCli> {
  const one = runCli([...args, '--workers', '1']);
  const two = runCli([...args, '--workers', '2']);
  expect(two.status).toBe(one.status);
  expect(two.stdout).toBe(one.stdout);
  expect(two.stderr).toBe(one.stderr);
  return one;
}

describe('--workers: a whole number of threads, default 1', () => {
  it('reads whole numbers of 1 or more and refuses anything else', () => {
    expect(workersOption('1')).toBe(1);
    expect(workersOption(' 4 ')).toBe(4);
    for (const bad of ['0', '-2', '1.5', 'two', '', '2x']) expect(() => workersOption(bad), bad).toThrow(InputError);
    expect(() => workersOption('0')).toThrow('--workers expects a whole number of threads, 1 or more');
  });

  it('the commands default to the main thread; the library functions to the available cores − 1', () => {
    for (const command of ['detect', 'match', 'replay', 'triage']) expect(runCli([command, '--help']).stdout.replace(/\s+/g, ' '), command).toMatch(/--workers <n> [^]*\(default: 1\)/);
    expect(defaultWorkers()).toBe(Math.max(1, availableParallelism() - 1));
  });

  it('a bad --workers is a usage error (exit 2), naming the option', () => {
    const run = runCli(['detect', 'examples/data/detection-signals.jsonl', '--workers', '0']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--workers expects a whole number of threads, 1 or more');
  });
});

describe('the same output on one thread and on two', () => {
  it('detect: the same labels for every signal (persons matched across creditors)', () => {
    const run = sameOnOneAndTwoThreads(['detect', 'examples/data/detection-signals.jsonl']);
    expect(run.lines).toHaveLength(20);
    expect(run.lines.some((l) => (l as { labels?: string[] }).labels?.includes('person-match'))).toBe(true);
  }, 120_000);

  it('match: the same decision for every signal against the register', () => {
    const run = sameOnOneAndTwoThreads(['match', 'examples/data/matching-signals.jsonl', '--register', 'examples/data/matching-register.jsonl']);
    expect(run.lines).toHaveLength(11);
    expect(run.lines.filter((l) => (l as { decision?: string }).decision === 'match').length).toBeGreaterThan(0);
  }, 120_000);

  it('replay: the same figures for the bundled 3,000-row sample', () => {
    const run = sameOnOneAndTwoThreads(['replay', 'examples/data/sample-signals.csv', '--policy', 'M4']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Replayed 3,000 SYNTHETIC signals');
    expect(run.stdout).toMatch(/home visit \d+/);
    expect(run.stdout).toMatch(/matches \d+/);
  }, 120_000);

  it('triage --by-month: every month its own batch with the full capacity, the same on two threads', () => {
    const args = ['triage', 'examples/data/detection-signals.jsonl', '--policy', 'above-500-home-visit', '--capacity', 'home-visit=1'];
    const visits = (lines: unknown[]): string[] =>
      lines.filter((l) => (l as { channel?: string }).channel === 'home-visit').map((l) => (l as { id: string }).id);
    const whole = runCli(args);
    const byMonth = sameOnOneAndTwoThreads([...args, '--by-month']);
    // one batch shares one home visit; eight months (2023-01 … 2023-08) have one each at most
    expect(visits(whole.lines)).toHaveLength(1);
    expect(visits(byMonth.lines).length).toBeGreaterThan(1);
    expect(visits(byMonth.lines).length).toBeLessThanOrEqual(8);
    expect(byMonth.lines).toHaveLength(20);
  }, 120_000);
});
