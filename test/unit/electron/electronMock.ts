/**
 * A stand-in for the `electron` module (the real one cannot load outside Electron). Test files use it with
 * `vi.mock('electron', () => import('./electronMock'))` and read the same mocks through `import('electron')`.
 */
import { vi } from 'vitest';

type Listener = (...args: any[]) => unknown;

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
  getPath: vi.fn((_name: string) => '/home/user/Documents'),
  getName: vi.fn(() => 'Qiyos'),
  getVersion: vi.fn(() => '0.1.0'),
};

export const dialog = {
  showOpenDialog: vi.fn(),
  showSaveDialog: vi.fn(),
};

export const ipcMain = { handle: vi.fn() };
export const ipcRenderer = { invoke: vi.fn(async (..._args: unknown[]) => 'from-main') };
export const contextBridge = { exposeInMainWorld: vi.fn() };
export const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
export const session = {
  defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() },
};

export class BrowserWindow {
  static instances: BrowserWindow[] = [];
  readonly listeners = new Map<string, Listener>();
  minimized = false;
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn(() => {
    this.minimized = false;
  });
  readonly loadURL = vi.fn(async (_url: string) => undefined);

  constructor(readonly options: Record<string, any>) {
    BrowserWindow.instances.push(this);
  }

  isMinimized(): boolean {
    return this.minimized;
  }

  on(name: string, listener: Listener): this {
    this.listeners.set(name, listener);
    return this;
  }

  once(name: string, listener: Listener): this {
    return this.on(name, listener);
  }
}

/** Back to a fresh state: every mock to its original implementation, no listeners, no windows. */
export function resetElectronMock(): void {
  vi.resetAllMocks();
  app.listeners.clear();
  BrowserWindow.instances.length = 0;
}

export default { app, dialog, ipcMain, ipcRenderer, contextBridge, protocol, session, BrowserWindow };
