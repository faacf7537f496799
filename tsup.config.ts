import { defineConfig } from 'tsup';

/** One entry per public subpath, plus the CLI (the only entry that may use Node built-ins). */
const modules = ['model', 'calendar', 'eligibility', 'matching', 'detection', 'triage', 'feedback', 'replay'];

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      ...Object.fromEntries(modules.map((m) => [`${m}/index`, `src/${m}/index.ts`])),
    },
    format: ['esm', 'cjs'],
    // The root's declarations are written by scripts/write-root-types.mjs: bundled namespace
    // re-exports (`export * as matching`) come out of the d.ts bundler as values typed by types.
    dts: { entry: Object.fromEntries(modules.map((m) => [`${m}/index`, `src/${m}/index.ts`])) },
    sourcemap: true,
    clean: true,
    splitting: true,
    treeshake: true,
    target: 'es2022',
    platform: 'neutral',
  },
  {
    entry: { 'cli/index': 'src/cli/index.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
