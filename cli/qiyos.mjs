#!/usr/bin/env node
// Entry point of `npx qiyos`: runs the bundled CLI, building it first if this checkout has not yet.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../dist-cli/qiyos.mjs', import.meta.url));
if (!existsSync(bundle)) {
  await import('../scripts/build-cli.mjs');
}
const { main } = await import(bundle);
process.exitCode = await main(process.argv.slice(2));
