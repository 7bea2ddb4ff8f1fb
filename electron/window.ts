/** The one application window, with webPreferences that are fixed, not configurable. */
import { BrowserWindow, type WebPreferences } from 'electron';
import { APP_INDEX_URL } from './security';
import { DEFAULT_WINDOW_STATE, MIN_WINDOW_SIZE, type WindowState } from './windowState';

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
  /** The restored size, position and maximized state (already validated). */
  state?: WindowState;
}

/** Creates the main window, shows it once painted (maximized if it was) and loads the app. */
export function createMainWindow({ preloadPath, url, state = DEFAULT_WINDOW_STATE }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'Qiyos',
    show: false,
    backgroundColor: '#f7f7f5',
    webPreferences: secureWebPreferences(preloadPath),
  });
  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize();
    window.show();
  });
  void window.loadURL(url);
  return window;
}
