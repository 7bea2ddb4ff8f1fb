import { defineMessages } from '../../../shared/i18n/locales';

/** The alignment map's texts. */
export const messages = defineMessages(
  {
    title: 'Alignment map',
    pair: 'Columns',
    summary:
      'Path of {rows, plural, one {# row} other {# rows}}: sentences of {a} across, of {b} down. {low, plural, one {# low-confidence row} other {# low-confidence rows}}, {nulls, plural, one {# row} other {# rows}} without a counterpart. Current row: {row}. Click a point to go to its row; in the table, F7 goes to the next low-confidence row.',
    legendHigh: 'high',
    legendLow: 'low',
    legendNull: 'no counterpart',
  },
  {
    'uz-Latn': {
      title: 'Moslashtirish xaritasi',
      pair: 'Ustunlar',
      summary:
        '{rows, plural, one {# qator} other {# qator}} yoʻli: gorizontal — {a} gaplari, vertikal — {b} gaplari. Ishonchi past: {low, plural, one {# qator} other {# qator}}, muqobili yoʻq: {nulls, plural, one {# qator} other {# qator}}. Joriy qator: {row}. Qatoriga oʻtish uchun nuqtani bosing; jadvalda F7 keyingi ishonchi past qatorga oʻtkazadi.',
      legendHigh: 'yuqori',
      legendLow: 'past',
      legendNull: 'muqobili yoʻq',
    },
    ru: {
      title: 'Карта выравнивания',
      pair: 'Столбцы',
      summary:
        'Путь из {rows, plural, one {# строки} few {# строк} many {# строк} other {# строки}}: по горизонтали предложения {a}, по вертикали {b}. С низкой уверенностью: {low, plural, one {# строка} few {# строки} many {# строк} other {# строки}}; без соответствия: {nulls, plural, one {# строка} few {# строки} many {# строк} other {# строки}}. Текущая строка: {row}. Щёлкните точку, чтобы перейти к её строке; в таблице F7 ведёт к следующей строке с низкой уверенностью.',
      legendHigh: 'высокая',
      legendLow: 'низкая',
      legendNull: 'нет соответствия',
    },
  },
);
