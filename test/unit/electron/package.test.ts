/**
 * Packages the app for real with electron-builder (`--linux dir`, offline) and checks what lands in
 * resources/app.asar: package.json, dist/ and dist-electron/ only, no sources, tests or node_modules.
 * Electron itself cannot be downloaded here, so `electronDist` points at a stub folder holding an
 * executable named `electron`, which is all electron-builder needs for an unpacked Linux build.
 */
import { listPackage, extractFile } from '@electron/asar';
import { execFile } from 'node:child_process';
import { builtinModules } from 'node:module';
import { chmod, copyFile, cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const TIMEOUT = 120_000;

let work: string;
let project: string;
let asarPath: string;
let unpackedDir: string;
let builderLog = '';

async function filesUnder(dir: string, prefix = ''): Promise<string[]> {
  const result: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const relative = `${prefix}/${entry.name}`;
    if (entry.isDirectory()) result.push(...(await filesUnder(path.join(dir, entry.name), relative)));
    else result.push(relative);
  }
  return result;
}

/** The renderer build: the repo's dist/ if built, else a real Vite build, else (renderer still in progress) a placeholder. */
async function provideRendererDist(target: string): Promise<string> {
  if (existsSync(path.join(REPO, 'dist', 'index.html'))) {
    await cp(path.join(REPO, 'dist'), target, { recursive: true });
    return 'copied dist/';
  }
  try {
    await run(process.execPath, [path.join(REPO, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'vite.config.ts', '--outDir', target, '--emptyOutDir', '--logLevel', 'error'], {
      cwd: REPO,
      timeout: 60_000,
    });
    if (existsSync(path.join(target, 'index.html'))) return 'vite build';
  } catch {
    // The renderer is written concurrently and may not build yet; the packaging check does not depend on it.
  }
  await rm(target, { recursive: true, force: true });
  await mkdir(path.join(target, 'assets'), { recursive: true });
  await writeFile(path.join(target, 'index.html'), '<!doctype html><script type="module" src="./assets/index.js"></script>');
  await writeFile(path.join(target, 'assets', 'index.js'), "new Worker(new URL('./worker.js', import.meta.url), { type: 'module' });");
  await writeFile(path.join(target, 'assets', 'worker.js'), 'self.onmessage = () => {};');
  await writeFile(path.join(target, 'assets', 'index.js.map'), '{}');
  return 'placeholder';
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'qiyos-package-'));
  project = path.join(work, 'project');
  const electronStub = path.join(work, 'electron-stub');
  const output = path.join(work, 'release');
  await mkdir(path.join(project, 'build'), { recursive: true });
  await mkdir(electronStub, { recursive: true });

  await copyFile(path.join(REPO, 'package.json'), path.join(project, 'package.json'));
  await copyFile(path.join(REPO, 'build', 'icon.png'), path.join(project, 'build', 'icon.png'));
  // Decoys: none of these may reach the package.
  for (const decoy of ['renderer/main.tsx', 'shared/ipc.ts', 'electron/main.ts', 'test/unit/x.test.ts', 'node_modules/react/index.js', 'scripts/build-electron.mjs']) {
    await mkdir(path.dirname(path.join(project, decoy)), { recursive: true });
    await writeFile(path.join(project, decoy), '// decoy');
  }
  await writeFile(path.join(project, 'node_modules/react/package.json'), '{"name":"react","version":"19.3.1"}');

  await run(process.execPath, [path.join(REPO, 'scripts/build-electron.mjs'), '--outdir', path.join(project, 'dist-electron')], { cwd: REPO });
  builderLog += `renderer: ${await provideRendererDist(path.join(project, 'dist'))}\n`;

  await writeFile(path.join(electronStub, 'electron'), '#!/bin/sh\necho "electron stub"\n');
  await chmod(path.join(electronStub, 'electron'), 0o755);
  await writeFile(path.join(electronStub, 'LICENSE'), 'stub');

  const electronVersion = JSON.parse(await readFile(path.join(REPO, 'node_modules/electron/package.json'), 'utf8')).version as string;
  const configPath = path.join(work, 'electron-builder.test.cjs');
  await writeFile(
    configPath,
    `const base = require(${JSON.stringify(path.join(REPO, 'electron-builder.config.cjs'))});\n` +
      `module.exports = { ...base, electronDist: ${JSON.stringify(electronStub)}, electronVersion: ${JSON.stringify(electronVersion)},\n` +
      `  directories: { ...base.directories, output: ${JSON.stringify(output)} } };\n`,
  );

  const { stdout, stderr } = await run(
    process.execPath,
    [path.join(REPO, 'node_modules/electron-builder/cli.js'), '--linux', 'dir', '--projectDir', project, '--config', configPath, '--publish', 'never'],
    {
      cwd: project,
      timeout: TIMEOUT - 20_000,
      env: { ...process.env, CI: 'true', CSC_IDENTITY_AUTO_DISCOVERY: 'false', ELECTRON_BUILDER_CACHE: path.join(work, 'cache'), ELECTRON_CACHE: path.join(work, 'cache') },
    },
  );
  builderLog += stdout + stderr;
  const unpacked = (await readdir(output)).find((name) => /^linux(-.+)?-unpacked$/.test(name));
  if (!unpacked) throw new Error(`no linux-unpacked folder in ${output}:\n${builderLog}`);
  unpackedDir = path.join(output, unpacked);
  asarPath = path.join(unpackedDir, 'resources', 'app.asar');
}, TIMEOUT);

