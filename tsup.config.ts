import { defineConfig, type Options } from 'tsup';

/** One entry per public subpath, plus the CLI (the only entry that may use Node built-ins). */
const modules = ['model', 'calendar', 'eligibility', 'matching', 'detection', 'triage', 'feedback', 'replay'];

/** The library build, shared by its ESM and CommonJS copies. */
const library: Options = {
  entry: {
    index: 'src/index.ts',
    ...Object.fromEntries(modules.map((m) => [`${m}/index`, `src/${m}/index.ts`])),
  },
  // The root's declarations are written by scripts/write-root-types.mjs: bundled namespace
  // re-exports (`export * as matching`) come out of the d.ts bundler as values typed by types.
  dts: { entry: Object.fromEntries(modules.map((m) => [`${m}/index`, `src/${m}/index.ts`])) },
  splitting: true,
  treeshake: true,
  target: 'es2022',
  platform: 'neutral',
};

/**
 * Source maps ship for the ESM build only, without the sources embedded: they still map stack
 * traces and devtools to `src/` file names and lines. Embedded sources and maps for every copy
 * made maps 57% of the unpacked package; scripts/check-pack.mjs keeps them under 20%.
 */
export default defineConfig([
  {
    ...library,
    format: ['esm'],
    sourcemap: true,
    esbuildOptions: (options) => {
      options.sourcesContent = false;
    },
    clean: true,
  },
  { ...library, format: ['cjs'] },
  {
    // Node only, ESM only: the parallel functions and the worker they start (a file next to them).
    entry: { index: 'src/parallel/index.ts', worker: 'src/parallel/worker.ts' },
    dts: { entry: { index: 'src/parallel/index.ts' } },
    outDir: 'dist/parallel',
    format: ['esm'],
    target: 'node20',
    platform: 'node',
  },
  {
    // The CLI's chunks (the program, loaded once its packages are found) stay in dist/cli/, with
    // the worker its `--workers` option starts.
    entry: { index: 'src/cli/index.ts', worker: 'src/parallel/worker.ts' },
    outDir: 'dist/cli',
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
