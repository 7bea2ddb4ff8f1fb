/**
 * Files opened from outside the desktop app that main cannot open: real files on disk (missing, a
 * folder, too large as a sparse file, unreadable), read by the real readOneFile and queue, sent
 * through the preload's check and a structured clone, then shown by the renderer in each UI language.
 */
import { chmod, mkdir, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('../electron/electronMock'));

import { MAX_OPEN_FILE_BYTES, OpenFileError, readOneFile } from '../../../electron/ipc';
import { createOpenedFilesQueue, openProblem } from '../../../electron/openedFiles';
import { englishText, type ErrorText } from '../../../shared/i18n/localizeError';
import { isMenuCommand, type MenuCommand, type OpenedFiles } from '../../../shared/ipc';
import { openedProblemMessage } from '../../../renderer/features/documents/opened/useOpenedFiles';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'qiyos-opened-'));
});

afterEach(async () => {
  await chmod(path.join(dir, 'maxfiy.txt'), 0o600).catch(() => {});
  await rm(dir, { recursive: true, force: true });
});

/** Opens `paths` as main does at launch and returns the command exactly as the renderer receives it. */
async function openFromOutside(paths: string[]): Promise<OpenedFiles> {
  let sent: unknown;
  const queue = createOpenedFilesQueue({
    readFile: readOneFile,
    send: (opened) => {
      sent = structuredClone({ id: 'open-files', arg: opened });
      return true;
    },
  });
  await queue.open(paths);
  await queue.rendererReady();
  // The preload forwards only what passes this check; a refused message would drop the files too.
  expect(isMenuCommand(sent)).toBe(true);
  return (sent as Extract<MenuCommand, { id: 'open-files' }>).arg;
}

const inEvery = (problem: ErrorText) => ({
  en: openedProblemMessage(problem, 'en'),
  ru: openedProblemMessage(problem, 'ru'),
  uz: openedProblemMessage(problem, 'uz-Latn'),
});

describe('files main cannot open, in the UI language', () => {
  it('sends the readable files and one message per refused file: missing, a folder, too large', async () => {
    const report = path.join(dir, 'Sputnik 15.11.txt');
    await writeFile(report, 'Тошкент шаҳрида саммит бўлиб ўтди.\n');
    const empty = path.join(dir, 'boʻsh.txt');
    await writeFile(empty, '');
    const folder = path.join(dir, 'arxiv.md');
    await mkdir(folder);
    const huge = path.join(dir, 'Ўзбекистон архиви.docx');
    await writeFile(huge, '');
    await truncate(huge, MAX_OPEN_FILE_BYTES + 10 * 1024 * 1024); // sparse: nothing is really written

    const opened = await openFromOutside([report, path.join(dir, 'yoʻq.txt'), empty, folder, huge]);

    // An empty file is still a file: the importer refuses it later, in the UI language too.
    expect(opened.files.map((f) => [f.name, f.bytes.byteLength])).toEqual([
      ['Sputnik 15.11.txt', new TextEncoder().encode('Тошкент шаҳрида саммит бўлиб ўтди.\n').byteLength],
      ['boʻsh.txt', 0],
    ]);
    const [missing, notFile, tooLarge] = opened.problems;
    expect(opened.problems).toHaveLength(3);

    expect(missing).toEqual({ id: 'open.failed', values: { file: 'yoʻq.txt', detail: { id: 'open.notFound' } } });
    expect(inEvery(missing!)).toEqual({
      en: 'Could not open "yoʻq.txt": the file does not exist (it may have been moved or deleted)',
      ru: 'Не удалось открыть «yoʻq.txt»: файл не найден (возможно, его переместили или удалили)',
      uz: '“yoʻq.txt” faylini ochib boʻlmadi: bunday fayl yoʻq (u koʻchirilgan yoki oʻchirilgan boʻlishi mumkin)',
    });

    expect(inEvery(notFile!)).toEqual({
      en: '"arxiv.md" is not a regular file.',
      ru: '«arxiv.md» — не обычный файл.',
      uz: '“arxiv.md” oddiy fayl emas.',
    });

    // Sizes travel as byte counts; each language writes them its own way.
    expect(tooLarge).toEqual({ id: 'open.tooLarge', values: { file: 'Ўзбекистон архиви.docx', size: MAX_OPEN_FILE_BYTES + 10 * 1024 * 1024, limit: MAX_OPEN_FILE_BYTES } });
    expect(inEvery(tooLarge!)).toEqual({
      en: '"Ўзбекистон архиви.docx" is too large (60.0 MB); Qiyos opens files up to 50.0 MB.',
      ru: 'Файл «Ўзбекистон архиви.docx» слишком велик (60,0 МБ); Qiyos открывает файлы размером до 50,0 МБ.',
      uz: '“Ўзбекистон архиви.docx” juda katta (60,0 MB); Qiyos 50,0 MB gacha boʻlgan fayllarni ochadi.',
    });
  });

  it('keeps the English message of the error main throws (logs, the dialog call) equal to its English rendering', async () => {
    const missing = path.join(dir, 'yoʻq.txt');
    const error = await readOneFile(missing).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OpenFileError);
    expect((error as OpenFileError).message).toBe('Could not open "yoʻq.txt": the file does not exist (it may have been moved or deleted)');
    expect((error as OpenFileError).message).toBe(englishText((error as OpenFileError).localized));
    // The system's own error stays with it for the log.
    expect(((error as Error).cause as { code?: string }).code).toBe('ENOENT');
  });

  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)('says a file it may not read is not allowed, in Russian and Uzbek', async () => {
    const secret = path.join(dir, 'maxfiy.txt');
    await writeFile(secret, 'Махфий');
    await chmod(secret, 0o000);
    const opened = await openFromOutside([secret]);
    expect(opened.files).toEqual([]);
    expect(inEvery(opened.problems[0]!)).toEqual({
      en: 'Could not open "maxfiy.txt": Qiyos is not allowed to read it',
      ru: 'Не удалось открыть «maxfiy.txt»: у Qiyos нет прав на чтение этого файла',
      uz: '“maxfiy.txt” faylini ochib boʻlmadi: Qiyosga uni oʻqishga ruxsat berilmagan',
    });
  });

  it('passes on an error from outside Qiyos as written, inside a translated sentence, and never one the preload would drop', () => {
    const odd = openProblem('xabar.txt', new Error('EIO: i/o error, read'));
    expect(inEvery(odd)).toEqual({
      en: 'Could not open "xabar.txt": EIO: i/o error, read',
      ru: 'Не удалось открыть «xabar.txt»: EIO: i/o error, read',
      uz: '“xabar.txt” faylini ochib boʻlmadi: EIO: i/o error, read',
    });
    // A localized error with an oversized value falls back to its (clipped) English text.
    const overlong = Object.assign(new Error('"x.txt" failed'), { localized: { id: 'verbatim', values: { text: 'y'.repeat(10_000) } } });
    const problem = openProblem('x.txt', overlong);
    expect(problem).toEqual({ id: 'verbatim', values: { text: '"x.txt" failed' } });
    expect(isMenuCommand({ id: 'open-files', arg: { files: [], problems: [problem, openProblem('z.txt', 'x'.repeat(10_000))] } })).toBe(true);
  });

  it('shows an id this version does not know as a general sentence rather than nothing', () => {
    const unknown = { id: 'open.fromTheFuture' } as unknown as ErrorText;
    expect(openedProblemMessage(unknown, 'ru')).toBe('Что-то пошло не так.');
  });
});