afterAll(() => (work ? rm(work, { recursive: true, force: true }) : undefined));

describe('packaged app (electron-builder --linux dir)', () => {
  it('produces the renamed executable and an app.asar', async () => {
    expect(existsSync(path.join(unpackedDir, 'qiyos')), builderLog).toBe(true);
    expect((await stat(asarPath)).isFile()).toBe(true);
  });

  it('holds exactly package.json, dist/** (without source maps) and dist-electron/**', async () => {
    const entries = listPackage(asarPath, { isPack: false }).map((entry) => entry.replace(/\\/g, '/'));
    const files = entries.filter((entry) => !entries.some((other) => other.startsWith(`${entry}/`)));
    const expectedDist = (await filesUnder(path.join(project, 'dist'), '/dist')).filter((f) => !f.endsWith('.map'));
    const expectedElectron = (await filesUnder(path.join(project, 'dist-electron'), '/dist-electron')).filter((f) => !f.endsWith('.map'));
    expect(files.sort()).toEqual(['/package.json', ...expectedDist, ...expectedElectron].sort());
    expect(files).toEqual(expect.arrayContaining(['/package.json', '/dist/index.html', '/dist-electron/main.cjs', '/dist-electron/preload.cjs']));
    for (const entry of entries) {
      expect(entry, entry).not.toMatch(/node_modules|^\/(renderer|shared|electron|test|scripts|build)(\/|$)|\.tsx?$|\.map$/);
    }
  });

  it('stays small', async () => {
    expect((await stat(asarPath)).size).toBeLessThan(5 * 1024 * 1024);
  });

  it('points main at the bundled entry', () => {
    const manifest = JSON.parse(extractFile(asarPath, 'package.json').toString('utf8'));
    expect(manifest.main).toBe('dist-electron/main.cjs');
    expect(manifest.name).toBe('qiyos');
  });

  it('ships bundles that require nothing but electron and Node built-ins (there is no node_modules)', () => {
    const allowed = new Set(['electron', ...builtinModules, ...builtinModules.map((name) => `node:${name}`)]);
    for (const bundle of ['dist-electron/main.cjs', 'dist-electron/preload.cjs']) {
      const code = extractFile(asarPath, bundle).toString('utf8');
      const required = [...code.matchAll(/\brequire\(["']([^"']+)["']\)/g)].map((match) => match[1]!);
      expect(required.length, bundle).toBeGreaterThan(0);
      for (const name of required) expect(allowed.has(name), `${bundle} requires ${name}`).toBe(true);
    }
    expect(extractFile(asarPath, 'dist-electron/preload.cjs').toString('utf8')).not.toMatch(/require\(["'](?!electron["'])/);
  });
});
