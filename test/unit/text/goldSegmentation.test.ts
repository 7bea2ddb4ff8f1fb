import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { SegmentKind } from '../../../shared/model';
import { prepareDocument } from '../../../shared/pipeline';
import { SEED_FILES, SEED_LANGS, readGold, readSeed, type SeedId } from './seeds';

/** test/fixtures/segmentation/<seed>.json: the segments of each seed, checked by hand sentence by sentence. */
interface GoldSegmentation {
  seed: SeedId;
  file: string;
  lang: string;
  checked: string;
  segments: { text: string; kind: SegmentKind; reason?: string }[];
}

const dir = fileURLToPath(new URL('../../fixtures/segmentation/', import.meta.url));
const readGoldSegmentation = (id: SeedId): GoldSegmentation => JSON.parse(readFileSync(`${dir}${id}.json`, 'utf8')) as GoldSegmentation;
const seedIds = Object.keys(SEED_FILES) as SeedId[];

describe('gold segmentations (test/fixtures/segmentation)', () => {
  it.each(seedIds)('seed %s is segmented exactly as checked by hand', (id) => {
    const gold = readGoldSegmentation(id);
    expect(gold.file).toBe(SEED_FILES[id]);
    const doc = prepareDocument(readSeed(id));
    expect(doc.lang).toBe(SEED_LANGS[id]);
    const got = doc.segments.map((s) => (s.reason === undefined ? { text: s.text, kind: s.kind } : { text: s.text, kind: s.kind, reason: s.reason }));
    expect(got).toEqual(gold.segments);
  });

  it('agrees with the reference sentence lists of seeds 000 and 002', () => {
    const reference = readGold();
    // The only difference: the scraper's "date …" prefix of seed 000 is a metadata segment of its own.
    const uz = readGoldSegmentation('000').segments.filter((s) => s.reason !== 'metadata').map((s) => s.text);
    expect(uz).toEqual(reference.src.sentences);
    expect(readGoldSegmentation('002').segments.map((s) => s.text)).toEqual(reference.tgt.sentences);
  });

  it('marks article text and boilerplate as the reference does for seed 000', () => {
    const kinds = readGoldSegmentation('000').segments.filter((s) => s.reason !== 'metadata').map((s) => s.kind === 'boilerplate');
    // Gold sentences 1–3 (timestamp, Russian caption, photo credit) and 5 (dateline) are page furniture.
    expect(kinds.flatMap((b, i) => (b ? [i] : []))).toEqual([1, 2, 3, 5]);
  });
});
