/**
 * One runner for golden cases written as data: `test/fixtures/<module>/*.jsonl`, one case a
 * line, `{ "name", "asOf", "input", "expected", "source"?, "options"? }` (OpenFisca style).
 * A domain expert adds a case by adding a line; no TypeScript needed.
 *
 * `expected` is matched as a subset of what the module's `decide` returns (`toMatchObject`),
 * so a case names only the outcomes it is about. Lines starting with `//` are comments.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** One golden case as written in a fixture file. */
export interface GoldenCase {
  readonly name: string;
  readonly asOf?: string;
  readonly input: unknown;
  readonly expected: unknown;
  /** The passage of a source document the case rests on (quoted), by document title. */
  readonly source?: string;
  /** Module-specific options (a preset, a rulebook name, …). */
  readonly options?: Record<string, unknown>;
}

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** Read every case of a module's fixture folder, with its file and line for messages. */
export function readGoldenCases(module: string): (GoldenCase & { readonly at: string })[] {
  const dir = join(FIXTURES, module);
  const cases: (GoldenCase & { readonly at: string })[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    const lines = readFileSync(join(dir, file), 'utf8').split(/\r?\n/);
    lines.forEach((line, i) => {
      const trimmed = line.trim();
      if (trimmed === '' || trimmed.startsWith('//')) return;
      const at = `${module}/${file}:${i + 1}`;
      let parsed: GoldenCase;
      try {
        parsed = JSON.parse(trimmed) as GoldenCase;
      } catch {
        throw new Error(`${at}: not valid JSON`);
      }
      if (typeof parsed.name !== 'string' || !('input' in parsed) || !('expected' in parsed)) {
        throw new Error(`${at}: a golden case needs name, input and expected`);
      }
      cases.push({ ...parsed, at });
    });
  }
  return cases;
}

/**
 * Register one test per golden case of `module`: `decide` turns the case into the module's
 * result, which must contain `expected`. Case names must be unique within a module.
 */
export function runGoldenCases(module: string, decide: (golden: GoldenCase) => unknown): void {
  const cases = readGoldenCases(module);
  describe(`golden cases as data: ${module}`, () => {
    it('has unique case names', () => {
      expect(cases.length).toBeGreaterThan(0);
      expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
    });
    it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, golden) => {
      expect(decide(golden), golden.at).toMatchObject(golden.expected as object);
    });
  });
}
