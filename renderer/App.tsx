import { LocaleProvider } from './i18n/LocaleProvider';
import { useT } from './i18n/useT';
import { CompareView } from './features/compare/CompareView';
import { GlossaryView } from './features/glossary/GlossaryView';
import { HomeView } from './features/projects/HomeView';
import { DocumentView } from './features/documentView/DocumentView';
import { SegmentationRulesView } from './features/segmentationRules/SegmentationRulesView';
import { ProjectView } from './features/project/ProjectView';
import { AppCommands } from './shell/AppCommands';
import { ErrorBoundary } from './shell/ErrorBoundary';
import { NotificationArea } from './shell/NotificationArea';
import { NotificationsProvider } from './shell/NotificationsProvider';
import { shellMessages } from './shell/messages';
import { RouterProvider, useRouter } from './shell/RouterProvider';
import { WindowDropGuard } from './shell/WindowDropGuard';

/** Providers and routes only. */
export function App() {
  return (
    <LocaleProvider>
      <NotificationsProvider>
        <RouterProvider>
          <div className="app">
            <Routes />
            <NotificationArea />
            <WindowDropGuard />
            <AppCommands />
          </div>
        </RouterProvider>
      </NotificationsProvider>
    </LocaleProvider>
  );
}

function Routes() {
  const { route } = useRouter();
  const t = useT(shellMessages);
  if (route.view === 'compare') {
    return (
      <ErrorBoundary area={t('areaCompareView')} resetKey={`compare-${route.projectId}`}>
        <CompareView key={route.projectId} projectId={route.projectId} left={route.left} right={route.right} />
      </ErrorBoundary>
    );
  }
  if (route.view === 'glossary') {
    return (
      <ErrorBoundary area={t('areaProjectView')} resetKey={`glossary-${route.projectId}`}>
        <GlossaryView key={route.projectId} projectId={route.projectId} />
      </ErrorBoundary>
    );
  }
  if (route.view === 'document') {
    return (
      <ErrorBoundary area={t('areaProjectView')} resetKey={`document-${route.documentId}`}>
        <DocumentView key={route.documentId} projectId={route.projectId} documentId={route.documentId} />
      </ErrorBoundary>
    );
  }
  if (route.view === 'segmentation') {
    return (
      <ErrorBoundary area={t('areaProjectView')} resetKey={`segmentation-${route.projectId}`}>
        <SegmentationRulesView key={route.projectId} projectId={route.projectId} />
      </ErrorBoundary>
    );
  }
  if (route.view === 'project') {
    return (
      <ErrorBoundary area={t('areaProjectView')} resetKey={`project-${route.projectId}`}>
        <ProjectView key={route.projectId} projectId={route.projectId} />
      </ErrorBoundary>
    );
  }
  return (
    <ErrorBoundary area={t('areaProjectList')} resetKey="home">
      <HomeView />
    </ErrorBoundary>
  );
}
