/** Real seed documents (000 uz-Cyrl, 002 en) with their gold sentences, for renderer unit tests. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Bead } from '../../../shared/model';
import type { NewDocument } from '../../../renderer/db/repository';

const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url));

interface Gold {
  src: { lang: string; file: string; sentences: string[] };
  tgt: { lang: string; file: string; sentences: string[] };
  sure: [number[], number[]][];
}

export const gold: Gold = JSON.parse(readFileSync(`${fixtures}seed-000-uzCyrl__002-en.json`, 'utf8'));

const BOILERPLATE = /^(\d{1,2}:\d{2}|©|–0–)/;

function documentFrom(side: Gold['src'], title: string): NewDocument {
  const originalText = readFileSync(`${fixtures}${side.file}`, 'utf8');
  let cursor = 0;
  const segments = side.sentences.map((text) => {
    const start = originalText.indexOf(text, cursor);
    if (start >= 0) cursor = start + text.length;
    return BOILERPLATE.test(text) ? { text, kind: 'boilerplate' as const, start, reason: 'timestamp/credit' } : { text, kind: 'sentence' as const, start };
  });
  return { title, fileName: side.file, originalText, lang: side.lang, detectedLang: side.lang, segments };
}

export const uzDocument = (): NewDocument => documentFrom(gold.src, 'Sputnik (uz)');
export const enDocument = (): NewDocument => documentFrom(gold.tgt, 'Xinhua (en)');

/** The gold sure beads, with every other sentence in a singleton bead, in document order. */
export function goldBeads(): Bead[] {
  const beads: Bead[] = [];
  let a = 0;
  let b = 0;
  const flushTo = (endA: number, endB: number): void => {
    for (; a < endA; a++) beads.push({ cells: [[a], []], score: 0.1 });
    for (; b < endB; b++) beads.push({ cells: [[], [b]], score: 0.1 });
  };
  for (const [src, tgt] of gold.sure) {
    flushTo(src[0]!, tgt[0]!);
    beads.push({ cells: [src, tgt], score: 0.9 });
    a = src[src.length - 1]! + 1;
    b = tgt[tgt.length - 1]! + 1;
  }
  flushTo(gold.src.sentences.length, gold.tgt.sentences.length);
  return beads;
}
