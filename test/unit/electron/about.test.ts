import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./electronMock'));

import { app, BrowserWindow, dialog, resetElectronMock } from './electronMock';
import { aboutDetailLines, aboutMessageBoxOptions, aboutPanelOptions, configureAboutPanel, showAboutDialog } from '../../../electron/about';

const INFO = { name: 'Qiyos', version: '1.2.3', versions: { electron: '45.4.1', chrome: '142.0.1', node: '22.20.0' } };

beforeEach(() => resetElectronMock());

describe('about', () => {
  it('lists the Electron, Chromium and Node versions, leaving out unknown ones', () => {
    expect(aboutDetailLines(INFO)).toEqual(['Electron 45.4.1', 'Chromium 142.0.1', 'Node.js 22.20.0']);
    expect(aboutDetailLines({ ...INFO, versions: { node: '22.0.0' } })).toEqual(['Node.js 22.0.0']);
  });

  it('fills the native about panel with the product name and version', () => {
    expect(aboutPanelOptions(INFO)).toMatchObject({ applicationName: 'Qiyos', applicationVersion: '1.2.3', version: 'Electron 45.4.1, Chromium 142.0.1, Node.js 22.20.0' });
    configureAboutPanel();
    expect(app.setAboutPanelOptions).toHaveBeenCalledWith(expect.objectContaining({ applicationName: 'Qiyos', applicationVersion: '0.1.0' }));
  });

  it('shows a message box with the version on Windows and Linux', async () => {
    expect(aboutMessageBoxOptions(INFO)).toMatchObject({ title: 'About Qiyos', message: 'Qiyos 1.2.3', type: 'info' });
    expect(aboutMessageBoxOptions(INFO).detail).toContain('Electron 45.4.1');
    const window = new BrowserWindow({});
    dialog.showMessageBox.mockResolvedValue({ response: 0, checkboxChecked: false });
    await showAboutDialog(window as never);
    expect(dialog.showMessageBox).toHaveBeenCalledWith(window, expect.objectContaining({ message: 'Qiyos 0.1.0' }));
  });
});
