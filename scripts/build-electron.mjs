// Bundles the Electron main process and the preload into CommonJS files under dist-electron/
// (package.json "main" points at dist-electron/main.cjs). `electron` stays external: Electron provides it.
// The sandboxed preload may only require('electron'), so shared/ code it uses is bundled in.
// Usage: node scripts/build-electron.mjs [--outdir <dir>]   (default: dist-electron/)
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdirFlag = process.argv.indexOf('--outdir');
const outdir = outdirFlag > 0 && process.argv[outdirFlag + 1] ? path.resolve(process.argv[outdirFlag + 1]) : path.join(root, 'dist-electron');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  format: 'cjs',
  external: ['electron'],
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'warning',
  absWorkingDir: root,
  // Electron 45 = Node 22 and Chromium 14x.
  target: ['node22', 'chrome140'],
};

await rm(outdir, { recursive: true, force: true });
await Promise.all([
  build({ ...common, entryPoints: [path.join(root, 'electron/main.ts')], outfile: path.join(outdir, 'main.cjs'), platform: 'node' }),
  build({ ...common, entryPoints: [path.join(root, 'electron/preload.ts')], outfile: path.join(outdir, 'preload.cjs'), platform: 'node' }),
]);
console.log(`Electron bundles written to ${path.relative(process.cwd(), outdir) || '.'}: main.cjs, preload.cjs`);
