import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { EngineRequest } from '../../../shared/engine/protocol';
import type { PreparedDocument } from '../../../shared/pipeline';
import type { Bead } from '../../../shared/model';
import { loadWorker, send } from './workerHarness';

const seed = (name: string) => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url), 'utf8');


function resultOf<T>(request: EngineRequest): T {
  const last = send(request).at(-1);
  if (last?.type !== 'result') throw new Error(`Expected a result, got ${JSON.stringify(last)}`);
  return last.result as T;
}

loadWorker();

describe('engine worker', () => {
  it('prepares, aligns and exports real seed documents', () => {
    const uz = resultOf<PreparedDocument>({ id: 1, type: 'run', command: 'prepare', args: { text: seed('000_b7c3d78e2906be7b.txt') } });
    const en = resultOf<PreparedDocument>({ id: 2, type: 'run', command: 'prepare', args: { text: seed('002_35fe524f1063af29.txt') } });
    expect([uz.lang, en.lang]).toEqual(['uz-Cyrl', 'en']);

    const documents = [uz, en].map((d) => ({ lang: d.lang, segments: d.segments.map((s) => ({ text: s.text, kind: s.kind })) }));
    const { beads } = resultOf<{ beads: Bead[] }>({ id: 3, type: 'run', command: 'align', args: { documents } });
    const anchor = beads.find((b) => b.cells[0]!.some((i) => uz.segments[i]!.text.includes('Кўксарой қароргоҳида')));
    expect(anchor!.cells[1]!.map((i) => en.segments[i]!.text).join(' ')).toContain('As reported, on Saturday, private talks');

    const units = beads.map((b) => ({ cells: b.cells.map((cell, c) => cell.map((i) => [uz, en][c]!.segments[i]!.text)), score: b.score, status: 'auto' as const }));
    const { xml } = resultOf<{ xml: string }>({
      id: 4,
      type: 'run',
      command: 'exportTmx',
      args: { columns: [{ lang: 'uz-Cyrl', documentName: 'uz' }, { lang: 'en', documentName: 'en' }], units },
    });
    expect(xml).toContain('srclang="uz-Cyrl"');
  });

  it('honours a cancel that arrives before the request runs', () => {
    send({ id: 10, type: 'cancel' });
    expect(send({ id: 10, type: 'run', command: 'prepare', args: { text: 'Salom, dunyo.' } })).toEqual([{ id: 10, type: 'error', message: 'Cancelled', cancelled: true }]);
    // The cancel is used up: a later request with another id runs normally.
    expect(send({ id: 11, type: 'run', command: 'prepare', args: { text: 'Salom, dunyo.' } }).at(-1)?.type).toBe('result');
  });

  it('reports failures as error messages instead of crashing', () => {
    const [response] = send({ id: 20, type: 'run', command: 'align', args: { documents: [] } });
    expect(response?.type).toBe('error');
    expect(response).toMatchObject({ cancelled: false });
  });
});
