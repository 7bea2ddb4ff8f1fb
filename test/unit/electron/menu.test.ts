import type { MenuItemConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./electronMock'));

import { BrowserWindow, Menu, resetElectronMock } from './electronMock';
import { buildMenuTemplate, createAppMenu, EMPTY_MENU_STATE, type MenuActions } from '../../../electron/menu';
import { APP_COMMANDS, COMMAND_IDS, MENU_ITEM_COMMAND_IDS } from '../../../shared/commands';
import { MENU_COMMAND_CHANNEL, type MenuState } from '../../../shared/ipc';

type Item = MenuItemConstructorOptions;

const ALL_ENABLED: MenuState = { enabled: [...COMMAND_IDS], recentProjects: [{ id: 7, name: 'Tashkent talks' }, { id: 3, name: 'R&D notes' }] };

function actions() {
  return { send: vi.fn<MenuActions['send']>(), showAbout: vi.fn<MenuActions['showAbout']>() };
}

function submenu(item: Item | undefined): Item[] {
  expect(item, 'menu exists').toBeDefined();
  return item!.submenu as Item[];
}

function top(template: Item[], id: string): Item {
  const item = template.find((entry) => entry.id === id || entry.role === id);
  expect(item, `top-level menu ${id}`).toBeDefined();
  return item!;
}

/** Every item of the template, depth first. */
function flatten(items: Item[]): Item[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu as Item[]) : [])]);
}

function find(template: Item[], id: string): Item | undefined {
  return flatten(template).find((item) => item.id === id);
}

function roles(items: Item[]): string[] {
  return items.map((item) => item.role ?? item.type ?? item.id ?? item.label ?? '?') as string[];
}

function click(item: Item | undefined): void {
  expect(item?.click, `${item?.id} is clickable`).toBeTypeOf('function');
  (item!.click as () => void)();
}

