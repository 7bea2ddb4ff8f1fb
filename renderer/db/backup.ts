/**
 * Backup files: one JSON document holding one project (`scope: 'project'`) or the whole database
 * (`scope: 'database'`: every project and the app's settings), so it can be restored on another
 * machine with nothing lost. Pure: serialising and validating only; backupRepository.ts reads and
 * writes the records.
 *
 * A project's part holds its documents, segments, alignments with their rows (and review
 * statuses), the undo history and the glossary. Records keep every field they have (also ones
 * added by later schema versions); ids are the ones of the machine that wrote the file and are
 * re-mapped on restore. Byte arrays (a document's original file) are written as
 * `{ "$bytes": "<base64>" }`.
 *
 * Versions: 1 held one project without history, glossary or settings; it is still read (as a
 * project backup with those empty). 2 added them and whole-database backups.
 */
import type { ErrorMessageId } from '../../shared/i18n/errorMessages';
import { englishText, errorText, type ErrorText, type LocalizedError } from '../../shared/i18n/localizeError';
import { isSegmentHistory } from './segmentHistoryRecords';
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

export const BACKUP_FORMAT = 'qiyos-backup';
export const BACKUP_VERSION = 2;

/** Everything stored for one project. */
export interface ProjectContents {
  project: ProjectRecord;
  documents: DocumentRecord[];
  segments: SegmentRecord[];
  alignments: AlignmentRecord[];
  beads: BeadRecord[];
  /** The alignments' undo/redo history (cells hold segment ids of this backup). */
  edits: EditRecord[];
  glossaryConcepts: GlossaryConceptRecord[];
}

interface BackupHeader {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO time the backup was made. */
  exportedAt: string;
  /** The app's settings when the backup was made. */
  settings: SettingRecord[];
}

/** One project (restored next to the other projects; its settings only fill in ones not set). */
export interface ProjectBackup extends BackupHeader, ProjectContents {
  scope: 'project';
}

/** The whole database: every project and the settings. */
export interface DatabaseBackup extends BackupHeader {
  scope: 'database';
  projects: ProjectContents[];
}

export type Backup = ProjectBackup | DatabaseBackup;

export class BackupError extends Error implements LocalizedError {
  readonly localized: ErrorText;

  constructor(problem: ErrorText) {
    const text = errorText('backup.unusable', { problem });
    super(englishText(text));
    this.name = 'BackupError';
    this.localized = text;
  }
}

/** The header of a new backup file made now. */
export function backupHeader(settings: SettingRecord[], now = new Date()): BackupHeader {
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.toISOString(), settings };
}

/** The backup as JSON text. */
export function serializeBackup(backup: Backup): string {
  return JSON.stringify(backup, (_key, value: unknown) => (value instanceof Uint8Array ? { $bytes: toBase64(value) } : value));
}

/**
 * Parses and checks a backup file of any version this Qiyos knows: format, version, record shapes
 * and every reference between records. Older versions come back in the current shape.
 */
export function parseBackup(text: string): Backup {
  let data: unknown;
  try {
    data = JSON.parse(text, (_key, value: unknown) => {
      if (isObject(value) && Object.keys(value).length === 1 && typeof value.$bytes === 'string') return fromBase64(value.$bytes);
      return value;
    });
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(errorText('backup.notJson', { reason: error instanceof Error ? error.message : String(error) }));
  }
  if (!isObject(data) || data.format !== BACKUP_FORMAT) throw new BackupError(errorText('backup.notFormat', { format: BACKUP_FORMAT }));
  if (data.version === 1) return { ...backupHeader([]), exportedAt: String(data.exportedAt ?? ''), scope: 'project', ...checkProject(data, undefined, false) };
  if (data.version !== BACKUP_VERSION) {
    throw new BackupError(
      typeof data.version === 'number' && data.version > BACKUP_VERSION
        ? errorText('backup.newer', { version: data.version })
        : errorText('backup.unknownVersion', { version: String(JSON.stringify(data.version)) }),
    );
  }
  const header = { ...backupHeader(checkSettings(data.settings)), exportedAt: String(data.exportedAt ?? '') };
  if (data.scope === 'project') return { ...header, scope: 'project', ...checkProject(data, undefined, true) };
  if (data.scope === 'database') {
    const projects = data.projects;
    if (!Array.isArray(projects) || !projects.every(isObject)) throw new BackupError(errorText('backup.projectsNotList'));
    return { ...header, scope: 'database', projects: projects.map((p, i) => checkProject(p, i + 1, true)) };
  }
  throw new BackupError(errorText('backup.unknownScope', { scope: String(JSON.stringify(data.scope)) }));
}

function checkSettings(value: unknown): SettingRecord[] {
  if (!Array.isArray(value) || !value.every((s) => isObject(s) && typeof s.key === 'string' && s.key !== '' && 'value' in s)) {
    throw new BackupError(errorText('backup.settingsNotList'));
  }
  const keys = value.map((s) => (s as SettingRecord).key);
  if (new Set(keys).size !== keys.length) throw new BackupError(errorText('backup.settingTwice'));
  return value as SettingRecord[];
}

