import { describe, expect, it, vi } from 'vitest';
import { createCommandBus } from '../../../renderer/shell/commands';
import { formatAccelerator, isEditableTarget, isPlainKey, matchesAccelerator, type KeyLike } from '../../../renderer/shell/keys';
import { connectMenuBridge } from '../../../renderer/platform/menuBridge';
import { findBeads } from '../../../renderer/features/find/findBeads';
import type { DesktopBridge, MenuCommand } from '../../../shared/ipc';

describe('command bus', () => {
  it('runs the registered handler with its argument and says whether anything ran', () => {
    const bus = createCommandBus();
    const open = vi.fn();
    expect(bus.run('open-project', 4)).toBe(false);
    bus.register('open-project', open);
    expect(bus.run('open-project', 4)).toBe(true);
    expect(open).toHaveBeenCalledWith(4);
  });

  it('lets the latest registration win and restores the previous one when it leaves', () => {
    const bus = createCommandBus();
    const outer = vi.fn();
    const inner = vi.fn();
    const removeOuter = bus.register('new-project', outer);
    const removeInner = bus.register('new-project', inner);
    bus.run('new-project');
    expect(inner).toHaveBeenCalledOnce();
    expect(outer).not.toHaveBeenCalled();
    removeInner();
    removeInner();
    bus.run('new-project');
    expect(outer).toHaveBeenCalledOnce();
    removeOuter();
    expect(bus.run('new-project')).toBe(false);
  });

  it('reports the available commands and notifies only when that set changes', () => {
    const bus = createCommandBus();
    const listener = vi.fn();
    const unsubscribe = bus.subscribe(listener);
    const a = bus.register('export-tmx', () => {});
    const b = bus.register('export-tmx', () => {});
    bus.register('about', () => {});
    expect(bus.available()).toEqual(['about', 'export-tmx']);
    expect(listener).toHaveBeenCalledTimes(2);
    b();
    expect(listener).toHaveBeenCalledTimes(2);
    a();
    expect(bus.available()).toEqual(['about']);
    expect(listener).toHaveBeenCalledTimes(3);
    unsubscribe();
    bus.register('find', () => {});
    expect(listener).toHaveBeenCalledTimes(3);
  });

  it('keeps a rejected handler from becoming an unhandled rejection', async () => {
    const bus = createCommandBus();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    bus.register('export-tmx', async () => {
      throw new Error('disk full');
    });
    expect(bus.run('export-tmx')).toBe(true);
    await vi.waitFor(() => expect(errors).toHaveBeenCalledWith('Command export-tmx failed:', expect.any(Error)));
    errors.mockRestore();
  });
});

function key(init: Partial<KeyLike> & { key: string }): KeyLike {
  return { ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...init };
}

