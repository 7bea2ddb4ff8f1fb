import { useState } from 'react';
import { LanguageBadge } from '../../common/LanguageBadge';
import { formatDateTime } from '../../common/formatDate';
import { repository, type ProjectSummary } from '../../db/repository';
import { errorMessage, useNotifications } from '../../shell/NotificationsProvider';
import { useRouter } from '../../shell/RouterProvider';
import { BackupProjectButton } from '../backup/BackupProjectButton';
import { RenameProjectForm } from './RenameProjectForm';

type Mode = 'view' | 'rename' | 'confirm-delete';

/** One project in the list, with open, rename and delete (after a confirmation). */
export function ProjectRow({ project }: { project: ProjectSummary }) {
  const [mode, setMode] = useState<Mode>('view');
  const { navigate } = useRouter();
  const { notify } = useNotifications();

  async function remove(): Promise<void> {
    try {
      await repository.deleteProject(project.id);
      notify('info', `Deleted "${project.name}".`);
    } catch (error) {
      notify('error', `Could not delete the project: ${errorMessage(error)}`);
      setMode('view');
    }
  }

  return (
    <tr data-testid="project-row" data-project-id={project.id}>
      <td>
        {mode === 'rename' ? (
          <RenameProjectForm project={project} onDone={() => setMode('view')} />
        ) : (
          <button type="button" className="link-button project-name" data-testid="open-project" onClick={() => navigate({ view: 'project', projectId: project.id })}>
            {project.name}
          </button>
        )}
      </td>
      <td>
        <span className="badge-list" data-testid="project-languages">
          {project.languages.length ? project.languages.map((lang) => <LanguageBadge key={lang} lang={lang} />) : <span className="muted">—</span>}
        </span>
      </td>
      <td className="num" data-testid="project-document-count">
        {project.documentCount}
      </td>
      <td className="num" data-testid="project-bead-count">
        {project.beadCount || <span className="muted">not aligned</span>}
      </td>
      <td>{formatDateTime(project.updatedAt)}</td>
      <td className="actions">
        {mode === 'confirm-delete' ? (
          <span className="confirm" role="group" aria-label={`Delete ${project.name}?`}>
            <span>Delete with all its documents?</span>
            <button type="button" className="button button--danger button--small" data-testid="confirm-delete-project" onClick={() => void remove()}>
              Delete
            </button>
            <button type="button" className="button button--small" onClick={() => setMode('view')}>
              Keep
            </button>
          </span>
        ) : (
          <>
            <button type="button" className="button button--small" onClick={() => navigate({ view: 'project', projectId: project.id })}>
              Open
            </button>
            <BackupProjectButton projectId={project.id} projectName={project.name} />
            <button type="button" className="button button--small" data-testid="rename-project" onClick={() => setMode('rename')} disabled={mode === 'rename'}>
              Rename
            </button>
            <button type="button" className="button button--small button--quiet-danger" data-testid="delete-project" onClick={() => setMode('confirm-delete')}>
              Delete
            </button>
          </>
        )}
      </td>
    </tr>
  );
}
