/** The app's two views, kept in the URL hash so a reload stays where the user was. */
export type Route = { view: 'home' } | { view: 'project'; projectId: number };

export function parseRoute(hash: string): Route {
  const match = /^#\/project\/(\d+)$/.exec(hash);
  return match ? { view: 'project', projectId: Number(match[1]) } : { view: 'home' };
}

export function routeToHash(route: Route): string {
  return route.view === 'project' ? `#/project/${route.projectId}` : '#/';
}
