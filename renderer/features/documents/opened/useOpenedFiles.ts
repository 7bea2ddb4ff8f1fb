import { errorText, formatErrorText, type ErrorText } from '../../../../shared/i18n/localizeError';
import type { UiLocale } from '../../../../shared/i18n/locales';
import { repository } from '../../../db/repository';
import { useLocale } from '../../../i18n/LocaleProvider';
import { useT } from '../../../i18n/useT';
import { useCommand } from '../../../shell/commands';
import { useErrorMessage, useNotifications } from '../../../shell/NotificationsProvider';
import { useRouter } from '../../../shell/RouterProvider';
import { openedDocumentsMessages } from './messages';
import { openedFilesInbox } from './openedFiles';

/** A project name for files opened with no project open: the first file's name without its extension. */
export function projectNameForFiles(names: readonly string[]): string {
  const first = names[0]?.replace(/\.[^.]+$/, '').trim();
  return first || 'Opened documents';
}

/** What main says about a file it could not open (an id and values), in the UI language. */
export function openedProblemMessage(problem: ErrorText, locale: UiLocale): string {
  return formatErrorText(problem, locale) ?? formatErrorText(errorText('generic'), locale)!;
}

/**
 * Files opened from outside the app (the `open-files` command main sends): imported into the open
 * project, or into a new project named after the first file when none is open. Mounted once by the shell.
 */
export function useOpenedFiles(): void {
  const { route, navigate } = useRouter();
  const { notify } = useNotifications();
  const t = useT(openedDocumentsMessages);
  const errorMessage = useErrorMessage();
  const { locale } = useLocale();
  const openProjectId = route.view === 'project' ? route.projectId : null;

  useCommand('open-files', async ({ files, problems }) => {
    for (const problem of problems) notify('error', openedProblemMessage(problem, locale));
    if (files.length === 0) return;
    try {
      let projectId = openProjectId;
      if (projectId === null || !(await repository.getProject(projectId))) {
        projectId = await repository.createProject(projectNameForFiles(files.map((f) => f.name)));
        notify('info', t('newProject', { count: files.length }));
      }
      openedFilesInbox.deliver(projectId, files);
      navigate({ view: 'project', projectId });
    } catch (error) {
      notify('error', t('failed', { error: errorMessage(error) }));
    }
  });
}
