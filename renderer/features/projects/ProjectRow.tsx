import { useEffect, useMemo, useRef, useState } from 'react';
import { dateTimeFormatter } from '../../common/formatDate';
import { LanguageBadge } from '../../common/LanguageBadge';
import type { ProjectSummary } from '../../db/repository';
import { useLocale } from '../../i18n/LocaleProvider';
import { useT } from '../../i18n/useT';
import { useRouter } from '../../shell/RouterProvider';
import { BackupProjectButton } from '../backup/BackupProjectButton';
import { projectsMessages } from './messages';
import { RenameProjectForm } from './RenameProjectForm';
import { useProjectActions } from './useProjectActions';

type Mode = 'view' | 'rename' | 'confirm-delete' | 'busy';

/** One project in the list (its name opens it), with rename, duplicate, back up and delete (after a confirmation, with Undo). */
export function ProjectRow({ project }: { project: ProjectSummary }) {
  const [mode, setMode] = useState<Mode>('view');
  const { navigate } = useRouter();
  const t = useT(projectsMessages);
  const { locale } = useLocale();
  const { duplicate, remove } = useProjectActions(project);
  const formatDate = useMemo(() => dateTimeFormatter(locale), [locale]);
  const open = () => navigate({ view: 'project', projectId: project.id });
  const deleteButton = useRef<HTMLButtonElement>(null);
  const keepButton = useRef<HTMLButtonElement>(null);

  // The confirmation replaces the focused Delete button: give the focus to its safe choice.
  useEffect(() => {
    if (mode === 'confirm-delete') keepButton.current?.focus();
  }, [mode]);

  /** "Keep": back to the row's actions, with the focus on Delete where it was. */
  function keep(): void {
    setMode('view');
    requestAnimationFrame(() => deleteButton.current?.focus());
  }

  async function run(action: () => Promise<unknown>): Promise<void> {
    setMode('busy');
    try {
      await action();
    } finally {
      setMode('view');
    }
  }

  return (
    <tr data-testid="project-row" data-project-id={project.id}>
      <td>
        {mode === 'rename' ? (
          <RenameProjectForm project={project} onDone={() => setMode('view')} />
        ) : (
          <button type="button" className="link-button project-name" data-testid="open-project" onClick={open}>
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
        {project.beadCount || <span className="muted">{t('notAligned')}</span>}
      </td>
      <td>
        <time dateTime={new Date(project.updatedAt).toISOString()}>{formatDate(project.updatedAt)}</time>
      </td>
      <td className="actions">
        {mode === 'confirm-delete' ? (
          <span
            className="confirm"
            role="group"
            aria-label={t('deleteGroup', { name: project.name })}
            onKeyDown={(event) => {
              if (event.key === 'Escape') keep();
            }}
          >
            <span>{t('deleteQuestion')}</span>
            <button type="button" className="button button--danger button--small" data-testid="confirm-delete-project" onClick={() => void run(remove)}>
              {t('delete')}
            </button>
            <button type="button" className="button button--small" data-testid="keep-project" ref={keepButton} onClick={keep}>
              {t('keep')}
            </button>
          </span>
        ) : (
          <span className="project-actions" role="group" aria-label={t('actionsFor', { name: project.name })}>
            <BackupProjectButton projectId={project.id} projectName={project.name} />
            <button type="button" className="button button--small" data-testid="rename-project" onClick={() => setMode('rename')} disabled={mode !== 'view'}>
              {t('rename')}
            </button>
            <button
              type="button"
              className="button button--small"
              data-testid="duplicate-project"
              title={t('duplicateTitle', { name: project.name })}
              disabled={mode !== 'view'}
              onClick={() => void run(duplicate)}
            >
              {t('duplicate')}
            </button>
            <button ref={deleteButton} type="button" className="button button--small button--quiet-danger" data-testid="delete-project" disabled={mode !== 'view'} onClick={() => setMode('confirm-delete')}>
              {t('delete')}
            </button>
          </span>
        )}
      </td>
    </tr>
  );
}
