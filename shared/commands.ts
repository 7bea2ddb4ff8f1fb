/**
 * The app's commands, written once: the native menu (electron/menu.ts), the browser's keyboard
 * shortcuts and the shortcut sheet (renderer/shell) are all built from this table.
 *
 * Only commands whose feature exists are listed; a later feature adds its command with one line
 * here (e.g. `'export-tbx': { label: 'Export TBX…', menu: 'file', group: 'export', … }`) and one
 * `registerCommand` call in the feature. The menu enables an item only while the renderer has a
 * handler registered for it.
 */

import type { ErrorText } from './i18n/localizeError';

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
  /**
   * The keys belong to whatever has focus (a text field's own undo, the alignment grid's keys): the
   * menu shows the accelerator without taking the key, and the renderer does not catch it globally.
   */
  keysOwnedByFocus?: boolean;
  /** The accelerator on Windows, when its convention differs (Ctrl+Y for Redo; written CmdOrCtrl like the others). */
  windowsAccelerator?: string;
}

export const APP_COMMANDS = {
  'new-project': { label: 'New Project', menu: 'file', group: 'project', accelerator: 'CmdOrCtrl+N', description: 'Start a new project' },
  'import-documents': { label: 'Import Documents…', menu: 'file', group: 'import', accelerator: 'CmdOrCtrl+O', description: 'Add documents to the open project' },
  'import-tmx': { label: 'Import TMX…', menu: 'file', group: 'import', description: 'Create a project from a TMX file of any tool (on the home screen)' },
  'export-tmx': { label: 'Export TMX…', menu: 'file', group: 'export', accelerator: 'CmdOrCtrl+E', description: 'Export the alignment as TMX' },
  'export-glossary-tbx': { label: 'Export Glossary as TBX…', menu: 'file', group: 'export', description: 'Export the approved glossary entries as TBX-Basic (on the glossary screen)' },
  'export-glossary-csv': { label: 'Export Glossary as CSV…', menu: 'file', group: 'export', description: 'Export the approved glossary entries as CSV, one column per language (on the glossary screen)' },
  'import-glossary': { label: 'Import Glossary…', menu: 'file', group: 'import', description: 'Add a TBX, CSV or OmegaT TSV glossary to the project (on the glossary screen)' },
  'backup-project': { label: 'Back Up Project…', menu: 'file', group: 'backup', description: 'Save the open project with everything in it as one backup file' },
  'backup-all': { label: 'Back Up All Projects…', menu: 'file', group: 'backup', description: 'Save every project and the settings as one backup file' },
  'restore-backup': { label: 'Restore Backup…', menu: 'file', group: 'backup', description: 'Restore a project from a backup file (on the home screen)' },
  undo: { label: 'Undo', menu: 'edit', group: 'history', accelerator: 'CmdOrCtrl+Z', keysOwnedByFocus: true, description: 'Undo typing in a text field, else the last alignment edit' },
  redo: {
    label: 'Redo',
    menu: 'edit',
    group: 'history',
    accelerator: 'CmdOrCtrl+Shift+Z',
    windowsAccelerator: 'CmdOrCtrl+Y',
    keysOwnedByFocus: true,
    description: 'Redo what was undone',
  },
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

/** Files opened from outside the app, read by main (see OpenedFiles in shared/ipc.ts). */
export interface OpenedFilesArg {
  files: { name: string; bytes: Uint8Array }[];
  /** One message per refused file, as a message id and values: the renderer shows it in the UI language. */
  problems: ErrorText[];
}

/**
 * Every command and its argument: the table's commands take none; "Open Recent" opens a project by
 * id; "open-files" brings files opened from outside the app (command line, "Open with").
 */
export type CommandArgs = { [C in MenuItemCommandId]: void } & { 'open-project': number; 'open-files': OpenedFilesArg };

export type CommandId = keyof CommandArgs;

export const MENU_ITEM_COMMAND_IDS = Object.keys(APP_COMMANDS) as MenuItemCommandId[];
export const COMMAND_IDS: readonly CommandId[] = [...MENU_ITEM_COMMAND_IDS, 'open-project', 'open-files'];

export function isCommandId(value: unknown): value is CommandId {
  return typeof value === 'string' && (COMMAND_IDS as readonly string[]).includes(value);
}

/**
 * Keys of the alignment view: handled by the grid itself while it has focus (so they never fire in
 * a text field), listed on the shortcut sheet, and not menu items (a plain letter as a native menu
 * accelerator would be taken from every text field). Same accelerator syntax, with DOM key names.
 */
export const ALIGNMENT_KEYS = {
  'row-down': { keys: ['ArrowDown', 'J'], description: 'Next row' },
  'row-up': { keys: ['ArrowUp', 'K'], description: 'Previous row' },
  'page-down': { keys: ['PageDown'], description: 'A page of rows down' },
  'page-up': { keys: ['PageUp'], description: 'A page of rows up' },
  'first-row': { keys: ['Home'], description: 'First row' },
  'last-row': { keys: ['End'], description: 'Last row' },
  'column-right': { keys: ['ArrowRight'], description: 'Next column (for column edits)' },
  'column-left': { keys: ['ArrowLeft'], description: 'Previous column' },
  'merge-next': { keys: ['M'], description: 'Merge the row with the next one' },
  'merge-previous': { keys: ['Shift+M'], description: 'Merge the row with the previous one' },
  split: { keys: ['S'], description: 'Split the row in two' },
  'move-up': { keys: ['Alt+ArrowUp'], description: "Move the column's first sentence to the row above" },
  'move-down': { keys: ['Alt+ArrowDown'], description: "Move the column's last sentence to the row below" },
  'no-counterpart': { keys: ['N'], description: "No counterpart: the column's sentences get a row of their own" },
  'toggle-confirm': { keys: ['Space', 'Enter'], description: 'Confirm or unconfirm the row' },
  'confirm-above': { keys: ['Shift+Enter'], description: 'Confirm every row down to this one' },
  'edit-text': { keys: ['F2'], description: "Edit the text of the column's first sentence (double-click edits any sentence)" },
  realign: { keys: ['R'], description: 'Realign the unconfirmed rows (confirmed rows are kept)' },
  undo: { keys: ['CmdOrCtrl+Z'], description: 'Undo the last alignment edit' },
  redo: { keys: ['CmdOrCtrl+Shift+Z', 'CmdOrCtrl+Y'], description: 'Redo' },
  'next-low': { keys: ['F7'], description: 'Next low-confidence row (below 0.50)' },
  'previous-low': { keys: ['Shift+F7'], description: 'Previous low-confidence row' },
  'next-unconfirmed': { keys: ['U'], description: 'Next unconfirmed row' },
  'go-to-row': { keys: ['CmdOrCtrl+G'], description: 'Go to row N' },
} as const satisfies Record<string, { keys: readonly string[]; description: string }>;

export type AlignmentKeyId = keyof typeof ALIGNMENT_KEYS;
