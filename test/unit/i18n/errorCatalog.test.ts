/**
 * The error catalog (shared/i18n/errorMessages.ts) against the code: every message id the code
 * throws has a text in every UI language, every entry is reachable, and translations are real.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorMessages } from '../../../shared/i18n/errorMessages';
import { UI_LOCALES } from '../../../shared/i18n/locales';

const ROOT = join(__dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

// electron/: main's messages about files it cannot open cross IPC as ids too.
const sources = ['shared', 'glossary', 'renderer', 'electron']
  .flatMap((dir) => sourceFiles(join(ROOT, dir)))
  .filter((path) => !path.endsWith(join('i18n', 'errorMessages.ts')))
  .map((path) => ({ path, text: readFileSync(path, 'utf8') }));
const code = sources.map((s) => s.text).join('\n');

const ID_PREFIXES = ['import', 'xml', 'tmx', 'srx', 'rules', 'glossary', 'tbx', 'concept', 'edit', 'segment', 'db', 'backup', 'engine', 'open'];
/** Every quoted message id in the code (`errorText('import.empty')`, `{ id: 'import.pdf' }`, `cond ? 'xml.noRoot' : …`). */
const namedIds = new Set([...code.matchAll(new RegExp(`'((?:${ID_PREFIXES.join('|')})\\.[A-Za-z0-9]+)'`, 'g'))].map((m) => m[1]!));
/** The codes of EditRefusal, from which EditNotApplicableError builds `edit.<code>`. */
const refusalCodes = new Set(
  [...readFileSync(join(ROOT, 'shared/editing/beadOps.ts'), 'utf8').match(/export type EditRefusal =([\s\S]*?);\n/)![1]!.matchAll(/'([A-Za-z]+)'/g)].map((m) => m[1]!),
);

describe('error catalog', () => {
  it('finds the ids the code throws (the scan itself works)', () => {
    expect(namedIds).toContain('import.empty');
    expect(namedIds).toContain('xml.entities');
    expect(namedIds).toContain('import.pdf');
    expect(namedIds).toContain('open.tooLarge');
    expect(refusalCodes).toContain('mergeLast');
    expect(refusalCodes.size).toBeGreaterThan(10);
  });

  it('has every id the code throws, in every UI language', () => {
    const ids = [...namedIds, ...[...refusalCodes].map((c) => `edit.${c}`)];
    for (const locale of UI_LOCALES) {
      const catalog = errorMessages[locale] as Record<string, string>;
      for (const id of ids) expect(catalog[id]?.trim(), `${locale} ${id}`).toBeTruthy();
    }
  });

  it('has no entry the code cannot reach', () => {
    for (const [id, english] of Object.entries(errorMessages.en)) {
      const [prefix, name] = id.split('.');
      // Entries without a prefix are the frame ("Line {line}: …"), used by name in localizeError.ts.
      if (name === undefined) expect(code.includes(`'${id}'`) || code.includes(`.${id},`), id).toBe(true);
      else if (prefix === 'edit') expect(refusalCodes, id).toContain(name);
      // A few sentences are still thrown as English text and found in the catalog by it (knownText).
      else expect(namedIds.has(id) || code.includes(`'${english}'`), id).toBe(true);
    }
  });

  it('translates every message (only texts from outside Qiyos and pure punctuation stay as they are)', () => {
    const same = new Set(['verbatim', 'srx.partProblem']);
    for (const locale of ['uz-Latn', 'ru'] as const) {
      for (const [id, english] of Object.entries(errorMessages.en)) {
        const text = (errorMessages[locale] as Record<string, string>)[id];
        if (same.has(id)) expect(text, `${locale} ${id}`).toBe(english);
        else expect(text, `${locale} ${id}`).not.toBe(english);
      }
    }
  });

  it('writes Uzbek oʻ and gʻ with the modifier letter (U+02BB), not an apostrophe or quote', () => {
    for (const [id, text] of Object.entries(errorMessages['uz-Latn'])) {
      expect(text, id).not.toMatch(/[oOgG][\u2018\u2019'`]/);
    }
    expect(Object.values(errorMessages['uz-Latn']).join(' ')).toContain('\u02BB');
  });
});
