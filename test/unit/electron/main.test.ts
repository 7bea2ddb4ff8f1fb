import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./electronMock'));

type ElectronMock = typeof import('./electronMock');

/** Loads electron/main.ts afresh (it runs on import, like the real entry) with a fresh electron mock. */
let launched: ElectronMock | undefined;

async function launch(setup: (electron: ElectronMock) => void = () => {}): Promise<ElectronMock> {
  vi.resetModules();
  const electron = (await import('electron')) as unknown as ElectronMock;
  electron.resetElectronMock();
  setup(electron);
  launched = electron;
  await import('../../../electron/main');
  return electron;
}

/** Startup is asynchronous (it reads the saved window state): let it finish before the next test resets the mock. */
async function startupSettled(electron: ElectronMock): Promise<void> {
  if (electron.app.whenReady.mock.calls.length === 0) return;
  await vi.waitFor(() => expect(electron.BrowserWindow.instances.length > 0 || electron.app.exit.mock.calls.length > 0).toBe(true));
}

beforeEach(() => {
  delete process.env.QIYOS_DEV_URL;
});

afterEach(async () => {
  delete process.env.QIYOS_DEV_URL;
  if (launched) await startupSettled(launched);
  launched = undefined;
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
    expect(ipcMain.handle.mock.calls.map(([channel]) => channel).sort()).toEqual([
      'qiyos:app-info',
      'qiyos:open-documents',
      'qiyos:open-file',
      'qiyos:ready-to-quit',
      'qiyos:save-export',
      'qiyos:set-menu-state',
      'qiyos:set-ui-locale',
    ]);
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

type Invoke = (event: unknown, ...args: unknown[]) => Promise<unknown>;
const appEvent = { senderFrame: { url: 'app://qiyos/index.html', parent: null } };

function ipcHandler(electron: ElectronMock, channel: string): Invoke {
  const call = electron.ipcMain.handle.mock.calls.find(([name]) => name === channel);
  expect(call, channel).toBeDefined();
  return call![1] as Invoke;
}

async function launchWithWindow(setup?: (electron: ElectronMock) => void) {
  const electron = await launch(setup);
  await vi.waitFor(() => expect(electron.BrowserWindow.instances).toHaveLength(1));
  return { electron, window: electron.BrowserWindow.instances[0]! };
}

describe('menu', () => {
  it('installs the application menu at start and rebuilds it from the renderer’s menu state', async () => {
    const { electron } = await launchWithWindow();
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    await ipcHandler(electron, 'qiyos:set-menu-state')(appEvent, { enabled: ['new-project', 'open-project'], recentProjects: [{ id: 4, name: 'Talks' }] });
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledTimes(2);
    const template = electron.Menu.buildFromTemplate.mock.calls.at(-1)![0] as Array<{ id?: string; submenu?: unknown }>;
    const file = template.find((item) => item.id === 'file')!.submenu as Array<{ id?: string; enabled?: boolean; submenu?: unknown }>;
    expect(file.find((item) => item.id === 'command:new-project')!.enabled).toBe(true);
    expect((file.find((item) => item.id === 'open-recent')!.submenu as Array<{ label: string }>).map((item) => item.label)).toEqual(['Talks']);
  });

  it.each([
    ['an unknown command', { enabled: ['format-disk'], recentProjects: [] }],
    ['extra fields', { enabled: [], recentProjects: [], evil: 1 }],
    ['a bad project id', { enabled: [], recentProjects: [{ id: 0, name: 'x' }] }],
    ['a project without a name', { enabled: [], recentProjects: [{ id: 1, name: '' }] }],
    ['a name with a newline', { enabled: [], recentProjects: [{ id: 1, name: 'a\nb' }] }],
    ['too many projects', { enabled: [], recentProjects: Array.from({ length: 11 }, (_, i) => ({ id: i + 1, name: `P${i}` })) }],
    ['a string', 'enabled'],
  ])('refuses a menu state with %s', async (_label, state) => {
    const { electron } = await launchWithWindow();
    await expect(ipcHandler(electron, 'qiyos:set-menu-state')(appEvent, state)).rejects.toThrow();
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
  });

  it('refuses a menu state from a foreign sender', async () => {
    const { electron } = await launchWithWindow();
    const foreign = { senderFrame: { url: 'https://evil.example/', parent: null } };
    await expect(ipcHandler(electron, 'qiyos:set-menu-state')(foreign, { enabled: [], recentProjects: [] })).rejects.toThrow(/sender/);
  });

  it('sets the about panel to the product name and version', async () => {
    const { electron } = await launchWithWindow();
    expect(electron.app.setAboutPanelOptions).toHaveBeenCalledWith(expect.objectContaining({ applicationName: 'Qiyos', applicationVersion: '0.1.0' }));
  });
});

describe('clean quit', () => {
  async function listeningApp() {
    const launched = await launchWithWindow();
    await ipcHandler(launched.electron, 'qiyos:set-menu-state')(appEvent, { enabled: [], recentProjects: [] });
    return launched;
  }

  it('on before-quit, asks the renderer to finish its writes and quits after its answer', async () => {
    const { electron, window } = await listeningApp();
    const event = { preventDefault: vi.fn() };
    electron.app.listeners.get('before-quit')!(event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(window.webContents.send).toHaveBeenCalledWith('qiyos:menu-command', { id: 'prepare-quit' });
    expect(electron.app.quit).not.toHaveBeenCalled();
    await ipcHandler(electron, 'qiyos:ready-to-quit')(appEvent);
    expect(electron.app.quit).toHaveBeenCalledOnce();
    const second = { preventDefault: vi.fn() };
    electron.app.listeners.get('before-quit')!(second);
    expect(second.preventDefault).not.toHaveBeenCalled();
  });

  it('quits after 5 seconds when the renderer does not answer', async () => {
    const { electron } = await listeningApp();
    vi.useFakeTimers();
    try {
      electron.app.listeners.get('before-quit')!({ preventDefault: vi.fn() });
      electron.app.listeners.get('before-quit')!({ preventDefault: vi.fn() });
      vi.advanceTimersByTime(4999);
      expect(electron.app.quit).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(electron.app.quit).toHaveBeenCalledOnce();
    } finally {
      vi.useRealTimers();
    }
  });

  it('closing the window waits for the renderer too, and saves the window state', async () => {
    const { electron, window } = await listeningApp();
    window.bounds = { x: 12, y: 34, width: 1000, height: 700 };
    window.close();
    expect(window.destroyed).toBe(false);
    await ipcHandler(electron, 'qiyos:ready-to-quit')(appEvent);
    expect(window.destroyed).toBe(true);
    const { readFile } = await import('node:fs/promises');
    const path = await import('node:path');
    await vi.waitFor(async () =>
      expect(JSON.parse(await readFile(path.join(electron.USER_DATA, 'window-state.json'), 'utf8'))).toEqual({ x: 12, y: 34, width: 1000, height: 700, maximized: false }),
    );
  });
});

describe('documents opened from outside the app', () => {
  const originalArgv = process.argv;
  let dir: string;

  beforeEach(async () => {
    const { mkdtemp } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    dir = await mkdtemp(`${tmpdir()}/qiyos-open-`);
  });

  afterEach(async () => {
    process.argv = originalArgv;
    const { rm } = await import('node:fs/promises');
    await rm(dir, { recursive: true, force: true });
  });

  async function document(name: string, text: string): Promise<string> {
    const { writeFile } = await import('node:fs/promises');
    await writeFile(`${dir}/${name}`, text);
    return `${dir}/${name}`;
  }

  const sentFiles = (window: InstanceType<ElectronMock['BrowserWindow']>) =>
    window.webContents.send.mock.calls
      .filter(([, command]) => (command as { id: string }).id === 'open-files')
      .map(([channel, command]) => {
        const { files, problems } = (command as { arg: { files: { name: string; bytes: Uint8Array }[]; problems: unknown[] } }).arg;
        return { channel, files: files.map((f) => [f.name, new TextDecoder().decode(f.bytes)]), problems };
      });

  it('sends the command line’s documents once the renderer listens, and adds them to recent documents', async () => {
    const uz = await document('sputnik.txt', 'Тошкент шаҳри');
    process.argv = ['/opt/Qiyos/qiyos', '--no-sandbox', uz, `${dir}/missing.md`, `${dir}/photo.png`];
    const { electron, window } = await launchWithWindow();
    expect(sentFiles(window)).toEqual([]);
    await ipcHandler(electron, 'qiyos:set-menu-state')(appEvent, { enabled: [], recentProjects: [] });
    await vi.waitFor(() => expect(sentFiles(window)).toHaveLength(1));
    const [sent] = sentFiles(window);
    expect(sent!.channel).toBe('qiyos:menu-command');
    expect(sent!.files).toEqual([['sputnik.txt', 'Тошкент шаҳри']]);
    expect(sent!.problems).toEqual([{ id: 'open.failed', values: { file: 'missing.md', detail: { id: 'open.notFound' } } }]);
    if (process.platform === 'darwin' || process.platform === 'win32') expect(electron.app.addRecentDocument).toHaveBeenCalledWith(uz);
  });

  it('imports what a second launch passes (its own working directory) and focuses the window', async () => {
    process.argv = ['/opt/Qiyos/qiyos'];
    const { electron, window } = await launchWithWindow();
    await ipcHandler(electron, 'qiyos:set-menu-state')(appEvent, { enabled: [], recentProjects: [] });
    await document('xinhua.html', '<p>Tashkent</p>');
    electron.app.listeners.get('second-instance')!({}, ['/opt/Qiyos/qiyos', 'xinhua.html', '--flag'], dir);
    expect(window.focus).toHaveBeenCalled();
    await vi.waitFor(() => expect(sentFiles(window)).toEqual([{ channel: 'qiyos:menu-command', files: [['xinhua.html', '<p>Tashkent</p>']], problems: [] }]));
  });

  it('takes macOS "Open with" files (even before the window exists) and ignores other types', async () => {
    process.argv = ['/opt/Qiyos/qiyos'];
    const report = await document('report.docx', 'PK');
    const { electron, window } = await launchWithWindow();
    const openFile = electron.app.listeners.get('open-file')!;
    const event = { preventDefault: vi.fn() };
    openFile(event, report);
    openFile({ preventDefault: vi.fn() }, `${dir}/virus.exe`);
    expect(event.preventDefault).toHaveBeenCalledOnce();
    await ipcHandler(electron, 'qiyos:set-menu-state')(appEvent, { enabled: [], recentProjects: [] });
    await vi.waitFor(() => expect(sentFiles(window).map((s) => s.files)).toEqual([[['report.docx', 'PK']]]));
  });

  it('opens a window for a file opened while the app runs without one (macOS), and sends it there', async () => {
    process.argv = ['/opt/Qiyos/qiyos'];
    const notes = await document('notes.md', '# Notes');
    const { electron, window } = await launchWithWindow();
    await ipcHandler(electron, 'qiyos:set-menu-state')(appEvent, { enabled: [], recentProjects: [] });
    // The window closes once the renderer has finished its writes (the clean-quit guard).
    window.close();
    await ipcHandler(electron, 'qiyos:ready-to-quit')(appEvent);
    await vi.waitFor(() => expect(window.destroyed).toBe(true));
    electron.app.listeners.get('open-file')!({ preventDefault: vi.fn() }, notes);
    await vi.waitFor(() => expect(electron.BrowserWindow.instances).toHaveLength(2));
    const reopened = electron.BrowserWindow.instances[1]!;
    await ipcHandler(electron, 'qiyos:set-menu-state')(appEvent, { enabled: [], recentProjects: [] });
    await vi.waitFor(() => expect(sentFiles(reopened).map((s) => s.files)).toEqual([[['notes.md', '# Notes']]]));
    expect(sentFiles(window)).toEqual([]);
  });
});

describe('the UI language', () => {
  it('starts the menu in the system language, and follows the renderer’s language from then on (saved)', async () => {
    const { electron } = await launchWithWindow((e) => e.app.getLocale.mockReturnValue('ru-RU'));
    const labels = () => (electron.Menu.buildFromTemplate.mock.calls.at(-1)![0] as Array<{ label?: string }>).map((item) => item.label);
    expect(labels()).toContain(process.platform === 'darwin' ? 'Файл' : '&Файл');
    await ipcHandler(electron, 'qiyos:set-ui-locale')(appEvent, 'uz-Latn');
    expect(labels()).toContain(process.platform === 'darwin' ? 'Fayl' : '&Fayl');
    const { readFile } = await import('node:fs/promises');
    await vi.waitFor(async () => expect(JSON.parse(await readFile(`${electron.USER_DATA}/settings.json`, 'utf8')).uiLocale).toBe('uz-Latn'));
    const relaunched = await launchWithWindow((e) => e.app.getLocale.mockReturnValue('en-US'));
    const again = (relaunched.electron.Menu.buildFromTemplate.mock.calls.at(-1)![0] as Array<{ label?: string }>).map((item) => item.label);
    expect(again).toContain(process.platform === 'darwin' ? 'Fayl' : '&Fayl');
    await startupSettled(relaunched.electron);
    const { rm } = await import('node:fs/promises');
    await rm(`${electron.USER_DATA}/settings.json`, { force: true });
  });

  it('refuses a language Qiyos does not have, changing nothing', async () => {
    const { electron } = await launchWithWindow();
    const builds = electron.Menu.setApplicationMenu.mock.calls.length;
    for (const bad of ['de', 'uz', 7, '']) await expect(ipcHandler(electron, 'qiyos:set-ui-locale')(appEvent, bad)).rejects.toThrow(/UI language/);
    await expect(ipcHandler(electron, 'qiyos:set-ui-locale')(appEvent, 'ru', 'extra')).rejects.toThrow(/UI language/);
    expect(electron.Menu.setApplicationMenu.mock.calls.length).toBe(builds);
  });
});