describe.each(['darwin', 'win32', 'linux'])('menu template on %s', (platform) => {
  const isMac = platform === 'darwin';

  it('has the platform’s top-level menus', () => {
    const labels = buildMenuTemplate(platform, ALL_ENABLED, actions()).map((item) => item.label ?? item.role);
    expect(labels).toEqual(isMac ? ['Qiyos', 'File', 'Edit', 'View', 'Window', 'Help'] : ['&File', '&Edit', '&View', '&Help']);
  });

  it('gives each Qiyos command its CmdOrCtrl or function-key accelerator', () => {
    const template = buildMenuTemplate(platform, ALL_ENABLED, actions());
    expect(find(template, 'command:new-project')).toMatchObject({ label: 'New Project', accelerator: 'CmdOrCtrl+N', enabled: true });
    expect(find(template, 'command:import-documents')).toMatchObject({ label: 'Import Documents…', accelerator: 'CmdOrCtrl+O' });
    expect(find(template, 'command:export-tmx')).toMatchObject({ label: 'Export TMX…', accelerator: 'CmdOrCtrl+E' });
    expect(find(template, 'command:shortcut-sheet')).toMatchObject({ label: 'Keyboard Shortcuts', accelerator: 'F1' });
    expect(submenu(top(template, 'edit')).at(-1)).toMatchObject({ id: 'command:find', label: 'Find…', accelerator: 'CmdOrCtrl+F' });
    for (const item of flatten(template)) {
      if (typeof item.accelerator === 'string') expect(item.accelerator, item.id).not.toMatch(/^(Ctrl|Cmd|Command|Control)\+[A-Z]$/);
    }
  });

  it('puts the File commands in order with Open Recent after New Project and ends with the platform’s quit or close', () => {
    const file = submenu(top(buildMenuTemplate(platform, ALL_ENABLED, actions()), 'file'));
    expect(roles(file)).toEqual([
      'command:new-project',
      'open-recent',
      'separator',
      'command:import-documents',
      'command:import-tmx',
      'command:import-glossary',
      'separator',
      'command:export-tmx',
      'command:export-glossary-tbx',
      'command:export-glossary-csv',
      'separator',
      'command:backup-project',
      'command:backup-all',
      'command:restore-backup',
      'separator',
      isMac ? 'close' : 'quit',
    ]);
    const last = file.at(-1)!;
    if (platform === 'win32') expect(last.label).toBe('E&xit');
    if (platform === 'linux') expect(last.label).toBe('&Quit');
  });

  it('uses roles for the standard edit items, so they work in text fields', () => {
    const edit = roles(submenu(top(buildMenuTemplate(platform, ALL_ENABLED, actions()), 'edit')));
    expect(edit).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll']));
    if (isMac) expect(edit).toContain('pasteAndMatchStyle');
  });

  it('has app-level Undo and Redo first in Edit, showing their keys without taking them from the focus', () => {
    const a = actions();
    const edit = submenu(top(buildMenuTemplate(platform, ALL_ENABLED, a), 'edit'));
    expect(roles(edit).slice(0, 3)).toEqual(['command:undo', 'command:redo', 'separator']);
    expect(edit[0]).toMatchObject({ label: 'Undo', accelerator: 'CmdOrCtrl+Z', registerAccelerator: false, enabled: true });
    expect(edit[1]).toMatchObject({ label: 'Redo', accelerator: platform === 'win32' ? 'CmdOrCtrl+Y' : 'CmdOrCtrl+Shift+Z', registerAccelerator: false });
    expect(flatten(edit).filter((item) => item.role === 'undo' || item.role === 'redo')).toEqual([]);
    click(edit[0]);
    click(edit[1]);
    expect(a.send.mock.calls).toEqual([[{ id: 'undo' }], [{ id: 'redo' }]]);
    // Other commands keep their accelerators registered.
    expect(find(buildMenuTemplate(platform, ALL_ENABLED, a), 'command:find')!.registerAccelerator).toBeUndefined();
  });

  it('has zoom and full screen in View, and reload / developer tools only in development', () => {
    const production = roles(submenu(top(buildMenuTemplate(platform, ALL_ENABLED, actions()), 'view')));
    expect(production).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'separator', 'togglefullscreen']);
    const dev = roles(submenu(top(buildMenuTemplate(platform, ALL_ENABLED, actions(), { isDev: true }), 'view')));
    expect(dev).toEqual(['reload', 'forceReload', 'toggleDevTools', 'separator', 'resetZoom', 'zoomIn', 'zoomOut', 'separator', 'togglefullscreen']);
  });

  it('shows About where the platform expects it', () => {
    const a = actions();
    const template = buildMenuTemplate(platform, EMPTY_MENU_STATE, a);
    const help = submenu(top(template, 'help'));
    if (isMac) {
      const appMenu = roles(submenu(template[0]));
      expect(appMenu).toEqual(['about', 'separator', 'services', 'separator', 'hide', 'hideOthers', 'unhide', 'separator', 'quit']);
      expect(help.some((item) => item.id === 'about')).toBe(false);
      expect(template.find((item) => item.role === 'windowMenu')).toBeDefined();
    } else {
      expect(roles(help)).toEqual(['command:shortcut-sheet', 'separator', 'about']);
      click(help.at(-1));
      expect(a.showAbout).toHaveBeenCalledOnce();
      expect(template.find((item) => item.role === 'windowMenu')).toBeUndefined();
    }
    expect(find(template, 'about')!.label).toBe('About Qiyos');
  });

  it('disables the commands the renderer has not registered', () => {
    const template = buildMenuTemplate(platform, { enabled: ['new-project'], recentProjects: [] }, actions());
    expect(find(template, 'command:new-project')!.enabled).toBe(true);
    for (const id of ['import-documents', 'export-tmx', 'find', 'shortcut-sheet'] as const) expect(find(template, `command:${id}`)!.enabled, id).toBe(false);
    expect(find(template, 'open-recent')!.enabled).toBe(false);
  });

  it('has one item per command of the table, each in its menu and group, and nothing invented', () => {
    const template = buildMenuTemplate(platform, ALL_ENABLED, actions(), { isDev: true });
    const commandItems = flatten(template).filter((item) => item.id?.startsWith('command:'));
    expect(commandItems.map((item) => item.id!.slice('command:'.length)).sort()).toEqual(MENU_ITEM_COMMAND_IDS.filter((id) => id !== 'about').sort());
    // Each group's items sit together between separators, in table order (TBX/CSV exports join 'export', …).
    for (const menu of ['file', 'edit', 'help'] as const) {
      const items = submenu(top(template, menu));
      for (const group of new Set(MENU_ITEM_COMMAND_IDS.filter((id) => id !== 'about' && APP_COMMANDS[id].menu === menu).map((id) => APP_COMMANDS[id].group))) {
        const ids = MENU_ITEM_COMMAND_IDS.filter((id) => id !== 'about' && APP_COMMANDS[id].menu === menu && APP_COMMANDS[id].group === group);
        const start = items.findIndex((item) => item.id === `command:${ids[0]}`);
        expect(items.slice(start, start + ids.length).map((item) => item.id), `${menu}/${group}`).toEqual(ids.map((id) => `command:${id}`));
        expect(start === 0 || items[start - 1]!.type === 'separator', `${menu}/${group} starts a group`).toBe(true);
      }
    }
  });

  it('lists the recent projects and opens one by id; an empty list shows a disabled placeholder', () => {
    const a = actions();
    const template = buildMenuTemplate(platform, ALL_ENABLED, a);
    const recent = submenu(find(template, 'open-recent'));
    expect(recent.map((item) => item.label)).toEqual(['Tashkent talks', isMac ? 'R&D notes' : 'R&&D notes']);
    click(recent[1]);
    expect(a.send).toHaveBeenCalledWith({ id: 'open-project', arg: 3 });

    const empty = find(buildMenuTemplate(platform, { enabled: ['open-project'], recentProjects: [] }, a), 'open-recent')!;
    expect(empty.enabled).toBe(false);
    expect(submenu(empty)).toEqual([{ label: 'No Recent Projects', enabled: false }]);
  });

  it('sends each command item’s command when clicked', () => {
    const a = actions();
    const template = buildMenuTemplate(platform, ALL_ENABLED, a);
    for (const id of ['new-project', 'import-documents', 'export-tmx', 'find', 'shortcut-sheet'] as const) {
      a.send.mockClear();
      click(find(template, `command:${id}`));
      expect(a.send).toHaveBeenCalledWith({ id });
    }
  });
});

