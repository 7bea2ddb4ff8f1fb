import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../cli/readInputs';
import { checkOutputPath, writeFileAtomic } from '../../../cli/writeOutput';

const dir = mkdtempSync(join(tmpdir(), 'qiyos-write-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('checkOutputPath', () => {
  it('accepts a new or existing file in an existing directory', async () => {
    await expect(checkOutputPath(join(dir, 'new.tmx'))).resolves.toBeUndefined();
    writeFileSync(join(dir, 'old.tmx'), 'x');
    await expect(checkOutputPath(join(dir, 'old.tmx'))).resolves.toBeUndefined();
  });

  it('names a missing output directory, and refuses a directory as output', async () => {
    const missingDir = join(dir, 'no', 'such');
    await expect(checkOutputPath(join(missingDir, 'out.tmx'))).rejects.toEqual(
      new InputError('output directory does not exist', missingDir),
    );
    await expect(checkOutputPath(dir)).rejects.toThrow(/output path is a directory/);
  });
});

describe('writeFileAtomic', () => {
  it('writes or replaces the file and leaves no temporary file', async () => {
    const file = join(dir, 'atomic.json');
    writeFileSync(file, 'old content that is longer');
    await writeFileAtomic(file, '{"beads":[]}\n');
    expect(readFileSync(file, 'utf8')).toBe('{"beads":[]}\n');
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('fails with the path named when the directory is missing', async () => {
    const file = join(dir, 'missing', 'x.json');
    await expect(writeFileAtomic(file, 'x')).rejects.toMatchObject({ file, name: 'InputError' });
  });
});
