import { defineMessages } from '../../shared/i18n/locales';

/** The app shell's own words (top bar, language switch). */
export const shellMessages = defineMessages(
  {
    allProjects: 'Qiyos — all projects',
    help: 'Help',
    shortcuts: 'Shortcuts',
    shortcutsTitle: 'Keyboard shortcuts (F1)',
    about: 'About',
    uiLanguage: 'Interface language',
  },
  {
    'uz-Latn': {
      allProjects: 'Qiyos — barcha loyihalar',
      help: 'Yordam',
      shortcuts: 'Tugmalar',
      shortcutsTitle: 'Klaviatura tugmalari (F1)',
      about: 'Dastur haqida',
      uiLanguage: 'Interfeys tili',
    },
    ru: {
      allProjects: 'Qiyos — все проекты',
      help: 'Справка',
      shortcuts: 'Клавиши',
      shortcutsTitle: 'Сочетания клавиш (F1)',
      about: 'О программе',
      uiLanguage: 'Язык интерфейса',
    },
  },
);
