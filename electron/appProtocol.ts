/**
 * The app:// scheme: the built renderer (dist/) served from a standard, secure origin, so that
 * IndexedDB, fetch and module Web Workers behave as on https, without a local web server.
 */
import { protocol } from 'electron';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY } from './security';

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

/** The Content-Type for a served file; unknown extensions are opaque bytes (and nosniff keeps them so). */
export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** Must run before `app` is ready: Chromium fixes scheme privileges at startup. */
export function registerAppSchemeAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: {
        standard: true, // a real origin: IndexedDB, localStorage, relative URL resolution
        secure: true, // a secure context, like https
        supportFetchAPI: true,
        corsEnabled: true, // module scripts and module workers are fetched in CORS mode
        stream: true,
        codeCache: true,
        allowServiceWorkers: false,
        bypassCSP: false,
      },
    },
  ]);
}

// ".." or "." as a path segment, literally or percent-encoded, with / or \ as separators.
const DOT_SEGMENT = /(^|[/\\]|%2f|%5c)(\.|%2e){1,2}([/\\?#]|%2f|%5c|$)/i;

/**
 * Maps an app:// request URL to a file inside `distDir`, or null when it must not be served:
 * another scheme or host, credentials or a port, dot segments (plain or %2e-encoded), backslashes,
 * encoded separators, NUL, drive letters or anything else that could escape `distDir`.
 * `app://qiyos/` maps to index.html. Query and fragment are ignored.
 */
export function resolveAppPath(distDir: string, requestUrl: string): string | null {
  if (typeof requestUrl !== 'string' || DOT_SEGMENT.test(requestUrl.split(/[?#]/, 1)[0] ?? '')) return null;
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname.toLowerCase() !== APP_HOST || url.port !== '' || url.username !== '' || url.password !== '') {
    return null;
  }
  const rawPath = url.pathname;
  if (rawPath.includes('\\') || /%(2f|5c|00)/i.test(rawPath)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  const segments = decoded.split('/').filter((segment) => segment !== '');
  for (const segment of segments) {
    if (segment === '.' || segment === '..' || segment.includes('\\') || segment.includes(':') || /[\u0000-\u001f]/.test(segment)) {
      return null;
    }
  }
  const root = path.resolve(distDir);
  const resolved = path.resolve(root, ...(segments.length === 0 ? ['index.html'] : segments));
  const relative = path.relative(root, resolved);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return resolved;
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

/** Answers one app:// request from `distDir`; exported for tests, used by `handleAppProtocol`. */
export async function serveAppRequest(distDir: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response('Method not allowed', { status: 405 });
  }
  const filePath = resolveAppPath(distDir, request.url);
  if (filePath === null) return notFound();
  try {
    const info = await stat(filePath);
    if (!info.isFile()) return notFound();
    const body = request.method === 'HEAD' ? null : await readFile(filePath);
    return new Response(body, {
      status: 200,
      headers: {
        'content-type': mimeTypeFor(filePath),
        'content-length': String(info.size),
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
        'cross-origin-opener-policy': 'same-origin',
        'cache-control': 'no-cache',
      },
    });
  } catch {
    return notFound();
  }
}

/** Serves app:// from the built renderer folder only. Call after `app` is ready. */
export function handleAppProtocol(distDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(distDir, request));
}
