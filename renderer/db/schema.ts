import { Dexie, type EntityTable } from 'dexie';
import type {
  AlignmentRecord,
  BeadRecord,
  DocumentRecord,
  EditRecord,
  GlossaryConceptRecord,
  ProjectRecord,
  SegmentRecord,
  SettingRecord,
} from './types';

/**
 * The Qiyos database. Versions are append-only: never edit or delete a `version(n)` that shipped;
 * add `version(n + 1)` with an upgrade function instead.
 */
export class QiyosDatabase extends Dexie {
  projects!: EntityTable<ProjectRecord, 'id'>;
  documents!: EntityTable<DocumentRecord, 'id'>;
  segments!: EntityTable<SegmentRecord, 'id'>;
  alignments!: EntityTable<AlignmentRecord, 'id'>;
  beads!: EntityTable<BeadRecord, 'id'>;
  edits!: EntityTable<EditRecord, 'id'>;
  glossaryConcepts!: EntityTable<GlossaryConceptRecord, 'id'>;
  settings!: EntityTable<SettingRecord, 'key'>;

  constructor(name: string) {
    super(name);
    this.version(1).stores({
      projects: '++id, updatedAt',
      documents: '++id, projectId, [projectId+order]',
      segments: '++id, documentId, [documentId+order]',
      alignments: '++id, projectId',
      beads: '++id, alignmentId, [alignmentId+order]',
    });
    // The alignment's edit history (undo/redo), kept with the project.
    this.version(2).stores({ edits: '++id, alignmentId, [alignmentId+seq]' });
    // The project's glossary (candidates, approved and rejected concepts) and the app's settings.
    this.version(3).stores({
      glossaryConcepts: '++id, projectId, [projectId+status], [projectId+key]',
      settings: 'key',
    });
  }
}
