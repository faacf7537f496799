/**
 * The public surface of each subpath, read with the TypeScript compiler: every name its
 * `index.ts` exports, with its kind (function, const, class, type). `docs/api-surface.md`
 * lists the same names on purpose; `npm run api-surface` rewrites it from the source.
 */
import ts from 'typescript';
import { join } from 'node:path';
import { SRC } from './imports.js';

/** The subpaths of the package, in the order the docs list them. */
export const SUBPATHS = ['model', 'calendar', 'eligibility', 'matching', 'detection', 'triage', 'feedback', 'replay', 'parallel'] as const;

/** One exported name of a subpath. */
export interface SurfaceEntry {
  readonly name: string;
  /** `function`, `const`, `class` (runtime values) or `type` (types and interfaces). */
  readonly kind: 'function' | 'const' | 'class' | 'type';
  /** The first sentence of its TSDoc, or '' when it has none. */
  readonly summary: string;
}

function kindOf(symbol: ts.Symbol): SurfaceEntry['kind'] {
  const f = symbol.flags;
  if (f & ts.SymbolFlags.Class) return 'class';
  if (f & ts.SymbolFlags.Function) return 'function';
  if (f & ts.SymbolFlags.Variable || f & ts.SymbolFlags.Enum) return 'const';
  return 'type';
}

/** The exports of every subpath's index, sorted by name. */
export function readSurface(): Record<(typeof SUBPATHS)[number], SurfaceEntry[]> {
  const files = SUBPATHS.map((m) => join(SRC, m, 'index.ts'));
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true, noEmit: true, skipLibCheck: true, types: [],
  });
  const checker = program.getTypeChecker();
  const out = {} as Record<(typeof SUBPATHS)[number], SurfaceEntry[]>;
  SUBPATHS.forEach((m, i) => {
    const source = program.getSourceFile(files[i]!)!;
    const moduleSymbol = checker.getSymbolAtLocation(source)!;
    out[m] = checker
      .getExportsOfModule(moduleSymbol)
      .map((exported) => {
        const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
        const doc = ts.displayPartsToString(symbol.getDocumentationComment(checker)).replace(/\s+/g, ' ').trim();
        const summary = (/^(.*?[.!?])(\s+[A-Z(`{]|$)/.exec(doc)?.[1] ?? doc).replace(/\|/g, '\\|');
        return { name: exported.name, kind: kindOf(symbol), summary };
      })
      .sort((a, b) => a.name.localeCompare(b.name));
  });
  return out;
}

/** The surface as the markdown of `docs/api-surface.md`. */
export function surfaceMarkdown(surface: ReturnType<typeof readSurface>): string {
  const runtime = (entries: readonly SurfaceEntry[]) => entries.filter((e) => e.kind !== 'type').length;
  const total = SUBPATHS.reduce((n, m) => n + runtime(surface[m]), 0);
  const lines = [
    '# Public API surface',
    '',
    'Every name below is a promise to users: it is exported on purpose and changes only with a',
    'changeset. `test/architecture/surface.test.ts` fails when a subpath exports a name that is not',
    'listed here, or stops exporting one that is. After a deliberate change, run',
    '`npm run api-surface` to rewrite this file and review the diff. Helpers shared between modules',
    'live in each module\'s `internal.ts`, which is not part of the package\'s exports.',
    '',
    `Runtime exports (functions, constants, classes) over all subpaths: **${total}**.`,
    '',
  ];
  for (const m of SUBPATHS) {
    lines.push(`## \`vroegsignalering/${m}\``, '', `${runtime(surface[m])} runtime exports, ${surface[m].length - runtime(surface[m])} types.`, '', '| name | kind | what |', '| --- | --- | --- |');
    for (const e of surface[m]) lines.push(`| \`${e.name}\` | ${e.kind} | ${e.summary} |`);
    lines.push('');
  }
  return `${lines.join('\n')}`;
}

/** The names listed per subpath in a surface document. */
export function listedNames(markdown: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  let current: string | null = null;
  for (const line of markdown.split('\n')) {
    const heading = /^## `vroegsignalering\/(\w+)`/.exec(line);
    if (heading) out[(current = heading[1]!)] = [];
    else if (current) {
      const row = /^\| `([^`]+)` \|/.exec(line);
      if (row) out[current]!.push(row[1]!);
    }
  }
  return out;
}
