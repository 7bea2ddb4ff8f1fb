import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EngineCommands } from '../../../shared/engine/protocol';
import { singleByteEncoder } from '../import/encoders';
import { loadWorker, send } from './workerHarness';

type ImportResult = EngineCommands['import']['result'];


loadWorker();

const ru = readFileSync(new URL('../../fixtures/001_3aea3366a85cbd5f.txt', import.meta.url), 'utf8');

describe('engine worker: import', () => {
  it('decodes raw bytes, extracts and segments, reporting each phase', () => {
    const bytes = singleByteEncoder('windows-1251')(ru);
    const out = send({ id: 1, type: 'run', command: 'import', args: { bytes, fileName: '001.txt' } });
    const phases = [...new Set(out.flatMap((r) => (r.type === 'progress' ? [r.progress.phase] : [])))];
    expect(phases).toEqual(['decode', 'segment']);
    const last = out.at(-1);
    expect(last?.type).toBe('result');
    const { imported, prepared } = (last as { result: ImportResult }).result;
    expect(imported).toMatchObject({ format: 'text', encoding: 'windows-1251', encodingConfident: true });
    expect(prepared.lang).toBe('ru');
    expect(prepared.segments.length).toBeGreaterThan(30);
  });

  it('decodes again with the encoding the user chose and keeps a chosen language', () => {
    const bytes = singleByteEncoder('windows-1251')(ru);
    const last = send({ id: 2, type: 'run', command: 'import', args: { bytes, fileName: '001.txt', encoding: 'koi8-r', lang: 'uz-Cyrl' } }).at(-1);
    const { imported, prepared } = (last as { result: ImportResult }).result;
    expect(imported.encoding).toBe('koi8-r');
    expect(imported.text).toBe(new TextDecoder('koi8-r').decode(bytes));
    expect(prepared.lang).toBe('uz-Cyrl');
  });

  it('answers bad files with a message naming the file', () => {
    expect(send({ id: 3, type: 'run', command: 'import', args: { bytes: new Uint8Array(0), fileName: 'empty.txt' } })).toEqual([
      // `text` carries the message id and values across, for the UI to translate.
      { id: 3, type: 'error', message: '"empty.txt": the file is empty', cancelled: false, text: { id: 'inFile', values: { file: 'empty.txt', detail: { id: 'import.empty' } } } },
    ]);
    const [response] = send({ id: 4, type: 'run', command: 'import', args: { bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]), fileName: 'scan.txt' } });
    expect(response).toMatchObject({ type: 'error', message: expect.stringMatching(/^"scan\.txt": the file is a PDF file/) });
  });

  it('honours a cancel that arrives before the import runs', () => {
    send({ id: 5, type: 'cancel' });
    expect(send({ id: 5, type: 'run', command: 'import', args: { bytes: new TextEncoder().encode('Salom.'), fileName: 'a.txt' } })).toEqual([
      { id: 5, type: 'error', message: 'Cancelled', cancelled: true },
    ]);
  });
});
