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

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)/g)].map((m) => m[1]).sort();

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
