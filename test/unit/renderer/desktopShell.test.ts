/** The renderer's side of the desktop shell: Edit → Undo/Redo, files opened from outside, the typed dialog calls. */
import { describe, expect, it, vi } from 'vitest';
import { ALIGNMENT_KEYS } from '../../../shared/commands';
import type { DesktopBridge, MenuCommand, PickedFile } from '../../../shared/ipc';
import { createOpenedFilesInbox } from '../../../renderer/features/documents/opened/openedFiles';
import { projectNameForFiles } from '../../../renderer/features/documents/opened/useOpenedFiles';
import { createDesktopPlatform } from '../../../renderer/platform/desktop';
import { errorMessage } from '../../../renderer/shell/NotificationsProvider';
import { connectMenuBridge } from '../../../renderer/platform/menuBridge';
import { createCommandBus } from '../../../renderer/shell/commands';
import { matchesAccelerator } from '../../../renderer/shell/keys';
import { runHistoryCommand } from '../../../renderer/shell/useHistoryCommands';

/** Just enough of a DOM for runHistoryCommand: the focused element, the grid, execCommand. */
class FakeKeyboardEvent extends Event {
  key = '';
  ctrlKey = false;
  metaKey = false;
  shiftKey = false;
  altKey = false;
  constructor(type: string, { bubbles, cancelable, ...keys }: Record<string, unknown>) {
    super(type, { bubbles: bubbles === true, cancelable: cancelable === true });
    Object.assign(this, keys);
  }
}

function page(focused: 'input' | 'grid' | 'button' | 'body', withGrid = true) {
  const received: FakeKeyboardEvent[] = [];
  const grid = Object.assign(new EventTarget(), { focus: vi.fn(), closest: () => null, tagName: 'DIV' });
  grid.addEventListener('keydown', (event) => received.push(event as FakeKeyboardEvent));
  const input = { tagName: 'INPUT', type: 'text', closest: () => null };
  const button = { tagName: 'BUTTON', closest: () => (withGrid ? grid : null) };
  const body = { tagName: 'BODY', closest: () => null };
  const doc = {
    activeElement: { input, grid, button, body }[focused],
    execCommand: vi.fn(() => true),
    querySelector: vi.fn(() => (withGrid ? grid : null)),
    defaultView: { KeyboardEvent: FakeKeyboardEvent },
  };
  return { doc: doc as unknown as Document, grid, received, execCommand: doc.execCommand };
}

describe('Edit → Undo / Redo', () => {
  it('undoes typing when a text field has the focus, and leaves the alignment alone', () => {
    const { doc, received, execCommand } = page('input');
    expect(runHistoryCommand('undo', doc, false)).toBe('text');
    expect(runHistoryCommand('redo', doc, false)).toBe('text');
    expect(execCommand.mock.calls).toEqual([['undo'], ['redo']]);
    expect(received).toEqual([]);
  });

  it.each([false, true])('else presses the alignment grid’s own undo and redo keys (macOS: %s)', (isMac) => {
    const { doc, grid, received, execCommand } = page('button');
    expect(runHistoryCommand('undo', doc, isMac)).toBe('alignment');
    expect(runHistoryCommand('redo', doc, isMac)).toBe('alignment');
    expect(execCommand).not.toHaveBeenCalled();
    expect(grid.focus).toHaveBeenCalledTimes(2);
    const [undo, redo] = received;
    expect(ALIGNMENT_KEYS.undo.keys.some((key) => matchesAccelerator(key, undo!, isMac))).toBe(true);
    expect(ALIGNMENT_KEYS.redo.keys.some((key) => matchesAccelerator(key, redo!, isMac))).toBe(true);
    expect(ALIGNMENT_KEYS.undo.keys.some((key) => matchesAccelerator(key, redo!, isMac))).toBe(false);
    expect(undo!.bubbles && undo!.cancelable).toBe(true);
  });

  it('finds the grid from anywhere on the page, and does nothing where there is none', () => {
    expect(runHistoryCommand('undo', page('body').doc, false)).toBe('alignment');
    const empty = page('body', false);
    expect(runHistoryCommand('undo', empty.doc, false)).toBe('none');
    expect(empty.execCommand).not.toHaveBeenCalled();
  });
});

