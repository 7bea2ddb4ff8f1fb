/**
 * Typed access to the engine worker. One worker serves all requests in order; cancelling a request
 * that is running terminates the worker (synchronous work cannot be interrupted otherwise), starts
 * a fresh one and re-sends the other pending requests to it.
 */
import { CancelledError, type EngineCommand, type EngineCommands, type EngineRequest, type EngineResponse } from '../../shared/engine/protocol';
import { englishText, errorText, verbatim, type ErrorText } from '../../shared/i18n/localizeError';
import type { Progress } from '../../shared/model';

export interface RunEngineOptions {
  onProgress?: (progress: Progress) => void;
  signal?: AbortSignal;
}

interface Pending {
  request: EngineRequest;
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
  onProgress?: (progress: Progress) => void;
  cleanup: () => void;
}

/** An error reported by the worker; `localized` is the original error's translatable message, when it had one. */
export class EngineError extends Error {
  readonly localized?: ErrorText;

  constructor(message: string, localized?: ErrorText) {
    super(message);
    this.name = 'EngineError';
    if (localized) this.localized = localized;
  }
}

export function isCancelled(error: unknown): boolean {
  return error instanceof CancelledError || (error instanceof Error && error.name === 'CancelledError');
}

class EngineClient {
  private worker: Worker | undefined;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();

  run<C extends EngineCommand>(command: C, args: EngineCommands[C]['args'], options: RunEngineOptions = {}): Promise<EngineCommands[C]['result']> {
    const { signal, onProgress } = options;
    if (signal?.aborted) return Promise.reject(new CancelledError());
    const id = this.nextId++;
    const request = { id, type: 'run', command, args } as EngineRequest;
    return new Promise((resolve, reject) => {
      const onAbort = (): void => this.cancel(id);
      signal?.addEventListener('abort', onAbort, { once: true });
      this.pending.set(id, {
        request,
        resolve: resolve as (result: unknown) => void,
        reject,
        onProgress,
        cleanup: () => signal?.removeEventListener('abort', onAbort),
      });
      this.ensureWorker().postMessage(request);
    });
  }

  private cancel(id: number): void {
    const entry = this.pending.get(id);
    if (!entry) return;
    this.settle(id);
    entry.reject(new CancelledError());
    // Hard cancel: the worker may be deep in synchronous work and never read a cancel message.
    this.worker?.terminate();
    this.worker = undefined;
    if (this.pending.size > 0) {
      const worker = this.ensureWorker();
      for (const other of this.pending.values()) worker.postMessage(other.request);
    }
  }

  private settle(id: number): void {
    this.pending.get(id)?.cleanup();
    this.pending.delete(id);
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'qiyos-engine' });
    worker.addEventListener('message', (event: MessageEvent<EngineResponse>) => this.onResponse(event.data));
    worker.addEventListener('error', (event) => this.onWorkerFailure(event.message ? verbatim(event.message) : errorText('engine.noStart')));
    worker.addEventListener('messageerror', () => this.onWorkerFailure(errorText('engine.badMessage')));
    this.worker = worker;
    return worker;
  }

  private onResponse(response: EngineResponse): void {
    const entry = this.pending.get(response.id);
    if (!entry) return;
    if (response.type === 'progress') {
      entry.onProgress?.(response.progress);
      return;
    }
    this.settle(response.id);
    if (response.type === 'result') entry.resolve(response.result);
    else entry.reject(response.cancelled ? new CancelledError() : new EngineError(response.message, response.text));
  }

  private onWorkerFailure(reason: ErrorText): void {
    this.worker?.terminate();
    this.worker = undefined;
    const failed = [...this.pending.entries()];
    for (const [id, entry] of failed) {
      this.settle(id);
      const failure = errorText('engine.failure', { reason });
      entry.reject(new EngineError(englishText(failure), failure));
    }
  }
}

let client: EngineClient | undefined;

/** Runs one engine command in the worker; abort `signal` to cancel it. */
export function runEngine<C extends EngineCommand>(
  command: C,
  args: EngineCommands[C]['args'],
  options?: RunEngineOptions,
): Promise<EngineCommands[C]['result']> {
  client ??= new EngineClient();
  return client.run(command, args, options);
}
