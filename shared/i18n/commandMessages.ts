/**
 * The command table's words (shared/commands.ts) in every UI language: menu labels and shortcut
 * sheet descriptions for each APP_COMMANDS id, descriptions for each ALIGNMENT_KEYS id, and the
 * native menu's own words. Typed from the table, so a command added there without a translation
 * here is a type error. Pure: used by the renderer and the main process.
 */
import { ALIGNMENT_KEYS, APP_COMMANDS, type AlignmentKeyId, type MenuItemCommandId, type MenuName } from '../commands';
import { DEFAULT_UI_LOCALE, defineMessages, formatMessage, type MessageParams, type UiLocale } from './locales';

type CommandMessageKey = `${MenuItemCommandId}.label` | `${MenuItemCommandId}.description` | `alignment.${AlignmentKeyId}`;

/** Labels (Title Case in English, "…" when the command asks for more) and one-line descriptions. */
export const commandMessages = defineMessages<CommandMessageKey>(
  {
    'new-project.label': 'New Project',
    'new-project.description': 'Start a new project',
    'import-documents.label': 'Import Documents…',
    'import-documents.description': 'Add documents to the open project',
    'import-tmx.label': 'Import TMX…',
    'import-tmx.description': 'Create a project from a TMX file of any tool (on the home screen)',
    'export-tmx.label': 'Export TMX…',
    'export-tmx.description': 'Export the alignment as TMX',
    'export-glossary-tbx.label': 'Export Glossary as TBX…',
    'export-glossary-tbx.description': 'Export the approved glossary entries as TBX-Basic (on the glossary screen)',
    'export-glossary-csv.label': 'Export Glossary as CSV…',
    'export-glossary-csv.description': 'Export the approved glossary entries as CSV, one column per language (on the glossary screen)',
    'import-glossary.label': 'Import Glossary…',
    'import-glossary.description': 'Add a TBX, CSV or OmegaT TSV glossary to the project (on the glossary screen)',
    'backup-project.label': 'Back Up Project…',
    'backup-project.description': 'Save the open project with everything in it as one backup file',
    'backup-all.label': 'Back Up All Projects…',
    'backup-all.description': 'Save every project and the settings as one backup file',
    'undo.label': 'Undo',
    'undo.description': 'Undo typing in a text field, else the last alignment edit',
    'redo.label': 'Redo',
    'redo.description': 'Redo what was undone',
    'restore-backup.label': 'Restore Backup…',
    'restore-backup.description': 'Restore a project from a backup file (on the home screen)',
    'find.label': 'Find…',
    'find.description': 'Find text in the alignment (in any script)',
    'shortcut-sheet.label': 'Keyboard Shortcuts',
    'shortcut-sheet.description': 'Show this list of shortcuts',
    'about.label': 'About Qiyos',
    'about.description': 'Version and credits',
    'alignment.row-down': 'Next row',
    'alignment.row-up': 'Previous row',
    'alignment.page-down': 'A page of rows down',
    'alignment.page-up': 'A page of rows up',
    'alignment.first-row': 'First row',
    'alignment.last-row': 'Last row',
    'alignment.column-right': 'Next column (for column edits)',
    'alignment.column-left': 'Previous column',
    'alignment.merge-next': 'Merge the row with the next one',
    'alignment.merge-previous': 'Merge the row with the previous one',
    'alignment.split': 'Split the row in two',
    'alignment.move-up': "Move the column's first sentence to the row above",
    'alignment.move-down': "Move the column's last sentence to the row below",
    'alignment.no-counterpart': "No counterpart: the column's sentences get a row of their own",
    'alignment.toggle-confirm': 'Confirm or unconfirm the row',
    'alignment.confirm-above': 'Confirm every row down to this one',
    'alignment.edit-text': "Edit the text of the column's first sentence (double-click edits any sentence)",
    'alignment.realign': 'Realign the unconfirmed rows (confirmed rows are kept)',
    'alignment.undo': 'Undo the last alignment edit',
    'alignment.redo': 'Redo',
    'alignment.next-low': 'Next low-confidence row (below 0.50)',
    'alignment.previous-low': 'Previous low-confidence row',
    'alignment.next-unconfirmed': 'Next unconfirmed row',
    'alignment.go-to-row': 'Go to row N',
  },
  {
    'uz-Latn': {
      'new-project.label': 'Yangi loyiha',
      'new-project.description': 'Yangi loyihani boshlash',
      'import-documents.label': 'Hujjatlarni import qilish…',
      'import-documents.description': 'Ochiq loyihaga hujjatlar qoʻshish',
      'import-tmx.label': 'TMX import qilish…',
      'import-tmx.description': 'Istalgan dasturning TMX faylidan loyiha yaratish (bosh sahifada)',
      'export-tmx.label': 'TMX eksport qilish…',
      'export-tmx.description': 'Moslashtirishni TMX sifatida eksport qilish',
      'export-glossary-tbx.label': 'Lugʻatni TBX sifatida eksport qilish…',
      'export-glossary-tbx.description': 'Tasdiqlangan lugʻat yozuvlarini TBX-Basic sifatida eksport qilish (lugʻat sahifasida)',
      'export-glossary-csv.label': 'Lugʻatni CSV sifatida eksport qilish…',
      'export-glossary-csv.description': 'Tasdiqlangan lugʻat yozuvlarini CSV sifatida, har bir til alohida ustunda eksport qilish (lugʻat sahifasida)',
      'import-glossary.label': 'Lugʻatni import qilish…',
      'import-glossary.description': 'Loyihaga TBX, CSV yoki OmegaT TSV lugʻatini qoʻshish (lugʻat sahifasida)',
      'backup-project.label': 'Loyihani zaxiralash…',
      'backup-project.description': 'Ochiq loyihani barcha maʼlumotlari bilan bitta zaxira fayliga saqlash',
      'backup-all.label': 'Barcha loyihalarni zaxiralash…',
      'backup-all.description': 'Barcha loyihalar va sozlamalarni bitta zaxira fayliga saqlash',
      'undo.label': 'Bekor qilish',
      'undo.description': 'Matn maydonidagi yozishni, aks holda oxirgi moslashtirish tahririni bekor qilish',
      'redo.label': 'Qaytarish',
      'redo.description': 'Bekor qilinganni qaytarish',
      'restore-backup.label': 'Zaxira nusxadan tiklash…',
      'restore-backup.description': 'Loyihani zaxira faylidan tiklash (bosh sahifada)',
      'find.label': 'Qidirish…',
      'find.description': 'Moslashtirishda matn qidirish (istalgan yozuvda)',
      'shortcut-sheet.label': 'Klaviatura tugmalari',
      'shortcut-sheet.description': 'Shu tugmalar roʻyxatini koʻrsatish',
      'about.label': 'Qiyos haqida',
      'about.description': 'Versiya va mualliflar',
      'alignment.row-down': 'Keyingi qator',
      'alignment.row-up': 'Oldingi qator',
      'alignment.page-down': 'Bir sahifa pastga',
      'alignment.page-up': 'Bir sahifa yuqoriga',
      'alignment.first-row': 'Birinchi qator',
      'alignment.last-row': 'Oxirgi qator',
      'alignment.column-right': 'Keyingi ustun (ustun tahrirlari uchun)',
      'alignment.column-left': 'Oldingi ustun',
      'alignment.merge-next': 'Qatorni keyingisi bilan birlashtirish',
      'alignment.merge-previous': 'Qatorni oldingisi bilan birlashtirish',
      'alignment.split': 'Qatorni ikkiga boʻlish',
      'alignment.move-up': 'Ustunning birinchi gapini yuqoridagi qatorga oʻtkazish',
      'alignment.move-down': 'Ustunning oxirgi gapini pastdagi qatorga oʻtkazish',
      'alignment.no-counterpart': 'Mosi yoʻq: ustun gaplari alohida qatorga chiqadi',
      'alignment.toggle-confirm': 'Qatorni tasdiqlash yoki tasdiqni bekor qilish',
      'alignment.confirm-above': 'Shu qatorgacha barcha qatorlarni tasdiqlash',
      'alignment.edit-text': 'Ustundagi birinchi gap matnini tahrirlash (istalgan gapni ikki marta bosib tahrirlash mumkin)',
      'alignment.realign': 'Tasdiqlanmagan qatorlarni qayta moslashtirish (tasdiqlanganlari saqlanadi)',
      'alignment.undo': 'Oxirgi tahrirni bekor qilish',
      'alignment.redo': 'Qaytarish',
      'alignment.next-low': 'Ishonchi past keyingi qator (0,50 dan past)',
      'alignment.previous-low': 'Ishonchi past oldingi qator',
      'alignment.next-unconfirmed': 'Keyingi tasdiqlanmagan qator',
      'alignment.go-to-row': 'N-qatorga oʻtish',
    },
    ru: {
      'new-project.label': 'Новый проект',
      'new-project.description': 'Начать новый проект',
      'import-documents.label': 'Импорт документов…',
      'import-documents.description': 'Добавить документы в открытый проект',
      'import-tmx.label': 'Импорт TMX…',
      'import-tmx.description': 'Создать проект из TMX-файла любой программы (на главном экране)',
      'export-tmx.label': 'Экспорт TMX…',
      'export-tmx.description': 'Экспортировать выравнивание в TMX',
      'export-glossary-tbx.label': 'Экспорт глоссария в TBX…',
      'export-glossary-tbx.description': 'Экспортировать утверждённые записи глоссария в TBX-Basic (на экране глоссария)',
      'export-glossary-csv.label': 'Экспорт глоссария в CSV…',
      'export-glossary-csv.description': 'Экспортировать утверждённые записи глоссария в CSV, по столбцу на язык (на экране глоссария)',
      'import-glossary.label': 'Импорт глоссария…',
      'import-glossary.description': 'Добавить в проект глоссарий TBX, CSV или OmegaT TSV (на экране глоссария)',
      'backup-project.label': 'Резервная копия проекта…',
      'backup-project.description': 'Сохранить открытый проект со всем содержимым в один файл',
      'backup-all.label': 'Резервная копия всех проектов…',
      'backup-all.description': 'Сохранить все проекты и настройки в один файл',
      'undo.label': 'Отменить',
      'undo.description': 'Отменить ввод в текстовом поле, иначе последнюю правку выравнивания',
      'redo.label': 'Повторить',
      'redo.description': 'Повторить отменённое',
      'restore-backup.label': 'Восстановить из копии…',
      'restore-backup.description': 'Восстановить проект из резервной копии (на главном экране)',
      'find.label': 'Найти…',
      'find.description': 'Найти текст в выравнивании (в любой графике)',
      'shortcut-sheet.label': 'Сочетания клавиш',
      'shortcut-sheet.description': 'Показать этот список клавиш',
      'about.label': 'О программе Qiyos',
      'about.description': 'Версия и авторы',
      'alignment.row-down': 'Следующая строка',
      'alignment.row-up': 'Предыдущая строка',
      'alignment.page-down': 'На страницу вниз',
      'alignment.page-up': 'На страницу вверх',
      'alignment.first-row': 'Первая строка',
      'alignment.last-row': 'Последняя строка',
      'alignment.column-right': 'Следующий столбец (для правки столбца)',
      'alignment.column-left': 'Предыдущий столбец',
      'alignment.merge-next': 'Объединить строку со следующей',
      'alignment.merge-previous': 'Объединить строку с предыдущей',
      'alignment.split': 'Разделить строку на две',
      'alignment.move-up': 'Перенести первое предложение столбца в строку выше',
      'alignment.move-down': 'Перенести последнее предложение столбца в строку ниже',
      'alignment.no-counterpart': 'Без соответствия: предложения столбца получают отдельную строку',
      'alignment.toggle-confirm': 'Подтвердить строку или снять подтверждение',
      'alignment.confirm-above': 'Подтвердить все строки до этой',
      'alignment.edit-text': 'Изменить текст первого предложения столбца (двойной щелчок — любого предложения)',
      'alignment.realign': 'Выровнять заново неподтверждённые строки (подтверждённые сохраняются)',
      'alignment.undo': 'Отменить последнюю правку выравнивания',
      'alignment.redo': 'Повторить',
      'alignment.next-low': 'Следующая строка с низкой уверенностью (ниже 0,50)',
      'alignment.previous-low': 'Предыдущая строка с низкой уверенностью',
      'alignment.next-unconfirmed': 'Следующая неподтверждённая строка',
      'alignment.go-to-row': 'Перейти к строке N',
    },
  },
);

