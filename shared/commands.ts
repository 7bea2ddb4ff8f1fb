/**
 * The app's commands, written once: the native menu (electron/menu.ts), the browser's keyboard
 * shortcuts and the shortcut sheet (renderer/shell) are all built from this table.
 *
 * Only commands whose feature exists are listed; a later feature adds its command with one line
 * here (e.g. `'export-tbx': { label: 'Export TBX…', menu: 'file', group: 'export', … }`) and one
 * `registerCommand` call in the feature. The menu enables an item only while the renderer has a
 * handler registered for it.
 */

export type MenuName = 'file' | 'edit' | 'view' | 'help';

/** Groups inside a menu, separated by a line; the File menu puts "Open Recent" after 'project'. */
export type MenuGroup = 'project' | 'import' | 'export' | 'backup' | 'history' | 'find' | 'help' | 'about';

export interface CommandSpec {
  /** The menu label (Title Case, "…" when it asks for more input). */
  label: string;
  menu: MenuName;
  group: MenuGroup;
  /** Electron accelerator syntax ("CmdOrCtrl+N", "F1"): shown in the menu, and handled by the renderer in the browser. */
  accelerator?: string;
  /** Extra keys the renderer handles on every platform (a native menu item has only one accelerator). */
  extraKeys?: readonly string[];
  /** One line for the shortcut sheet. */
  description: string;
}

export const APP_COMMANDS = {
  'new-project': { label: 'New Project', menu: 'file', group: 'project', accelerator: 'CmdOrCtrl+N', description: 'Start a new project' },
  'import-documents': { label: 'Import Documents…', menu: 'file', group: 'import', accelerator: 'CmdOrCtrl+O', description: 'Add documents to the open project' },
  'export-tmx': { label: 'Export TMX…', menu: 'file', group: 'export', accelerator: 'CmdOrCtrl+E', description: 'Export the alignment as TMX' },
  find: { label: 'Find…', menu: 'edit', group: 'find', accelerator: 'CmdOrCtrl+F', description: 'Find text in the alignment (in any script)' },
  'shortcut-sheet': {
    label: 'Keyboard Shortcuts',
    menu: 'help',
    group: 'help',
    accelerator: 'F1',
    extraKeys: ['CmdOrCtrl+/', '?'],
    description: 'Show this list of shortcuts',
  },
  about: { label: 'About Qiyos', menu: 'help', group: 'about', description: 'Version and credits' },
} as const satisfies Record<string, CommandSpec>;

/** A command with a fixed menu item. */
export type MenuItemCommandId = keyof typeof APP_COMMANDS;

/** Every command and its argument: the table's commands take none; "Open Recent" opens a project by id. */
export type CommandArgs = { [C in MenuItemCommandId]: void } & { 'open-project': number };

export type CommandId = keyof CommandArgs;

export const MENU_ITEM_COMMAND_IDS = Object.keys(APP_COMMANDS) as MenuItemCommandId[];
export const COMMAND_IDS: readonly CommandId[] = [...MENU_ITEM_COMMAND_IDS, 'open-project'];

export function isCommandId(value: unknown): value is CommandId {
  return typeof value === 'string' && (COMMAND_IDS as readonly string[]).includes(value);
}
