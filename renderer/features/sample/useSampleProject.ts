import { useCallback, useEffect, useRef, useState } from 'react';
import type { NewDocument } from '../../db/repository';
import { repository } from '../../db/repository';
import { isCancelled, runEngine } from '../../engine/engineClient';
import { useT } from '../../i18n/useT';
import { useErrorMessage, useNotifications } from '../../shell/NotificationsProvider';
import { useRouter } from '../../shell/RouterProvider';
import { newDocumentFrom } from '../documents/newDocument';
import { sampleMessages } from './messages';
import { SAMPLE_TEXTS } from './sampleTexts';

/** Where the build is: reading file `done` of `total`, aligning (percent), or saving. */
export type SampleStep = { step: 'reading'; file: string; done: number; total: number } | { step: 'aligning'; percent: number | null } | { step: 'saving' };

/**
 * Builds the sample project: the bundled texts go through the normal import path in the engine
 * worker, are aligned there with progress, and are stored as one project in one transaction (a
 * cancel or an error stores nothing); then the project opens.
 */
export function useSampleProject() {
  const t = useT(sampleMessages);
  const errorMessage = useErrorMessage();
  const { notify } = useNotifications();
  const { navigate } = useRouter();
  const [step, setStep] = useState<SampleStep | null>(null);
  const controller = useRef<AbortController | null>(null);

  const cancel = useCallback(() => controller.current?.abort(), []);
  useEffect(() => cancel, [cancel]);

  const build = useCallback(async () => {
    if (controller.current) return;
    const own = new AbortController();
    controller.current = own;
    const signal = own.signal;
    try {
      const documents: NewDocument[] = [];
      for (const [index, sample] of SAMPLE_TEXTS.entries()) {
        setStep({ step: 'reading', file: sample.fileName, done: index + 1, total: SAMPLE_TEXTS.length });
        const bytes = new TextEncoder().encode(sample.text);
        const { imported, prepared } = await runEngine('import', { bytes, fileName: sample.fileName }, { signal });
        documents.push(newDocumentFrom(imported, prepared, { title: t(sample.titleKey), fileName: sample.fileName, bytes }));
      }
      setStep({ step: 'aligning', percent: null });
      const { beads } = await runEngine(
        'align',
        { documents: documents.map((d) => ({ lang: d.lang, segments: d.segments.map((s) => ({ text: s.text, kind: s.kind })) })) },
        { signal, onProgress: (p) => setStep({ step: 'aligning', percent: p.total > 0 ? Math.round((100 * p.done) / p.total) : null }) },
      );
      setStep({ step: 'saving' });
      const projectId = await repository.importProject(
        t('projectName'),
        documents,
        beads.map((bead) => ({ cells: bead.cells, score: bead.score, status: 'auto' as const })),
      );
      notify('success', t('built', { rows: beads.length }));
      navigate({ view: 'project', projectId });
    } catch (error) {
      if (isCancelled(error)) notify('info', t('cancelled'));
      else notify('error', t('failed', { error: errorMessage(error) }));
    } finally {
      controller.current = null;
      setStep(null);
    }
  }, [errorMessage, navigate, notify, t]);

  return { build, cancel, step };
}
