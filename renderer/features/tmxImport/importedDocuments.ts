import type { ImportTmxResult } from '../../../shared/tmx/importTmx';
import type { NewDocument } from '../../db/repository';

/** The repository's documents for an imported TMX: one per language, in column order. */
export function importedDocuments(result: ImportTmxResult, fileName: string): NewDocument[] {
  return result.documents.map((doc) => ({
    title: doc.title,
    fileName,
    originalText: doc.originalText,
    lang: doc.lang,
    detectedLang: doc.lang,
    segments: doc.segments.map((s) => ({ text: s.text, kind: s.kind, start: s.start })),
  }));
}

/** The new project's name: the file name without its extension. */
export function projectNameFromFile(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '').trim() || 'Imported TMX';
}

/** A one-line summary for the notice after an import. */
export function importSummary(result: ImportTmxResult, fileName: string): string {
  const languages = result.documents.map((d) => d.tmxLang).join(', ');
  const notes: string[] = [];
  if (result.leftOutLanguages.length) notes.push(`left out ${result.leftOutLanguages.join(', ')} (at most four languages)`);
  if (result.skippedUnits) notes.push(`${result.skippedUnits} empty units skipped`);
  if (result.dropped) notes.push(`${result.dropped} characters XML cannot carry dropped`);
  if (result.warnings.length) notes.push(`${result.warnings.length} warnings, first: ${result.warnings[0]}`);
  return `Imported ${result.beads.length} aligned rows (${languages}) from ${fileName}${notes.length ? `; ${notes.join('; ')}` : ''}.`;
}
