import { useRef, useState, type FormEvent } from 'react';
import { repository } from '../../db/repository';
import { useT } from '../../i18n/useT';
import { useRouter } from '../../shell/RouterProvider';
import { useFocusTarget } from '../../shell/focusRequest';
import { useErrorMessage, useNotifications } from '../../shell/NotificationsProvider';
import { projectsMessages } from './messages';

/** Name input and button; opens the new project right away. */
export function CreateProjectForm() {
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const { navigate } = useRouter();
  const { notify } = useNotifications();
  const input = useRef<HTMLInputElement>(null);
  const t = useT(projectsMessages);
  const errorMessage = useErrorMessage();
  useFocusTarget('new-project-name', input);

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault();
    if (!name.trim()) return;
    setBusy(true);
    try {
      const projectId = await repository.createProject(name);
      setName('');
      navigate({ view: 'project', projectId });
    } catch (error) {
      notify('error', t('createFailed', { error: errorMessage(error) }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="inline-form" onSubmit={(e) => void submit(e)}>
      <label className="field">
        <span className="field__label">{t('projectName')}</span>
        <input
          ref={input}
          className="input"
          data-testid="new-project-name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder={t('projectNamePlaceholder')}
          maxLength={200}
        />
      </label>
      <button type="submit" className="button button--primary" data-testid="create-project" disabled={busy || !name.trim()}>
        {t('createProject')}
      </button>
    </form>
  );
}
