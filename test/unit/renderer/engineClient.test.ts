import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EngineRequest, EngineResponse } from '../../../shared/engine/protocol';

/** A stand-in for the browser's Worker: records what it is sent and lets the test answer. */
class FakeWorker extends EventTarget {
  static instances: FakeWorker[] = [];
  sent: EngineRequest[] = [];
  terminated = false;
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    super();
    FakeWorker.instances.push(this);
  }
  postMessage(message: EngineRequest): void {
    this.sent.push(message);
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(response: EngineResponse): void {
    this.dispatchEvent(new MessageEvent('message', { data: response }));
  }
}

async function loadClient() {
  vi.resetModules();
  return import('../../../renderer/engine/engineClient');
}

beforeEach(() => {
  FakeWorker.instances = [];
  vi.stubGlobal('Worker', FakeWorker);
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('runEngine', () => {
  it('starts one module worker lazily and resolves with its result, passing progress on', async () => {
    const { runEngine } = await loadClient();
    expect(FakeWorker.instances).toHaveLength(0);
    const progress = vi.fn();
    const promise = runEngine('align', { documents: [] }, { onProgress: progress });
    const worker = FakeWorker.instances[0]!;
    expect(worker.options.type).toBe('module');
    expect(worker.url.pathname).toMatch(/engine\.worker\.ts$/);
    const { id } = worker.sent[0]!;
    worker.reply({ id, type: 'progress', progress: { phase: 'align', done: 1, total: 2 } });
    worker.reply({ id, type: 'result', result: { beads: [] } });
    await expect(promise).resolves.toEqual({ beads: [] });
    expect(progress).toHaveBeenCalledWith({ phase: 'align', done: 1, total: 2 });
  });

  it('turns an error response into a rejection with the message', async () => {
    const { runEngine, EngineError } = await loadClient();
    const promise = runEngine('exportTmx', { columns: [], units: [] });
    const worker = FakeWorker.instances[0]!;
    worker.reply({ id: worker.sent[0]!.id, type: 'error', message: 'No columns', cancelled: false });
    await expect(promise).rejects.toBeInstanceOf(EngineError);
    await expect(promise).rejects.toThrow('No columns');
  });

  it('cancels hard: terminates the busy worker, starts another and re-sends the other requests', async () => {
    const { runEngine, isCancelled } = await loadClient();
    const controller = new AbortController();
    const aligning = runEngine('align', { documents: [] }, { signal: controller.signal });
    const preparing = runEngine('prepare', { text: 'Salom.' });
    const first = FakeWorker.instances[0]!;
    controller.abort();
    await expect(aligning).rejects.toSatisfy(isCancelled);
    expect(first.terminated).toBe(true);
    const second = FakeWorker.instances[1]!;
    expect(second.sent.map((r) => r.type === 'run' && r.command)).toEqual(['prepare']);
    // A late answer from the terminated worker is ignored; the new worker's answer counts.
    second.reply({ id: second.sent[0]!.id, type: 'result', result: { lang: 'uz-Latn' } });
    await expect(preparing).resolves.toEqual({ lang: 'uz-Latn' });
  });

  it('rejects at once when the signal is already aborted', async () => {
    const { runEngine, isCancelled } = await loadClient();
    const controller = new AbortController();
    controller.abort();
    await expect(runEngine('prepare', { text: 'x' }, { signal: controller.signal })).rejects.toSatisfy(isCancelled);
    expect(FakeWorker.instances).toHaveLength(0);
  });

  it('fails pending requests with a clear message when the worker cannot run', async () => {
    const { runEngine } = await loadClient();
    const promise = runEngine('prepare', { text: 'x' });
    FakeWorker.instances[0]!.dispatchEvent(Object.assign(new Event('error'), { message: 'SyntaxError in worker' }));
    await expect(promise).rejects.toThrow(/Engine failure: SyntaxError in worker/);
  });
});
