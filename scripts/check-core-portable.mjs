// The core runs in browsers: no file under dist/ except the CLI and the Node-only parallel
// functions (dist/parallel/, worker threads) may import a Node built-in.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const BUILTIN = /(?:from\s*|import\s*\(\s*|require\s*\(\s*)["'](node:[\w/]+|fs|path|os|child_process|crypto|stream|util|url|readline|worker_threads|zlib|http|https|net|tty)["']/g;
const offenders = [];
function walk(dir) {
  for (const name of readdirSync(dir)) {
    const file = join(dir, name);
    if (statSync(file).isDirectory()) {
      if (name !== 'cli' && name !== 'parallel') walk(file);
    } else if (/\.(c?js|mjs)$/.test(name)) {
      for (const m of readFileSync(file, 'utf8').matchAll(BUILTIN)) offenders.push(`${file}: ${m[1]}`);
    }
  }
}
walk('dist');
if (offenders.length) {
  console.error(`Node built-ins in the core build:\n${offenders.join('\n')}`);
  process.exit(1);
}
console.log('core build imports no Node built-ins');
