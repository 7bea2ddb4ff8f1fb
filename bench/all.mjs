// `npm run bench [-- --full]`: runs every benchmark in turn, each in its own process, passing the arguments on.
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
for (const script of ['bench/run.ts', 'bench/import.bench.ts', 'bench/tmx.bench.ts', 'bench/glossary.bench.ts', 'bench/ui.bench.ts']) {
  const { status } = spawnSync('npx', ['tsx', script, ...args], { stdio: 'inherit' });
  if (status !== 0) process.exit(status ?? 1);
}
