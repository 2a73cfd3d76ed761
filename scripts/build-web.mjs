#!/usr/bin/env node
// Builds the web app (apps/web) into static files: one script and one stylesheet, named by content hash so they
// can be cached for a year, and an index.html (never cached) that points at them. Each of the three is also written
// compressed once, at the highest levels, as FILE.br and FILE.gz, which the API serves to browsers that accept them
// (apps/api/src/web/web-app.ts). Prints each file's size, gzipped and brotli (the bytes served), and fails when a
// script is over the budget. `--out DIR` writes elsewhere (the browser tests build into a temp dir).
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { build } from 'esbuild';

const SCRIPT_BUDGET_BYTES = 300 * 1024;
const root = resolve(import.meta.dirname, '..');
const outIndex = process.argv.indexOf('--out');
const outDir = resolve(outIndex >= 0 ? process.argv[outIndex + 1] : join(root, 'dist/web'));

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: ['apps/web/src/main.tsx', 'apps/web/src/styles.css'],
  bundle: true,
  minify: true,
  sourcemap: 'linked',
  format: 'esm',
  target: ['es2022'],
  jsx: 'automatic',
  jsxImportSource: 'preact',
  outdir: join(outDir, 'assets'),
  entryNames: '[name]-[hash]',
  metafile: true,
  legalComments: 'none',
  logLevel: 'warning',
});

const outputs = Object.entries(result.metafile.outputs).filter(([file]) => !file.endsWith('.map'));
const asset = (extension) => outputs.map(([file]) => resolve(root, file)).find((file) => file.endsWith(extension));
const script = asset('.js');
const stylesheet = asset('.css');
const html = readFileSync(join(root, 'apps/web/index.html'), 'utf8')
  .replace('%SCRIPT%', `/assets/${basename(script)}`)
  .replace('%STYLESHEET%', `/assets/${basename(stylesheet)}`);
writeFileSync(join(outDir, 'index.html'), html);

let overBudget = false;
const kilobytes = (length, width) => (length / 1024).toFixed(1).padStart(width);
for (const file of [join(outDir, 'index.html'), script, stylesheet]) {
  const bytes = readFileSync(file);
  const gzipped = gzipSync(bytes, { level: 9 });
  const brotli = brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
  writeFileSync(`${file}.gz`, gzipped);
  writeFileSync(`${file}.br`, brotli);
  const over = file.endsWith('.js') && gzipped.length > SCRIPT_BUDGET_BYTES;
  overBudget ||= over;
  console.error(
    `web: ${relative(root, file).padEnd(48)} ${kilobytes(bytes.length, 7)} KB, gzipped ${kilobytes(gzipped.length, 6)} KB, brotli ${kilobytes(brotli.length, 6)} KB${over ? ' (over the 300 KB budget)' : ''}`,
  );
}
if (overBudget) process.exit(1);
