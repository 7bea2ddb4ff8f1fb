// Reading picked or dropped files in the browser: chunk by chunk, with progress over all files.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Progress } from '../../../shared/model';
import { readBrowserFiles } from '../../../renderer/platform/web';

const seed = readFileSync(new URL('../../fixtures/000_b7c3d78e2906be7b.txt', import.meta.url));

describe('readBrowserFiles', () => {
  it('reads big files in chunks with increasing progress, byte for byte', async () => {
    // About 6 MB in 600 parts: the stream delivers it in many chunks.
    const big = new Uint8Array(seed.length * 600);
    for (let k = 0; k < 600; k++) big.set(seed, k * seed.length);
    const files = [new File(Array.from({ length: 600 }, () => seed), 'big.txt'), new File([seed], 'seed.txt')];
    const reports: Progress[] = [];
    const picked = await readBrowserFiles(files, (p) => reports.push(p));
    expect(picked.map((f) => f.name)).toEqual(['big.txt', 'seed.txt']);
    expect(Buffer.from(picked[0]!.bytes).equals(Buffer.from(big))).toBe(true);
    expect(Buffer.from(picked[1]!.bytes).equals(seed)).toBe(true);
    expect(reports.length).toBeGreaterThan(3);
    expect(reports.every((p) => p.phase === 'read' && p.total === big.length + seed.length)).toBe(true);
    expect(reports.map((p) => p.done)).toEqual([...reports.map((p) => p.done)].sort((a, b) => a - b));
    expect(reports.at(-1)!.done).toBe(big.length + seed.length);
  });

  it('reads empty files and works without a progress callback', async () => {
    const picked = await readBrowserFiles([new File([], 'empty.txt'), new File(['abc'], 'a.txt')]);
    expect(picked.map((f) => [f.name, f.bytes.length])).toEqual([
      ['empty.txt', 0],
      ['a.txt', 3],
    ]);
  });
});
