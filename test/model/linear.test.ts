import { afterAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import * as model from '../../src/model/internal.js';
import type { FieldReader } from '../../src/model/internal.js';
import { signalInput } from '../support/signals.js';

/**
 * Every exported reader of the model, and `parseSignal` with the text in every field, on
 * 100,000-character hostile strings (issue 14, item 2): each call within 50 ms. Patterns that
 * backtrack (nested or adjacent overlapping quantifiers) take seconds to minutes on these.
 */
const N = 100_000;
const BUDGET_MS = 50;

const fill = (unit: string, prefix = '', suffix = ''): string => prefix + unit.repeat(Math.ceil((N - prefix.length - suffix.length) / unit.length)).slice(0, N - prefix.length - suffix.length) + suffix;

const HOSTILE: Readonly<Record<string, string>> = {
  spaces: fill(' '),
  'digit, spaces, stray character': fill(' ', '1', '!'),
  'digits, tabs and hyphens': fill('1 \t- '),
  'house number with letters': fill('12 A-', '', '!'),
  'e-mail with dots': fill('.', 'a@', ''),
  'e-mail with at signs': fill('@a.'),
  'e-mail, spaces before the end': fill(' ', 'a@b.c', '@'),
  'dotted thousands': fill('.234', '1'),
  'comma thousands then junk': fill(',234', '1', ',5x'),
  'zeros': fill('0'),
  'nines': fill('9'),
  'euro signs': fill('€ '),
  'date then spaces': fill(' ', '2023-03-15', 'x'),
  'date then digits': fill('1', '2023-03-15T'),
  'dates repeated': fill('15-03-2023 '),
  'postcode then spaces': fill(' ', '1234', 'AB!'),
  'separators': fill('-/.'),
  'quotes and delimiters': fill('";,'),
  'no-break spaces': fill('\u00a0'),
  letters: fill('a'),
};

const isReader = (value: unknown): value is FieldReader<unknown, unknown> =>
  typeof value === 'object' && value !== null && typeof (value as { read?: unknown }).read === 'function' && 'code' in value;
const isSchema = (value: unknown): value is z.ZodType =>
  typeof value === 'object' && value !== null && typeof (value as { safeParse?: unknown }).safeParse === 'function';

/** Exported functions that read text, and how to call each on one string. */
const TEXT_FUNCTIONS: Readonly<Record<string, (s: string) => unknown>> = {
  parseEuro: (s) => model.parseEuro(s),
  readEuro: (s) => model.readEuro(s),
  parseDateInput: (s) => model.parseDateInput(s),
  parseBirthDate: (s) => model.parseBirthDate(s, { notAfter: '2024-01-01' }),
  splitHouseNumber: (s) => model.splitHouseNumber(s),
  splitHouseNumberField: (s) => model.splitHouseNumberField({ houseNumber: s }),
  isValidBsn: (s) => model.isValidBsn(s),
  isIsoDate: (s) => model.isIsoDate(s),
  readYesNo: (s) => model.readYesNo(s),
  isForbiddenKey: (s) => model.isForbiddenKey(s),
  unflatten: (s) => model.unflatten({ [s]: s, [`a.${s}`]: s }),
  parseSignal: (s) => model.parseSignal(s),
  parseSignals: (s) => model.parseSignals([s, { id: s }]),
  readSection: (s) => model.readSection(model.SignalSchema, { id: s, receivedDate: s }),
  choiceReader: (s) => model.choiceReader(['a', 'b']).read(s as 'a'),
};

/** Paths of every leaf field of a valid signal, to put hostile text in each. */
function leafPaths(value: unknown, prefix: string[] = []): string[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...prefix, k]));
}
function withField(path: readonly string[], text: string): Record<string, unknown> {
  const root = structuredClone(signalInput());
  let node = root;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  node[path[path.length - 1]!] = text;
  return root;
}

/** The fastest of three runs, in ms (the machine is shared; one slow run is noise, three are not). */
function timed(run: () => unknown): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const slowest = { ms: 0, what: '' };
function check(what: string, run: () => unknown): void {
  const ms = timed(run);
  if (ms > slowest.ms) Object.assign(slowest, { ms, what });
  expect(ms, what).toBeLessThan(BUDGET_MS);
}

describe('every exported model reader is linear on 100,000-character hostile text', () => {
  const exported = Object.entries(model);
  const readers = exported.filter(([, v]) => isReader(v));
  const schemas = exported.filter(([, v]) => isSchema(v));

  it('covers every export that reads text (a new reader must be added here)', () => {
    const readingNames = exported
      .filter(([name, v]) => typeof v === 'function' && /^(parse|read|split|is[A-Z]|unflatten|choiceReader)/.test(name))
      .map(([name]) => name)
      .filter((name) => !['isRealDate', 'isBirthDateAfter', 'parseOrThrow', 'isCrisisSignal', 'isThreateningSituation'].includes(name)); // numbers, a parsed date, a schema given by the caller, parsed signals
    expect(readingNames.filter((name) => !(name in TEXT_FUNCTIONS))).toEqual([]);
    expect(readers.length).toBeGreaterThanOrEqual(14);
    expect(schemas.map(([name]) => name)).toEqual(expect.arrayContaining(['EuroField', 'IsoDateField', 'OptionalText', 'YesNoField', 'SignalSchema']));
  });

  for (const [label, text] of Object.entries(HOSTILE)) {
    it(`${label}: every reader, schema and text function within ${BUDGET_MS} ms`, () => {
      expect(text).toHaveLength(N);
      for (const [name, reader] of readers) check(`${name}.read on ${label}`, () => (reader as FieldReader<unknown, unknown>).read(text));
      for (const [name, schema] of schemas) check(`${name}.safeParse on ${label}`, () => (schema as z.ZodType).safeParse(text));
      for (const [name, run] of Object.entries(TEXT_FUNCTIONS)) check(`${name} on ${label}`, () => run(text));
    });

    it(`${label}: parseSignal with it in every field within ${BUDGET_MS} ms, refused or read, never thrown`, () => {
      for (const path of leafPaths(signalInput())) {
        const input = withField(path, text);
        check(`parseSignal with ${path.join('.')} = ${label}`, () => model.parseSignal(input));
        const result = model.parseSignal(input);
        if (!result.ok) expect(JSON.stringify(result.issues)).not.toContain(text.slice(0, 200));
      }
    });
  }

  afterAll(() => {
    // The figure for the report: the slowest call over every reader and hostile text.
    console.log(`slowest reader on ${N.toLocaleString('en-GB')} characters: ${slowest.ms.toFixed(2)} ms (${slowest.what})`);
  });
});
