// The built CLI (run after `npm run build`) where its optional peer dependencies are not
// installed, as for a library user: it must exit 2 and say how to install them, not crash on
// an import. Runs a copy of dist/cli/ from a folder with no node_modules above it.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const work = mkdtempSync(join(tmpdir(), 'vs-cli-'));
try {
  cpSync('dist/cli', join(work, 'cli'), { recursive: true });
  const run = spawnSync(process.execPath, [join(work, 'cli', 'index.js'), '--help'], { cwd: work, encoding: 'utf8' });
  const expected = ['needs cli-progress, commander, csv-parse', 'npm install --save-dev cli-progress@', 'npx -p vroegsignalering'];
  const lacking = expected.filter((text) => !run.stderr.includes(text));
  if (run.status !== 2 || lacking.length > 0) {
    console.error(`CLI without its peer dependencies: exit ${run.status}, expected 2 and ${lacking.join('; ')}\n${run.stderr}`);
    process.exit(1);
  }
  console.log('CLI without its peer dependencies: exit 2 with install instructions');
} finally {
  rmSync(work, { recursive: true, force: true });
}
