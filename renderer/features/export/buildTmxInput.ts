import type { TmxInput } from '../../../shared/tmx/types';
import type { AlignmentView } from '../../db/repository';

/** The TMX writer's input for an alignment: one column per document, one unit per bead, default options (pairs only, all statuses). */
export function buildTmxInput(view: AlignmentView, options: TmxInput['options'] = {}): TmxInput {
  return {
    columns: view.columns.map((doc) => ({ lang: doc.lang, documentName: doc.title })),
    units: view.beads.map((bead) => ({
      cells: bead.cells.map((cell) => cell.map((segment) => segment.text)),
      score: bead.score,
      status: bead.status,
    })),
    options,
  };
}

/** A file name from the project name, without characters file systems reject. */
export function exportFileName(projectName: string, extension: string): string {
  const base = projectName.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim() || 'alignment';
  return `${base}.${extension}`;
}
