import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BackupError, backupFileName, databaseBackupFileName, parseBackup, serializeBackup, type Backup } from '../../../renderer/db/backup';
import { createBackupRepository, RestoreConflictError, type BackupRepository } from '../../../renderer/db/backupRepository';
import { openNamedDatabase } from '../../../renderer/db/database';
import { createRepository, ProjectExistsError, type Repository } from '../../../renderer/db/repository';
import type { QiyosDatabase } from '../../../renderer/db/schema';
import type { GlossaryConceptRecord } from '../../../renderer/db/types';
import { storageErrorMessage } from '../../../renderer/db/storageErrors';
import { enDocument, goldBeads, uzDocument } from './seedFixture';

let counter = 0;
const opened: QiyosDatabase[] = [];

interface Machine {
  db: QiyosDatabase;
  repo: Repository;
  backups: BackupRepository;
}

async function machine(): Promise<Machine> {
  const db = openNamedDatabase(`qiyos-backup-test-${++counter}`);
  await db.open();
  opened.push(db);
  return { db, repo: createRepository(() => db), backups: createBackupRepository(() => db) };
}

afterEach(async () => {
  vi.restoreAllMocks();
  for (const db of opened.splice(0)) await db.delete();
});

/** Every record of every table, ids left out (references followed), for comparing two databases. */
async function contents(db: QiyosDatabase) {
  const segmentText = new Map((await db.segments.toArray()).map((s) => [s.id!, s.text]));
  const projectName = new Map((await db.projects.toArray()).map((p) => [p.id!, p.name]));
  const texts = (cells: number[][]) => cells.map((cell) => cell.map((id) => segmentText.get(id) ?? `missing ${id}`));
  return {
    projects: (await db.projects.toArray()).map((p) => p.name).sort(),
    documents: (await db.documents.toArray()).map(({ id: _id, projectId, importedAt: _i, ...d }) => ({ project: projectName.get(projectId), ...d })),
    segments: (await db.segments.toArray()).map((s) => [s.text, s.kind, s.order, s.start, s.reason]),
    beads: (await db.beads.orderBy('[alignmentId+order]').toArray()).map((b) => [b.score, b.status, texts(b.cells)]),
    edits: (await db.edits.orderBy('[alignmentId+seq]').toArray()).map((e) => [e.seq, e.label, e.start, e.undone, e.before.map((r) => texts(r.cells)), e.after.map((r) => [r.status, texts(r.cells)])]),
    glossary: (await db.glossaryConcepts.toArray()).map(({ id: _id, projectId, ...g }) => ({ project: projectName.get(projectId), ...g })),
    settings: await db.settings.toArray(),
  };
}

function concept(projectId: number, key: string, status: GlossaryConceptRecord['status'], uz: string, en: string): GlossaryConceptRecord {
  const term = (text: string, lang: 'uz-Cyrl' | 'en') => ({ text, lang, status: 'preferred' as const, variants: [text], sources: [{ doc: 0, segment: 6, context: text }] });
  return { projectId, key, status, concept: { id: key, type: 'person', score: 3.5, terms: { 'uz-Cyrl': [term(uz, 'uz-Cyrl')], en: [term(en, 'en')] } }, createdAt: 1, updatedAt: 2 };
}

/** A project with documents, an alignment with a confirmed row, two done edits and one undone, and a glossary. */
async function seedProject(m: Machine, name: string): Promise<{ projectId: number; alignmentId: number }> {
  const projectId = await m.repo.createProject(name);
  const uz = await m.repo.addDocument(projectId, { ...uzDocument(), originalBytes: new Uint8Array([0xd0, 0x8e, 0, 255, 1]) });
  const en = await m.repo.addDocument(projectId, enDocument());
  const alignmentId = await m.repo.saveAlignment(projectId, [uz, en], goldBeads());
  await m.repo.applyEdit(alignmentId, { kind: 'confirm', row: 0 });
  await m.repo.applyEdit(alignmentId, { kind: 'mergeWithNext', row: 2 });
  const pair = (await m.repo.loadAlignmentView(projectId))!.beads.findIndex((b) => b.cells.every((c) => c.length > 0));
  await m.repo.applyEdit(alignmentId, { kind: 'detach', row: pair, column: 0 });
  await m.repo.undo(alignmentId);
  await m.db.glossaryConcepts.bulkAdd([
    concept(projectId, 'person:mirziyoyev', 'approved', 'Шавкат Мирзиёев', 'Shavkat Mirziyoyev'),
    concept(projectId, 'person:tokayev', 'candidate', 'Қасим-Жомарт Тўқаев', 'Kassym-Jomart Tokayev'),
  ]);
  return { projectId, alignmentId };
}

