import { useCallback, useState } from 'react';
import type { AlignDocumentInput } from '../../../shared/align/alignDocuments';
import type { Progress } from '../../../shared/model';
import { validateRules, type SegmentationRules } from '../../../shared/text/segmentationRules';
import { segmentRepository, segmentsChanged, type ResegmentedDocument } from '../../db/segmentRepository';
import { runEngine } from '../../engine/engineClient';
import { carryConfirmed } from './carryConfirmed';

export interface ResegmentOutcome {
  /** Documents whose segments changed. */
  changed: number;
  /** Whether the alignment's unconfirmed rows were aligned again. */
  realigned: boolean;
  /** Confirmed rows kept / confirmed rows before. */
  keptConfirmed: number;
  confirmedBefore: number;
}

/**
 * Saves a project's segmentation rules: segments every document again with them in the engine
 * worker, keeps the confirmed alignment rows whose sentences did not change and aligns the rest
 * again around them, then stores rules, segments and rows in one transaction.
 */
export function useResegmentProject(projectId: number): { save: (rules: SegmentationRules) => Promise<ResegmentOutcome>; progress: Progress | null; busy: boolean } {
  const [progress, setProgress] = useState<Progress | null>(null);
  const [busy, setBusy] = useState(false);

  const save = useCallback(
    async (draft: SegmentationRules): Promise<ResegmentOutcome> => {
      setBusy(true);
      try {
        const rules = validateRules(draft);
        const input = await segmentRepository.loadResegmentInput(projectId);
        const after = new Map<number, ResegmentedDocument['segments']>();
        const changed: ResegmentedDocument[] = [];
        for (const [k, doc] of input.documents.entries()) {
          setProgress({ phase: 'segment', done: k, total: input.documents.length });
          const prepared = await runEngine('prepare', { text: doc.originalText, lang: doc.lang, rules });
          const segments = prepared.segments.map(({ text, kind, start, reason }) => (reason === undefined ? { text, kind, start } : { text, kind, start, reason }));
          after.set(doc.id, segments);
          if (segmentsChanged(doc.segments, segments)) changed.push({ documentId: doc.id, segments });
        }
        const alignment = input.alignment;
        const confirmedBefore = alignment?.confirmed.length ?? 0;
        const touchesAlignment = alignment !== null && changed.some((c) => alignment.columns.includes(c.documentId));
        if (!alignment || !touchesAlignment) {
          await segmentRepository.applyResegmentation(projectId, rules, changed);
          return { changed: changed.length, realigned: false, keptConfirmed: confirmedBefore, confirmedBefore };
        }
        const byId = new Map(input.documents.map((d) => [d.id, d]));
        const beforeColumns = alignment.columns.map((id) => byId.get(id)!.segments);
        const afterColumns = alignment.columns.map((id) => after.get(id)!);
        const fixed = carryConfirmed(alignment.confirmed, beforeColumns, afterColumns);
        const documents: AlignDocumentInput[] = alignment.columns.map((id, c) => ({ lang: byId.get(id)!.lang, segments: afterColumns[c]!.map(({ text, kind }) => ({ text, kind })) }));
        const { beads } = await runEngine('align', { documents, fixed }, { onProgress: setProgress });
        await segmentRepository.applyResegmentation(projectId, rules, changed, { id: alignment.id, version: alignment.version, beads, confirmed: fixed });
        return { changed: changed.length, realigned: true, keptConfirmed: fixed.length, confirmedBefore };
      } finally {
        setBusy(false);
        setProgress(null);
      }
    },
    [projectId],
  );

  return { save, progress, busy };
}
