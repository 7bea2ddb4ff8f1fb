import type { PickedFile } from '../../shared/ipc';
import type { Progress } from '../../shared/model';
import type { Platform } from './platform';

/** What the browser's file picker offers: the formats importDocument reads. */
export const TEXT_FILE_ACCEPT = '.txt,.text,.md,.markdown,.html,.htm,.docx,text/plain,text/html,text/markdown';

/**
 * Reads browser File objects (from a picker or a drop) as picked files, chunk by chunk
 * (file.stream()) into one buffer of the file's size, reporting phase 'read' in bytes over all
 * files: a 50 MB file shows a moving bar instead of a frozen one, and is never held twice.
 */
export async function readBrowserFiles(files: Iterable<File>, onProgress?: (progress: Progress) => void): Promise<PickedFile[]> {
  const list = [...files];
  const total = list.reduce((sum, file) => sum + file.size, 0);
  const picked: PickedFile[] = [];
  let before = 0;
  for (const file of list) {
    const bytes = await readFileBytes(file, (done) => onProgress?.({ phase: 'read', done: before + done, total }));
    before += file.size;
    picked.push({ name: file.name, bytes });
  }
  return picked;
}

async function readFileBytes(file: File, onBytes: (done: number) => void): Promise<Uint8Array> {
  if (typeof file.stream !== 'function') return new Uint8Array(await file.arrayBuffer());
  const reader = file.stream().getReader();
  let bytes = new Uint8Array(file.size);
  let done = 0;
  for (;;) {
    const chunk = await reader.read();
    if (chunk.done) break;
    // A file that grew while it was read: make room rather than fail.
    if (done + chunk.value.length > bytes.length) {
      const grown = new Uint8Array(Math.max(bytes.length * 2, done + chunk.value.length));
      grown.set(bytes.subarray(0, done));
      bytes = grown;
    }
    bytes.set(chunk.value, done);
    done += chunk.value.length;
    onBytes(done);
  }
  return done === bytes.length ? bytes : bytes.slice(0, done);
}

function pickWithHiddenInput(accept = TEXT_FILE_ACCEPT, multiple = true): Promise<File[]> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = multiple;
    input.accept = accept;
    input.hidden = true;
    input.dataset.testid = 'file-input';
    const finish = (files: File[]): void => {
      input.remove();
      resolve(files);
    };
    input.addEventListener('change', () => finish(Array.from(input.files ?? [])), { once: true });
    input.addEventListener('cancel', () => finish([]), { once: true });
    document.body.append(input);
    input.click();
  });
}

function downloadText(fileName: string, content: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mime }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The browser host: a hidden file input to open, a Blob download to save. */
export function createWebPlatform(): Platform {
  return {
    kind: 'web',
    pickDocuments: async (onProgress) => readBrowserFiles(await pickWithHiddenInput(), onProgress),
    pickFile: async ({ extensions }) => readBrowserFiles(await pickWithHiddenInput(extensions.map((e) => `.${e}`).join(','), false)),
    saveExport: async ({ suggestedName, content, filter }) => {
      const mime = filter.extensions.includes('tmx') ? 'application/x-tmx+xml' : 'text/plain';
      downloadText(suggestedName, content, `${mime};charset=utf-8`);
      return { saved: true, path: suggestedName };
    },
    // The browser has no native menu to translate.
    setUiLocale: async () => undefined,
  };
}
