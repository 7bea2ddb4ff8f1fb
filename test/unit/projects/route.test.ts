import { describe, expect, it } from 'vitest';
import { parseRoute, routeToHash, type Route } from '../../../renderer/shell/route';

describe('routes', () => {
  it('keep the compare view and its pair of documents in the hash', () => {
    const routes: Route[] = [{ view: 'home' }, { view: 'project', projectId: 7 }, { view: 'compare', projectId: 7 }, { view: 'compare', projectId: 7, left: 12, right: 3 }];
    for (const route of routes) expect(parseRoute(routeToHash(route))).toEqual(route);
    expect(routeToHash({ view: 'compare', projectId: 7, left: 12, right: 3 })).toBe('#/project/7/compare/12/3');
  });

  it('sends anything else home', () => {
    expect(parseRoute('#/project/7/compare/12')).toEqual({ view: 'home' });
    expect(parseRoute('#/project/x/compare')).toEqual({ view: 'home' });
  });
});
