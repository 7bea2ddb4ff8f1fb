// Test helpers: the real TMX readers we check our files against (translate-toolkit, OmegaT).
// Like xmllint: a missing tool skips locally and fails under CI=true, so the checks never vanish from CI.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface Tool {
  /** What to run, or undefined when the tool is missing. */
  command: string | undefined;
  /** The Debian package that provides it. */
  debianPackage: string;
}

let python: Tool | undefined;
let omegat: Tool | undefined;

/** A python3 that can import translate-toolkit (Debian's, not a pyenv shim without it). */
export function translateToolkit(): Tool {
  python ??= {
    command: ['/usr/bin/python3', 'python3'].find(
      (candidate) => (candidate.startsWith('/') ? existsSync(candidate) : true) && spawnSync(candidate, ['-c', 'import translate.storage.tmx'], { encoding: 'utf8' }).status === 0,
    ),
    debianPackage: 'python3-translate',
  };
  return python;
}

export function omegaT(): Tool {
  omegat ??= {
    command: spawnSync('omegat', ['--help'], { encoding: 'utf8', timeout: 60_000 }).status === 0 ? 'omegat' : undefined,
    debianPackage: 'omegat',
  };
  return omegat;
}

/** true: run the test; false: skip it (locally, tool missing); throws on CI when the tool is missing. */
export function need(tool: Tool): boolean {
  if (tool.command) return true;
  const message = `${tool.debianPackage} is required for the real-reader TMX tests (apt-get install -y ${tool.debianPackage})`;
  if (process.env.CI === 'true') throw new Error(`${message} on CI`);
  console.warn(`[readers] Skipping: ${message}`);
  return false;
}
