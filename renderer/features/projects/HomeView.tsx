import { useT } from '../../i18n/useT';
import { TopBar } from '../../shell/TopBar';
import { BackupAllButton } from '../backup/BackupAllButton';
import { RestoreBackupButton } from '../backup/RestoreBackupButton';
import { SampleProjectCard } from '../sample/SampleProjectCard';
import { ImportTmxPanel } from '../tmxImport/ImportTmxPanel';
import { CreateProjectForm } from './CreateProjectForm';
import { projectsMessages } from './messages';
import { ProjectList } from './ProjectList';

/** The start view: create a project or pick one to open. */
export function HomeView() {
  const t = useT(projectsMessages);
  return (
    <>
      <TopBar>
        <h1 className="topbar__title">{t('title')}</h1>
      </TopBar>
      <main className="page page--home" data-testid="home-view">
        <section className="card" aria-labelledby="new-project-heading">
          <h2 id="new-project-heading" className="card__title">
            {t('newProject')}
          </h2>
          <CreateProjectForm />
        </section>
        <SampleProjectCard />
        <section className="card" aria-labelledby="import-tmx-heading">
          <h2 id="import-tmx-heading" className="card__title">
            {t('importHeading')}
          </h2>
          <ImportTmxPanel />
          <div className="inline-form">
            <RestoreBackupButton />
            <BackupAllButton />
            <p className="muted small">{t('restoreHint')}</p>
          </div>
        </section>
        <section className="card" aria-labelledby="projects-heading">
          <h2 id="projects-heading" className="card__title">
            {t('yourProjects')}
          </h2>
          <ProjectList />
        </section>
      </main>
    </>
  );
}
