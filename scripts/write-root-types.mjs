// Write the root entry's declarations: the root re-exports each module as a namespace.
// TypeScript reads `export * as name from` in a declaration file natively; the d.ts bundler
// would instead inline each namespace and type some of its members wrongly.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const source = readFileSync(join(root, 'src', 'index.ts'), 'utf8');
const modules = [...source.matchAll(/^export \* as (\w+) from '\.\/(\w+)\/index\.js';$/gm)].map((m) => [m[1], m[2]]);
if (modules.length === 0) throw new Error('src/index.ts re-exports no module namespaces');
const header = '/** `vroegsignalering`: each module as a namespace; each is also its own subpath. */\n';
for (const [file, ext] of [['index.d.ts', 'js'], ['index.d.cts', 'cjs']]) {
  const body = modules.map(([name, dir]) => `export * as ${name} from './${dir}/index.${ext}';`).join('\n');
  writeFileSync(join(root, 'dist', file), `${header}${body}\n`);
}
console.log(`root declarations: ${modules.length} module namespaces`);
