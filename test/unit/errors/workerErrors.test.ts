/**
 * An error thrown in the engine worker keeps its message id and values across postMessage, so the
 * renderer shows it in the UI language: the real worker module answers, its answer goes through
 * the real client (over a stand-in Worker) and a structured clone, as in the browser.
 */
import { strToU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EngineCommand, EngineCommands, EngineRequest, EngineResponse } from '../../../shared/engine/protocol';
import { localizeError } from '../../../shared/i18n/localizeError';
import { loadWorker, send } from '../renderer/workerHarness';
import { readSeed } from '../text/seeds';

loadWorker();

/** A Worker whose requests are answered by the real worker module (loaded by loadWorker). */
class WorkerOverHarness extends EventTarget {
  postMessage(request: EngineRequest): void {
    // structuredClone: what crosses a real worker boundary is data only (no classes, no prototypes).
    for (const response of send(structuredClone(request))) {
      queueMicrotask(() => this.dispatchEvent(new MessageEvent('message', { data: structuredClone(response) as EngineResponse })));
    }
  }
  terminate(): void {}
}

let client: typeof import('../../../renderer/engine/engineClient');
const hadWorker = 'Worker' in globalThis;

beforeAll(async () => {
  // Only Worker is stubbed here: `self` stays the harness's fake worker scope.
  (globalThis as { Worker?: unknown }).Worker = WorkerOverHarness;
  client = await import('../../../renderer/engine/engineClient');
});

afterAll(() => {
  if (!hadWorker) delete (globalThis as { Worker?: unknown }).Worker;
});

/** Runs `command` through the client and returns the error it rejects with. */
async function engineFailure<C extends EngineCommand>(command: C, args: EngineCommands[C]['args']): Promise<Error> {
  const { runEngine, EngineError } = client;
  const error = await runEngine(command, args).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(EngineError);
  return error as Error;
}

describe('errors from the engine worker', () => {
  it('a document import of an empty file: Russian and Uzbek, with the file name', async () => {
    const error = await engineFailure('import', { bytes: new Uint8Array(0), fileName: 'пустой.txt' });
    expect(error.message).toBe('"пустой.txt": the file is empty');
    expect(localizeError(error, 'ru')).toBe('«пустой.txt»: файл пуст');
    expect(localizeError(error, 'uz-Latn')).toBe('“пустой.txt”: fayl boʻsh');
  });

  it('a TMX import with a billion-laughs DOCTYPE: the line survives the trip', async () => {
    const line = readSeed('000').split('\n')[0]!;
    const tmx = `<?xml version="1.0"?>\n<!-- ${line} -->\n<!DOCTYPE tmx [<!ENTITY a "${line}"><!ENTITY b "&a;&a;&a;&a;">]>\n<tmx version="1.4"><header srclang="uz-Cyrl"/><body><tu><tuv xml:lang="uz-Cyrl"><seg>&b;</seg></tuv></tu></body></tmx>`;
    const error = await engineFailure('importTmx', { fileName: 'xotira.tmx', bytes: strToU8(tmx) });
    expect(error.message).toMatch(/^Line 3: The DOCTYPE declares entities/);
    expect(localizeError(error, 'ru')).toMatch(/^Строка 3: DOCTYPE объявляет сущности \(<!ENTITY …>\)/);
    expect(localizeError(error, 'uz-Latn')).toMatch(/^3-qator: DOCTYPE obyektlarni eʼlon qiladi/);
  });

  it('a cancelled run still reports only a cancel, and errors without an id keep their English message', () => {
    send({ id: 901, type: 'cancel' });
    const [cancelled] = send({ id: 901, type: 'run', command: 'import', args: { bytes: strToU8('Salom.'), fileName: 'a.txt' } });
    expect(cancelled).toEqual({ id: 901, type: 'error', message: 'Cancelled', cancelled: true });
    // exportTmx with no columns is a programming error (RangeError without a message id).
    const [internal] = send({ id: 902, type: 'run', command: 'exportTmx', args: { columns: [], units: [] } });
    expect(internal).toEqual({ id: 902, type: 'error', message: 'writeTmx: at least one column is needed', cancelled: false });
  });
});
