import type { ReactNode } from 'react';
import { useProject } from '../../db/hooks';
import type { ProjectRecord, Stored } from '../../db/types';
import { useT } from '../../i18n/useT';
import { TopBar } from '../../shell/TopBar';
import { projectMessages } from './messages';

/** The frame's texts, from the view's own catalog (each view words its loading state its own way). */
export interface ProjectPageLabels {
  loading: string;
  missing: string;
  /** The link shown with `missing`. */
  back: string;
  /** The first crumb. */
  projects: string;
}

interface Props {
  projectId: number;
  labels: ProjectPageLabels;
  /** Where the `back` link goes; the project list by default. */
  backHref?: string;
  /** The current view's name, the last crumb; without it the project's name is the page title. */
  title?: ReactNode;
  titleTestId?: string;
  projectLinkTestId?: string;
  /** The view's own data is still loading. */
  loading?: boolean;
  /** The view's own subject (a document, say) is gone though the project is there. */
  missing?: boolean;
  /** Links or buttons in the top bar after the breadcrumb. */
  actions?: ReactNode;
  /** The page's `<main>`, once the project is loaded. */
  children: (project: Stored<ProjectRecord>) => ReactNode;
}

/**
 * The frame every view of one project shares: it loads the project, shows the loading and
 * "does not exist any more" states, and the top bar with the breadcrumb Projects / project / view.
 */
export function ProjectPage({ projectId, labels, backHref = '#/', title, titleTestId, projectLinkTestId, loading, missing, actions, children }: Props) {
  const t = useT(projectMessages);
  const project = useProject(projectId);

  if (project === undefined || loading) return <p className="page muted">{labels.loading}</p>;
  if (project === null || missing) {
    return (
      <>
        <TopBar />
        <main className="page">
          <p className="empty-state" role="alert">
            {labels.missing} <a href={backHref}>{labels.back}</a>
          </p>
        </main>
      </>
    );
  }

  return (
    <>
      <TopBar>
        <nav className="breadcrumb" aria-label={t('breadcrumb')}>
          <a href="#/">{labels.projects}</a>
          <span aria-hidden="true">/</span>
          {title === undefined ? (
            <h1 className="topbar__title" data-testid={titleTestId}>
              {project.name}
            </h1>
          ) : (
            <>
              <a href={`#/project/${projectId}`} data-testid={projectLinkTestId}>
                {project.name}
              </a>
              <span aria-hidden="true">/</span>
              <h1 className="topbar__title" data-testid={titleTestId}>
                {title}
              </h1>
            </>
          )}
        </nav>
        {actions}
      </TopBar>
      {children(project)}
    </>
  );
}
