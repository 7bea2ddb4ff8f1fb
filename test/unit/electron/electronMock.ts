/**
 * A stand-in for the `electron` module (the real one cannot load outside Electron). Test files use it with
 * `vi.mock('electron', () => import('./electronMock'))` and read the same mocks through `import('electron')`.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';

type Listener = (...args: any[]) => unknown;

/** What app.getPath('userData') answers: one folder per test worker, removed when it exits. */
export const USER_DATA = path.join(tmpdir(), `qiyos-userdata-${process.pid}`);
if (!process.listeners('exit').some((listener) => listener.name === 'removeMockUserData')) {
  mkdirSync(USER_DATA, { recursive: true });
  process.once('exit', function removeMockUserData() {
    rmSync(USER_DATA, { recursive: true, force: true });
  });
}

export const app = {
  listeners: new Map<string, Listener>(),
  requestSingleInstanceLock: vi.fn(() => true),
  quit: vi.fn(),
  exit: vi.fn(),
  on: vi.fn(function (this: unknown, name: string, listener: Listener) {
    app.listeners.set(name, listener);
    return app;
  }),
  whenReady: vi.fn(() => Promise.resolve()),
  isReady: vi.fn(() => true),
  getAppPath: vi.fn(() => '/opt/Qiyos/resources/app.asar'),
  getPath: vi.fn((name: string) => (name === 'userData' ? USER_DATA : '/home/user/Documents')),
  getName: vi.fn(() => 'Qiyos'),
  getVersion: vi.fn(() => '0.1.0'),
  setAboutPanelOptions: vi.fn(),
  getLocale: vi.fn(() => 'en-US'),
  addRecentDocument: vi.fn(),
};

export const dialog = {
  showOpenDialog: vi.fn(),
  showSaveDialog: vi.fn(),
  showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 0, checkboxChecked: false })),
};

export const Menu = {
  buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
  setApplicationMenu: vi.fn(),
};

export const screen = {
  getAllDisplays: vi.fn(() => [{ id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }]),
};

const rendererListeners = new Map<string, Listener[]>();

export const ipcMain = { handle: vi.fn() };
export const ipcRenderer = {
  invoke: vi.fn(async (..._args: unknown[]): Promise<unknown> => 'from-main'),
  on: vi.fn((channel: string, listener: Listener) => {
    rendererListeners.set(channel, [...(rendererListeners.get(channel) ?? []), listener]);
    return ipcRenderer;
  }),
  removeListener: vi.fn((channel: string, listener: Listener) => {
    rendererListeners.set(channel, (rendererListeners.get(channel) ?? []).filter((l) => l !== listener));
    return ipcRenderer;
  }),
  /** Test helper: what main's webContents.send(channel, ...args) would deliver to the preload. */
  emit(channel: string, ...args: unknown[]): void {
    for (const listener of rendererListeners.get(channel) ?? []) listener({ sender: ipcRenderer }, ...args);
  },
  listenerCount(channel: string): number {
    return rendererListeners.get(channel)?.length ?? 0;
  },
};
export const contextBridge = { exposeInMainWorld: vi.fn() };
export const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
export const session = {
  defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() },
};

export class BrowserWindow {
  static instances: BrowserWindow[] = [];
  static focused: BrowserWindow | null = null;
  static getFocusedWindow = vi.fn(() => BrowserWindow.focused);

  /** The last listener per event (simple lookups); `allListeners` keeps every one. */
  readonly listeners = new Map<string, Listener>();
  readonly allListeners = new Map<string, Listener[]>();
  minimized = false;
  maximized = false;
  fullScreen = false;
  destroyed = false;
  bounds = { x: 100, y: 80, width: 1280, height: 820 };
  normalBounds = { x: 100, y: 80, width: 1280, height: 820 };
  readonly webContents = {
    send: vi.fn(),
    isDestroyed: vi.fn(() => this.destroyed),
  };
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly maximize = vi.fn(() => {
    this.maximized = true;
  });
  readonly restore = vi.fn(() => {
    this.minimized = false;
  });
  readonly loadURL = vi.fn(async (_url: string) => undefined);
  /** Like Electron: 'close' can be prevented; otherwise the window is destroyed and 'closed' follows. */
  readonly close = vi.fn(() => {
    if (this.destroyed) return;
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (prevented) return;
    this.destroyed = true;
    this.emit('closed');
  });

  constructor(readonly options: Record<string, any>) {
    BrowserWindow.instances.push(this);
  }

  isMinimized(): boolean {
    return this.minimized;
  }

  isMaximized(): boolean {
    return this.maximized;
  }

  isFullScreen(): boolean {
    return this.fullScreen;
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  getBounds() {
    return { ...this.bounds };
  }

  getNormalBounds() {
    return { ...this.normalBounds };
  }

  on(name: string, listener: Listener): this {
    this.listeners.set(name, listener);
    this.allListeners.set(name, [...(this.allListeners.get(name) ?? []), listener]);
    return this;
  }

  once(name: string, listener: Listener): this {
    return this.on(name, listener);
  }

  /** Test helper: calls every listener of `name`. */
  emit(name: string, ...args: unknown[]): void {
    for (const listener of this.allListeners.get(name) ?? []) listener(...args);
  }
}

/** Back to a fresh state: every mock to its original implementation, no listeners, no windows. */
export function resetElectronMock(): void {
  vi.resetAllMocks();
  app.listeners.clear();
  rendererListeners.clear();
  BrowserWindow.instances.length = 0;
  BrowserWindow.focused = null;
}

export default { app, dialog, ipcMain, ipcRenderer, contextBridge, protocol, session, BrowserWindow, Menu, screen };
