/** The one application window, with webPreferences that are fixed, not configurable. */
import { BrowserWindow, type WebPreferences } from 'electron';
import { APP_INDEX_URL } from './security';

/** The secure renderer settings: isolated, sandboxed, no Node, web security on, only our preload. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
  };
}

/** Production loads the built renderer from app://; a dev server URL (already validated) replaces it. */
export function startUrl(devUrl: string | null): string {
  return devUrl ?? APP_INDEX_URL;
}

export interface MainWindowOptions {
  preloadPath: string;
  url: string;
}

/** Creates the main window, shows it once painted and loads the app. */
export function createMainWindow({ preloadPath, url }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 800,
    minHeight: 560,
    title: 'Qiyos',
    show: false,
    backgroundColor: '#f7f7f5',
    webPreferences: secureWebPreferences(preloadPath),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(url);
  return window;
}
