import { describe, expect, it } from 'vitest';
import { ALIGNMENT_KEYS, APP_COMMANDS } from '../../../shared/commands';
import { formatAccelerator, parseAccelerator } from '../../../renderer/shell/keys';

const normal = (key: string) => JSON.stringify(parseAccelerator(key));

describe('alignment view keys', () => {
  it('bind each key once, and none of the app-wide shortcuts', () => {
    const own = Object.values(ALIGNMENT_KEYS).flatMap((spec) => [...spec.keys]);
    expect(new Set(own.map(normal)).size).toBe(own.length);
    // Undo/Redo's keys belong to the focus (the grid's own undo, a field's text undo): the menu only shows them.
    const global = Object.values(APP_COMMANDS)
      .filter((spec) => !('keysOwnedByFocus' in spec))
      .flatMap((spec) => [...('accelerator' in spec ? [spec.accelerator] : []), ...('extraKeys' in spec ? spec.extraKeys : [])]);
    for (const key of own) expect(global.map(normal)).not.toContain(normal(key));
  });

  it('show the same undo and redo keys in the menu as the grid handles', () => {
    expect(ALIGNMENT_KEYS.undo.keys.map(normal)).toContain(normal(APP_COMMANDS.undo.accelerator));
    expect(ALIGNMENT_KEYS.redo.keys.map(normal)).toContain(normal(APP_COMMANDS.redo.accelerator));
    expect(ALIGNMENT_KEYS.redo.keys.map(normal)).toContain(normal(APP_COMMANDS.redo.windowsAccelerator));
  });

  it('are written for people on the shortcut sheet', () => {
    expect(formatAccelerator('Alt+ArrowUp', false)).toBe('Alt+↑');
    expect(formatAccelerator('CmdOrCtrl+Shift+Z', true)).toBe('⇧⌘Z');
    expect(formatAccelerator('PageDown', false)).toBe('Page Down');
  });
});
