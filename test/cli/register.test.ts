import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

/**
 * Issue 14, item 9: `replay --register` reports rejected register records like `match` does
 * (count, and line numbers with field paths, never a value), and a register in which nothing
 * can be read is an error exit instead of making every signal "not registered" with exit 0.
 */
const dir = mkdtempSync(join(tmpdir(), 'vs-register-'));
const PLANTED_BSN = '123456782';
const sample = join(dir, 'sample.jsonl');
writeFileSync(sample, readFileSync('examples/data/sample-signals.jsonl', 'utf8').split('\n').slice(0, 40).join('\n'));
const good = readFileSync('examples/data/sample-register.jsonl', 'utf8').split('\n').slice(0, 2);
const bad = [
  JSON.stringify({ burgerservicenummer: `${PLANTED_BSN}x`, naam: { geslachtsnaam: 'Vroegsignaalpietersen' }, geboorte: { datum: 'gisteren' } }),
  'not json at all',
];
const garbage = join(dir, 'garbage.jsonl');
writeFileSync(garbage, `${bad.join('\n')}\n`);
const mixed = join(dir, 'mixed.jsonl');
writeFileSync(mixed, `${[good[0], bad[0], good[1], bad[1]].join('\n')}\n`);

function expectNoValues(text: string): void {
  expect(text).not.toContain(PLANTED_BSN);
  expect(text).not.toContain('Vroegsignaalpietersen');
  expect(text).not.toContain('gisteren');
}

describe('replay --register and match --register on rejected register records', () => {
  it('replay: a register in which nothing can be read is an error exit, not a run where nobody is registered', () => {
    const run = runCli(['replay', sample, '--policy', 'M4', '--register', garbage]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/register line 1: \S+/);
    expect(run.stderr).toContain('register line 2:');
    expect(run.stderr).toMatch(/none of its 2 records could be read/);
    expect(run.stdout).not.toContain('Replayed');
    expectNoValues(run.stderr + run.stdout);
  });

  it('replay: rejected records are listed by line and field path and counted in the summary', () => {
    const run = runCli(['replay', sample, '--policy', 'M4', '--register', mixed]);
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/register line 2: [a-z.]*(burgerservicenummer|geboorte)[a-z.]*: /);
    expect(run.stderr).toContain('register line 4:');
    expect(run.stderr).not.toMatch(/register line [13]:/);
    expect(run.stdout).toContain('register: 2 records read, 2 rejected (listed on stderr)');
    expectNoValues(run.stderr + run.stdout);
  });

  it('match: the same rules (nothing readable is an error exit)', () => {
    const run = runCli(['match', '--register', garbage, 'examples/data/matching-signals.jsonl']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/none of its 2 records could be read/);
    expectNoValues(run.stderr + run.stdout);
  });
});
