import { useState, type FormEvent } from 'react';
import { repository, type ProjectSummary } from '../../db/repository';
import { useT } from '../../i18n/useT';
import { useErrorMessage, useNotifications } from '../../shell/NotificationsProvider';
import { projectsMessages } from './messages';

/** Inline rename: Enter saves, Escape cancels. */
export function RenameProjectForm({ project, onDone }: { project: ProjectSummary; onDone: () => void }) {
  const [name, setName] = useState(project.name);
  const { notify } = useNotifications();
  const t = useT(projectsMessages);
  const errorMessage = useErrorMessage();

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    try {
      if (name.trim() && name.trim() !== project.name) await repository.renameProject(project.id, name);
      onDone();
    } catch (error) {
      notify('error', t('renameFailed', { error: errorMessage(error) }));
    }
  }

  return (
    <form className="inline-form inline-form--tight" onSubmit={(e) => void submit(e)}>
      <input
        className="input input--small"
        aria-label={t('newName')}
        data-testid="rename-project-input"
        value={name}
        autoFocus
        maxLength={200}
        onChange={(e) => setName(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') onDone();
        }}
      />
      <button type="submit" className="button button--small button--primary" disabled={!name.trim()}>
        {t('save')}
      </button>
      <button type="button" className="button button--small" onClick={onDone}>
        {t('cancel')}
      </button>
    </form>
  );
}