let source: Machine & { projectId: number; alignmentId: number };

beforeEach(async () => {
  const m = await machine();
  source = { ...m, ...(await seedProject(m, 'Tashkent talks')) };
  await source.db.settings.put({ key: 'uiLocale', value: 'uz-Latn' });
});

const roundTrip = (backup: Backup): Backup => parseBackup(serializeBackup(backup));

describe('project backup', () => {
  it('restores on another machine with nothing lost: bytes, statuses, undo history, glossary', async () => {
    const text = serializeBackup(await source.backups.backupProject(source.projectId));
    expect(JSON.parse(text)).toMatchObject({ format: 'qiyos-backup', version: 2, scope: 'project' });
    const target = await machine();
    await target.repo.createProject('Something else');
    const [projectId] = await target.backups.restoreBackup(parseBackup(text));
    const restored = await contents(target.db);
    const original = await contents(source.db);
    expect(restored.projects).toEqual(['Something else', 'Tashkent talks']);
    for (const table of ['documents', 'segments', 'beads', 'edits', 'glossary'] as const) expect(restored[table], table).toEqual(original[table]);
    expect(restored.edits).toHaveLength(3);
    expect(restored.glossary.map((g) => g.concept.terms.en![0]!.text)).toEqual(['Shavkat Mirziyoyev', 'Kassym-Jomart Tokayev']);
    const bytes = (await target.db.documents.where('projectId').equals(projectId!).first())!.originalBytes;
    expect(bytes).toEqual(new Uint8Array([0xd0, 0x8e, 0, 255, 1]));
    // The restored alignment shows the same text in the same rows.
    const view = async (repo: Repository, id: number) => (await repo.loadAlignmentView(id))!.beads.map((b) => [b.status, b.cells.map((c) => c.map((s) => s.text))]);
    expect(await view(target.repo, projectId!)).toEqual(await view(source.repo, source.projectId));
  });

  it('keeps undo and redo working after a restore', async () => {
    const target = await machine();
    const [projectId] = await target.backups.restoreBackup(roundTrip(await source.backups.backupProject(source.projectId)));
    const alignmentId = (await target.db.alignments.where('projectId').equals(projectId!).first())!.id!;
    const rows = async (repo: Repository, id: number) => (await repo.loadAlignmentView(id))!.beads.map((b) => [b.status, b.cells.map((c) => c.map((s) => s.text))]);
    expect(await target.repo.editHistory(alignmentId)).toEqual(await source.repo.editHistory(source.alignmentId));
    expect(await target.repo.redo(alignmentId)).toMatchObject({ label: expect.stringMatching(/./) });
    await source.repo.redo(source.alignmentId);
    expect(await rows(target.repo, projectId!)).toEqual(await rows(source.repo, source.projectId));
    for (let k = 0; k < 3; k++) {
      expect(await target.repo.undo(alignmentId)).not.toBeNull();
      await source.repo.undo(source.alignmentId);
    }
    expect(await target.repo.undo(alignmentId)).toBeNull();
    expect(await rows(target.repo, projectId!)).toEqual(await rows(source.repo, source.projectId));
    expect((await rows(target.repo, projectId!)).every(([status]) => status === 'auto')).toBe(true);
  });

  it('fills in settings a machine lacks but keeps the ones it has', async () => {
    const backup = roundTrip(await source.backups.backupProject(source.projectId));
    const blank = await machine();
    await blank.backups.restoreBackup(backup);
    expect(await blank.db.settings.toArray()).toEqual([{ key: 'uiLocale', value: 'uz-Latn' }]);
    const russian = await machine();
    await russian.db.settings.put({ key: 'uiLocale', value: 'ru' });
    await russian.backups.restoreBackup(backup);
    expect(await russian.db.settings.toArray()).toEqual([{ key: 'uiLocale', value: 'ru' }]);
  });

  it('asks before replacing a project of the same name, and replaces it (glossary too) only when told to', async () => {
    const backup = roundTrip(await source.backups.backupProject(source.projectId));
    await source.db.beads.clear();
    const refused = await source.backups.restoreBackup(backup).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ProjectExistsError);
    expect((refused as RestoreConflictError).projectNames).toEqual(['Tashkent talks']);
    expect(await source.db.projects.count()).toBe(1);
    const [projectId] = await source.backups.restoreBackup(backup, { replace: true });
    expect(await source.db.projects.count()).toBe(1);
    expect((await source.repo.getProject(projectId!))!.name).toBe('Tashkent talks');
    expect(await source.db.beads.count()).toBe(goldBeads().length - 1);
    expect(await source.db.glossaryConcepts.where('projectId').equals(projectId!).count()).toBe(2);
    expect(await source.db.glossaryConcepts.count()).toBe(2);
    expect(await source.db.edits.count()).toBe(3);
  });

  it('leaves the existing project untouched when the restore fails (e.g. the disk is full)', async () => {
    const backup = roundTrip(await source.backups.backupProject(source.projectId));
    const before = await contents(source.db);
    const quota = Object.assign(new Error('QuotaExceededError'), { name: 'QuotaExceededError' });
    vi.spyOn(source.db.beads, 'bulkAdd').mockRejectedValueOnce(quota);
    const failure = await source.backups.restoreBackup(backup, { replace: true }).catch((error: unknown) => error);
    expect(storageErrorMessage(failure)).toMatch(/not enough storage space/);
    expect(await contents(source.db)).toEqual(before);
  });

  it('reads backups of version 1 (before history, glossary and settings were kept)', async () => {
    const backup = parseBackup(readFileSync(new URL('../../fixtures/backup/v1-project.qiyos.json', import.meta.url), 'utf8'));
    expect(backup).toMatchObject({ scope: 'project', version: 2, edits: [], glossaryConcepts: [], settings: [] });
    const target = await machine();
    const [projectId] = await target.backups.restoreBackup(backup);
    const view = (await target.repo.loadAlignmentView(projectId!))!;
    expect(view.columns.map((d) => [d.title, d.lang])).toEqual([
      ['Sputnik (uz)', 'uz-Cyrl'],
      ['Xinhua (en)', 'en'],
    ]);
    expect(view.beads.map((b) => b.status)).toEqual(['confirmed', 'auto']);
    expect(view.beads[0]!.cells[0]![0]!.text).toMatch(/^Кўксарой қароргоҳида/);
    expect(new TextDecoder().decode(view.columns[1]!.originalBytes)).toBe(view.columns[1]!.originalText);
    expect(await target.repo.editHistory(view.alignment.id)).toEqual({ undo: null, redo: null });
  });

  it('refuses damaged or foreign files with a clear message', async () => {
    const good = JSON.parse(serializeBackup(await source.backups.backupProject(source.projectId)));
    const broken = (change: (b: typeof good) => void) => {
      const copy = structuredClone(good);
      change(copy);
      return JSON.stringify(copy);
    };
    expect(() => parseBackup('{')).toThrow(/not JSON/);
    expect(() => parseBackup('{"format":"other"}')).toThrow(BackupError);
    expect(() => parseBackup(broken((b) => (b.version = 3)))).toThrow(/newer Qiyos/);
    expect(() => parseBackup(broken((b) => (b.scope = 'galaxy')))).toThrow(/unknown backup scope/);
    expect(() => parseBackup(broken((b) => (b.segments[0].documentId = 999)))).toThrow(/segment 1 belongs to no document/);
    expect(() => parseBackup(broken((b) => (b.beads[3].cells[0] = [b.segments.at(-1).id])))).toThrow(/row 4 points at sentences/);
    expect(() => parseBackup(broken((b) => (b.alignments[0].columns = [1234])))).toThrow(/alignment 1 names documents/);
    expect(() => parseBackup(broken((b) => (b.documents[0].originalBytes = { $bytes: '***' })))).toThrow(/bad base64/);
    // A history entry may name a removed sentence (a document-view undo brings it back), not one of another document.
    expect(() => parseBackup(broken((b) => (b.edits[1].after[0].cells[0] = [b.segments.at(-1).id])))).toThrow(/history entry 2 points at sentences/);
    expect(() => parseBackup(broken((b) => (b.edits[0].alignmentId = 77)))).toThrow(/history entry 1 belongs to no alignment/);
    expect(() => parseBackup(broken((b) => delete b.glossaryConcepts[1].status))).toThrow(/glossary concept 2 lacks/);
    expect(() => parseBackup(broken((b) => (b.settings = [{ value: 1 }])))).toThrow(/settings/);
    expect(() => parseBackup(broken((b) => b.settings.push({ key: 'uiLocale', value: 'ru' })))).toThrow(/names a setting twice/);
  });

  it('names the files after the project (or all projects) and the date', () => {
    expect(backupFileName('Tashkent: talks?', new Date('2025-11-15T10:00:00Z'))).toBe('Tashkent talks 2025-11-15.qiyos.json');
    expect(databaseBackupFileName(new Date('2025-11-15T10:00:00Z'))).toBe('Qiyos all projects 2025-11-15.qiyos.json');
  });
});