/** Checks one project's records; messages name project `number` of a whole-database backup ("project 2: "). Version 1 had no history or glossary. */
function checkProject(data: Record<string, unknown>, number: number | undefined, withHistory: boolean): ProjectContents {
  const need = (condition: boolean, id: ErrorMessageId, values?: Record<string, string | number>): void => {
    if (!condition) throw new BackupError(number === undefined ? errorText(id, values) : errorText('backup.inProject', { number, problem: errorText(id, values) }));
  };
  const records = (key: string): Record<string, unknown>[] => {
    const list = data[key];
    need(Array.isArray(list) && list.every(isObject), 'backup.notList', { key });
    return list as Record<string, unknown>[];
  };
  const project = data.project;
  need(isObject(project) && typeof project.name === 'string' && project.name.trim() !== '', 'backup.noProjectName');
  const documents = records('documents');
  const segments = records('segments');
  const alignments = records('alignments');
  const beads = records('beads');
  const edits = withHistory ? records('edits') : [];
  const glossaryConcepts = withHistory ? records('glossaryConcepts') : [];

  const documentIds = new Set<number>();
  documents.forEach((d, i) => {
    need(isId(d.id) && !documentIds.has(d.id), 'backup.documentId', { number: i + 1 });
    need(typeof d.title === 'string' && typeof d.originalText === 'string' && typeof d.lang === 'string' && Number.isInteger(d.order), 'backup.documentFields', { number: i + 1 });
    need(d.segmentHistory === undefined || isSegmentHistory(d.segmentHistory, d.id as number), 'backup.documentHistory', { number: i + 1 });
    documentIds.add(d.id as number);
  });
  const segmentDocument = new Map<number, number>();
  segments.forEach((s, i) => {
    need(isId(s.id) && !segmentDocument.has(s.id), 'backup.segmentId', { number: i + 1 });
    need(isId(s.documentId) && documentIds.has(s.documentId), 'backup.segmentDocument', { number: i + 1 });
    need(typeof s.text === 'string' && s.text.trim() !== '' && Number.isInteger(s.order) && ['sentence', 'heading', 'boilerplate'].includes(s.kind as string), 'backup.segmentFields', { number: i + 1 });
    segmentDocument.set(s.id as number, s.documentId as number);
  });
  const alignmentColumns = new Map<number, number[]>();
  alignments.forEach((a, i) => {
    need(isId(a.id) && !alignmentColumns.has(a.id), 'backup.alignmentId', { number: i + 1 });
    need(Array.isArray(a.columns) && a.columns.every((c) => isId(c) && documentIds.has(c)), 'backup.alignmentColumns', { number: i + 1 });
    alignmentColumns.set(a.id as number, a.columns as number[]);
  });
  // A history entry may name a sentence no longer stored (removed by a split or join in the
  // document view, whose undo brings it back), never one of another document.
  const inColumn = (id: unknown, column: number | undefined, history: boolean): boolean => isId(id) && (segmentDocument.get(id) === column || (history && !segmentDocument.has(id)));
  const cellsFit = (cells: unknown, columns: number[], history = false): boolean =>
    Array.isArray(cells) && cells.length === columns.length && cells.every((cell, c) => Array.isArray(cell) && cell.every((id) => inColumn(id, columns[c], history)));
  const isRow = (row: unknown, columns: number[]): boolean =>
    isObject(row) && typeof row.score === 'number' && (row.status === 'auto' || row.status === 'confirmed') && cellsFit(row.cells, columns, true);
  beads.forEach((b, i) => {
    const columns = isId(b.alignmentId) ? alignmentColumns.get(b.alignmentId) : undefined;
    need(columns !== undefined, 'backup.rowAlignment', { number: i + 1 });
    // Orders may be fractions: an edit that inserts rows numbers them between their neighbours.
    need(Number.isFinite(b.order) && typeof b.score === 'number' && (b.status === 'auto' || b.status === 'confirmed'), 'backup.rowFields', { number: i + 1 });
    need(cellsFit(b.cells, columns!), 'backup.rowCells', { number: i + 1 });
  });
  edits.forEach((e, i) => {
    const columns = isId(e.alignmentId) ? alignmentColumns.get(e.alignmentId) : undefined;
    need(columns !== undefined, 'backup.editAlignment', { number: i + 1 });
    need(
      typeof e.seq === 'number' && typeof e.label === 'string' && Number.isInteger(e.start) && typeof e.undone === 'boolean',
      'backup.editFields',
      { number: i + 1 },
    );
    need(
      Array.isArray(e.before) && Array.isArray(e.after) && [...e.before, ...e.after].every((row) => isRow(row, columns!)),
      'backup.editRows',
      { number: i + 1 },
    );
    if (e.text !== undefined) {
      const text = e.text;
      need(
        isObject(text) && isId(text.segmentId) && (!segmentDocument.has(text.segmentId) || columns!.includes(segmentDocument.get(text.segmentId)!)) && typeof text.before === 'string' && typeof text.after === 'string',
        'backup.editText',
        { number: i + 1 },
      );
    }
  });
  glossaryConcepts.forEach((g, i) => {
    need(
      typeof g.key === 'string' && ['candidate', 'approved', 'rejected'].includes(g.status as string) && isObject(g.concept) && isObject(g.concept.terms),
      'backup.conceptFields',
      { number: i + 1 },
    );
  });
  return { project, documents, segments, alignments, beads, edits, glossaryConcepts } as unknown as ProjectContents;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isId(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) > 0;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    throw new BackupError(errorText('backup.badBase64'));
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function safeFileBase(name: string, fallback: string): string {
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim() || fallback;
}

/** A file name for a project backup: the project name, date and `.qiyos.json`. */
export function backupFileName(projectName: string, now = new Date()): string {
  return `${safeFileBase(projectName, 'project')} ${now.toISOString().slice(0, 10)}.qiyos.json`;
}

/** A file name for a whole-database backup. */
export function databaseBackupFileName(now = new Date()): string {
  return `Qiyos all projects ${now.toISOString().slice(0, 10)}.qiyos.json`;
}
