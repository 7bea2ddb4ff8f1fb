/**
 * Entry of the Electron main process: one instance, one window, the app:// scheme, the IPC handlers.
 * Everything here is wiring; the decisions live in security.ts, appProtocol.ts, window.ts and ipc.ts.
 */
import { app, session, type BrowserWindow } from 'electron';
import path from 'node:path';
import { handleAppProtocol, registerAppSchemeAsPrivileged } from './appProtocol';
import { registerIpcHandlers } from './ipc';
import { createUrlTrust, denyAllPermissions, hardenWebContents, parseDevOrigin } from './security';
import { createMainWindow, startUrl } from './window';

const devUrl = process.env.QIYOS_DEV_URL?.trim() || null;
const isTrusted = createUrlTrust(parseDevOrigin(devUrl ?? undefined));
let mainWindow: BrowserWindow | null = null;

function openMainWindow(): void {
  mainWindow = createMainWindow({ preloadPath: path.join(__dirname, 'preload.cjs'), url: startUrl(devUrl) });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function focusMainWindow(): void {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

async function start(): Promise<void> {
  handleAppProtocol(path.join(app.getAppPath(), 'dist'));
  denyAllPermissions(session.defaultSession);
  registerIpcHandlers({ isTrusted, getWindow: () => mainWindow });
  openMainWindow();
}

// Scheme privileges must be registered before `ready`, and before the lock so a second instance fails fast.
registerAppSchemeAsPrivileged();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, isTrusted));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (mainWindow === null && app.isReady()) openMainWindow();
    else focusMainWindow();
  });
  app.whenReady().then(start).catch((error: unknown) => {
    console.error('Qiyos failed to start:', error);
    app.exit(1);
  });
}
