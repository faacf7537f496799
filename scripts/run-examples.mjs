// Runs every example in examples/ (each must exit 0). By default against the built package
// (dist/, as users get it); with --source against src/ through the "source" export condition.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';

const useSource = process.argv.includes('--source');
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const examples = readdirSync('examples')
  .filter((f) => /\.(ts|mjs|cjs)$/.test(f))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
let failed = 0;
for (const file of examples) {
  const args = [...(useSource ? ['--conditions=source'] : []), `examples/${file}`];
  const started = Date.now();
  const run = spawnSync('npx', ['tsx', ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const ok = run.status === 0;
  if (!ok) failed += 1;
  console.log(`${ok ? 'ok  ' : 'FAIL'} examples/${file} (${Date.now() - started} ms)`);
  if (!ok) console.log((run.stdout ?? '') + (run.stderr ?? ''));
}
console.log(`examples: ${examples.length - failed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
