import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./electronMock'));

type ElectronMock = typeof import('./electronMock');

/** Loads electron/main.ts afresh (it runs on import, like the real entry) with a fresh electron mock. */
async function launch(setup: (electron: ElectronMock) => void = () => {}): Promise<ElectronMock> {
  vi.resetModules();
  const electron = (await import('electron')) as unknown as ElectronMock;
  electron.resetElectronMock();
  setup(electron);
  await import('../../../electron/main');
  return electron;
}

beforeEach(() => {
  delete process.env.QIYOS_DEV_URL;
});

afterEach(() => {
  delete process.env.QIYOS_DEV_URL;
});

describe('single instance', () => {
  it('quits at once when another instance holds the lock', async () => {
    const { app, protocol, BrowserWindow, ipcMain } = await launch((e) => e.app.requestSingleInstanceLock.mockReturnValue(false));
    expect(app.quit).toHaveBeenCalledOnce();
    expect(app.whenReady).not.toHaveBeenCalled();
    expect(app.listeners.has('second-instance')).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(BrowserWindow.instances).toHaveLength(0);
    expect(ipcMain.handle).not.toHaveBeenCalled();
    expect(protocol.handle).not.toHaveBeenCalled();
  });

  it('focuses (and restores) the existing window when a second instance starts', async () => {
    const { app, BrowserWindow } = await launch();
    await vi.waitFor(() => expect(BrowserWindow.instances).toHaveLength(1));
    const window = BrowserWindow.instances[0]!;
    window.minimized = true;
    app.listeners.get('second-instance')!({}, ['qiyos'], '/home/user');
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
    app.listeners.get('second-instance')!({}, ['qiyos'], '/home/user');
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledTimes(2);
    expect(app.quit).not.toHaveBeenCalled();
  });
});

describe('startup', () => {
  it('registers the scheme before ready, then serves dist/, registers IPC and opens the app window', async () => {
    const { app, protocol, ipcMain, session, BrowserWindow } = await launch();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledOnce();
    expect(protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0]).toBeLessThan(app.whenReady.mock.invocationCallOrder[0]!);
    await vi.waitFor(() => expect(BrowserWindow.instances).toHaveLength(1));

    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(ipcMain.handle.mock.calls.map(([channel]) => channel).sort()).toEqual(['qiyos:app-info', 'qiyos:open-documents', 'qiyos:save-export']);
    expect(session.defaultSession.setPermissionRequestHandler).toHaveBeenCalledOnce();
    const window = BrowserWindow.instances[0]!;
    expect(window.loadURL).toHaveBeenCalledWith('app://qiyos/index.html');
    expect(window.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(window.options.webPreferences.preload).toMatch(/preload\.cjs$/);
  });

  it('hardens every webContents that gets created', async () => {
    const { app } = await launch();
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    app.listeners.get('web-contents-created')!({}, contents);
    expect(contents.on).toHaveBeenCalledWith('will-navigate', expect.any(Function));
    expect(contents.setWindowOpenHandler).toHaveBeenCalledOnce();
  });

  it('loads the dev server URL when QIYOS_DEV_URL is set', async () => {
    process.env.QIYOS_DEV_URL = 'http://127.0.0.1:5173/';
    const { BrowserWindow } = await launch();
    await vi.waitFor(() => expect(BrowserWindow.instances).toHaveLength(1));
    expect(BrowserWindow.instances[0]!.loadURL).toHaveBeenCalledWith('http://127.0.0.1:5173/');
  });

  it('refuses to start with a remote QIYOS_DEV_URL', async () => {
    process.env.QIYOS_DEV_URL = 'https://evil.example/';
    await expect(launch()).rejects.toThrow(/QIYOS_DEV_URL/);
  });

  it('quits when all windows close, except on macOS', async () => {
    const { app } = await launch();
    app.listeners.get('window-all-closed')!();
    expect(app.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1);
  });

  it('exits with an error when startup fails', async () => {
    let errors: ReturnType<typeof vi.spyOn> | undefined;
    const { app } = await launch((e) => {
      errors = vi.spyOn(console, 'error').mockImplementation(() => {});
      e.protocol.handle.mockImplementation(() => {
        throw new Error('boom');
      });
    });
    await vi.waitFor(() => expect(app.exit).toHaveBeenCalledWith(1));
    expect(errors).toHaveBeenCalledWith('Qiyos failed to start:', expect.objectContaining({ message: 'boom' }));
    errors!.mockRestore();
  });
});
