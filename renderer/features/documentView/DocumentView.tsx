import { useRef } from 'react';
import type { DocumentSegmentsView } from '../../db/segmentRepository';
import type { ProjectRecord, Stored } from '../../db/types';
import { useT } from '../../i18n/useT';
import { useCommand } from '../../shell/commands';
import { isEditableTarget } from '../../shell/keys';
import { runHistoryCommand } from '../../shell/useHistoryCommands';
import { LanguageSelect } from '../documents/LanguageSelect';
import { useChangeDocumentLanguage } from '../documents/useChangeDocumentLanguage';
import { ProjectPage } from '../project/ProjectPage';
import { ForeignParagraphs } from './ForeignParagraphs';
import { messages } from './messages';
import { SegmentList, type SegmentListHandle } from './SegmentList';
import { useDocumentSegments } from './useDocumentSegments';
import { useForeignParagraphs } from './useForeignParagraphs';
import { useSegmentEditing } from './useSegmentEditing';

/**
 * One document of a project: its segments in order (boilerplate dimmed with its reason), the
 * paragraphs in another language, the language switch, and hand edits of the segmentation —
 * split, join, include or leave out — with undo.
 */
export function DocumentView({ projectId, documentId }: { projectId: number; documentId: number }) {
  const t = useT(messages);
  const data = useDocumentSegments(documentId);
  return (
    <ProjectPage
      projectId={projectId}
      labels={{ loading: t('loading'), missing: t('missing'), back: t('backToProject'), projects: t('projects') }}
      backHref={`#/project/${projectId}`}
      loading={data === undefined}
      missing={data === null || data?.document.projectId !== projectId}
      title={data?.document.title}
      titleTestId="document-view-title"
      projectLinkTestId="document-view-project"
    >
      {(project) => data && <DocumentPage projectId={projectId} project={project} data={data} />}
    </ProjectPage>
  );
}

/** Whether the focus is in a field that has its own text undo (a list box has none). */
function inTextField(): boolean {
  const active = document.activeElement;
  return isEditableTarget(active) && active?.tagName !== 'SELECT';
}

/** The document once it and its project are loaded. */
function DocumentPage({ projectId, project, data }: { projectId: number; project: Stored<ProjectRecord>; data: DocumentSegmentsView }) {
  const t = useT(messages);
  const { document: current, segments } = data;
  const editing = useSegmentEditing(current.id, current.segmentHistory);
  const language = useChangeDocumentLanguage();
  const list = useRef<SegmentListHandle>(null);
  // The Edit menu's Undo and Redo act on this document's stored segment edits while it is open;
  // in a text field (the split editor) they stay the field's own.
  useCommand('undo', () => void (inTextField() ? runHistoryCommand('undo') : editing.undo()));
  useCommand('redo', () => void (inTextField() ? runHistoryCommand('redo') : editing.redo()));
  const foreign = useForeignParagraphs(current, segments, project.segmentationRules);

  return (
    <main className="page page--document" data-testid="document-view">
      <section className="card document-view" aria-labelledby="document-view-heading">
        <div className="card__header">
          <h2 id="document-view-heading" className="card__title">
            {current.title} <span className="count" data-testid="document-view-count">{t('segmentCount', { count: segments.length })}</span>
          </h2>
          <div className="toolbar">
            <LanguageSelect value={current.lang} detected={current.detectedLang} disabled={language.pendingId === current.id} label={t('language')} onChange={(lang) => void language.change(current.id, lang)} />
            {language.pendingId === current.id && <span className="muted small"> {t('resegmenting')}</span>}
            <button type="button" className="button button--small" data-testid="document-undo" disabled={editing.undoLabel === null || editing.busy} title={editing.undoLabel ? t('undoTitle', { label: editing.undoLabel }) : t('nothingToUndo')} onClick={() => void editing.undo()}>
              {t('undo')}
            </button>
            <button type="button" className="button button--small" data-testid="document-redo" disabled={editing.redoLabel === null || editing.busy} title={editing.redoLabel ? t('redoTitle', { label: editing.redoLabel }) : t('nothingToRedo')} onClick={() => void editing.redo()}>
              {t('redo')}
            </button>
            <a className="button button--small" data-testid="open-segmentation-rules" href={`#/project/${projectId}/segmentation`}>
              {t('rulesLink')}
            </a>
          </div>
        </div>
        {data.alignmentId !== null && (
          <p className="notice small" data-testid="document-aligned-warning">
            {t('alignedWarning')}
          </p>
        )}
        <SegmentList ref={list} segments={segments} lang={current.lang} title={current.title} editing={editing} />
      </section>
      <ForeignParagraphs paragraphs={foreign} segments={segments} onJump={(index) => list.current?.jumpTo(index)} />
    </main>
  );
}
