import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./electronMock'));

import {
  APP_INDEX_URL,
  CONTENT_SECURITY_POLICY,
  createUrlTrust,
  denyAllPermissions,
  denyWindowOpen,
  hardenWebContents,
  isAppUrl,
  navigationGuard,
  parseDevOrigin,
} from '../../../electron/security';

describe('isAppUrl', () => {
  it.each(['app://qiyos/index.html', 'app://qiyos/', 'app://qiyos/assets/worker-abc.js?x=1#h', 'APP://QIYOS/index.html'])(
    'accepts the app origin: %s',
    (url) => expect(isAppUrl(url)).toBe(true),
  );

  it.each([
    'https://qiyos/index.html',
    'http://app.qiyos/index.html',
    'app://qiyos.evil.com/index.html',
    'app://evil.com/qiyos/index.html',
    'app://evil.com/?app://qiyos/',
    'https://evil.com/app://qiyos/index.html',
    'app://qiyos@evil.com/',
    'app://user:pass@qiyos/',
    'app://qiyos:8080/index.html',
    'file:///etc/passwd',
    'javascript:alert(1)//app://qiyos/',
    'data:text/html,app://qiyos/',
    'about:blank',
    'app:qiyos',
    '',
    'not a url',
  ])('rejects %s', (url) => expect(isAppUrl(url)).toBe(false));

  it('rejects non-strings', () => {
    expect(isAppUrl(undefined)).toBe(false);
    expect(isAppUrl(null)).toBe(false);
    expect(isAppUrl({ toString: () => APP_INDEX_URL })).toBe(false);
  });
});

describe('parseDevOrigin and createUrlTrust', () => {
  it('is null when unset and only trusts app:// then', () => {
    expect(parseDevOrigin(undefined)).toBeNull();
    expect(parseDevOrigin('  ')).toBeNull();
    const trust = createUrlTrust(null);
    expect(trust(APP_INDEX_URL)).toBe(true);
    expect(trust('http://127.0.0.1:5173/')).toBe(false);
  });

  it('accepts a loopback dev server and trusts exactly its origin', () => {
    const origin = parseDevOrigin('http://127.0.0.1:5173/index.html');
    expect(origin).toBe('http://127.0.0.1:5173');
    const trust = createUrlTrust(origin);
    expect(trust('http://127.0.0.1:5173/src/main.tsx')).toBe(true);
    expect(trust('http://127.0.0.1:5174/')).toBe(false);
    expect(trust('http://localhost:5173/')).toBe(false);
    expect(trust(APP_INDEX_URL)).toBe(true);
  });

  it.each(['https://evil.com', 'http://192.168.1.2:5173', 'file:///tmp/index.html', 'http://127.0.0.1.evil.com:5173/', 'garbage'])(
    'refuses a non-loopback dev URL: %s',
    (url) => expect(() => parseDevOrigin(url)).toThrow(/QIYOS_DEV_URL/),
  );
});

describe('Content-Security-Policy', () => {
  it('holds every required directive and nothing that allows remote code', () => {
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "worker-src 'self' blob:",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
    ]) {
      expect(CONTENT_SECURITY_POLICY.split('; ')).toContain(directive);
    }
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(CONTENT_SECURITY_POLICY.split('; ').find((d) => d.startsWith('script-src'))).not.toContain('unsafe-inline');
  });
});

function fakeEvent(url: string) {
  return { url, preventDefault: vi.fn() };
}

describe('navigation and window guards', () => {
  const trust = createUrlTrust(null);

  it('cancels navigation away from the app and allows navigation within it', () => {
    const guard = navigationGuard(trust);
    for (const url of ['https://evil.com/', 'file:///etc/passwd', 'app://qiyos.evil.com/', 'about:blank']) {
      const event = fakeEvent(url);
      guard(event as never);
      expect(event.preventDefault, url).toHaveBeenCalledOnce();
    }
    const inside = fakeEvent('app://qiyos/index.html#/project/1');
    guard(inside as never);
    expect(inside.preventDefault).not.toHaveBeenCalled();
  });

  it('falls back to the legacy url argument when the event has none', () => {
    const guard = navigationGuard(trust);
    const event = { preventDefault: vi.fn() };
    guard(event as never, 'https://evil.com/');
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it('denies every new window', () => {
    expect(denyWindowOpen()).toEqual({ action: 'deny' });
    expect(denyWindowOpen({ url: APP_INDEX_URL } as never)).toEqual({ action: 'deny' });
  });

  it('hardenWebContents wires the guards to a webContents', () => {
    const listeners = new Map<string, (...args: any[]) => void>();
    const contents = {
      on: vi.fn((name: string, listener: (...args: any[]) => void) => listeners.set(name, listener)),
      setWindowOpenHandler: vi.fn(),
    };
    hardenWebContents(contents as never, trust);

    for (const name of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      const away = fakeEvent('https://evil.com/');
      listeners.get(name)!(away, away.url);
      expect(away.preventDefault, name).toHaveBeenCalledOnce();
      const home = fakeEvent(APP_INDEX_URL);
      listeners.get(name)!(home, home.url);
      expect(home.preventDefault, name).not.toHaveBeenCalled();
    }
    const webview = { preventDefault: vi.fn() };
    listeners.get('will-attach-webview')!(webview);
    expect(webview.preventDefault).toHaveBeenCalledOnce();

    const openHandler = contents.setWindowOpenHandler.mock.calls[0]![0] as (details: unknown) => unknown;
    expect(openHandler({ url: 'https://evil.com/' })).toEqual({ action: 'deny' });
    expect(openHandler({ url: APP_INDEX_URL })).toEqual({ action: 'deny' });
  });

  it('denies every permission request and check', () => {
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() };
    denyAllPermissions(session as never);
    const requestHandler = session.setPermissionRequestHandler.mock.calls[0]![0] as (...args: unknown[]) => void;
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      requestHandler({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
    }
    const checkHandler = session.setPermissionCheckHandler.mock.calls[0]![0] as (...args: unknown[]) => boolean;
    expect(checkHandler({}, 'media', 'app://qiyos', {})).toBe(false);
  });
});
