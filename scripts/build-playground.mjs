#!/usr/bin/env node
/**
 * Build the policy playground: ONE self-contained HTML page (docs/playground/index.html by
 * default) that works offline from file:// — the page's code and the library bundled by esbuild
 * into one classic script (IIFE) inlined in the page, the CSS inlined, and the bundled synthetic
 * sample embedded as a JSON data block, prepared here in Node by the replay module (matches,
 * recidivism, draggers) and reduced to what triage reads. No module scripts, no external requests.
 *
 *   node scripts/build-playground.mjs [out-dir]
 *
 * Also importable: `buildPlayground({ outDir })` (the playground test builds into a temp dir).
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = join(ROOT, 'playground');
/** The bundled synthetic sample (a year, 2023) and the date it is looked at (after its last month). */
const SAMPLE = join(ROOT, 'examples', 'data', 'sample-signals.jsonl');
const SAMPLE_AS_OF = '2024-01-31';
/** Outside docs/api, which typedoc empties on every run. */
export const DEFAULT_OUT_DIR = join(ROOT, 'docs', 'playground');

const COMMON = { bundle: true, conditions: ['source'], logLevel: 'warning', charset: 'utf8' };

/** The sample's triage inputs: the adapter bundled for Node, run once, then thrown away. */
async function prepareSample() {
  const dir = await mkdtemp(join(tmpdir(), 'playground-build-'));
  try {
    const outfile = join(dir, 'adapter.mjs');
    await build({ ...COMMON, entryPoints: [join(SOURCE, 'adapter.ts')], platform: 'node', format: 'esm', target: 'node20', outfile });
    const { prepareSample: prepare } = await import(pathToFileURL(outfile).href);
    return prepare(await readFile(SAMPLE, 'utf8'), SAMPLE_AS_OF);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The page's script: one minified IIFE for browsers, with nothing that could end the inline <script>. */
async function bundlePage() {
  const result = await build({
    ...COMMON,
    entryPoints: [join(SOURCE, 'main.ts')],
    platform: 'browser',
    format: 'iife',
    target: ['chrome109', 'firefox115', 'safari15'],
    minify: true,
    legalComments: 'eof',
    write: false,
  });
  return result.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/**
 * Build the playground page into `outDir` (created when missing).
 * @param {{ outDir?: string }} [options]
 * @returns {Promise<{ file: string, bytes: number, scriptBytes: number, sampleBytes: number, signals: number }>}
 */
export async function buildPlayground({ outDir = DEFAULT_OUT_DIR } = {}) {
  const [template, style, script, inputs] = await Promise.all([
    readFile(join(SOURCE, 'index.html'), 'utf8'),
    readFile(join(SOURCE, 'style.css'), 'utf8'),
    bundlePage(),
    prepareSample(),
  ]);
  const sample = JSON.stringify(inputs).replace(/</g, '\\u003c');
  const parts = { STYLE: style, SAMPLE: sample, SCRIPT: script };
  const html = template.replace(/@@(STYLE|SAMPLE|SCRIPT)@@/g, (_, name) => parts[name]);
  await mkdir(outDir, { recursive: true });
  const file = join(outDir, 'index.html');
  await writeFile(file, html);
  return { file, bytes: Buffer.byteLength(html), scriptBytes: Buffer.byteLength(script), sampleBytes: Buffer.byteLength(sample), signals: inputs.length };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = await buildPlayground({ outDir: process.argv[2] ? resolve(process.argv[2]) : DEFAULT_OUT_DIR });
  const kB = (n) => `${Math.round(n / 1024)} kB`;
  console.log(`playground: ${relative(process.cwd(), out.file)} (${kB(out.bytes)}: script ${kB(out.scriptBytes)}, sample of ${out.signals} signals ${kB(out.sampleBytes)})`);
}
