// Base forms of real inflected forms from the seed texts (test/fixtures/00*.txt).
import { describe, expect, it } from 'vitest';
import { baseForm, basePhrase } from '../../../glossary/morphology';

describe('baseForm', () => {
  it('folds Uzbek Cyrillic case, plural and possessive endings', () => {
    expect(baseForm('президентларининг', 'uz-Cyrl')).toBe('президент');
    expect(baseForm('президенти', 'uz-Cyrl')).toBe('президент');
    expect(baseForm('Қозоғистонда', 'uz-Cyrl')).toBe('Қозоғистон');
    expect(baseForm('Тошкентда', 'uz-Cyrl')).toBe('Тошкент');
    expect(baseForm('раҳбарларининг', 'uz-Cyrl')).toBe('раҳбар');
    expect(baseForm('лойиҳаларни', 'uz-Cyrl')).toBe('лойиҳа');
    expect(baseForm('шерикликни', 'uz-Cyrl')).toBe('шериклик');
    expect(baseForm('қароргоҳидаги', 'uz-Cyrl')).toBe('қароргоҳ');
    expect(baseForm('ҳудудларига', 'uz-Cyrl')).toBe('ҳудуд');
    expect(baseForm('доирадаги', 'uz-Cyrl')).toBe('доира');
  });

  it('folds Uzbek Latin endings the same way', () => {
    expect(baseForm('vazirlarining', 'uz-Latn')).toBe('vazir');
    expect(baseForm('Toshkentda', 'uz-Latn')).toBe('Toshkent');
    expect(baseForm("O'zbekistonning", 'uz-Latn')).toBe("O'zbekiston");
    expect(baseForm('prezidenti', 'uz-Latn')).toBe('prezident');
    expect(baseForm('doirasidagi', 'uz-Latn')).toBe('doira');
  });

  it('leaves words alone when the cut would leave too little or the ending is part of a name', () => {
    expect(baseForm('Ташқи', 'uz-Cyrl')).toBe('Ташқи');
    expect(baseForm('Мирзиёев', 'uz-Cyrl')).toBe('Мирзиёев');
    expect(baseForm('Navoi', 'uz-Latn')).toBe('Navoi');
    expect(baseForm('Мирзиёев', 'ru')).toBe('Мирзиёев');
    expect(baseForm('Астана', 'ru')).toBe('Астана');
    for (const lang of ['ru', 'uz-Cyrl', 'uz-Latn', 'en']) {
      for (const word of ['__proto__', 'constructor', 'toString']) expect(baseForm(word, lang), `${word} ${lang}`).toBe(word);
    }
  });

  it('folds Russian surnames, countries and nouns', () => {
    expect(baseForm('Назарбаева', 'ru')).toBe('Назарбаев');
    expect(baseForm('Мирзиёева', 'ru')).toBe('Мирзиёев');
    expect(baseForm('Каримовым', 'ru')).toBe('Каримов');
    expect(baseForm('Исламом', 'ru')).toBe('Ислам');
    expect(baseForm('Казахстана', 'ru')).toBe('Казахстан');
    expect(baseForm('Узбекистаном', 'ru')).toBe('Узбекистан');
    expect(baseForm('Республики', 'ru')).toBe('Республика');
    expect(baseForm('министров', 'ru')).toBe('министр');
    expect(baseForm('президентом', 'ru')).toBe('президент');
    expect(baseForm('президентов', 'ru')).toBe('президент');
    expect(baseForm('комиссии', 'ru')).toBe('комиссия');
    expect(baseForm('Совета', 'ru')).toBe('Совет');
    expect(baseForm('главы', 'ru')).toBe('глава');
  });
});

describe('basePhrase', () => {
  it('keeps the possessive of an Uzbek izofa head and folds only its case ending', () => {
    expect(basePhrase(['Кўксарой', 'қароргоҳида'], 'uz-Cyrl')).toBe('Кўксарой қароргоҳи');
    expect(basePhrase(["O'zbekiston-Qirg'iziston", 'Hukumatlararo', 'komissiyasining'], 'uz-Latn')).toBe(
      "O'zbekiston-Qirg'iziston Hukumatlararo komissiyasi",
    );
  });

  it('puts a Russian body name in the nominative and keeps the genitive complement', () => {
    expect(basePhrase(['Совместной', 'межправительственной', 'комиссии'], 'ru')).toBe('Совместная межправительственная комиссия');
    expect(basePhrase(['Совета', 'Безопасности', 'ООН'], 'ru')).toBe('Совет Безопасности ООН');
  });

  it('folds every word of a person name', () => {
    expect(basePhrase(['Исламом', 'Каримовым'], 'ru', true)).toBe('Ислам Каримов');
    expect(basePhrase(['Sh.', 'Mirziyoyev'], 'en', true)).toBe('Sh. Mirziyoyev');
  });
});