describe('whole-database backup', () => {
  it('moves every project, its history and glossary, and the settings to a new machine', async () => {
    await seedProject(source, 'Astana visit');
    const text = serializeBackup(await source.backups.backupDatabase());
    const backup = parseBackup(text);
    expect(backup.scope).toBe('database');
    const target = await machine();
    await target.db.settings.put({ key: 'uiLocale', value: 'ru' });
    const ids = await target.backups.restoreBackup(backup);
    expect(ids).toHaveLength(2);
    expect(await contents(target.db)).toEqual(await contents(source.db));
  });

  it('asks once for all projects that exist, and restores nothing when the answer is no', async () => {
    await seedProject(source, 'Astana visit');
    const backup = roundTrip(await source.backups.backupDatabase());
    const before = await contents(source.db);
    const refused = await source.backups.restoreBackup(backup).catch((error: unknown) => error);
    expect((refused as RestoreConflictError).projectNames.sort()).toEqual(['Astana visit', 'Tashkent talks']);
    expect(await contents(source.db)).toEqual(before);
    await source.backups.restoreBackup(backup, { replace: true });
    expect(await contents(source.db)).toEqual(before);
  });

  it('is one transaction: a failure in the last project leaves the database as it was', async () => {
    await seedProject(source, 'Astana visit');
    const backup = roundTrip(await source.backups.backupDatabase());
    const target = await machine();
    await target.db.settings.put({ key: 'uiLocale', value: 'ru' });
    await seedProject(target, 'Astana visit');
    const before = await contents(target.db);
    const add = target.db.glossaryConcepts.bulkAdd.bind(target.db.glossaryConcepts);
    let calls = 0;
    vi.spyOn(target.db.glossaryConcepts, 'bulkAdd').mockImplementation(((...args: Parameters<typeof add>) => {
      if (++calls === 2) throw new Error('The file is damaged here.');
      return add(...args);
    }) as typeof add);
    await expect(target.backups.restoreBackup(backup, { replace: true })).rejects.toThrow(/damaged here/);
    expect(calls).toBe(2);
    expect(await contents(target.db)).toEqual(before);
  });

  it('refuses a database backup with one bad project, naming the project', async () => {
    const good = JSON.parse(serializeBackup(await source.backups.backupDatabase()));
    good.projects.push({ ...structuredClone(good.projects[0]), project: { name: '  ' } });
    expect(() => parseBackup(JSON.stringify(good))).toThrow(/project 2: the project has no name/);
  });
});

