/**
 * Entry of the Electron main process: one instance, one window, the app:// scheme, the menu, the IPC
 * handlers, documents opened from outside and a clean quit. Everything here is wiring; the
 * decisions live in security.ts, appProtocol.ts, window.ts, windowState.ts, menu.ts, quit.ts,
 * settings.ts, openedFiles.ts and ipc.ts.
 */
import { app, screen, session, type BrowserWindow } from 'electron';
import path from 'node:path';
import { pickUiLocale } from '../shared/i18n/locales';
import { MENU_COMMAND_CHANNEL } from '../shared/ipc';
import { configureAboutPanel, showAboutDialog } from './about';
import { handleAppProtocol, registerAppSchemeAsPrivileged } from './appProtocol';
import { readOneFile, registerIpcHandlers } from './ipc';
import { createAppMenu } from './menu';
import { createOpenedFilesQueue, documentPathsFromArgv, isOpenableDocument } from './openedFiles';
import { createQuitGuard } from './quit';
import { createUrlTrust, denyAllPermissions, hardenWebContents, parseDevOrigin } from './security';
import { memorySettings, openSettings } from './settings';
import { createMainWindow, startUrl } from './window';
import { loadWindowState, trackWindowState } from './windowState';

const devUrl = process.env.QIYOS_DEV_URL?.trim() || null;
const isTrusted = createUrlTrust(parseDevOrigin(devUrl ?? undefined));
let mainWindow: BrowserWindow | null = null;
const quitGuard = createQuitGuard({ quit: () => app.quit() });
/** The OS's recent documents (macOS Dock and File menu, Windows jump list); Linux has none. */
const addRecentDocument = (filePath: string): void => {
  if (process.platform === 'darwin' || process.platform === 'win32') app.addRecentDocument(filePath);
};
const openedFiles = createOpenedFilesQueue({
  readFile: readOneFile,
  send: (opened) => {
    if (!mainWindow || mainWindow.isDestroyed()) return false;
    mainWindow.webContents.send(MENU_COMMAND_CHANNEL, { id: 'open-files', arg: opened });
    return true;
  },
  onOpened: addRecentDocument,
});

function userDataFile(name: string): string {
  return path.join(app.getPath('userData'), name);
}

async function openMainWindow(): Promise<void> {
  const stateFile = userDataFile('window-state.json');
  const displays = screen.getAllDisplays().map((display) => display.workArea);
  const state = await loadWindowState(stateFile, displays);
  const window = createMainWindow({ preloadPath: path.join(__dirname, 'preload.cjs'), url: startUrl(devUrl), state });
  mainWindow = window;
  trackWindowState(window, stateFile);
  quitGuard.attach(window);
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
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
  const settings = await openSettings(userDataFile('settings.json')).catch(() => memorySettings());
  configureAboutPanel();
  const menu = createAppMenu({
    platform: process.platform,
    isDev: devUrl !== null,
    getWindow: () => mainWindow,
    showAbout: () => void showAboutDialog(mainWindow),
    // The language the renderer last chose; before that, the system's.
    locale: settings.get().uiLocale ?? pickUiLocale([app.getLocale()]),
  });
  menu.install();
  registerIpcHandlers({
    isTrusted,
    getWindow: () => mainWindow,
    settings,
    onMenuState: (state) => {
      quitGuard.rendererListening();
      menu.update(state);
      void openedFiles.rendererReady();
    },
    onReadyToQuit: () => quitGuard.rendererReady(),
    onUiLocale: (locale) => {
      menu.setLocale(locale);
      if (settings.get().uiLocale !== locale) void settings.update({ uiLocale: locale });
    },
    onFileUsed: addRecentDocument,
  });
  await openMainWindow();
}

// Scheme privileges must be registered before `ready`, and before the lock so a second instance fails fast.
registerAppSchemeAsPrivileged();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    focusMainWindow();
    void openedFiles.open(documentPathsFromArgv(argv, workingDirectory));
  });
  // macOS "Open with" and drops on the Dock icon; it can come before `ready`, so it is queued.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    if (!isOpenableDocument(filePath)) return;
    void openedFiles.open([filePath]);
    // On macOS the app may be running without a window; the new window's renderer takes the file.
    if (mainWindow === null && app.isReady()) openMainWindow().catch((error: unknown) => console.error('Qiyos could not open its window:', error));
  });
  void openedFiles.open(documentPathsFromArgv(process.argv, process.cwd()));
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, isTrusted));
  app.on('before-quit', (event) => quitGuard.onBeforeQuit(event));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (mainWindow === null && app.isReady()) openMainWindow().catch((error: unknown) => console.error('Qiyos could not open its window:', error));
    else focusMainWindow();
  });
  app.whenReady().then(start).catch((error: unknown) => {
    console.error('Qiyos failed to start:', error);
    app.exit(1);
  });
}