describe('files opened from outside the app', () => {
  const file = (name: string): PickedFile => ({ name, bytes: new TextEncoder().encode(name) });

  it('wait in the inbox for their project’s importer, which gets them once', () => {
    const inbox = createOpenedFilesInbox();
    const first = vi.fn();
    inbox.deliver(7, [file('a.txt')]);
    inbox.deliver(7, [file('b.md')]);
    inbox.deliver(8, [file('other.html')]);
    const stop = inbox.claim(7, first);
    expect(first.mock.calls.map(([files]) => files.map((f: PickedFile) => f.name))).toEqual([['a.txt', 'b.md']]);
    inbox.deliver(7, [file('c.docx')]);
    expect(first).toHaveBeenCalledTimes(2);
    stop();
    inbox.deliver(7, [file('d.txt')]);
    expect(first).toHaveBeenCalledTimes(2);
    const second = vi.fn();
    inbox.claim(7, second);
    expect(second.mock.calls[0]![0].map((f: PickedFile) => f.name)).toEqual(['d.txt']);
  });

  it('name a new project after the first file', () => {
    expect(projectNameForFiles(['Sputnik 15.11.docx', 'xinhua.html'])).toBe('Sputnik 15.11');
    expect(projectNameForFiles(['.txt'])).toBe('Opened documents');
    expect(projectNameForFiles([])).toBe('Opened documents');
  });

  it('reach the command bus from the menu bridge with their bytes', async () => {
    let deliver: (command: MenuCommand) => void = () => {};
    const bridge: DesktopBridge = {
      invoke: vi.fn(async () => undefined) as DesktopBridge['invoke'],
      onMenuCommand: (listener) => {
        deliver = listener;
        return () => {};
      },
    };
    const bus = createCommandBus();
    const handler = vi.fn();
    bus.register('open-files', handler);
    connectMenuBridge(bridge, bus, { whenWritesIdle: async () => {} });
    const arg = { files: [file('sputnik.txt')], problems: [{ id: 'open.tooLarge' as const, values: { file: 'big.docx', size: 62_914_560, limit: 52_428_800 } }] };
    deliver({ id: 'open-files', arg });
    expect(handler).toHaveBeenCalledWith(arg);
  });
});

describe('the desktop platform', () => {
  it('opens one file through the typed open-file call with its filter, and sends the UI language', async () => {
    const invoke = vi.fn(async (channel: string) => (channel === 'qiyos:open-file' ? { files: [{ name: 'memory.tmx', bytes: new Uint8Array([0x3c]) }] } : undefined));
    const platform = createDesktopPlatform({ invoke: invoke as unknown as DesktopBridge['invoke'], onMenuCommand: () => () => {} });
    expect((await platform.pickFile({ name: 'TMX', extensions: ['tmx'] })).map((f) => f.name)).toEqual(['memory.tmx']);
    await platform.setUiLocale('ru');
    expect(invoke.mock.calls).toEqual([
      ['qiyos:open-file', { filter: { name: 'TMX', extensions: ['tmx'] } }],
      ['qiyos:set-ui-locale', 'ru'],
    ]);
  });

  it('turns a refused pick into an error whose message is English and whose text follows the UI language', async () => {
    const refused = { id: 'open.failed' as const, values: { file: 'yoʻq.txt', detail: { id: 'open.notFound' as const } } };
    const invoke = vi.fn(async () => ({ refused }));
    const platform = createDesktopPlatform({ invoke: invoke as unknown as DesktopBridge['invoke'], onMenuCommand: () => () => {} });
    const error = await platform.pickDocuments().catch((e: unknown) => e as Error);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ message: 'Could not open "yoʻq.txt": the file does not exist (it may have been moved or deleted)', localized: refused });
    expect(errorMessage(error, 'ru')).toBe('Не удалось открыть «yoʻq.txt»: файл не найден (возможно, его переместили или удалили)');
  });
});
