import { DEFAULT_UI_LOCALE, formatMessage, type MessageParams, type UiLocale } from '../../../shared/i18n/locales';
import type { ImportTmxResult } from '../../../shared/tmx/importTmx';
import type { NewDocument } from '../../db/repository';
import { tmxImportMessages } from './messages';

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
export function projectNameFromFile(fileName: string, locale: UiLocale = DEFAULT_UI_LOCALE): string {
  return fileName.replace(/\.[^.]+$/, '').trim() || tmxImportMessages[locale].defaultName;
}

/** A one-line summary for the notice after an import, in the UI language. */
export function importSummary(result: ImportTmxResult, fileName: string, locale: UiLocale = DEFAULT_UI_LOCALE): string {
  const say = (key: keyof (typeof tmxImportMessages)['en'], params: MessageParams) => formatMessage(tmxImportMessages[locale][key], params, locale);
  const languages = result.documents.map((d) => d.tmxLang).join(', ');
  const notes: string[] = [];
  if (result.leftOutLanguages.length) notes.push(say('leftOut', { languages: result.leftOutLanguages.join(', ') }));
  if (result.skippedUnits) notes.push(say('skipped', { count: result.skippedUnits }));
  if (result.dropped) notes.push(say('dropped', { count: result.dropped }));
  if (result.warnings.length) notes.push(say('warnings', { count: result.warnings.length, first: result.warnings[0]! }));
  return say('summary', { rows: result.beads.length, languages, file: fileName, notes: notes.length ? `; ${notes.join('; ')}` : '' });
}
