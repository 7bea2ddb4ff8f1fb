/** Runs the engine worker module against a fake worker scope and collects what it posts back. */
import { beforeAll, vi } from 'vitest';
import type { EngineRequest, EngineResponse } from '../../../shared/engine/protocol';

const scope = new EventTarget() as EventTarget & { postMessage: (r: EngineResponse) => void };
const responses: EngineResponse[] = [];
scope.postMessage = (response) => responses.push(response);

/** Registers a hook that loads the worker module with `self` stubbed as the fake scope. */
export function loadWorker(): void {
  beforeAll(async () => {
    vi.stubGlobal('self', scope);
    await import('../../../renderer/engine/engine.worker');
  });
}

/** Sends one request; returns every response the worker posted for its id. */
export function send(request: EngineRequest): EngineResponse[] {
  scope.dispatchEvent(new MessageEvent('message', { data: request }));
  return responses.filter((r) => r.id === request.id);
}
