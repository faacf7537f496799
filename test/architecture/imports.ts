/**
 * The import graph of `src/`, read from the source text: every static `import … from` and
 * `export … from` with a relative specifier, resolved to a file under `src/`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** One import: the importing file, the imported file (both relative to src/), and whether it carries only types. */
export interface ImportEdge {
  readonly from: string;
  readonly to: string;
  readonly typeOnly: boolean;
}

export const SRC = resolve(import.meta.dirname, '..', '..', 'src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : name.endsWith('.ts') ? [path] : [];
  });
}

const IMPORT_RE = /^\s*(import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?'(\.{1,2}\/[^']+)'/gm;

/** Every relative import between files of `src/`. */
export function importGraph(): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(IMPORT_RE)) {
      const target = resolve(dirname(file), m[3]!).replace(/\.js$/, '.ts');
      if (!target.startsWith(SRC)) continue; // package.json and other files outside the library
      edges.push({ from: relative(SRC, file), to: relative(SRC, target), typeOnly: m[2] !== undefined });
    }
  }
  return edges;
}

/** The module (top folder under src/) a file belongs to; `index.ts` at the root is `(root)`. */
export function moduleOf(file: string): string {
  const slash = file.indexOf('/');
  return slash === -1 ? '(root)' : file.slice(0, slash);
}

/** The cycles in a directed graph (each as the list of nodes around it), by depth-first search. */
export function findCycles(edges: readonly { from: string; to: string }[]): string[][] {
  const next = new Map<string, string[]>();
  for (const e of edges) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (node: string): void => {
    state.set(node, 'open');
    stack.push(node);
    for (const to of next.get(node) ?? []) {
      if (state.get(to) === 'open') cycles.push([...stack.slice(stack.indexOf(to)), to]);
      else if (!state.has(to)) visit(to);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of next.keys()) if (!state.has(node)) visit(node);
  return cycles;
}
