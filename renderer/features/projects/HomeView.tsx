import { TopBar } from '../../shell/TopBar';
import { RestoreBackupButton } from '../backup/RestoreBackupButton';
import { ImportTmxPanel } from '../tmxImport/ImportTmxPanel';
import { CreateProjectForm } from './CreateProjectForm';
import { ProjectList } from './ProjectList';

/** The start view: create a project or pick one to open. */
export function HomeView() {
  return (
    <>
      <TopBar>
        <h1 className="topbar__title">Projects</h1>
      </TopBar>
      <main className="page page--home" data-testid="home-view">
        <section className="card" aria-labelledby="new-project-heading">
          <h2 id="new-project-heading" className="card__title">
            New project
          </h2>
          <CreateProjectForm />
        </section>
        <section className="card" aria-labelledby="import-tmx-heading">
          <h2 id="import-tmx-heading" className="card__title">
            Import a translation memory or a backup
          </h2>
          <ImportTmxPanel />
          <div className="inline-form">
            <RestoreBackupButton />
            <p className="muted small">A project saved with “Back up” (one .qiyos.json file), from this or another machine.</p>
          </div>
        </section>
        <section className="card" aria-labelledby="projects-heading">
          <h2 id="projects-heading" className="card__title">
            Your projects
          </h2>
          <ProjectList />
        </section>
      </main>
    </>
  );
}
