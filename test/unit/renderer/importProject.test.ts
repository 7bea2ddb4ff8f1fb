import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importTmx } from '../../../shared/tmx/importTmx';
import { writeTmx } from '../../../shared/tmx/writeTmx';
import { openNamedDatabase } from '../../../renderer/db/database';
import { createRepository, type Repository } from '../../../renderer/db/repository';
import type { QiyosDatabase } from '../../../renderer/db/schema';
import { isQuotaError, storageErrorMessage } from '../../../renderer/db/storageErrors';
import { importedDocuments, importSummary, projectNameFromFile } from '../../../renderer/features/tmxImport/importedDocuments';
import { defaultExportChoices, exportOptions } from '../../../renderer/features/export/exportChoices';
import { buildTmxInput } from '../../../renderer/features/export/buildTmxInput';

let db: QiyosDatabase;
let repo: Repository;
let counter = 0;

beforeEach(async () => {
  db = openNamedDatabase(`qiyos-import-test-${++counter}`);
  repo = createRepository(() => db);
  await db.open();
});

afterEach(async () => {
  await db.delete();
});

const counts = async () => ({
  projects: await db.projects.count(),
  documents: await db.documents.count(),
  segments: await db.segments.count(),
  alignments: await db.alignments.count(),
  beads: await db.beads.count(),
});

function sampleTmx(): Uint8Array {
  const { xml } = writeTmx({
    columns: [
      { lang: 'uz-Cyrl', documentName: 'Sputnik (uz)' },
      { lang: 'en', documentName: 'Xinhua' },
    ],
    units: [
      { cells: [['Бир.'], ['One.']], score: 0.9, status: 'auto' },
      { cells: [['Икки.'], ['Two.']], score: 0.4, status: 'auto' },
      { cells: [['Сарлавҳа'], []], score: 0.1, status: 'auto' },
    ],
    options: { includeUnpaired: true, creationDate: '2025-11-15T00:00:00Z' },
  });
  return new TextEncoder().encode(xml);
}

describe('repository.importProject (TMX import)', () => {
  it('stores the project, documents, segments and a confirmed alignment in one go', async () => {
    const result = importTmx({ fileName: 'talks.tmx', bytes: sampleTmx() });
    const projectId = await repo.importProject(projectNameFromFile('talks.tmx'), importedDocuments(result, 'talks.tmx'), result.beads);
    expect(await counts()).toEqual({ projects: 1, documents: 2, segments: 5, alignments: 1, beads: 3 });
    const view = (await repo.loadAlignmentView(projectId))!;
    expect(view.columns.map((d) => [d.title, d.lang, d.fileName])).toEqual([
      ['Sputnik (uz)', 'uz-Cyrl', 'talks.tmx'],
      ['Xinhua', 'en', 'talks.tmx'],
    ]);
    expect(view.beads.map((b) => [b.status, b.score, b.cells.map((c) => c.map((s) => s.text))])).toEqual([
      ['confirmed', 1, [['Бир.'], ['One.']]],
      ['confirmed', 1, [['Икки.'], ['Two.']]],
      ['confirmed', 1, [['Сарлавҳа'], []]],
    ]);
    expect((await repo.getProject(projectId))!.name).toBe('talks');
    expect(importSummary(result, 'talks.tmx')).toBe('Imported 3 aligned rows (uz-Cyrl, en) from talks.tmx.');

    // Export the imported project again: the same units come out.
    const again = writeTmx(buildTmxInput(view, { ...exportOptions(defaultExportChoices(2), 2), includeUnpaired: true }));
    expect(again.units).toBe(3);
    expect(again.xml).toContain('<seg>Икки.</seg>');
  });

  it('stores nothing when any part fails', async () => {
    await repo.createProject('Existing');
    const before = await counts();
    const result = importTmx({ fileName: 'talks.tmx', bytes: sampleTmx() });
    const badBeads = [...result.beads, { cells: [[99], []], score: 1, status: 'confirmed' as const }];
    await expect(repo.importProject('Broken', importedDocuments(result, 'talks.tmx'), badBeads)).rejects.toThrow(/missing sentence 100/);
    const emptySegment = importedDocuments(result, 'talks.tmx');
    emptySegment[1]!.segments.push({ text: '  ', kind: 'sentence', start: 0 });
    await expect(repo.importProject('Broken', emptySegment, result.beads)).rejects.toThrow(/empty/);
    expect(await counts()).toEqual(before);
  });
});

describe('export choices', () => {
  it('maps the dialog choices to writer options', () => {
    expect(defaultExportChoices(2)).toMatchObject({ scope: 'pair', pair: [0, 1] });
    expect(defaultExportChoices(3)).toMatchObject({ scope: 'all' });
    expect(exportOptions(defaultExportChoices(3), 3)).toMatchObject({ selectColumns: [0, 1, 2], sourceColumn: 0 });
    expect(exportOptions({ ...defaultExportChoices(3), scope: 'pair', pair: [2, 0], regionCodes: true, confirmedOnly: true }, 3)).toEqual({
      selectColumns: [2, 0],
      sourceColumn: 2,
      regionCodes: true,
      confirmedOnly: true,
      includeUnpaired: false,
    });
    expect(() => exportOptions({ ...defaultExportChoices(2), pair: [1, 1] }, 2)).toThrow(/different/);
  });
});

describe('storage errors', () => {
  it('recognises quota errors, also wrapped by Dexie, and says nothing was changed', () => {
    const quota = Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: { name: 'QuotaExceededError', message: 'The quota has been exceeded.' } });
    expect(isQuotaError(quota)).toBe(true);
    expect(storageErrorMessage(quota)).toMatch(/not enough storage space.*Nothing was saved/);
    expect(isQuotaError(new Error('Segment 3 cannot be stored'))).toBe(false);
    expect(storageErrorMessage(new Error('plain'))).toBe('plain');
  });
});
