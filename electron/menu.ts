/**
 * The application menu. `buildMenuTemplate` is a pure function of the platform, the renderer's
 * menu state and the UI language (no Electron needed to test it); `createAppMenu` installs it and
 * rebuilds it whenever the renderer reports a new state or language. Qiyos commands come from the
 * table in shared/commands.ts (labels from shared/i18n/commandMessages.ts) and are sent to the
 * renderer; standard items (edit, zoom, window, quit) use Electron roles with translated labels.
 */
import { BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import { APP_COMMANDS, MENU_ITEM_COMMAND_IDS, type MenuGroup, type MenuItemCommandId, type MenuName } from '../shared/commands';
import { commandLabel, menuMessages } from '../shared/i18n/commandMessages';
import { DEFAULT_UI_LOCALE, formatMessage, type UiLocale } from '../shared/i18n/locales';
import { MENU_COMMAND_CHANNEL, type MenuCommand, type MenuState } from '../shared/ipc';
import { roleMessages } from './menuMessages';

export interface MenuActions {
  /** Sends a command to the renderer. */
  send(command: MenuCommand): void;
  /** Shows the About dialog (Windows and Linux; macOS uses the native about panel). */
  showAbout(): void;
}

export interface MenuOptions {
  /** Adds Reload and Toggle Developer Tools to the View menu. */
  isDev?: boolean;
  appName?: string;
  /** The UI language of the labels; default English. */
  locale?: UiLocale;
}

export const EMPTY_MENU_STATE: MenuState = { enabled: [], recentProjects: [] };

type Item = MenuItemConstructorOptions;
const separator: Item = { type: 'separator' };

/** Joins groups of items with separators, leaving out empty groups. */
function withSeparators(groups: Item[][]): Item[] {
  return groups.filter((group) => group.length > 0).flatMap((group, index) => (index === 0 ? group : [separator, ...group]));
}

/** On Windows and Linux "&" marks a mnemonic, so a literal one in a project name is doubled. */
function escapeLabel(label: string, platform: string): string {
  return platform === 'darwin' ? label : label.replace(/&/g, '&&');
}

/** Top-level menu labels: mnemonics (Alt+F…) on Windows and Linux. */
function topLabel(label: string, platform: string): string {
  return platform === 'darwin' ? label : `&${escapeLabel(label, platform)}`;
}

type Role = NonNullable<Item['role']>;

/**
 * The application menu for `platform` ('darwin', 'win32', 'linux', …):
 * - macOS: an app menu (About, Services, Hide, Hide Others, Show All, Quit), File, Edit, View, Window, Help;
 * - Windows and Linux: File (… Exit / Quit), Edit, View, Help (… About).
 * Every command of shared/commands.ts appears in its menu, enabled only when `state.enabled` lists
 * it (the renderer has a handler right now); nothing else is invented.
 */
export function buildMenuTemplate(platform: string, state: MenuState, actions: MenuActions, options: MenuOptions = {}): Item[] {
  const { isDev = false, appName = 'Qiyos', locale = DEFAULT_UI_LOCALE } = options;
  const isMac = platform === 'darwin';
  const enabled = new Set<string>(state.enabled);
  const words = menuMessages[locale];
  const roleWords = roleMessages[locale];
  const role = (name: Role & keyof typeof roleWords): Item => ({ role: name, label: formatMessage(roleWords[name], { app: appName }, locale) });

  const commandItem = (id: MenuItemCommandId): Item => {
    const spec: (typeof APP_COMMANDS)[MenuItemCommandId] & { keysOwnedByFocus?: boolean; windowsAccelerator?: string } = APP_COMMANDS[id];
    const item: Item = { id: `command:${id}`, label: escapeLabel(commandLabel(id, locale), platform), enabled: enabled.has(id), click: () => actions.send({ id }) };
    if ('accelerator' in spec) item.accelerator = platform === 'win32' && spec.windowsAccelerator ? spec.windowsAccelerator : spec.accelerator;
    // Undo/Redo: the key stays with the focused text field or grid (they handle it); the item shows it and works on click.
    if (spec.keysOwnedByFocus) item.registerAccelerator = false;
    return item;
  };

  /** The table's commands for one menu group, in table order (About is handled per platform below). */
  const group = (menu: MenuName, name: MenuGroup): Item[] =>
    MENU_ITEM_COMMAND_IDS.filter((id) => id !== 'about' && APP_COMMANDS[id].menu === menu && APP_COMMANDS[id].group === name).map(commandItem);

  const recentProjects = state.recentProjects.map(
    (project): Item => ({
      id: `recent:${project.id}`,
      label: escapeLabel(project.name, platform),
      enabled: enabled.has('open-project'),
      click: () => actions.send({ id: 'open-project', arg: project.id }),
    }),
  );
  const openRecent: Item = {
    id: 'open-recent',
    label: escapeLabel(words.openRecent, platform),
    enabled: recentProjects.length > 0 && enabled.has('open-project'),
    submenu: recentProjects.length > 0 ? recentProjects : [{ label: escapeLabel(words.noRecentProjects, platform), enabled: false }],
  };

  const aboutLabel = escapeLabel(formatMessage(words.aboutApp, { app: appName }, locale), platform);
  const about: Item = isMac ? { id: 'about', role: 'about', label: aboutLabel } : { id: 'about', label: aboutLabel, click: () => actions.showAbout() };

  // Windows says Exit (E&xit in English), Linux Quit; the role brings Ctrl+Q on Linux.
  const quitWord = platform === 'win32' ? words.exit : words.quit;
  const quit: Item = isMac
    ? { role: 'quit', label: formatMessage(words.quitApp, { app: appName }, locale) }
    : { role: 'quit', label: locale === 'en' ? (platform === 'win32' ? 'E&xit' : '&Quit') : `&${quitWord}` };

  const file: Item = {
    id: 'file',
    label: topLabel(words['menu.file'], platform),
    submenu: withSeparators([
      [...group('file', 'project'), openRecent],
      group('file', 'import'),
      group('file', 'export'),
      group('file', 'backup'),
      isMac ? [role('close')] : [quit],
    ]),
  };

  const edit: Item = {
    id: 'edit',
    label: topLabel(words['menu.edit'], platform),
    submenu: withSeparators([
      // App-level Undo/Redo (the renderer undoes text in a focused field, else the alignment's last edit).
      group('edit', 'history'),
      [role('cut'), role('copy'), role('paste'), ...(isMac ? [role('pasteAndMatchStyle')] : []), role('delete'), role('selectAll')],
      group('edit', 'find'),
    ]),
  };

  const view: Item = {
    id: 'view',
    label: topLabel(words['menu.view'], platform),
    submenu: withSeparators([
      isDev ? [role('reload'), role('forceReload'), role('toggleDevTools')] : [],
      [role('resetZoom'), role('zoomIn'), role('zoomOut')],
      [role('togglefullscreen')],
    ]),
  };

  const help: Item = {
    id: 'help',
    role: 'help',
    label: topLabel(words['menu.help'], platform),
    submenu: withSeparators([group('help', 'help'), isMac ? [] : [about]]),
  };

  if (!isMac) return [file, edit, view, help];

  const appMenu: Item = {
    id: 'app',
    label: appName,
    submenu: withSeparators([[about], [role('services')], [role('hide'), role('hideOthers'), role('unhide')], [quit]]),
  };
  return [appMenu, file, edit, view, { id: 'window', role: 'windowMenu', label: roleWords.window }, help];
}

export interface AppMenuOptions extends MenuOptions {
  platform: string;
  getWindow: () => BrowserWindow | null;
  showAbout: () => void;
}

export interface AppMenu {
  /** Builds and sets the application menu for the current state. */
  install(): void;
  /** Takes the renderer's new menu state (checked already) and rebuilds the menu when it changed. */
  update(state: MenuState): void;
  /** Rebuilds the menu in another UI language (when it changed). */
  setLocale(locale: UiLocale): void;
}

/** The application menu, wired to Electron: commands go to the focused window's renderer (or the main window). */
export function createAppMenu({ platform, getWindow, showAbout, locale: initialLocale = DEFAULT_UI_LOCALE, ...options }: AppMenuOptions): AppMenu {
  let state = EMPTY_MENU_STATE;
  let locale = initialLocale;
  let installed = '';
  const key = (): string => JSON.stringify([state, locale]);
  const actions: MenuActions = {
    send(command) {
      const target = BrowserWindow.getFocusedWindow() ?? getWindow();
      if (target && !target.isDestroyed()) target.webContents.send(MENU_COMMAND_CHANNEL, command);
    },
    showAbout,
  };
  const install = (): void => {
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(platform, state, actions, { ...options, locale })));
    installed = key();
  };
  return {
    install,
    update(next) {
      state = next;
      if (key() !== installed) install();
    },
    setLocale(next) {
      locale = next;
      if (key() !== installed) install();
    },
  };
}