type MenuMessageKey = `menu.${MenuName}` | 'openRecent' | 'noRecentProjects' | 'aboutApp' | 'quitApp' | 'exit' | 'quit';

/**
 * The native menu's own words: top-level menus (without mnemonics; the menu adds "&"), Open Recent
 * and the About/Quit items of the application menu (`{app}` is the product name).
 */
export const menuMessages = defineMessages<MenuMessageKey>(
  {
    'menu.file': 'File',
    'menu.edit': 'Edit',
    'menu.view': 'View',
    'menu.help': 'Help',
    openRecent: 'Open Recent',
    noRecentProjects: 'No Recent Projects',
    aboutApp: 'About {app}',
    quitApp: 'Quit {app}',
    exit: 'Exit',
    quit: 'Quit',
  },
  {
    'uz-Latn': {
      'menu.file': 'Fayl',
      'menu.edit': 'Tahrir',
      'menu.view': 'Koʻrinish',
      'menu.help': 'Yordam',
      openRecent: 'Soʻnggi loyihalar',
      noRecentProjects: 'Soʻnggi loyihalar yoʻq',
      aboutApp: '{app} haqida',
      quitApp: '{app} dan chiqish',
      exit: 'Chiqish',
      quit: 'Chiqish',
    },
    ru: {
      'menu.file': 'Файл',
      'menu.edit': 'Правка',
      'menu.view': 'Вид',
      'menu.help': 'Справка',
      openRecent: 'Недавние проекты',
      noRecentProjects: 'Нет недавних проектов',
      aboutApp: 'О программе {app}',
      quitApp: 'Завершить {app}',
      exit: 'Выход',
      quit: 'Выйти',
    },
  },
);

/** The menu label of a command in a UI language. */
export function commandLabel(id: MenuItemCommandId, locale: UiLocale = DEFAULT_UI_LOCALE): string {
  return commandMessages[locale][`${id}.label`] ?? APP_COMMANDS[id].label;
}

/** The shortcut sheet's line for a command in a UI language. */
export function commandDescription(id: MenuItemCommandId, locale: UiLocale = DEFAULT_UI_LOCALE): string {
  return commandMessages[locale][`${id}.description`] ?? APP_COMMANDS[id].description;
}

/** The shortcut sheet's line for an alignment key in a UI language. */
export function alignmentKeyDescription(id: AlignmentKeyId, locale: UiLocale = DEFAULT_UI_LOCALE): string {
  return commandMessages[locale][`alignment.${id}`] ?? ALIGNMENT_KEYS[id].description;
}

/** One of the native menu's own words in a UI language (e.g. `menuText('aboutApp', 'ru', { app: 'Qiyos' })`). */
export function menuText(key: MenuMessageKey, locale: UiLocale = DEFAULT_UI_LOCALE, params?: MessageParams): string {
  return formatMessage(menuMessages[locale][key], params, locale);
}
