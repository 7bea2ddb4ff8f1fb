// In-process tests of main(): dispatch, messages and exit codes, with captured streams.
import { describe, expect, it } from 'vitest';
import { runMain } from './runMain';

const run = runMain;

describe('main', () => {
  it('prints help and version on stdout', async () => {
    const help = await run(['--help']);
    expect(help).toMatchObject({ code: 0, stderr: '' });
    expect(help.stdout).toMatch(/^Usage: qiyos <command>/);
    expect((await run(['help', 'align'])).stdout).toMatch(/^Usage: qiyos align A B \[C \[D\]\]/);
    expect((await run(['align', '--help'])).stdout).toMatch(/--presegmented/);
    expect((await run(['--version'])).stdout).toMatch(/^qiyos \d+\.\d+\.\d+\n$/);
  });

  it('runs glossary: help, a usage error without files (exit 2), a missing file (exit 1)', async () => {
    expect((await run(['help', 'glossary'])).stdout).toMatch(/^Usage: qiyos glossary A B \[C \[D\]\]/);
    expect((await run(['--help'])).stdout).not.toMatch(/not available/);
    const none = await run(['glossary']);
    expect(none).toMatchObject({ code: 2, stdout: '' });
    expect(none.stderr).toMatch(/^qiyos: glossary needs 2 to 4 files, got none/);
    const missing = await run(['glossary', 'no-such-a.txt', 'no-such-b.txt']);
    expect(missing).toEqual({ code: 1, stdout: '', stderr: 'qiyos: no such file (no-such-a.txt)\n' });
  });

  it('reports usage errors with exit code 2 and a pointer to --help', async () => {
    const r = await run(['align', 'only.txt']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('qiyos: align needs 2 to 4 files, got 1: only.txt\nTry "qiyos --help".\n');
  });

  it('reports bad input with exit code 1 naming the file, before reading anything else', async () => {
    const r = await run(['align', 'test/fixtures/000_b7c3d78e2906be7b.txt', 'test/fixtures/nope.txt']);
    expect(r).toEqual({ code: 1, stdout: '', stderr: 'qiyos: no such file (test/fixtures/nope.txt)\n' });
  });

  it('checks the output directory before doing any work', async () => {
    const r = await run(['align', 'missing-a.txt', 'missing-b.txt', '-o', 'no/such/dir/out.tmx']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^qiyos: output directory does not exist \(.*no\/such\/dir\)\n$/);
  });
});
