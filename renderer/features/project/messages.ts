import { defineMessages } from '../../../shared/i18n/locales';

/** The open project's frame: title bar, breadcrumb and its links. */
export const projectMessages = defineMessages(
  {
    loading: 'Loading project…',
    missing: 'This project does not exist any more.',
    backToProjects: 'Back to projects',
    projects: 'Projects',
    breadcrumb: 'Breadcrumb',
    compare: 'Compare',
    compareTitle: 'Compare two documents word by word',
  },
  {
    'uz-Latn': {
      loading: 'Loyiha yuklanmoqda…',
      missing: 'Bu loyiha endi mavjud emas.',
      backToProjects: 'Loyihalarga qaytish',
      projects: 'Loyihalar',
      breadcrumb: 'Navigatsiya yoʻli',
      compare: 'Solishtirish',
      compareTitle: 'Ikki hujjatni soʻzma-soʻz solishtirish',
    },
    ru: {
      loading: 'Загрузка проекта…',
      missing: 'Этого проекта больше нет.',
      backToProjects: 'К списку проектов',
      projects: 'Проекты',
      breadcrumb: 'Навигационная цепочка',
      compare: 'Сравнить',
      compareTitle: 'Сравнить два документа пословно',
    },
  },
);
