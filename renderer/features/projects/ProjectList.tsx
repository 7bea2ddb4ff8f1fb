import { useProjects } from '../../db/hooks';
import { useT } from '../../i18n/useT';
import { projectsMessages } from './messages';
import { ProjectRow } from './ProjectRow';

/** All projects, most recently changed first. */
export function ProjectList() {
  const projects = useProjects();
  const t = useT(projectsMessages);
  if (projects === undefined) return <p className="muted">{t('loadingProjects')}</p>;
  if (projects.length === 0) {
    return (
      <p className="empty-state" data-testid="no-projects">
        {t('noProjects')}
      </p>
    );
  }
  return (
    <table className="data-table" data-testid="project-list">
      <thead>
        <tr>
          <th scope="col">{t('colName')}</th>
          <th scope="col">{t('colLanguages')}</th>
          <th scope="col" className="num">
            {t('colDocuments')}
          </th>
          <th scope="col" className="num">
            {t('colRows')}
          </th>
          <th scope="col">{t('colChanged')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('colActions')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {projects.map((project) => (
          <ProjectRow key={project.id} project={project} />
        ))}
      </tbody>
    </table>
  );
}
