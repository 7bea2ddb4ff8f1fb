/// <reference lib="webworker" />
/**
 * The engine worker: a thin shell that runs the pure shared algorithms off the UI thread.
 * A cancel that arrives before a request starts (or between its progress reports, for async work)
 * is honoured here; a synchronous alignment cannot read messages while it runs, so the client
 * cancels that by terminating this worker and starting a new one.
 */
import { extractGlossary } from '../../glossary/extract';
import { alignDocuments } from '../../shared/align/alignDocuments';
import { compareWords } from '../../shared/compare/wordDiff';
import { CancelledError, type EngineCommand, type EngineCommands, type EngineRequest, type EngineResponse } from '../../shared/engine/protocol';
import { importAndPrepare } from '../../shared/import/importAndPrepare';
import { errorTextOf } from '../../shared/i18n/localizeError';
import type { Progress } from '../../shared/model';
import { prepareDocument } from '../../shared/pipeline';
import { importTmx } from '../../shared/tmx/importTmx';
import { writeTmx } from '../../shared/tmx/writeTmx';

declare const self: DedicatedWorkerGlobalScope;

const cancelled = new Set<number>();

type Handlers = { [C in EngineCommand]: (args: EngineCommands[C]['args'], onProgress: (p: Progress) => void) => EngineCommands[C]['result'] };

const handlers: Handlers = {
  prepare: (args) => prepareDocument(args.text, { lang: args.lang, presegmented: args.presegmented, rules: args.rules }),
  import: (args, onProgress) => importAndPrepare(args.bytes, args.fileName, { encoding: args.encoding, lang: args.lang, onProgress, rules: args.rules }),
  align: (args, onProgress) => ({ beads: alignDocuments(args.documents, { onProgress, fixed: args.fixed, terms: args.terms }) }),
  extractGlossary: (args, onProgress) => ({ concepts: extractGlossary(args.documents, args.beads, onProgress) }),
  exportTmx: (args) => writeTmx(args),
  importTmx: (args) => importTmx(args),
  compareWords: (args) => compareWords(args.left, args.right),
};

function post(response: EngineResponse): void {
  self.postMessage(response);
}

function run(request: Extract<EngineRequest, { type: 'run' }>): void {
  const { id } = request;
  const onProgress = (progress: Progress): void => {
    if (cancelled.has(id)) throw new CancelledError();
    post({ id, type: 'progress', progress });
  };
  try {
    if (cancelled.has(id)) throw new CancelledError();
    const handler = handlers[request.command] as (args: unknown, onProgress: (p: Progress) => void) => unknown;
    post({ id, type: 'result', result: handler(request.args, onProgress) });
  } catch (error) {
    const isCancel = error instanceof CancelledError;
    const message = isCancel ? 'Cancelled' : error instanceof Error ? error.message : String(error);
    // The translatable message is plain data: it crosses postMessage so the UI can show it in its language.
    const text = isCancel ? undefined : errorTextOf(error);
    post({ id, type: 'error', message, cancelled: isCancel, ...(text && { text }) });
  } finally {
    cancelled.delete(id);
  }
}

self.addEventListener('message', (event: MessageEvent<EngineRequest>) => {
  const request = event.data;
  if (request.type === 'cancel') cancelled.add(request.id);
  else run(request);
});