describe('keyboard accelerators', () => {
  it('maps CmdOrCtrl to Ctrl off macOS and to ⌘ on macOS', () => {
    expect(matchesAccelerator('CmdOrCtrl+N', key({ key: 'n', ctrlKey: true }), false)).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+N', key({ key: 'n', metaKey: true }), false)).toBe(false);
    expect(matchesAccelerator('CmdOrCtrl+N', key({ key: 'n', metaKey: true }), true)).toBe(true);
    expect(matchesAccelerator('CmdOrCtrl+N', key({ key: 'n', ctrlKey: true }), true)).toBe(false);
  });

  it('needs the exact modifiers for letters and function keys', () => {
    expect(matchesAccelerator('CmdOrCtrl+N', key({ key: 'N', ctrlKey: true, shiftKey: true }), false)).toBe(false);
    expect(matchesAccelerator('CmdOrCtrl+N', key({ key: 'n', ctrlKey: true, altKey: true }), false)).toBe(false);
    expect(matchesAccelerator('CmdOrCtrl+N', key({ key: 'n' }), false)).toBe(false);
    expect(matchesAccelerator('F1', key({ key: 'F1' }), false)).toBe(true);
    expect(matchesAccelerator('F1', key({ key: 'F1', ctrlKey: true }), false)).toBe(false);
    expect(matchesAccelerator('F1', key({ key: 'F1', shiftKey: true }), false)).toBe(false);
  });

  it('ignores Shift for symbols, which some keyboards need to type them', () => {
    expect(matchesAccelerator('?', key({ key: '?', shiftKey: true }), false)).toBe(true);
    expect(matchesAccelerator('?', key({ key: '?' }), false)).toBe(true);
    expect(matchesAccelerator('?', key({ key: '?', ctrlKey: true }), false)).toBe(false);
    expect(matchesAccelerator('CmdOrCtrl+/', key({ key: '/', ctrlKey: true }), false)).toBe(true);
  });

  it('formats shortcuts for each platform', () => {
    expect(formatAccelerator('CmdOrCtrl+N', false)).toBe('Ctrl+N');
    expect(formatAccelerator('CmdOrCtrl+N', true)).toBe('⌘N');
    expect(formatAccelerator('CmdOrCtrl+/', false)).toBe('Ctrl+/');
    expect(formatAccelerator('F1', true)).toBe('F1');
    expect(formatAccelerator('?', false)).toBe('?');
  });

  it('leaves plain keys to text fields', () => {
    expect(isPlainKey('?')).toBe(true);
    expect(isPlainKey('F1')).toBe(false);
    expect(isPlainKey('CmdOrCtrl+N')).toBe(false);
    expect(isEditableTarget({ tagName: 'INPUT', type: 'text' })).toBe(true);
    expect(isEditableTarget({ tagName: 'input', type: 'search' })).toBe(true);
    expect(isEditableTarget({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isEditableTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isEditableTarget({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(isEditableTarget({ tagName: 'BUTTON' })).toBe(false);
    expect(isEditableTarget(null)).toBe(false);
  });
});

function fakeBridge() {
  let listener: ((command: MenuCommand) => void) | null = null;
  const invoke = vi.fn(async (..._args: unknown[]) => undefined);
  const bridge = {
    invoke,
    onMenuCommand: vi.fn((l: (command: MenuCommand) => void) => {
      listener = l;
      return () => {
        listener = null;
      };
    }),
  } as unknown as DesktopBridge;
  return { bridge, invoke, send: (command: MenuCommand) => listener?.(command), listening: () => listener !== null };
}

describe('menu bridge', () => {
  it('runs menu commands on the bus', () => {
    const bus = createCommandBus();
    const { bridge, send } = fakeBridge();
    const newProject = vi.fn();
    const open = vi.fn();
    bus.register('new-project', newProject);
    bus.register('open-project', open);
    connectMenuBridge(bridge, bus, { whenWritesIdle: async () => {} });
    send({ id: 'new-project' });
    send({ id: 'open-project', arg: 9 });
    expect(newProject).toHaveBeenCalledOnce();
    expect(open).toHaveBeenCalledWith(9);
  });

  it('reports the available commands and recent projects once per change', async () => {
    const bus = createCommandBus();
    const { bridge, invoke } = fakeBridge();
    const menu = connectMenuBridge(bridge, bus, { whenWritesIdle: async () => {} });
    bus.register('new-project', () => {});
    bus.register('export-tmx', () => {});
    menu.setRecentProjects([{ id: 2, name: 'Talks\nday 2' }, { id: 1, name: '   ' }]);
    await Promise.resolve();
    expect(invoke).toHaveBeenCalledTimes(1);
    expect(invoke).toHaveBeenCalledWith('qiyos:set-menu-state', {
      enabled: ['export-tmx', 'new-project'],
      recentProjects: [
        { id: 2, name: 'Talks day 2' },
        { id: 1, name: 'Untitled project' },
      ],
    });
    menu.setRecentProjects([{ id: 2, name: 'Talks\nday 2' }, { id: 1, name: '' }]);
    await Promise.resolve();
    expect(invoke).toHaveBeenCalledTimes(1);
    menu.setRecentProjects(Array.from({ length: 30 }, (_, i) => ({ id: i + 1, name: `P${i}` })));
    await Promise.resolve();
    expect((invoke.mock.calls.at(-1)![1] as { recentProjects: unknown[] }).recentProjects).toHaveLength(10);
  });

  it('answers prepare-quit only after pending writes are done', async () => {
    const bus = createCommandBus();
    const { bridge, invoke, send } = fakeBridge();
    let finishWrites!: () => void;
    const writes = new Promise<void>((resolve) => (finishWrites = resolve));
    connectMenuBridge(bridge, bus, { whenWritesIdle: () => writes });
    await Promise.resolve();
    invoke.mockClear();
    send({ id: 'prepare-quit' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(invoke).not.toHaveBeenCalledWith('qiyos:ready-to-quit');
    finishWrites();
    await vi.waitFor(() => expect(invoke).toHaveBeenCalledWith('qiyos:ready-to-quit'));
  });

  it('stops listening and reporting when disposed', async () => {
    const bus = createCommandBus();
    const { bridge, invoke, listening } = fakeBridge();
    const menu = connectMenuBridge(bridge, bus, { whenWritesIdle: async () => {} });
    await Promise.resolve();
    invoke.mockClear();
    menu.dispose();
    expect(listening()).toBe(false);
    bus.register('new-project', () => {});
    await Promise.resolve();
    expect(invoke).not.toHaveBeenCalled();
  });
});

describe('find in the alignment', () => {
  const beads = [
    { cells: [[{ text: 'Президент Шавкат Мирзиёев Кўксарой қароргоҳида' }], [{ text: 'President Shavkat Mirziyoyev at Kuksaroy' }]] },
    { cells: [[{ text: '15 ноябрь' }], []] },
    { cells: [[], [{ text: 'The “talks” — behind closed doors' }]] },
  ];

  it('finds rows case-insensitively, in any cell', () => {
    expect(findBeads(beads, 'mirziyoyev')).toEqual([0]);
    expect(findBeads(beads, 'НОЯБРЬ')).toEqual([1]);
  });

  it('matches across Cyrillic and Latin script', () => {
    expect(findBeads(beads, 'Мирзиёев')).toEqual([0]);
    expect(findBeads(beads, 'qarorgohida')).toEqual([0]);
    expect(findBeads(beads, 'noyabr')).toEqual([1]);
  });

  it('normalises quotes and dashes, and finds nothing for a blank query', () => {
    expect(findBeads(beads, '"talks" - behind')).toEqual([2]);
    expect(findBeads(beads, '   ')).toEqual([]);
    expect(findBeads(beads, 'Samarkand')).toEqual([]);
  });
});