describe('the command table', () => {
  it('gives every accelerator in the CmdOrCtrl form or a function key', () => {
    for (const [id, spec] of Object.entries(APP_COMMANDS)) {
      if ('accelerator' in spec) expect(spec.accelerator, id).toMatch(/^(CmdOrCtrl\+(Shift\+)?[A-Z/]|F\d{1,2})$/);
    }
  });
});

describe('createAppMenu', () => {
  beforeEach(() => resetElectronMock());

  function installed(): Item[] {
    const calls = Menu.buildFromTemplate.mock.calls;
    return calls.at(-1)![0] as Item[];
  }

  it('installs the application menu and rebuilds it only when the state changes', () => {
    const menu = createAppMenu({ platform: 'linux', getWindow: () => null, showAbout: vi.fn() });
    menu.install();
    expect(Menu.setApplicationMenu).toHaveBeenCalledOnce();
    expect(find(installed(), 'command:new-project')!.enabled).toBe(false);
    menu.update({ enabled: ['new-project'], recentProjects: [] });
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(2);
    expect(find(installed(), 'command:new-project')!.enabled).toBe(true);
    menu.update({ enabled: ['new-project'], recentProjects: [] });
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(2);
  });

  it('sends a clicked command to the focused window’s webContents', () => {
    const main = new BrowserWindow({});
    const focused = new BrowserWindow({});
    BrowserWindow.focused = focused;
    const menu = createAppMenu({ platform: 'win32', getWindow: () => main as never, showAbout: vi.fn() });
    menu.update({ enabled: ['export-tmx'], recentProjects: [] });
    click(find(installed(), 'command:export-tmx'));
    expect(focused.webContents.send).toHaveBeenCalledWith(MENU_COMMAND_CHANNEL, { id: 'export-tmx' });
    expect(main.webContents.send).not.toHaveBeenCalled();
  });

  it('falls back to the main window when no window has focus, and skips a destroyed one', () => {
    const main = new BrowserWindow({});
    const menu = createAppMenu({ platform: 'darwin', getWindow: () => main as never, showAbout: vi.fn() });
    menu.update({ enabled: ['new-project'], recentProjects: [] });
    click(find(installed(), 'command:new-project'));
    expect(main.webContents.send).toHaveBeenCalledWith(MENU_COMMAND_CHANNEL, { id: 'new-project' });
    main.destroyed = true;
    main.webContents.send.mockClear();
    click(find(installed(), 'command:new-project'));
    expect(main.webContents.send).not.toHaveBeenCalled();
  });

  it('calls showAbout from Help → About on Windows', () => {
    const showAbout = vi.fn();
    createAppMenu({ platform: 'win32', getWindow: () => null, showAbout }).install();
    click(find(installed(), 'about'));
    expect(showAbout).toHaveBeenCalledOnce();
  });
});

