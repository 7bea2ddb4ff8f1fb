/// <reference types="vite/client" />
/**
 * Every message catalog of the renderer (renderer/**\/messages.ts) is complete in all three UI
 * languages: same keys, no empty message, the same placeholders.
 */
import { describe, expect, it } from 'vitest';
import { UI_LOCALES, type Messages } from '../../../shared/i18n/locales';

const modules = import.meta.glob<Record<string, unknown>>(['../../../renderer/**/messages.ts', '../../../shared/i18n/*Messages.ts'], { eager: true });

function catalogs(): [string, Messages<string>][] {
  const found: [string, Messages<string>][] = [];
  for (const [path, module] of Object.entries(modules)) {
    for (const [name, value] of Object.entries(module as Record<string, unknown>)) {
      if (value && typeof value === 'object' && UI_LOCALES.every((l) => l in (value as object))) found.push([`${path}#${name}`, value as Messages<string>]);
    }
  }
  return found;
}

/**
 * The placeholder names of a message, sorted and without repeats: `{name}` and `{count, plural, …}`,
 * and placeholders inside plural branches; the branches' own text ("one {# row}") is not a placeholder.
 */
function placeholders(text: string): string[] {
  const names = new Set<string>();
  const scan = (part: string): void => {
    let depth = 0;
    let start = -1;
    for (let i = 0; i < part.length; i++) {
      if (part[i] === '{' && depth++ === 0) start = i;
      else if (part[i] === '}' && --depth === 0) {
        const body = part.slice(start + 1, i);
        const [name, kind] = body.split(',').map((x) => x.trim());
        // A format ("{size, megabytes}", "{n, number}") belongs to the placeholder: every language must use the same one.
        if (name) names.add(kind === undefined || kind === 'plural' ? name : `${name}, ${kind}`);
        if (kind === 'plural') {
          // The branches: "one {…} other {…}" after the second comma; scan each branch's text.
          const branches = body.slice(body.indexOf(',', body.indexOf(',') + 1) + 1);
          let level = 0;
          let from = -1;
          for (let j = 0; j < branches.length; j++) {
            if (branches[j] === '{' && level++ === 0) from = j;
            else if (branches[j] === '}' && --level === 0) scan(branches.slice(from + 1, j));
          }
        }
      }
    }
  };
  scan(text);
  return [...names].sort();
}

describe('message catalogs', () => {
  const all = catalogs();
  it('exist', () => {
    expect(all.length).toBeGreaterThan(0);
  });
  for (const [name, messages] of all) {
    it(`${name} is complete in ${UI_LOCALES.join(', ')}`, () => {
      const keys = Object.keys(messages.en).sort();
      for (const locale of UI_LOCALES) {
        expect(Object.keys(messages[locale]).sort(), locale).toEqual(keys);
        for (const key of keys) {
          const text = messages[locale][key]!;
          expect(text.trim(), `${locale}.${key}`).not.toBe('');
          expect(placeholders(text), `${locale}.${key} placeholders`).toEqual(placeholders(messages.en[key]!));
        }
      }
    });
  }
});

describe('placeholder check', () => {
  it('reads plural branches as text, and placeholders inside them as placeholders', () => {
    expect(placeholders('{count, plural, one {Added # row to {name}} other {Added # rows}}')).toEqual(['count', 'name']);
    expect(placeholders('Deleted “{name}”.')).toEqual(['name']);
    expect(placeholders('No placeholder')).toEqual([]);
    expect(placeholders('too large ({size, megabytes}; limit {limit})')).toEqual(['limit', 'size, megabytes']);
  });
});
