// The engine worker's glossary commands on real seeds: extraction with progress, cancel, and term anchors for align.
import { describe, expect, it } from 'vitest';
import type { Concept } from '../../../glossary/model';
import { alignDocuments } from '../../../shared/align/alignDocuments';
import type { Bead } from '../../../shared/model';
import { loadWorker, send } from '../renderer/workerHarness';
import { seed } from './seeds';

loadWorker();

describe('extractGlossary in the engine worker', () => {
  it('extracts the seeds’ concepts with progress reports, then one result', () => {
    const documents = [seed('000'), seed('002')];
    const beads = alignDocuments(documents);
    const responses = send({ id: 501, type: 'run', command: 'extractGlossary', args: { documents, beads } });
    const phases = responses.filter((r) => r.type === 'progress').map((r) => (r.type === 'progress' ? r.progress.phase : ''));
    expect(phases).toContain('extract');
    expect(phases.at(-1)).toBe('link');
    const last = responses.at(-1)!;
    expect(last.type).toBe('result');
    const { concepts } = (last as { result: { concepts: Concept[] } }).result;
    expect(concepts.some((c) => c.terms['uz-Cyrl']?.[0]?.text === 'Шавкат Мирзиёев' && c.terms.en?.[0]?.text === 'Shavkat Mirziyoyev')).toBe(true);
  });

  it('stops at its first progress report when cancelled', () => {
    const documents = [seed('000'), seed('002')];
    send({ id: 502, type: 'cancel' });
    const responses = send({ id: 502, type: 'run', command: 'extractGlossary', args: { documents, beads: [] } });
    expect(responses).toEqual([{ id: 502, type: 'error', message: 'Cancelled', cancelled: true }]);
  });

  it('passes approved terms to the aligner as anchors', () => {
    const sentences = (texts: string[]) => texts.map((text) => ({ text, kind: 'sentence' as const }));
    const documents = [
      { lang: 'uz-Cyrl', segments: sentences(['Мажлис узоқ давом этди.', 'Ҳукуматлараро комиссия йиғилди.']) },
      { lang: 'en', segments: sentences(['The intergovernmental commission met for a long time.']) },
    ];
    const cells = (id: number, terms?: { terms: string[] }[]) =>
      (send({ id, type: 'run', command: 'align', args: { documents, ...(terms ? { terms } : {}) } }).at(-1) as { result: { beads: Bead[] } }).result.beads.map((b) => b.cells);
    // Without the glossary the English sentence finds no partner; the approved term pairs it with the commission's sentence.
    expect(cells(503)).toEqual([[[], [0]], [[0], []], [[1], []]]);
    expect(cells(504, [{ terms: ['Ҳукуматлараро комиссия', 'intergovernmental commission'] }])).toEqual([[[0], []], [[1], [0]]]);
  });
});
