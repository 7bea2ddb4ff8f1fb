/**
 * What the app trusts and how every window is locked down. The pure helpers (origin checks, the CSP,
 * the guards) are tested with hostile input; the installers only wire them to Electron objects.
 */
import type { Event, HandlerDetails, Session, WebContents } from 'electron';

export const APP_SCHEME = 'app';
export const APP_HOST = 'qiyos';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/** Sent with every app:// response. Workers may come from blob: because Vite can inline them. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Decides whether a URL belongs to the app; everything else is foreign. */
export type UrlTrust = (url: string) => boolean;

function parseUrl(url: unknown): URL | null {
  if (typeof url !== 'string') return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True only for URLs on the app origin (app://qiyos), compared as parsed parts, never as substrings. */
export function isAppUrl(url: unknown): boolean {
  const parsed = parseUrl(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname.toLowerCase() === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Validates QIYOS_DEV_URL: only an http(s) dev server on this machine may stand in for app://.
 * Returns its origin, or null when unset; throws for anything else so a typo cannot trust a remote site.
 */
export function parseDevOrigin(value: string | undefined): string | null {
  if (value === undefined || value.trim() === '') return null;
  const parsed = parseUrl(value.trim());
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || !LOOPBACK_HOSTS.has(parsed.hostname)) {
    throw new Error(`QIYOS_DEV_URL must be an http(s) URL on 127.0.0.1, localhost or [::1]; got ${JSON.stringify(value)}`);
  }
  return parsed.origin;
}

/** The trust check for this run: the app origin, plus the loopback dev server origin when one is given. */
export function createUrlTrust(devOrigin: string | null): UrlTrust {
  return (url) => {
    if (isAppUrl(url)) return true;
    if (devOrigin === null) return false;
    const parsed = parseUrl(url);
    return parsed !== null && parsed.origin === devOrigin;
  };
}

/** A `will-navigate` / `will-redirect` listener that cancels every navigation leaving the trusted origin. */
export function navigationGuard(isTrusted: UrlTrust): (event: Event<{ url: string }>, url?: string) => void {
  return (event, legacyUrl) => {
    const target = (event as { url?: unknown }).url ?? legacyUrl;
    if (!isTrusted(target as string)) event.preventDefault();
  };
}

/** The `setWindowOpenHandler` answer: the app never opens windows, popups or external links. */
export function denyWindowOpen(_details?: HandlerDetails): { action: 'deny' } {
  return { action: 'deny' };
}

/** Locks down one webContents: no navigation away, no redirects away, no new windows, no <webview>. */
export function hardenWebContents(contents: WebContents, isTrusted: UrlTrust): void {
  const guard = navigationGuard(isTrusted);
  contents.on('will-navigate', guard);
  contents.on('will-frame-navigate', guard);
  contents.on('will-redirect', guard);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(denyWindowOpen);
}

/** Denies every permission request and check (camera, notifications, geolocation, …). */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