describe('the menu in the UI language', () => {
  it('labels commands, menus and standard items in Russian and Uzbek, with mnemonics off macOS', () => {
    const ru = buildMenuTemplate('win32', ALL_ENABLED, actions(), { locale: 'ru' });
    expect(ru.map((item) => item.label)).toEqual(['&Файл', '&Правка', '&Вид', '&Справка']);
    expect(find(ru, 'command:new-project')).toMatchObject({ label: 'Новый проект', accelerator: 'CmdOrCtrl+N' });
    expect(find(ru, 'command:backup-all')!.label).toBe('Резервная копия всех проектов…');
    expect(find(ru, 'command:undo')!.label).toBe('Отменить');
    expect(find(ru, 'open-recent')!.label).toBe('Недавние проекты');
    expect(flatten(ru).find((item) => item.role === 'copy')!.label).toBe('Копировать');
    expect(flatten(ru).find((item) => item.role === 'quit')!.label).toBe('&Выход');
    const uz = buildMenuTemplate('darwin', { enabled: [], recentProjects: [] }, actions(), { locale: 'uz-Latn' });
    expect(uz.map((item) => item.label)).toEqual(['Qiyos', 'Fayl', 'Tahrir', 'Koʻrinish', 'Oyna', 'Yordam']);
    expect(find(uz, 'about')!.label).toBe('Qiyos haqida');
    expect(submenu(find(uz, 'open-recent'))).toEqual([{ label: 'Soʻnggi loyihalar yoʻq', enabled: false }]);
    expect(flatten(uz).find((item) => item.role === 'hide')!.label).toBe('Qiyos ni yashirish');
  });

  it('gives every item a label in every language (no English left in Russian)', () => {
    for (const platform of ['darwin', 'win32', 'linux']) {
      const en = flatten(buildMenuTemplate(platform, ALL_ENABLED, actions(), { isDev: true, locale: 'en' }));
      const ru = flatten(buildMenuTemplate(platform, ALL_ENABLED, actions(), { isDev: true, locale: 'ru' }));
      expect(ru).toHaveLength(en.length);
      ru.forEach((item, i) => {
        if (item.type === 'separator' || item.id?.startsWith('recent:') || item.label === 'Qiyos') return;
        expect(item.label, `${platform} ${item.id ?? item.role}`).toBeTruthy();
        expect(item.label, `${platform} ${item.id ?? item.role}`).not.toBe(en[i]!.label);
      });
    }
  });

  it('rebuilds the installed menu when the language changes, and only then', () => {
    resetElectronMock();
    const menu = createAppMenu({ platform: 'linux', getWindow: () => null, showAbout: vi.fn(), locale: 'en' });
    menu.install();
    menu.setLocale('en');
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    menu.setLocale('ru');
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(2);
    const template = Menu.buildFromTemplate.mock.calls.at(-1)![0] as Item[];
    expect(template[0]!.label).toBe('&Файл');
    menu.update({ enabled: ['new-project'], recentProjects: [] });
    expect(find(Menu.buildFromTemplate.mock.calls.at(-1)![0] as Item[], 'command:new-project')).toMatchObject({ label: 'Новый проект', enabled: true });
  });
});
