/**
 * The project's glossary in the `glossaryConcepts` table: saving extractions without losing review
 * work (glossary/mergeExtraction.ts), and the reviewer's operations: approve, reject, edit, merge,
 * split, import. Every write is one transaction over the table; the pure concept operations run
 * inside it (they are synchronous, so the transaction stays open).
 */
import type { TermAnchor } from '../../shared/align/termAnchors';
import { englishText, errorText, type ErrorText, type LocalizedError } from '../../shared/i18n/localizeError';
import type { Bead } from '../../shared/model';
import { allTerms, approveTerms, conceptKey, editConcept, mergeConcepts, splitConcept, syncOtherScript, termKey, type ConceptEdit, type TermRef } from '../../glossary/conceptOps';
import type { GlossaryDocument } from '../../glossary/extract';
import { mergeExtraction } from '../../glossary/mergeExtraction';
import type { Concept } from '../../glossary/model';
import { getDatabase } from './database';
import type { QiyosDatabase } from './schema';
import type { GlossaryConceptRecord, GlossaryConceptStatus, Stored } from './types';

/** What the extraction needs: the aligned documents in column order and the beads as segment indices. */
export interface GlossaryExtractionInput {
  documents: GlossaryDocument[];
  beads: Bead[];
}

export interface ExtractionOutcome {
  added: number;
  updated: number;
  /** New candidates dropped because the reviewer had rejected them. */
  skipped: number;
}

export class GlossaryEntryError extends Error implements LocalizedError {
  readonly localized: ErrorText;

  constructor(message: ErrorText) {
    super(englishText(message));
    this.name = 'GlossaryEntryError';
    this.localized = message;
  }
}

const RANK: Readonly<Record<GlossaryConceptStatus, number>> = { candidate: 0, approved: 1, rejected: 2 };

/** Candidates best first, then approved, then rejected; ties by creation. */
export function reviewOrder(a: GlossaryConceptRecord, b: GlossaryConceptRecord): number {
  return RANK[a.status] - RANK[b.status] || b.concept.score - a.concept.score || (a.id ?? 0) - (b.id ?? 0);
}

/** A stored concept with its record id as the concept id (what highlighting and the aligner refer to). */
export function conceptOf(record: Stored<GlossaryConceptRecord>): Concept {
  return { ...record.concept, id: String(record.id) };
}

