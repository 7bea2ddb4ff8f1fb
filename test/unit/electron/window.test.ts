import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./electronMock'));

import { BrowserWindow } from './electronMock';
import { createMainWindow, secureWebPreferences, startUrl } from '../../../electron/window';

const SECURE = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
};

describe('main window', () => {
  beforeEach(() => {
    BrowserWindow.instances.length = 0;
  });

  it('uses the fixed secure webPreferences with only our preload', () => {
    expect(secureWebPreferences('/app/dist-electron/preload.cjs')).toMatchObject({ ...SECURE, preload: '/app/dist-electron/preload.cjs' });
    expect(secureWebPreferences('/p')).not.toHaveProperty('enableRemoteModule');
  });

  it('creates the BrowserWindow with those preferences, loads the URL and shows once ready', () => {
    const window = createMainWindow({ preloadPath: '/app/preload.cjs', url: 'app://qiyos/index.html' }) as unknown as BrowserWindow;
    expect(BrowserWindow.instances).toHaveLength(1);
    expect(window.options.webPreferences).toEqual(secureWebPreferences('/app/preload.cjs'));
    expect(window.options.webPreferences).toMatchObject(SECURE);
    expect(window.options.show).toBe(false);
    expect(window.loadURL).toHaveBeenCalledWith('app://qiyos/index.html');
    expect(window.show).not.toHaveBeenCalled();
    window.listeners.get('ready-to-show')!();
    expect(window.show).toHaveBeenCalledOnce();
  });

  it('loads app://qiyos/index.html in production and the dev server URL when given', () => {
    expect(startUrl(null)).toBe('app://qiyos/index.html');
    expect(startUrl('http://127.0.0.1:5173/')).toBe('http://127.0.0.1:5173/');
  });
});
