import { useAlignmentView, useDocuments } from '../../db/hooks';
import { useT } from '../../i18n/useT';
import { AlignmentPanel } from '../alignment/AlignmentPanel';
import { DocumentsPanel } from '../documents/DocumentsPanel';
import { ExportButton } from '../export/ExportButton';
import { glossaryMessages } from '../glossary/messages';
import { messages as segmentationRulesMessages } from '../segmentationRules/messages';
import { projectMessages } from './messages';
import { ProjectPage } from './ProjectPage';

/** An open project: its documents on top, the alignment below. */
export function ProjectView({ projectId }: { projectId: number }) {
  const documents = useDocuments(projectId);
  const view = useAlignmentView(projectId);
  const t = useT(projectMessages);
  const tg = useT(glossaryMessages);
  const tr = useT(segmentationRulesMessages);

  return (
    <ProjectPage
      projectId={projectId}
      labels={{ loading: t('loading'), missing: t('missing'), back: t('backToProjects'), projects: t('projects') }}
      titleTestId="project-title"
      actions={
        <>
          <a className="button button--small topbar__link" href={`#/project/${projectId}/compare`} data-testid="open-compare" title={t('compareTitle')}>
            {t('compare')}
          </a>
          <a className="button button--small topbar__link" href={`#/project/${projectId}/glossary`} data-testid="open-glossary" title={tg('openGlossaryTitle')}>
            {tg('openGlossary')}
          </a>
          <a className="button button--small topbar__link" href={`#/project/${projectId}/segmentation`} data-testid="open-segmentation-rules-project">
            {tr('openRules')}
          </a>
        </>
      }
    >
      {(project) => (
        <main className="page page--project" data-testid="project-view">
          <DocumentsPanel projectId={projectId} documents={documents} />
          <AlignmentPanel projectId={projectId} documents={documents ?? []} view={view} actions={<ExportButton projectName={project.name} view={view} />} />
        </main>
      )}
    </ProjectPage>
  );
}
