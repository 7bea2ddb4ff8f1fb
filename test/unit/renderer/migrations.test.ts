/**
 * Schema upgrades: a database written by every earlier (shipped) schema version, filled with data,
 * is opened by the current QiyosDatabase, upgraded, and every record is checked.
 *
 * When you add `version(n + 1)` to schema.ts, add version n's exact stores (as shipped) and a
 * fill/expect pair to HISTORY below; the guard test fails until you do.
 */
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openNamedDatabase } from '../../../renderer/db/database';
import { createRepository } from '../../../renderer/db/repository';

interface ShippedVersion {
  /** The `stores()` of that version exactly as it shipped. */
  stores: Record<string, string>;
  /** Records to write with that version, per table, ids included. */
  records: Record<string, Record<string, unknown>[]>;
}

const V1_RECORDS = {
  projects: [{ id: 1, name: 'Tashkent talks', createdAt: 1_700_000_000_000, updatedAt: 1_700_000_100_000 }],
  documents: [
    { id: 1, projectId: 1, order: 0, lang: 'uz-Cyrl', detectedLang: 'uz-Cyrl', title: 'Sputnik (uz)', fileName: '000.txt', originalText: 'Бир. Икки.', importedAt: 1_700_000_000_000 },
    { id: 2, projectId: 1, order: 1, lang: 'en', detectedLang: 'en', title: 'Xinhua', fileName: '', originalText: 'One. Two.', importedAt: 1_700_000_000_001 },
  ],
  segments: [
    { id: 1, documentId: 1, order: 0, text: 'Бир.', kind: 'sentence', start: 0 },
    { id: 2, documentId: 1, order: 1, text: 'Икки.', kind: 'sentence', start: 5 },
    { id: 3, documentId: 2, order: 0, text: 'One.', kind: 'sentence', start: 0 },
    { id: 4, documentId: 2, order: 1, text: 'Two.', kind: 'boilerplate', start: 5, reason: 'timestamp' },
  ],
  alignments: [{ id: 1, projectId: 1, columns: [1, 2], createdAt: 1_700_000_050_000, updatedAt: 1_700_000_050_000 }],
  beads: [
    { id: 1, alignmentId: 1, order: 0, cells: [[1], [3]], score: 0.9, status: 'confirmed' },
    { id: 2, alignmentId: 1, order: 1, cells: [[2], []], score: 0.2, status: 'auto' },
    { id: 3, alignmentId: 1, order: 2, cells: [[], [4]], score: 0, status: 'auto' },
  ],
};

const V2_EDITS = [
  {
    id: 1,
    alignmentId: 1,
    seq: 1,
    label: 'Confirm row 1',
    start: 0,
    before: [{ cells: [[1], [3]], score: 0.9, status: 'auto' }],
    after: [{ cells: [[1], [3]], score: 0.9, status: 'confirmed' }],
    undone: false,
    at: 1_700_000_060_000,
  },
];

/** Every shipped version, oldest first. */
const HISTORY: Record<number, ShippedVersion> = {
  1: {
    stores: {
      projects: '++id, updatedAt',
      documents: '++id, projectId, [projectId+order]',
      segments: '++id, documentId, [documentId+order]',
      alignments: '++id, projectId',
      beads: '++id, alignmentId, [alignmentId+order]',
    },
    records: V1_RECORDS,
  },
  2: {
    stores: { edits: '++id, alignmentId, [alignmentId+seq]' },
    records: {
      ...V1_RECORDS,
      edits: V2_EDITS,
    },
  },
  3: {
    stores: {
      glossaryConcepts: '++id, projectId, [projectId+status], [projectId+key]',
      settings: 'key',
    },
    records: {
      ...V1_RECORDS,
      edits: V2_EDITS,
      glossaryConcepts: [
        {
          id: 1,
          projectId: 1,
          key: 'person|mirziyoyev',
          status: 'approved',
          concept: {
            id: 'c1',
            type: 'person',
            score: 3.5,
            terms: {
              'uz-Cyrl': [{ text: 'Шавкат Мирзиёев', lang: 'uz-Cyrl', status: 'preferred', variants: ['Шавкат Мирзиёевнинг'], sources: [{ doc: 0, segment: 1, context: 'Шавкат Мирзиёевнинг ташрифи.' }] }],
              en: [{ text: 'Shavkat Mirziyoyev', lang: 'en', status: 'preferred', variants: [], sources: [] }],
            },
          },
          createdAt: 1_700_000_070_000,
          updatedAt: 1_700_000_080_000,
        },
      ],
      settings: [{ key: 'uiLocale', value: 'uz-Latn' }],
    },
  },
};

let counter = 0;
const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

async function writeWithVersion(version: number): Promise<string> {
  const name = `qiyos-migration-${version}-${++counter}`;
  names.push(name);
  const old = new Dexie(name);
  for (let v = 1; v <= version; v++) old.version(v).stores(HISTORY[v]!.stores);
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(HISTORY[version]!.records)) await old.table(table).bulkAdd(rows);
  });
  old.close();
  return name;
}

describe('schema upgrades', () => {
  it('HISTORY covers every version up to the current one', async () => {
    const db = openNamedDatabase(`qiyos-migration-current-${++counter}`);
    names.push(db.name);
    await db.open();
    const current = db.verno;
    db.close();
    for (let v = 1; v <= current; v++) expect(HISTORY[v], `schema version ${v} missing from HISTORY`).toBeDefined();
  });

  for (const version of Object.keys(HISTORY).map(Number)) {
    it(`opens a version ${version} database, upgrades it and keeps every record`, async () => {
      const name = await writeWithVersion(version);
      const db = openNamedDatabase(name);
      await db.open();
      try {
        for (const [table, rows] of Object.entries(HISTORY[version]!.records)) {
          const stored = await db.table(table).toArray();
          // Fields added by later versions may appear; every field written must be there unchanged.
          expect(stored).toHaveLength(rows.length);
          rows.forEach((row, i) => expect(stored[i]).toMatchObject(row));
        }
        // And the app can use it: the alignment reads back with its texts and statuses.
        const view = (await createRepository(() => db).loadAlignmentView(1))!;
        expect(view.beads.map((b) => [b.status, b.cells.map((c) => c.map((s) => s.text))])).toEqual([
          ['confirmed', [['Бир.'], ['One.']]],
          ['auto', [['Икки.'], []]],
          ['auto', [[], ['Two.']]],
        ]);
      } finally {
        db.close();
      }
    });
  }
});