export function createGlossaryRepository(getDb: () => QiyosDatabase) {
  async function entry(db: QiyosDatabase, id: number): Promise<Stored<GlossaryConceptRecord>> {
    const record = await db.glossaryConcepts.get(id);
    if (record === undefined) throw new GlossaryEntryError(errorText('db.glossaryEntryGone'));
    return record as Stored<GlossaryConceptRecord>;
  }

  async function change(id: number, update: (record: Stored<GlossaryConceptRecord>) => Partial<GlossaryConceptRecord>): Promise<void> {
    const db = getDb();
    await db.transaction('rw', db.glossaryConcepts, async () => {
      const record = await entry(db, id);
      await db.glossaryConcepts.update(id, { ...update(record), updatedAt: Date.now() });
    });
  }

  async function approvedConcepts(projectId: number): Promise<Concept[]> {
    const db = getDb();
    const records = (await db.glossaryConcepts.where('[projectId+status]').equals([projectId, 'approved']).toArray()) as Stored<GlossaryConceptRecord>[];
    return records.sort(reviewOrder).map(conceptOf);
  }

  async function projectRecords(db: QiyosDatabase, projectId: number): Promise<Stored<GlossaryConceptRecord>[]> {
    return (await db.glossaryConcepts.where('projectId').equals(projectId).toArray()) as Stored<GlossaryConceptRecord>[];
  }

  return {
    /** The project's latest alignment as extraction input; its documents without beads when not aligned. */
    async loadExtractionInput(projectId: number): Promise<GlossaryExtractionInput> {
      const db = getDb();
      return db.transaction('r', [db.alignments, db.documents, db.segments, db.beads], async () => {
        const alignment = await db.alignments.where('projectId').equals(projectId).last();
        const documentIds = alignment
          ? alignment.columns
          : ((await db.documents.where('[projectId+order]').between([projectId, -Infinity], [projectId, Infinity]).primaryKeys()) as number[]);
        const documents: GlossaryDocument[] = [];
        const indexOf = new Map<number, number>();
        for (const documentId of documentIds) {
          const doc = await db.documents.get(documentId);
          if (!doc) continue;
          const segments = await db.segments.where('[documentId+order]').between([documentId, -Infinity], [documentId, Infinity]).toArray();
          segments.forEach((s, k) => indexOf.set(s.id as number, k));
          documents.push({ lang: doc.lang, segments: segments.map((s) => ({ text: s.text, kind: s.kind })) });
        }
        if (!alignment) return { documents, beads: [] };
        const records = await db.beads.where('[alignmentId+order]').between([alignment.id, -Infinity], [alignment.id, Infinity]).toArray();
        const beads = records.map((r) => ({ cells: r.cells.map((cell) => cell.flatMap((id) => indexOf.get(id) ?? [])), score: r.score }));
        return { documents, beads };
      });
    },

    /** Folds an extraction (best first) into the project's glossary in one transaction (see mergeExtraction). */
    async saveExtraction(projectId: number, concepts: readonly Concept[]): Promise<ExtractionOutcome> {
      const db = getDb();
      return db.transaction('rw', db.glossaryConcepts, async () => {
        const records = await projectRecords(db, projectId);
        const plan = mergeExtraction(
          records.map((r) => ({ id: r.id, key: r.key, status: r.status, concept: r.concept, edited: r.edited, removedTerms: r.removedTerms })),
          concepts,
        );
        const now = Date.now();
        const byId = new Map(records.map((r) => [r.id, r]));
        await db.glossaryConcepts.bulkDelete(plan.deletes);
        await db.glossaryConcepts.bulkPut([
          ...plan.updates.map((u) => ({ ...byId.get(u.id)!, concept: u.concept, updatedAt: now })),
          ...plan.replaces.map((r) => ({ ...byId.get(r.id)!, key: r.key, concept: r.concept, updatedAt: now })),
        ]);
        await db.glossaryConcepts.bulkAdd(plan.adds.map((a) => ({ projectId, key: a.key, status: 'candidate' as const, concept: a.concept, createdAt: now, updatedAt: now })));
        return { added: plan.adds.length, updated: plan.updates.length, skipped: plan.skipped };
      });
    },

    /** The project's entries in review order. */
    async list(projectId: number): Promise<Stored<GlossaryConceptRecord>[]> {
      const db = getDb();
      return (await projectRecords(db, projectId)).sort(reviewOrder);
    },

    /** The approved concepts (ids are record ids as strings), for highlighting and the consistency check. */
    approvedConcepts,

    /** The approved concepts as alignment anchors: every term, variant and script (pending terms left out). */
    async termAnchors(projectId: number): Promise<TermAnchor[]> {
      const concepts = await approvedConcepts(projectId);
      return concepts
        .map((c) => ({ terms: [...new Set(allTerms(c).filter((t) => t.pending !== true).flatMap((t) => [t.text, ...t.variants]))] }))
        .filter((a) => a.terms.length > 0);
    },

    /** Approves an entry: its generated and pending terms become reviewed ones. */
    async approve(id: number): Promise<void> {
      await change(id, (r) => ({ status: 'approved', concept: approveTerms(r.concept) }));
    },

    /** Rejects an entry; it is kept so that a new extraction does not offer it again. */
    async reject(id: number): Promise<void> {
      await change(id, () => ({ status: 'rejected' }));
    },

    /** Takes a rejection back: the entry is a candidate again (kept across extractions, like an edited one). */
    async unreject(id: number): Promise<void> {
      await change(id, () => ({ status: 'candidate', edited: true }));
    },

    /** Applies one edit (type, note, terms); removed terms are remembered so extraction does not bring them back. */
    async edit(id: number, edit: ConceptEdit): Promise<void> {
      await change(id, (r) => {
        const concept = editConcept(r.concept, edit);
        const removed = edit.kind === 'remove-term' ? [termKey(edit.lang, edit.text)] : edit.kind === 'change-term' && edit.newText !== undefined ? [termKey(edit.lang, edit.text)] : [];
        const added = new Set(allTerms(concept).map((t) => termKey(t.lang, t.text)));
        const removedTerms = [...new Set([...(r.removedTerms ?? []), ...removed])].filter((k) => !added.has(k));
        return { concept, edited: true, removedTerms };
      });
    },

    /** Merges `otherId` into `targetId` (its type stays); approved when either was. Rejected entries cannot be merged. */
    async merge(targetId: number, otherId: number): Promise<void> {
      if (targetId === otherId) throw new GlossaryEntryError(errorText('db.mergeSameEntry'));
      const db = getDb();
      await db.transaction('rw', db.glossaryConcepts, async () => {
        const target = await entry(db, targetId);
        const other = await entry(db, otherId);
        if (target.projectId !== other.projectId) throw new GlossaryEntryError(errorText('db.mergeOtherProject'));
        if (target.status === 'rejected' || other.status === 'rejected') throw new GlossaryEntryError(errorText('db.mergeRejected'));
        const concept = mergeConcepts(target.concept, other.concept);
        const status: GlossaryConceptStatus = target.status === 'approved' || other.status === 'approved' ? 'approved' : 'candidate';
        const removedTerms = [...new Set([...(target.removedTerms ?? []), ...(other.removedTerms ?? [])])];
        await db.glossaryConcepts.update(targetId, { concept, status, edited: true, removedTerms, updatedAt: Date.now() });
        await db.glossaryConcepts.delete(otherId);
      });
    },

    /** Moves the chosen terms to a new entry of the same type and status; returns its id. */
    async split(id: number, terms: readonly TermRef[]): Promise<number> {
      const db = getDb();
      return db.transaction('rw', db.glossaryConcepts, async () => {
        const record = await entry(db, id);
        const [rest, moved] = splitConcept(record.concept, terms);
        const now = Date.now();
        await db.glossaryConcepts.update(id, { concept: rest, edited: true, updatedAt: now });
        return (await db.glossaryConcepts.add({
          projectId: record.projectId,
          key: conceptKey(moved),
          status: record.status,
          concept: moved,
          createdAt: now,
          updatedAt: now,
          edited: true,
        })) as number;
      });
    },

    /**
     * Stores imported concepts as approved, all or nothing: a concept sharing a term with an entry is
     * merged into it (which then counts as approved), the others are added. Returns [added, merged].
     */
    async importConcepts(projectId: number, concepts: readonly Concept[]): Promise<{ added: number; merged: number }> {
      const db = getDb();
      return db.transaction('rw', db.glossaryConcepts, async () => {
        const records = await projectRecords(db, projectId);
        const owner = new Map<string, Stored<GlossaryConceptRecord>>();
        for (const r of records) for (const t of allTerms(r.concept)) if (t.generated !== true) owner.set(termKey(t.lang, t.text), r);
        const now = Date.now();
        let added = 0;
        let merged = 0;
        for (const imported of concepts) {
          const concept = approveTerms(syncOtherScript(imported));
          const match = allTerms(concept).map((t) => owner.get(termKey(t.lang, t.text))).find((r) => r !== undefined);
          if (match !== undefined) {
            match.concept = approveTerms(mergeConcepts(match.concept, concept));
            match.status = 'approved';
            match.edited = true;
            match.updatedAt = now;
            await db.glossaryConcepts.put(match);
            merged++;
          } else {
            const record: GlossaryConceptRecord = { projectId, key: conceptKey(concept), status: 'approved', concept, createdAt: now, updatedAt: now, edited: true };
            const newId = (await db.glossaryConcepts.add(record)) as number;
            const stored = { ...record, id: newId } as Stored<GlossaryConceptRecord>;
            for (const t of allTerms(concept)) owner.set(termKey(t.lang, t.text), stored);
            added++;
          }
        }
        return { added, merged };
      });
    },
  };
}

export type GlossaryRepository = ReturnType<typeof createGlossaryRepository>;

/** The app's glossary repository over the app's database. */
export const glossaryRepository: GlossaryRepository = createGlossaryRepository(getDatabase);
