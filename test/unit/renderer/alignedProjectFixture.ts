/** A project with seeds 000 and 002 aligned by the gold, and checks on its rows, for repository tests. */
import { expect } from 'vitest';
import type { Repository } from '../../../renderer/db/repository';
import type { QiyosDatabase } from '../../../renderer/db/schema';
import type { Bead } from '../../../shared/model';
import { enDocument, goldBeads, uzDocument } from './seedFixture';

/** Project "Tashkent talks" with seeds 000 (uz-Cyrl) and 002 (en) aligned by `beads` (the gold's by default). */
export async function createAlignedProject(repo: Repository, beads: Bead[] = goldBeads()) {
  const projectId = await repo.createProject('Tashkent talks');
  const uz = await repo.addDocument(projectId, uzDocument());
  const en = await repo.addDocument(projectId, enDocument());
  const alignmentId = await repo.saveAlignment(projectId, [uz, en], beads);
  return { projectId, uz, en, alignmentId };
}

/** A document's segments in order. */
export function segmentsIn(db: QiyosDatabase, documentId: number) {
  return db.segments.where('[documentId+order]').between([documentId, -Infinity], [documentId, Infinity]).toArray();
}

/** An alignment's rows in order. */
export function beadsIn(db: QiyosDatabase, alignmentId: number) {
  return db.beads.where('[alignmentId+order]').between([alignmentId, -Infinity], [alignmentId, Infinity]).toArray();
}

/** Every segment of every column in exactly one row, cells contiguous and in document order; segment orders 0…n-1; no empty row. */
export async function expectValidAlignmentIn(db: QiyosDatabase, alignmentId: number): Promise<void> {
  const alignment = (await db.alignments.get(alignmentId))!;
  const beads = await beadsIn(db, alignmentId);
  for (const [c, documentId] of alignment.columns.entries()) {
    const segments = await segmentsIn(db, documentId);
    expect(segments.map((s) => s.order)).toEqual(segments.map((_, k) => k));
    expect(beads.flatMap((b) => b.cells[c]!)).toEqual(segments.map((s) => s.id));
  }
  for (const bead of beads) expect(bead.cells.some((cell) => cell.length > 0)).toBe(true);
}
