/**
 * The `vroegsignalering` binary. The command line's argument parser, CSV parser and progress
 * bar are optional peer dependencies, so that library users do not install them. This entry
 * checks that they can be loaded and, when one cannot, says how to install them (exit code 2)
 * instead of failing on an import; then it runs the program (`./main.ts`).
 */
import pkg from '../../package.json' with { type: 'json' };

const peers: Readonly<Record<string, string>> = pkg.peerDependencies;
/** Optional peers only one command needs (reading .xlsx): that command says how to install them. */
const LOADED_BY_A_COMMAND: ReadonlySet<string> = new Set(['read-excel-file']);
/** The optional peer dependencies every command needs, as `name@range`, the ranges package.json asks for. */
const cliPackages = Object.entries(pkg.peerDependenciesMeta)
  .filter(([name, meta]) => meta.optional && !LOADED_BY_A_COMMAND.has(name))
  .map(([name]) => ({ name, spec: `${name}@${peers[name]}` }));

/** Whether package `name` can be imported; rethrows anything other than "not installed". */
async function installed(name: string): Promise<boolean> {
  try {
    await import(name);
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND') return false;
    throw error;
  }
}

const missing: string[] = [];
for (const { name } of cliPackages) if (!(await installed(name))) missing.push(name);

if (missing.length > 0) {
  const specs = cliPackages.map((p) => p.spec);
  process.stderr.write(
    [
      `vroegsignalering: the command line needs ${missing.join(', ')}, which the library alone does not install.`,
      "Add the command line's packages to your project:",
      `  npm install --save-dev ${specs.join(' ')}`,
      'or run it once without installing them:',
      `  npx ${[pkg.name, ...specs].map((s) => `-p ${s}`).join(' ')} vroegsignalering --help`,
      '',
    ].join('\n'),
  );
  process.exitCode = 2;
} else {
  await import('./main.js');
}
