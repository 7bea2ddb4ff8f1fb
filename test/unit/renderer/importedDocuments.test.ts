import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openNamedDatabase } from '../../../renderer/db/database';
import { createRepository, InvalidSegmentError, type Repository } from '../../../renderer/db/repository';
import type { QiyosDatabase } from '../../../renderer/db/schema';
import { enDocument, goldBeads, uzDocument } from './seedFixture';

let db: QiyosDatabase;
let repo: Repository;
let counter = 0;

beforeEach(async () => {
  db = openNamedDatabase(`qiyos-imported-documents-test-${++counter}`);
  repo = createRepository(() => db);
  await db.open();
});

afterEach(async () => {
  await db.delete();
});

const bytes = new Uint8Array([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, 0x2e]); // "Привет." in Windows-1251

describe('documents imported from files', () => {
  it('keep their format, encoding and original bytes (schema unchanged: the fields are not indexed)', async () => {
    const projectId = await repo.createProject('Files');
    const id = await repo.addDocument(projectId, { ...uzDocument(), format: 'html', encoding: 'windows-1251', encodingConfident: false, originalBytes: bytes });
    const doc = await repo.getDocument(id);
    expect(doc).toMatchObject({ format: 'html', encoding: 'windows-1251', encodingConfident: false });
    expect([...doc.originalBytes!]).toEqual([...bytes]);
    expect(db.table('documents').schema.indexes.map((index) => index.name)).toEqual(['projectId', '[projectId+order]']);
    // Pasted text has none of them, and no undefined-valued keys either.
    const pasted = await repo.getDocument(await repo.addDocument(projectId, enDocument()));
    expect(Object.keys(pasted)).not.toContain('encoding');
    expect(Object.keys(pasted)).not.toContain('originalBytes');
  });

  it('redecodeDocument replaces text and segments in one go and drops the alignment', async () => {
    const projectId = await repo.createProject('Files');
    const uz = await repo.addDocument(projectId, { ...uzDocument(), encoding: 'koi8-r', encodingConfident: false, originalBytes: bytes });
    const en = await repo.addDocument(projectId, enDocument());
    await repo.saveAlignment(projectId, [uz, en], goldBeads());
    await repo.redecodeDocument(
      uz,
      { originalText: 'Привет. Пока.', encoding: 'windows-1251', encodingConfident: true, lang: 'ru', detectedLang: 'ru' },
      [
        { text: 'Привет.', kind: 'sentence', start: 0 },
        { text: 'Пока.', kind: 'sentence', start: 8 },
      ],
    );
    expect(await repo.getDocument(uz)).toMatchObject({ originalText: 'Привет. Пока.', encoding: 'windows-1251', encodingConfident: true, lang: 'ru', detectedLang: 'ru' });
    expect((await db.segments.where('documentId').equals(uz).sortBy('order')).map((s) => s.text)).toEqual(['Привет.', 'Пока.']);
    expect(await repo.loadAlignmentView(projectId)).toBeNull();
    expect(await db.beads.count()).toBe(0);
  });

  it('redecodeDocument changes nothing when a segment is invalid', async () => {
    const projectId = await repo.createProject('Files');
    const uz = await repo.addDocument(projectId, { ...uzDocument(), encoding: 'koi8-r', originalBytes: bytes });
    const before = await db.segments.where('documentId').equals(uz).count();
    await expect(
      repo.redecodeDocument(uz, { originalText: 'x', encoding: 'utf-8', encodingConfident: true, lang: 'ru', detectedLang: 'ru' }, [{ text: ' ', kind: 'sentence', start: 0 }]),
    ).rejects.toBeInstanceOf(InvalidSegmentError);
    expect(await repo.getDocument(uz)).toMatchObject({ encoding: 'koi8-r', originalText: uzDocument().originalText });
    expect(await db.segments.where('documentId').equals(uz).count()).toBe(before);
  });
});
