import { useAlignmentView, useDocuments, useProject } from '../../db/hooks';
import { TopBar } from '../../shell/TopBar';
import { AlignmentPanel } from '../alignment/AlignmentPanel';
import { DocumentsPanel } from '../documents/DocumentsPanel';
import { ExportButton } from '../export/ExportButton';

/** An open project: its documents on top, the alignment below. */
export function ProjectView({ projectId }: { projectId: number }) {
  const project = useProject(projectId);
  const documents = useDocuments(projectId);
  const view = useAlignmentView(projectId);

  if (project === undefined) return <p className="page muted">Loading project…</p>;
  if (project === null) {
    return (
      <>
        <TopBar />
        <main className="page">
          <p className="empty-state" role="alert">
            This project does not exist any more. <a href="#/">Back to projects</a>
          </p>
        </main>
      </>
    );
  }

  return (
    <>
      <TopBar>
        <nav className="breadcrumb" aria-label="Breadcrumb">
          <a href="#/">Projects</a>
          <span aria-hidden="true">/</span>
          <h1 className="topbar__title" data-testid="project-title">
            {project.name}
          </h1>
        </nav>
      </TopBar>
      <main className="page page--project" data-testid="project-view">
        <DocumentsPanel projectId={projectId} documents={documents} />
        <AlignmentPanel projectId={projectId} documents={documents ?? []} view={view} actions={<ExportButton projectName={project.name} view={view} />} />
      </main>
    </>
  );
}
