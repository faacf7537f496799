/**
 * A deliberate public surface: every subpath exports exactly the names `docs/api-surface.md`
 * lists, by name (no `export *`), each with TSDoc.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SRC } from './imports.js';
import { SUBPATHS, listedNames, readSurface } from './surface.js';

const surface = readSurface();
const listed = listedNames(readFileSync(join(SRC, '..', 'docs', 'api-surface.md'), 'utf8'));

describe('public API surface', () => {
  it.each(SUBPATHS.map((m) => [m]))('vroegsignalering/%s exports exactly what docs/api-surface.md lists', (m) => {
    expect(surface[m].map((e) => e.name)).toEqual([...(listed[m] ?? [])].sort((a, b) => a.localeCompare(b)));
  });

  it.each(SUBPATHS.map((m) => [m]))('vroegsignalering/%s exports by name, never with export *', (m) => {
    expect(readFileSync(join(SRC, m, 'index.ts'), 'utf8')).not.toMatch(/^export \* from/m);
  });

  it.each(SUBPATHS.map((m) => [m]))('every export of vroegsignalering/%s has TSDoc', (m) => {
    expect(surface[m].filter((e) => e.summary === '').map((e) => e.name)).toEqual([]);
  });

  it('the listing parser reads names per subpath', () => {
    expect(listedNames('## `vroegsignalering/x`\n\n| name | kind | what |\n| --- | --- | --- |\n| `a` | const | A. |\n')).toEqual({ x: ['a'] });
  });
});
