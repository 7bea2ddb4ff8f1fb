/** The app's two views, kept in the URL hash so a reload stays where the user was. */
export type Route =
  | { view: 'home' }
  | { view: 'project'; projectId: number }
  /** Two documents of a project compared word by word; either may be unchosen yet. */
  | { view: 'compare'; projectId: number; left?: number; right?: number }
  /** The project's glossary: review queue, consistency check, import and export. */
  | { view: 'glossary'; projectId: number }
  /** One document's segments, for splitting, joining and leaving out. */
  | { view: 'document'; projectId: number; documentId: number }
  /** The project's own segmentation rules. */
  | { view: 'segmentation'; projectId: number };

export function parseRoute(hash: string): Route {
  const compare = /^#\/project\/(\d+)\/compare(?:\/(\d+)\/(\d+))?$/.exec(hash);
  if (compare) {
    const projectId = Number(compare[1]);
    return compare[2] === undefined ? { view: 'compare', projectId } : { view: 'compare', projectId, left: Number(compare[2]), right: Number(compare[3]) };
  }
  const glossary = /^#\/project\/(\d+)\/glossary$/.exec(hash);
  if (glossary) return { view: 'glossary', projectId: Number(glossary[1]) };
  const document = /^#\/project\/(\d+)\/document\/(\d+)$/.exec(hash);
  if (document) return { view: 'document', projectId: Number(document[1]), documentId: Number(document[2]) };
  const segmentation = /^#\/project\/(\d+)\/segmentation$/.exec(hash);
  if (segmentation) return { view: 'segmentation', projectId: Number(segmentation[1]) };
  const match = /^#\/project\/(\d+)$/.exec(hash);
  return match ? { view: 'project', projectId: Number(match[1]) } : { view: 'home' };
}

export function routeToHash(route: Route): string {
  if (route.view === 'compare') {
    const pair = route.left !== undefined && route.right !== undefined ? `/${route.left}/${route.right}` : '';
    return `#/project/${route.projectId}/compare${pair}`;
  }
  if (route.view === 'glossary') return `#/project/${route.projectId}/glossary`;
  if (route.view === 'document') return `#/project/${route.projectId}/document/${route.documentId}`;
  if (route.view === 'segmentation') return `#/project/${route.projectId}/segmentation`;
  return route.view === 'project' ? `#/project/${route.projectId}` : '#/';
}
