// qiyos align --srx: the project's segmentation rules from an SRX file, as the app exports them.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError, parseArgs } from '../../../cli/args';
import { runMain } from './runMain';
import { writeSrx } from '../../../shared/srx/writeSrx';

const UZ = 'test/fixtures/000_b7c3d78e2906be7b.txt';
const EN = 'test/fixtures/002_35fe524f1063af29.txt';
const dir = mkdtempSync(join(tmpdir(), 'qiyos-cli-srx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = runMain;

const sentenceCounts = (json: string): number[] => {
  const beads = (JSON.parse(json) as { beads: { cells: number[][] }[] }).beads;
  return [0, 1].map((c) => beads.reduce((n, b) => n + b.cells[c]!.length, 0));
};

describe('qiyos align --srx', () => {
  it('parses the option and refuses it with --presegmented', () => {
    expect(parseArgs(['align', 'a', 'b', '--srx', 'r.srx']).command).toMatchObject({ kind: 'align', srx: 'r.srx' });
    expect(parseArgs(['glossary', 'a', 'b', '--srx=r.srx']).command).toMatchObject({ kind: 'glossary', srx: 'r.srx' });
    expect(() => parseArgs(['align', 'a', 'b', '--srx'])).toThrow(UsageError);
    expect(() => parseArgs(['align', 'a', 'b', '--srx', 'r.srx', '--presegmented'])).toThrow(/do not go together/);
  });

  it('segments with the file’s rules: a break rule adds a sentence, a no-break rule removes one', async () => {
    const plain = await run(['align', UZ, EN, '--format', 'json', '-q']);
    expect(plain.code).toBe(0);
    const file = join(dir, 'rules.srx');
    writeFileSync(
      file,
      writeSrx({
        'uz-Cyrl': { abbreviations: [], rules: [{ break: true, before: 'ўсиб бормоқда,', after: '\\s' }] },
        en: { abbreviations: [], rules: [{ break: false, before: 'reached \\$4 billion\\.', after: '\\s' }] },
      }),
    );
    const ruled = await run(['align', UZ, EN, '--format', 'json', '-q', '--srx', file]);
    expect(ruled.code).toBe(0);
    const [uz, en] = sentenceCounts(plain.stdout);
    expect(sentenceCounts(ruled.stdout)).toEqual([uz! + 1, en! - 1]);
  });

  it('reports a bad SRX file with exit code 1, the file and the line', async () => {
    const bad = join(dir, 'bad.srx');
    writeFileSync(bad, '<?xml version="1.0"?>\n<srx version="2.0">\n<body><languagerules><languagerule languagerulename="x">\n<rule><beforebreak>(Dr</beforebreak></rule>\n</languagerule></languagerules></body></srx>');
    const r = await run(['align', UZ, EN, '--srx', bad]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^qiyos: not usable SRX: Line 4: <beforebreak>: invalid regular expression .*\(.*bad\.srx\)\n$/);
    expect((await run(['align', UZ, EN, '--srx', join(dir, 'none.srx')])).stderr).toMatch(/cannot read the SRX file: ENOENT/);
  });
});
