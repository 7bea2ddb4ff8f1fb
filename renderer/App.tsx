import { LocaleProvider } from './i18n/LocaleProvider';
import { HomeView } from './features/projects/HomeView';
import { ProjectView } from './features/project/ProjectView';
import { AppCommands } from './shell/AppCommands';
import { ErrorBoundary } from './shell/ErrorBoundary';
import { NotificationArea } from './shell/NotificationArea';
import { NotificationsProvider } from './shell/NotificationsProvider';
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
  if (route.view === 'project') {
    return (
      <ErrorBoundary area="the project view" resetKey={`project-${route.projectId}`}>
        <ProjectView key={route.projectId} projectId={route.projectId} />
      </ErrorBoundary>
    );
  }
  return (
    <ErrorBoundary area="the project list" resetKey="home">
      <HomeView />
    </ErrorBoundary>
  );
}
