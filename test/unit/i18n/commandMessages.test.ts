import { describe, expect, it } from 'vitest';
import { ALIGNMENT_KEYS, APP_COMMANDS, MENU_ITEM_COMMAND_IDS, type AlignmentKeyId } from '../../../shared/commands';
import { alignmentKeyDescription, commandDescription, commandLabel, menuText } from '../../../shared/i18n/commandMessages';
import { UI_LOCALES } from '../../../shared/i18n/locales';

describe('command messages', () => {
  it('say in English what the command table says', () => {
    for (const id of MENU_ITEM_COMMAND_IDS) {
      expect(commandLabel(id, 'en'), id).toBe(APP_COMMANDS[id].label);
      expect(commandDescription(id, 'en'), id).toBe(APP_COMMANDS[id].description);
    }
    for (const id of Object.keys(ALIGNMENT_KEYS) as AlignmentKeyId[]) {
      expect(alignmentKeyDescription(id, 'en'), id).toBe(ALIGNMENT_KEYS[id].description);
    }
  });

  it('translate every command into every UI language', () => {
    for (const locale of UI_LOCALES.filter((l) => l !== 'en')) {
      for (const id of MENU_ITEM_COMMAND_IDS) {
        expect(commandLabel(id, locale), `${locale} ${id}`).not.toBe(APP_COMMANDS[id].label);
      }
    }
    expect(commandLabel('export-tmx', 'ru')).toBe('Экспорт TMX…');
    expect(commandLabel('new-project', 'uz-Latn')).toBe('Yangi loyiha');
  });

  it('fill the product name in the menu words', () => {
    expect(menuText('aboutApp', 'ru', { app: 'Qiyos' })).toBe('О программе Qiyos');
    expect(menuText('menu.file', 'uz-Latn')).toBe('Fayl');
  });
});
