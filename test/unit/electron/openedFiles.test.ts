import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createOpenedFilesQueue, documentPathsFromArgv, isOpenableDocument, MAX_OPENED_FILES } from '../../../electron/openedFiles';
import type { OpenedFiles, PickedFile } from '../../../shared/ipc';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('documentPathsFromArgv', () => {
  it('keeps document paths, absolute, and leaves out the executable, switches, the app folder and other files', () => {
    const cwd = path.resolve('/home/aziza/news');
    const argv = ['/opt/Qiyos/qiyos', '.', '--enable-logging', 'sputnik.txt', '../xinhua.HTML', '/tmp/a.docx', 'notes.md', 'photo.png', 'main.cjs', 'sputnik.txt', '-psn_0_123'];
    expect(documentPathsFromArgv(argv, cwd)).toEqual([
      path.join(cwd, 'sputnik.txt'),
      path.resolve(cwd, '../xinhua.HTML'),
      path.resolve('/tmp/a.docx'),
      path.join(cwd, 'notes.md'),
    ]);
  });

  it('never treats the first argument as a document, and caps how many one launch brings', () => {
    expect(documentPathsFromArgv(['report.txt'], '/')).toEqual([]);
    const many = ['qiyos', ...Array.from({ length: 80 }, (_, i) => `/d/${i}.txt`)];
    expect(documentPathsFromArgv(many, '/')).toHaveLength(MAX_OPENED_FILES);
  });

  it('refuses names with NUL and unknown extensions', () => {
    expect(isOpenableDocument('/a/b.txt\u0000.exe')).toBe(false);
    expect(isOpenableDocument('/a/b.tmx')).toBe(false);
    expect(isOpenableDocument('/a/b.Markdown')).toBe(true);
  });
});

describe('the opened-files queue', () => {
  function setup(files: Record<string, string>) {
    const sent: OpenedFiles[] = [];
    let window = true;
    const onOpened = vi.fn();
    const queue = createOpenedFilesQueue({
      readFile: async (filePath): Promise<PickedFile> => {
        const text = files[filePath];
        if (text === undefined) throw new Error(`"${path.basename(filePath)}" is not a regular file.`);
        return { name: path.basename(filePath), bytes: bytes(text) };
      },
      send: (opened) => {
        if (!window) return false;
        sent.push(opened);
        return true;
      },
      onOpened,
    });
    return { queue, sent, onOpened, closeWindow: () => (window = false), openWindow: () => (window = true) };
  }
  const names = (opened: OpenedFiles) => opened.files.map((f) => f.name);

  it('waits for the renderer, then sends everything in one command with readable problems', async () => {
    const { queue, sent, onOpened } = setup({ '/d/uz.txt': 'Салом', '/d/en.md': '# Hi' });
    await queue.open(['/d/uz.txt', '/d/gone.txt']);
    await queue.open(['/d/en.md', '/d/uz.txt']);
    expect(sent).toEqual([]);
    await queue.rendererReady();
    expect(sent).toHaveLength(1);
    expect(names(sent[0]!)).toEqual(['uz.txt', 'en.md']);
    expect(new TextDecoder().decode(sent[0]!.files[0]!.bytes)).toBe('Салом');
    // A plain Error that names the file is passed on as written (readOneFile's own errors are translatable).
    expect(sent[0]!.problems).toEqual([{ id: 'verbatim', values: { text: '"gone.txt" is not a regular file.' } }]);
    expect(onOpened.mock.calls).toEqual([['/d/uz.txt'], ['/d/en.md']]);
    await queue.rendererReady();
    expect(sent).toHaveLength(1);
  });

  it('sends at once while the renderer listens, and keeps files when there is no window', async () => {
    const { queue, sent, closeWindow, openWindow } = setup({ '/d/a.txt': 'a', '/d/b.txt': 'b' });
    await queue.rendererReady();
    await queue.open(['/d/a.txt']);
    expect(sent.map(names)).toEqual([['a.txt']]);
    closeWindow();
    await queue.open(['/d/b.txt']);
    expect(sent).toHaveLength(1);
    openWindow();
    await queue.rendererReady();
    expect(sent.map(names)).toEqual([['a.txt'], ['b.txt']]);
  });
});
