import { describe, expect, it } from 'vitest';
import { prepareDocument } from '../../../shared/pipeline';
import { RUSSIAN_CAPTION, SEED_FILES, readSeed, type SeedId } from './seeds';

describe('paragraphs in another language than their document', () => {
  it("finds seed 000's Russian photo caption, and its segment is the caption boilerplate", () => {
    const doc = prepareDocument(readSeed('000'));
    expect(doc.foreignParagraphs).toHaveLength(1);
    const [caption] = doc.foreignParagraphs;
    expect(caption).toMatchObject({ paragraph: 2, lang: 'ru' });
    expect(caption!.confidence).toBeGreaterThan(0.6);
    const segments = doc.segments.filter((s) => s.paragraph === caption!.paragraph);
    expect(segments).toEqual([expect.objectContaining({ text: RUSSIAN_CAPTION, kind: 'boilerplate', reason: 'caption' })]);
  });

  it.each((Object.keys(SEED_FILES) as SeedId[]).filter((id) => id !== '000'))('finds none in seed %s', (id) => {
    expect(prepareDocument(readSeed(id)).foreignParagraphs).toEqual([]);
  });

  it('follows the language the user chose, and is empty for presegmented input', () => {
    const text = 'Президенты провели переговоры в Астане в четверг.\nThe presidents held talks in Astana on Thursday.';
    expect(prepareDocument(text, { lang: 'en' }).foreignParagraphs).toEqual([{ paragraph: 0, lang: 'ru', confidence: expect.any(Number) }]);
    expect(prepareDocument(text, { lang: 'ru' }).foreignParagraphs).toEqual([{ paragraph: 1, lang: 'en', confidence: expect.any(Number) }]);
    expect(prepareDocument(text, { lang: 'ru', presegmented: true }).foreignParagraphs).toEqual([]);
  });

  it('keeps the paragraph breaks of pasted text (a textarea gives \\n, the clipboard of Windows \\r\\n)', () => {
    for (const br of ['\n', '\r\n', '\n\n']) {
      const doc = prepareDocument(`Bosh sahifa${br}Birinchi xatboshi bu yerda tugaydi${br}Ikkinchi xatboshi ham shunday`);
      expect(doc.segments.map((s) => s.paragraph)).toEqual([0, 1, 2]);
    }
  });

  it('reports segmentation progress and can be aborted through it', () => {
    const text = Array.from({ length: 5000 }, (_, i) => `Gap ${i + 1}.`).join('\n');
    const reports: number[] = [];
    prepareDocument(text, { onProgress: (p) => void reports.push(p.done) });
    expect(reports).toEqual([0, 2000, 4000, 5000]);
    expect(() => prepareDocument(text, { onProgress: () => { throw new Error('stop'); } })).toThrow('stop');
  });
});
