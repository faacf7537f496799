// What a library user installs: packs this package (build it first), installs the tarball into
// an empty project in a temporary folder (needs the npm registry) and prints the packages and
// the size of node_modules. Run: `npm run build && node scripts/install-size.mjs [--json]`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

/** Bytes of every file under a folder (symbolic links not followed). */
function bytesUnder(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += bytesUnder(path);
    else if (entry.isFile()) total += statSync(path).size;
  }
  return total;
}

const work = mkdtempSync(join(tmpdir(), 'vroegsignalering-install-'));
try {
  const [{ filename }] = JSON.parse(npm(['pack', '--json', '--pack-destination', work], process.cwd()));
  const project = join(work, 'project');
  execFileSync('mkdir', [project]);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'empty-project', version: '1.0.0', private: true }));
  npm(['install', '--no-audit', '--no-fund', '--ignore-scripts', join(work, filename)], project);
  const tree = JSON.parse(npm(['ls', '--all', '--json', '--long'], project));
  const names = new Set();
  const walk = (deps = {}) => {
    for (const [name, node] of Object.entries(deps)) {
      if (node.missing || !node.version) continue; // an optional peer dependency not installed
      names.add(`${name}@${node.version}`);
      walk(node.dependencies);
    }
  };
  walk(tree.dependencies);
  const modules = join(project, 'node_modules');
  const largest = readdirSync(modules)
    .flatMap((n) => (n.startsWith('@') ? readdirSync(join(modules, n)).map((m) => `${n}/${m}`) : [n]))
    .filter((n) => !n.startsWith('.'))
    .map((n) => ({ name: n, bytes: bytesUnder(join(modules, n)) }))
    .sort((a, b) => b.bytes - a.bytes);
  const figures = { packages: names.size, nodeModulesBytes: bytesUnder(modules), installed: [...names].sort(), largest: largest.slice(0, 5) };
  if (process.argv.includes('--json')) console.log(JSON.stringify(figures));
  else {
    console.log(`${figures.packages} packages, node_modules ${(figures.nodeModulesBytes / 1e6).toFixed(1)} MB`);
    console.log(figures.installed.join('\n'));
    console.log('largest:', figures.largest.map((l) => `${l.name} ${(l.bytes / 1e6).toFixed(1)} MB`).join(', '));
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
