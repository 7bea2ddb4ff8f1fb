// Bundles the command-line interface (cli/main.ts and the shared/ code it uses) into one ES module.
// Runs on `npm install` (prepare) so that `npx qiyos` works right after installing.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

await build({
  entryPoints: [`${root}cli/main.ts`],
  outfile: `${root}dist-cli/qiyos.mjs`,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'inline',
  logLevel: 'warning',
});
