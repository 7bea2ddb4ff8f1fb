import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BackupError, backupFileName, parseBackup, serializeBackup } from '../../../renderer/db/backup';
import { openNamedDatabase } from '../../../renderer/db/database';
import { createRepository, ProjectExistsError, type Repository } from '../../../renderer/db/repository';
import type { QiyosDatabase } from '../../../renderer/db/schema';
import { storageErrorMessage } from '../../../renderer/db/storageErrors';
import { enDocument, goldBeads, uzDocument } from './seedFixture';

let counter = 0;
const opened: QiyosDatabase[] = [];

async function machine(): Promise<{ db: QiyosDatabase; repo: Repository }> {
  const db = openNamedDatabase(`qiyos-backup-test-${++counter}`);
  await db.open();
  opened.push(db);
  return { db, repo: createRepository(() => db) };
}

afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

/** Every record of every table, ids left out, for comparing two databases. */
async function contents(db: QiyosDatabase) {
  const strip = <T extends { id?: number }>(rows: T[]) => rows.map(({ id: _id, ...rest }) => rest);
  return {
    projects: strip(await db.projects.toArray()).map((p) => p.name),
    documents: strip(await db.documents.toArray()).map(({ projectId: _p, importedAt: _i, ...d }) => d),
    segments: (await db.segments.toArray()).map((s) => [s.text, s.kind, s.order, s.start, s.reason]),
    beads: (await db.beads.orderBy('[alignmentId+order]').toArray()).map((b) => [b.order, b.score, b.status, b.cells.map((c) => c.length)]),
  };
}

let source: { db: QiyosDatabase; repo: Repository; projectId: number };

beforeEach(async () => {
  const { db, repo } = await machine();
  const projectId = await repo.createProject('Tashkent talks');
  const uz = await repo.addDocument(projectId, { ...uzDocument(), originalBytes: new Uint8Array([0xd0, 0x8e, 0, 255, 1]) });
  const en = await repo.addDocument(projectId, enDocument());
  await repo.saveAlignment(projectId, [uz, en], goldBeads());
  const [first] = await db.beads.toArray();
  await db.beads.update(first!.id!, { status: 'confirmed' });
  source = { db, repo, projectId };
});

describe('project backup', () => {
  it('restores on another machine with nothing lost (bytes, statuses, segment kinds, order)', async () => {
    const text = serializeBackup(await source.repo.backupProject(source.projectId));
    expect(JSON.parse(text)).toMatchObject({ format: 'qiyos-backup', version: 1 });
    const target = await machine();
    await target.repo.createProject('Something else');
    const projectId = await target.repo.restoreProject(parseBackup(text));
    const restored = await contents(target.db);
    const original = await contents(source.db);
    expect(restored.projects).toEqual(['Something else', 'Tashkent talks']);
    expect(restored.documents).toEqual(original.documents);
    expect(restored.segments).toEqual(original.segments);
    expect(restored.beads).toEqual(original.beads);
    const bytes = (await target.db.documents.where('projectId').equals(projectId).first())!.originalBytes;
    expect(bytes).toEqual(new Uint8Array([0xd0, 0x8e, 0, 255, 1]));
    // The restored alignment shows the same text in the same rows.
    const before = (await source.repo.loadAlignmentView(source.projectId))!;
    const after = (await target.repo.loadAlignmentView(projectId))!;
    const texts = (v: typeof before) => v.beads.map((b) => [b.status, b.cells.map((c) => c.map((s) => s.text))]);
    expect(texts(after)).toEqual(texts(before));
  });

  it('asks before replacing a project of the same name, and replaces it only when told to', async () => {
    const backup = parseBackup(serializeBackup(await source.repo.backupProject(source.projectId)));
    await source.db.beads.clear();
    await expect(source.repo.restoreProject(backup)).rejects.toBeInstanceOf(ProjectExistsError);
    expect(await source.db.projects.count()).toBe(1);
    const projectId = await source.repo.restoreProject(backup, { replace: true });
    expect(await source.db.projects.count()).toBe(1);
    expect((await source.repo.getProject(projectId))!.name).toBe('Tashkent talks');
    expect(await source.db.beads.count()).toBe(goldBeads().length);
  });

  it('leaves the existing project untouched when the restore fails (e.g. the disk is full)', async () => {
    const backup = parseBackup(serializeBackup(await source.repo.backupProject(source.projectId)));
    const before = await contents(source.db);
    const quota = Object.assign(new Error('QuotaExceededError'), { name: 'QuotaExceededError' });
    const spy = vi.spyOn(source.db.beads, 'bulkAdd').mockRejectedValueOnce(quota);
    const failure = await source.repo.restoreProject(backup, { replace: true }).catch((error: unknown) => error);
    spy.mockRestore();
    expect(storageErrorMessage(failure)).toMatch(/not enough storage space/);
    expect(await contents(source.db)).toEqual(before);
  });

  it('refuses damaged or foreign files with a clear message', async () => {
    const good = JSON.parse(serializeBackup(await source.repo.backupProject(source.projectId)));
    const broken = (change: (b: typeof good) => void) => {
      const copy = structuredClone(good);
      change(copy);
      return JSON.stringify(copy);
    };
    expect(() => parseBackup('{')).toThrow(/not JSON/);
    expect(() => parseBackup('{"format":"other"}')).toThrow(BackupError);
    expect(() => parseBackup(broken((b) => (b.version = 2)))).toThrow(/newer Qiyos/);
    expect(() => parseBackup(broken((b) => (b.segments[0].documentId = 999)))).toThrow(/segment 1 belongs to no document/);
    expect(() => parseBackup(broken((b) => (b.beads[3].cells[0] = [b.segments.at(-1).id])))).toThrow(/row 4 points at sentences/);
    expect(() => parseBackup(broken((b) => (b.alignments[0].columns = [1234])))).toThrow(/alignment 1 names documents/);
    expect(() => parseBackup(broken((b) => (b.documents[0].originalBytes = { $bytes: '***' })))).toThrow(/bad base64/);
  });

  it('names the file after the project and the date', () => {
    expect(backupFileName('Tashkent: talks?', new Date('2025-11-15T10:00:00Z'))).toBe('Tashkent talks 2025-11-15.qiyos.json');
  });
});
