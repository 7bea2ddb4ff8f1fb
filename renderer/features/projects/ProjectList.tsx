import { useProjects } from '../../db/hooks';
import { ProjectRow } from './ProjectRow';

/** All projects, most recently changed first. */
export function ProjectList() {
  const projects = useProjects();
  if (projects === undefined) return <p className="muted">Loading projects…</p>;
  if (projects.length === 0) {
    return (
      <p className="empty-state" data-testid="no-projects">
        No projects yet. Create one above, then add the news reports you want to align.
      </p>
    );
  }
  return (
    <table className="data-table" data-testid="project-list">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Languages</th>
          <th scope="col" className="num">
            Documents
          </th>
          <th scope="col" className="num">
            Aligned rows
          </th>
          <th scope="col">Last change</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
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
