import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./electronMock'));

import { protocol } from 'electron';
import { handleAppProtocol, mimeTypeFor, registerAppSchemeAsPrivileged, resolveAppPath, serveAppRequest } from '../../../electron/appProtocol';
import { CONTENT_SECURITY_POLICY } from '../../../electron/security';

const DIST = path.resolve('/opt/Qiyos/dist');

describe('resolveAppPath', () => {
  it.each([
    ['app://qiyos/index.html', 'index.html'],
    ['app://qiyos/', 'index.html'],
    ['app://qiyos', 'index.html'],
    ['app://qiyos/assets/index-abc123.js', 'assets/index-abc123.js'],
    ['app://qiyos/assets/worker.js?worker_file&type=module', 'assets/worker.js'],
    ['app://qiyos/index.html#/projects/1', 'index.html'],
    ['app://qiyos/assets/%D0%B8%D0%BC%D1%8F%20file.svg', 'assets/имя file.svg'],
    ['app://qiyos/.vite/manifest.json', '.vite/manifest.json'],
    ['APP://QIYOS/index.html', 'index.html'],
  ])('serves %s from dist/%s', (url, relative) => {
    expect(resolveAppPath(DIST, url)).toBe(path.join(DIST, relative));
  });

  it.each([
    'app://qiyos/../package.json',
    'app://qiyos/assets/../../package.json',
    'app://qiyos/..',
    'app://qiyos/./index.html',
    'app://qiyos/%2e%2e/package.json',
    'app://qiyos/%2E%2E/%2e%2e/etc/passwd',
    'app://qiyos/.%2e/package.json',
    'app://qiyos/%2e./package.json',
    'app://qiyos/assets%2f..%2f..%2fpackage.json',
    'app://qiyos/..%2fpackage.json',
    'app://qiyos/..%5cpackage.json',
    'app://qiyos/assets%5c..%5c..%5cpackage.json',
    'app://qiyos/..\\package.json',
    'app://qiyos/assets\\..\\..\\package.json',
    'app://qiyos/\\etc\\passwd',
    'app://qiyos/%5cetc%5cpasswd',
    'app://qiyos//etc/passwd/%2e%2e',
    'app://qiyos/C:/Windows/win.ini',
    'app://qiyos/C%3A%5CWindows%5Cwin.ini',
    'app://qiyos/index.html%00.png',
    'app://qiyos/%E0%A4%A',
    'app://evil/index.html',
    'app://qiyos.evil.com/index.html',
    'app://qiyos@evil/index.html',
    'app://user:pw@qiyos/index.html',
    'app://qiyos:1234/index.html',
    'https://qiyos/index.html',
    'file:///etc/passwd',
    'file://qiyos/index.html',
    '/etc/passwd',
    '../../etc/passwd',
    'C:\\Windows\\win.ini',
    '',
    'app:',
  ])('rejects %s', (url) => {
    expect(resolveAppPath(DIST, url)).toBeNull();
  });

  it('never resolves outside dist, whatever the input', () => {
    const pieces = ['..', '.', '%2e', '%2E', '%2f', '%5c', '\\', '/', 'a', 'index.html', '%00', '%252e'];
    for (const a of pieces) {
      for (const b of pieces) {
        for (const c of pieces) {
          const resolved = resolveAppPath(DIST, `app://qiyos/${a}${b}${c}`);
          if (resolved !== null) expect(resolved.startsWith(DIST + path.sep)).toBe(true);
        }
      }
    }
  });

  it('treats absolute-looking URL paths as relative to dist', () => {
    expect(resolveAppPath(DIST, 'app://qiyos//etc/passwd')).toBe(path.join(DIST, 'etc/passwd'));
  });
});

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.mjs', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    ['a.json', 'application/json; charset=utf-8'],
    ['a.js.map', 'application/json; charset=utf-8'],
    ['a.wasm', 'application/wasm'],
    ['A.PNG', 'image/png'],
    ['a.woff2', 'font/woff2'],
    ['noextension', 'application/octet-stream'],
    ['a.exe', 'application/octet-stream'],
  ])('%s → %s', (file, type) => expect(mimeTypeFor(file)).toBe(type));
});

describe('scheme registration', () => {
  it('registers app as a standard, secure, fetch-capable, CORS-enabled scheme without service workers', () => {
    registerAppSchemeAsPrivileged();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      {
        scheme: 'app',
        privileges: expect.objectContaining({
          standard: true,
          secure: true,
          supportFetchAPI: true,
          corsEnabled: true,
          allowServiceWorkers: false,
          bypassCSP: false,
        }),
      },
    ]);
  });

  it('handles the app scheme with a dist-only file server', () => {
    handleAppProtocol(DIST);
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});

describe('serveAppRequest', () => {
  let root: string;
  let dist: string;

  beforeAll(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'qiyos-protocol-'));
    dist = path.join(root, 'dist');
    await mkdir(path.join(dist, 'assets'), { recursive: true });
    await writeFile(path.join(dist, 'index.html'), '<!doctype html><title>Qiyos</title>');
    await writeFile(path.join(dist, 'assets', 'worker.js'), 'self.onmessage = () => {};');
    await writeFile(path.join(root, 'secret.txt'), 'do not serve');
  });

  afterAll(() => rm(root, { recursive: true, force: true }));

  it('serves index.html with the CSP, its MIME type and nosniff', async () => {
    const response = await serveAppRequest(dist, new Request('app://qiyos/'));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Qiyos</title>');
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves a module worker as text/javascript', async () => {
    const response = await serveAppRequest(dist, new Request('app://qiyos/assets/worker.js?type=module'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers HEAD without a body', async () => {
    const response = await serveAppRequest(dist, new Request('app://qiyos/index.html', { method: 'HEAD' }));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it.each(['app://qiyos/%2e%2e/secret.txt', 'app://qiyos/..%2fsecret.txt', 'app://evil/secret.txt', 'app://qiyos/missing.js', 'app://qiyos/assets'])(
    '404s %s without reading outside dist',
    async (url) => {
      const response = await serveAppRequest(dist, new Request(url));
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('do not serve');
    },
  );

  it('refuses methods other than GET and HEAD', async () => {
    const response = await serveAppRequest(dist, new Request('app://qiyos/index.html', { method: 'POST', body: 'x' }));
    expect(response.status).toBe(405);
  });
});
