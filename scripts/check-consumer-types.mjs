// Types for strict consumers: pack the package, install it into a scratch project and
// type-check an import of every subpath with skipLibCheck: false, under moduleResolution
// node16 and bundler. publint and attw do not catch errors inside the shipped .d.ts files.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const subpaths = Object.keys(pkg.exports).filter((k) => k !== './package.json' && !k.endsWith('.json'));
const specifiers = subpaths.map((k) => (k === '.' ? pkg.name : `${pkg.name}/${k.slice(2)}`));
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');

const work = mkdtempSync(join(tmpdir(), 'vs-consumer-'));
let failed = false;
try {
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  const tarball = join(work, packed[0].filename);
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--omit=optional', tarball, `zod@${pkg.devDependencies.zod}`, `@types/node@${pkg.devDependencies['@types/node']}`], { cwd: work, stdio: 'ignore' });
  const body = specifiers.map((s, i) => `import * as m${i} from '${s}';\nexport const k${i}: string[] = Object.keys(m${i});`).join('\n');
  writeFileSync(join(work, 'index.ts'), `${body}\n`);
  for (const [module, moduleResolution] of [['node16', 'node16'], ['esnext', 'bundler']]) {
    const tsconfig = { compilerOptions: { strict: true, skipLibCheck: false, noEmit: true, module, moduleResolution, target: 'es2022', types: ['node'] }, files: ['index.ts'] };
    writeFileSync(join(work, 'tsconfig.json'), JSON.stringify(tsconfig));
    try {
      execFileSync(process.execPath, [tsc, '-p', work], { cwd: work, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      console.log(`consumer types: ${specifiers.length} subpaths type-check under moduleResolution ${moduleResolution} with skipLibCheck false`);
    } catch (error) {
      failed = true;
      const out = String(error.stdout ?? '');
      const lines = out.split('\n').filter((l) => l.includes('error TS'));
      console.error(`consumer types: ${lines.length} errors under moduleResolution ${moduleResolution}:\n${lines.slice(0, 40).join('\n')}`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (failed) process.exit(1);
