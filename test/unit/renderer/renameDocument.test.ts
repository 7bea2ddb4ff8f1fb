import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localizeError } from '../../../shared/i18n/localizeError';
import { openNamedDatabase } from '../../../renderer/db/database';
import { createRepository, MAX_DOCUMENT_TITLE, NotFoundError, type Repository } from '../../../renderer/db/repository';
import type { QiyosDatabase } from '../../../renderer/db/schema';
import { createAlignedProject } from './alignedProjectFixture';
import { enDocument, goldBeads, uzDocument } from './seedFixture';

let db: QiyosDatabase;
let repo: Repository;
let counter = 0;

beforeEach(async () => {
  db = openNamedDatabase(`qiyos-rename-document-test-${++counter}`);
  repo = createRepository(() => db);
  await db.open();
});

afterEach(async () => {
  await db.delete();
});

/** The seed pair 000 (uz-Cyrl) and 002 (en) aligned, with the project and alignment stamped long ago. */
async function alignedSeeds() {
  const { projectId, uz, en, alignmentId } = await createAlignedProject(repo);
  await db.projects.update(projectId, { updatedAt: 1000 });
  await db.alignments.update(alignmentId, { updatedAt: 1000 });
  return { projectId, uz, en, alignmentId };
}

/** Everything a refused rename must leave as it was. */
async function snapshot(projectId: number) {
  return {
    documents: await db.documents.where('projectId').equals(projectId).toArray(),
    project: await db.projects.get(projectId),
    alignments: await db.alignments.toArray(),
  };
}

describe('renameDocument', () => {
  it('stores the trimmed title, and the document list, the project and the alignment view follow', async () => {
    const { projectId, uz, en, alignmentId } = await alignedSeeds();
    const stampBefore = await repo.alignmentStamp(projectId);

    await repo.renameDocument(uz, '  Sputnik, 15 Nov 2025 — Oʻzbekiston  ');

    expect((await repo.getDocument(uz)).title).toBe('Sputnik, 15 Nov 2025 — Oʻzbekiston');
    expect((await repo.listDocuments(projectId)).map((d) => d.title)).toEqual(['Sputnik, 15 Nov 2025 — Oʻzbekiston', 'Xinhua (en)']);
    expect((await db.projects.get(projectId))!.updatedAt).toBeGreaterThan(1000);
    // The view reads column titles with its rows; a new stamp is what makes a shown view read them again.
    expect((await db.alignments.get(alignmentId))!.updatedAt).toBeGreaterThan(1000);
    expect(await repo.alignmentStamp(projectId)).not.toBe(stampBefore);
    const view = (await repo.loadAlignmentView(projectId))!;
    expect(view.columns.map((c) => c.title)).toEqual(['Sputnik, 15 Nov 2025 — Oʻzbekiston', 'Xinhua (en)']);
    expect(view.beads).toHaveLength(goldBeads().length);
    // Nothing else of the document changed: its text, language and segments are as imported.
    expect(await repo.getDocument(uz)).toMatchObject({ lang: 'uz-Cyrl', originalText: uzDocument().originalText, fileName: uzDocument().fileName });
    expect(await db.segments.where('documentId').equals(uz).count()).toBe(uzDocument().segments.length);
    expect((await repo.getDocument(en)).title).toBe('Xinhua (en)');
  });

  it('renames a document that no alignment uses, and takes a title of exactly the longest length', async () => {
    const projectId = await repo.createProject('Loose');
    const en = await repo.addDocument(projectId, enDocument());
    const longest = 'Ш'.repeat(MAX_DOCUMENT_TITLE);
    await repo.renameDocument(en, ` ${longest} `);
    expect((await repo.getDocument(en)).title).toBe(longest);
    expect(await db.alignments.count()).toBe(0);
  });

  it.each([
    ['empty', '', 'db.documentNeedsTitle', 'A document needs a title.'],
    ['only white space', ' \t\u00a0 ', 'db.documentNeedsTitle', 'A document needs a title.'],
    ['too long', `x${'я'.repeat(MAX_DOCUMENT_TITLE)}`, 'db.documentTitleTooLong', 'A document title can be at most 200 characters long.'],
  ])('refuses a title that is %s, in the UI language, and changes nothing', async (_case, title, id, english) => {
    const { projectId, uz } = await alignedSeeds();
    const before = await snapshot(projectId);

    const error = await repo.renameDocument(uz, title).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe(english);
    expect((error as { localized: { id: string } }).localized.id).toBe(id);
    expect(await snapshot(projectId)).toEqual(before);
    expect(localizeError(error, 'ru')).toMatch(id === 'db.documentNeedsTitle' ? /^У документа должно быть название\.$/ : /не более 200 символов/);
    expect(localizeError(error, 'uz-Latn')).toMatch(id === 'db.documentNeedsTitle' ? /^Hujjatga sarlavha kerak\.$/ : /200 belgidan/);
  });

  it('refuses a document that does not exist, changing nothing', async () => {
    const { projectId, uz } = await alignedSeeds();
    await repo.removeDocument(uz);
    const before = await snapshot(projectId);
    const error = await repo.renameDocument(uz, 'Ghost').then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as Error).message).toBe('The document does not exist (it may have been deleted).');
    expect(localizeError(error, 'ru')).toBe('Документ не существует (возможно, он был удалён).');
    expect(await snapshot(projectId)).toEqual(before);
    expect(await db.documents.get(uz)).toBeUndefined();
  });

  it('writes nothing when the title does not change', async () => {
    const { projectId, uz } = await alignedSeeds();
    const before = await snapshot(projectId);
    await repo.renameDocument(uz, ' Sputnik (uz) ');
    expect(await snapshot(projectId)).toEqual(before);
  });
});
