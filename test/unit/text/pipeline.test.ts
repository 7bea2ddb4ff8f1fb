import { describe, expect, it } from 'vitest';
import { prepareDocument } from '../../../shared/pipeline';
import { readGold, readSeed } from './seeds';

describe('prepareDocument', () => {
  it('detects the language and segments the document', () => {
    const doc = prepareDocument(readSeed('000'));
    expect(doc.lang).toBe('uz-Cyrl');
    expect(doc.detected.lang).toBe('uz-Cyrl');
    expect(doc.segments.filter((s) => s.reason !== 'metadata').map((s) => s.text)).toEqual(readGold().src.sentences);
    expect(doc.segments.find((s) => s.text.startsWith('Официальные'))?.reason).toBe('caption');
  });

  it('uses the language it is given and still reports what it detected', () => {
    const doc = prepareDocument(readSeed('000'), { lang: 'ru' });
    expect(doc.lang).toBe('ru');
    expect(doc.detected.lang).toBe('uz-Cyrl');
    // In a document declared Russian the Russian caption is no longer in another language.
    expect(doc.segments.find((s) => s.text.startsWith('Официальные'))?.kind).toBe('heading');
  });

  it('keeps pre-segmented lines as they are', () => {
    const gold = readGold();
    const doc = prepareDocument(gold.tgt.sentences.join('\r\n'), { presegmented: true });
    expect(doc.lang).toBe('en');
    expect(doc.segments.map((s) => s.text)).toEqual(gold.tgt.sentences);
    expect(doc.segments.every((s) => s.kind === 'sentence')).toBe(true);
  });
});
