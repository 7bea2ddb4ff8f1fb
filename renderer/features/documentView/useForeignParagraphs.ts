import { useEffect, useMemo, useState } from 'react';
import type { ForeignParagraph } from '../../../shared/pipeline';
import { paragraphIndexer } from '../../../shared/text/segment';
import type { SegmentationRules } from '../../../shared/text/segmentationRules';
import { runEngine } from '../../engine/engineClient';
import type { DocumentRecord, SegmentRecord, Stored } from '../../db/types';

/** A paragraph in another language, with the first segment it holds (where "Show" jumps to). */
export interface ForeignParagraphAt extends ForeignParagraph {
  segmentIndex: number;
}

/**
 * The document's paragraphs in another language than its own (seed 000's Russian photo caption),
 * found by the engine worker; `undefined` while it looks.
 */
export function useForeignParagraphs(doc: Stored<DocumentRecord> | undefined, segments: Stored<SegmentRecord>[] | undefined, rules: SegmentationRules | undefined): ForeignParagraphAt[] | undefined {
  const [found, setFound] = useState<{ key: string; paragraphs: ForeignParagraph[] } | undefined>();
  // Live records come back as new objects after every write; compare the rules by value.
  const rulesKey = JSON.stringify(rules ?? {});
  const key = doc ? `${doc.id}:${doc.lang}:${doc.originalText.length}:${rulesKey}` : '';
  const text = doc?.originalText;
  const lang = doc?.lang;
  useEffect(() => {
    if (text === undefined || lang === undefined) return;
    const controller = new AbortController();
    const parsed = JSON.parse(rulesKey) as SegmentationRules;
    runEngine('prepare', { text, lang, rules: parsed }, { signal: controller.signal }).then(
      (prepared) => setFound({ key, paragraphs: prepared.foreignParagraphs }),
      () => setFound({ key, paragraphs: [] }),
    );
    return () => controller.abort();
  }, [key, text, lang, rulesKey]);

  return useMemo(() => {
    if (found === undefined || found.key !== key || text === undefined || segments === undefined) return undefined;
    const paragraphOf = paragraphIndexer(text);
    const firstSegment = new Map<number, number>();
    segments.forEach((s, k) => {
      if (s.start < 0) return;
      const p = paragraphOf(s.start);
      if (!firstSegment.has(p)) firstSegment.set(p, k);
    });
    return found.paragraphs.map((p) => ({ ...p, segmentIndex: firstSegment.get(p.paragraph) ?? -1 }));
  }, [found, key, text, segments]);
}
