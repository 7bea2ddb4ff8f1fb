import type { PickedFile } from '../../shared/ipc';
import type { Platform } from './platform';

/** What the browser's file picker offers: the formats importDocument reads. */
export const TEXT_FILE_ACCEPT = '.txt,.text,.md,.markdown,.html,.htm,.docx,text/plain,text/html,text/markdown';

/** Reads browser File objects (from a picker or a drop) as picked files. */
export async function readBrowserFiles(files: Iterable<File>): Promise<PickedFile[]> {
  const picked: PickedFile[] = [];
  for (const file of files) picked.push({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  return picked;
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
    pickDocuments: async () => readBrowserFiles(await pickWithHiddenInput()),
    pickFile: async ({ extensions }) => readBrowserFiles(await pickWithHiddenInput(extensions.map((e) => `.${e}`).join(','), false)),
    saveExport: async ({ suggestedName, content, filter }) => {
      const mime = filter.extensions.includes('tmx') ? 'application/x-tmx+xml' : 'text/plain';
      downloadText(suggestedName, content, `${mime};charset=utf-8`);
      return { saved: true, path: suggestedName };
    },
  };
}
