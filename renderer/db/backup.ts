/**
 * The project backup file: one JSON document holding a project and everything in it, so it can be
 * restored on another machine with nothing lost. Pure: serialising and validating only; the
 * repository reads and writes the records.
 *
 * Records keep every field they have (also ones added by later schema versions); ids are the ones
 * of the machine that wrote the file and are re-mapped on restore. Byte arrays (a document's
 * original file) are written as `{ "$bytes": "<base64>" }`.
 */
import type { AlignmentRecord, BeadRecord, DocumentRecord, ProjectRecord, SegmentRecord } from './types';

export const BACKUP_FORMAT = 'qiyos-backup';
export const BACKUP_VERSION = 1;

export interface ProjectBackup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** ISO time the backup was made. */
  exportedAt: string;
  project: ProjectRecord;
  documents: DocumentRecord[];
  segments: SegmentRecord[];
  alignments: AlignmentRecord[];
  beads: BeadRecord[];
}

export class BackupError extends Error {
  constructor(problem: string) {
    super(`This is not a usable Qiyos backup: ${problem}`);
    this.name = 'BackupError';
  }
}

/** The backup as JSON text. */
export function serializeBackup(backup: ProjectBackup): string {
  return JSON.stringify(backup, (_key, value: unknown) => (value instanceof Uint8Array ? { $bytes: toBase64(value) } : value));
}

/** Parses and checks a backup file: format, version, record shapes and every reference between records. */
export function parseBackup(text: string): ProjectBackup {
  let data: unknown;
  try {
    data = JSON.parse(text, (_key, value: unknown) => {
      if (value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 1 && typeof (value as { $bytes?: unknown }).$bytes === 'string') {
        return fromBase64((value as { $bytes: string }).$bytes);
      }
      return value;
    });
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`the file is not JSON (${error instanceof Error ? error.message : String(error)}).`);
  }
  if (!isObject(data) || data.format !== BACKUP_FORMAT) throw new BackupError(`the file does not say format "${BACKUP_FORMAT}".`);
  if (data.version !== BACKUP_VERSION) {
    throw new BackupError(typeof data.version === 'number' && data.version > BACKUP_VERSION ? `it was written by a newer Qiyos (backup version ${data.version}); update Qiyos to restore it.` : `unknown backup version ${JSON.stringify(data.version)}.`);
  }
  const project = data.project;
  if (!isObject(project) || typeof project.name !== 'string' || project.name.trim() === '') throw new BackupError('the project has no name.');
  const documents = records(data, 'documents');
  const segments = records(data, 'segments');
  const alignments = records(data, 'alignments');
  const beads = records(data, 'beads');

  const documentIds = new Set<number>();
  documents.forEach((d, i) => {
    need(isId(d.id) && !documentIds.has(d.id), `document ${i + 1} has a missing or repeated id.`);
    need(typeof d.title === 'string' && typeof d.originalText === 'string' && typeof d.lang === 'string' && Number.isInteger(d.order), `document ${i + 1} lacks its title, text, language or order.`);
    documentIds.add(d.id as number);
  });
  const segmentDocument = new Map<number, number>();
  segments.forEach((s, i) => {
    need(isId(s.id) && !segmentDocument.has(s.id), `segment ${i + 1} has a missing or repeated id.`);
    need(isId(s.documentId) && documentIds.has(s.documentId), `segment ${i + 1} belongs to no document in the backup.`);
    need(typeof s.text === 'string' && s.text.trim() !== '' && Number.isInteger(s.order) && ['sentence', 'heading', 'boilerplate'].includes(s.kind as string), `segment ${i + 1} lacks its text, order or kind.`);
    segmentDocument.set(s.id as number, s.documentId as number);
  });
  const alignmentColumns = new Map<number, number[]>();
  alignments.forEach((a, i) => {
    need(isId(a.id) && !alignmentColumns.has(a.id), `alignment ${i + 1} has a missing or repeated id.`);
    need(Array.isArray(a.columns) && a.columns.every((c) => isId(c) && documentIds.has(c)), `alignment ${i + 1} names documents that are not in the backup.`);
    alignmentColumns.set(a.id as number, a.columns as number[]);
  });
  beads.forEach((b, i) => {
    const columns = isId(b.alignmentId) ? alignmentColumns.get(b.alignmentId) : undefined;
    need(columns !== undefined, `row ${i + 1} belongs to no alignment in the backup.`);
    need(Number.isInteger(b.order) && typeof b.score === 'number' && (b.status === 'auto' || b.status === 'confirmed'), `row ${i + 1} lacks its order, score or status.`);
    need(
      Array.isArray(b.cells) && b.cells.length === columns!.length && b.cells.every((cell, c) => Array.isArray(cell) && cell.every((id) => isId(id) && segmentDocument.get(id) === columns![c])),
      `row ${i + 1} points at sentences that are not in its documents.`,
    );
  });
  return data as unknown as ProjectBackup;
}

function records(data: Record<string, unknown>, key: string): Record<string, unknown>[] {
  const list = data[key];
  if (!Array.isArray(list) || !list.every(isObject)) throw new BackupError(`"${key}" is not a list of records.`);
  return list;
}

function need(condition: boolean, problem: string): void {
  if (!condition) throw new BackupError(problem);
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
    throw new BackupError('a stored file is damaged (bad base64).');
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A file name for the backup: the project name, date and `.qiyos.json`. */
export function backupFileName(projectName: string, now = new Date()): string {
  const base = projectName.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim() || 'project';
  return `${base} ${now.toISOString().slice(0, 10)}.qiyos.json`;
}