describe('damaged backup files', () => {
  it('are refused with a BackupError or restored whole; a restore never fails half-way', async () => {
    const good = JSON.parse(serializeBackup(await source.backups.backupDatabase())) as Record<string, unknown>;
    /** Every path to a value inside the backup (arrays by index), for the fuzzer to damage. */
    const paths: (string | number)[][] = [];
    const walk = (value: unknown, at: (string | number)[]): void => {
      if (at.length > 0) paths.push(at);
      if (at.length > 6 || value === null || typeof value !== 'object') return;
      const entries = Array.isArray(value) ? value.slice(0, 3).map((v, i) => [i, v] as const) : Object.entries(value);
      for (const [key, child] of entries) walk(child, [...at, key]);
    };
    walk(good, []);
    const damage = fc.array(fc.tuple(fc.constantFrom(...paths), fc.oneof(fc.jsonValue({ maxDepth: 1 }), fc.constant(undefined))), { minLength: 1, maxLength: 3 });
    const target = await machine();
    let restored = 0;
    await fc.assert(
      fc.asyncProperty(damage, async (changes) => {
        const copy = structuredClone(good);
        for (const [path, value] of changes) {
          let parent: Record<string | number, unknown> | undefined = copy;
          for (const key of path.slice(0, -1)) parent = parent?.[key] as Record<string | number, unknown> | undefined;
          if (parent && typeof parent === 'object') parent[path.at(-1)!] = value;
        }
        let backup: Backup;
        try {
          backup = parseBackup(JSON.stringify(copy));
        } catch (error) {
          expect(error).toBeInstanceOf(BackupError);
          return;
        }
        await target.db.delete();
        await target.db.open();
        const ids = await target.backups.restoreBackup(backup);
        expect(ids).toHaveLength(backup.scope === 'database' ? backup.projects.length : 1);
        restored++;
      }),
      { numRuns: 150 },
    );
    expect(restored).toBeGreaterThan(0);
  });
});
