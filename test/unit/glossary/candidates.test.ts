// Candidate extraction on sentences of the seed texts.
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../../glossary/candidates';

const bases = (sentence: string, lang: Parameters<typeof extractCandidates>[1]) =>
  extractCandidates(sentence, lang, 0, 0).map((c) => [c.type, c.base]);

describe('extractCandidates', () => {
  it('finds a residence, posts and persons in an Uzbek Cyrillic sentence (seed 000)', () => {
    const sentence =
      'Кўксарой қароргоҳида Ўзбекистон президенти Шавкат Мирзиёев ва Қозоғистон президенти Қасим-Жомарт Тоқаев ўртасида тор доирадаги музокаралар бўлиб ўтди.';
    expect(bases(sentence, 'uz-Cyrl')).toEqual([
      ['place', 'Кўксарой қароргоҳи'],
      ['post', 'Ўзбекистон президенти'],
      ['person', 'Шавкат Мирзиёев'],
      ['post', 'Қозоғистон президенти'],
      ['person', 'Қасим-Жомарт Тоқаев'],
    ]);
    const [place] = extractCandidates(sentence, 'uz-Cyrl', 3, 7);
    expect(place).toMatchObject({ surface: 'Кўксарой қароргоҳида', doc: 3, segment: 7, context: sentence });
  });

  it('finds initials, "President of the Republic of X" and a residence in English (seed 002)', () => {
    const sentence =
      'As reported, on Saturday, private talks between the President of the Republic of Uzbekistan Sh. Mirziyoyev and the President of the Republic of Kazakhstan K.-Zh. Tokayev took place at the Kuksaroy residence.';
    expect(bases(sentence, 'en')).toEqual([
      ['post', 'President of the Republic of Uzbekistan'],
      ['person', 'Sh. Mirziyoyev'],
      ['post', 'President of the Republic of Kazakhstan'],
      ['person', 'K.-Zh. Tokayev'],
      ['place', 'Kuksaroy residence'],
    ]);
    expect(bases('Uzbek President Shavkat Mirziyoyev and Kazakh President Kassym-Jomart Tokayev held a meeting.', 'en')).toEqual([
      ['post', 'Uzbek President'],
      ['person', 'Shavkat Mirziyoyev'],
      ['post', 'Kazakh President'],
      ['person', 'Kassym-Jomart Tokayev'],
    ]);
  });

  it('folds Russian names and posts and finds bodies (seed 001)', () => {
    expect(bases('Далее заявил: «Основа наших взаимоотношений была заложена мной и первым президентом Узбекистана Исламом Каримовым.', 'ru')).toEqual([
      ['post', 'президент Узбекистана'],
      ['person', 'Ислам Каримов'],
    ]);
    expect(bases('В свою очередь, Шавкат Мирзиёев поблагодарил Назарбаева за радушный прием.', 'ru')).toEqual([
      ['person', 'Шавкат Мирзиёев'],
      ['person', 'Назарбаев'],
    ]);
    expect(
      bases('заявил вице-премьер Узбекистана Ачилбай Раматов, выступая на 16-м заседании в Ташкенте Совместной межправительственной комиссии по сотрудничеству.', 'ru'),
    ).toEqual([
      ['post', 'вице-премьер Узбекистана'],
      ['person', 'Ачилбай Раматов'],
      ['organisation', 'Совместная межправительственная комиссия'],
    ]);
    expect(bases('Казахстан избран в качестве непостоянного члена Совета Безопасности ООН.', 'ru')).toEqual([
      ['organisation', 'Совет Безопасности ООН'],
    ]);
  });

  it('finds posts and persons in Uzbek Latin (seed 004)', () => {
    const sentence =
      "2020-yilning 5-noyabr kuni O'zbekiston Respublikasi Tashqi ishlar vaziri Abdulaziz Kamilov va Toshkent shahriga amaliy tashrif bilan kelgan Qirg'iz Respublikasi Tashqi ishlar vaziri Ruslan Kazakbayev o'rtasida uchrashuv bo'lib o'tdi.";
    expect(bases(sentence, 'uz-Latn')).toEqual([
      ['post', "O'zbekiston Respublikasi Tashqi ishlar vaziri"],
      ['person', 'Abdulaziz Kamilov'],
      ['post', "Qirg'iz Respublikasi Tashqi ishlar vaziri"],
      ['person', 'Ruslan Kazakbayev'],
    ]);
  });

  it('finds English body names and stops before "of the Republic"', () => {
    const sentence =
      'The Leaders of the two countries, expressed their intention to establish the Supreme Interstate Council, the Council of Interparliamentary Cooperation and the Council of Foreign Ministers of the Republic of Kazakhstan and the Republic of Uzbekistan.';
    expect(bases(sentence, 'en')).toEqual([
      ['organisation', 'Supreme Interstate Council'],
      ['organisation', 'Council of Interparliamentary Cooperation'],
      ['organisation', 'Council of Foreign Ministers'],
    ]);
  });

  it('does not take a capitalised sentence-initial noun or a place for a person', () => {
    expect(bases('Ташрифга тайёргарлик доирасида Тошкентда Ҳукуматлараро комиссия йиғилиши ўтказилди.', 'uz-Cyrl')).toEqual([
      ['organisation', 'Ҳукуматлараро комиссия'],
    ]);
  });
});

describe('extractCandidates: Uzbek body names after a genitive chain', () => {
  it('takes the countries written with a dash and leaves out the ordinal (seed 000)', () => {
    expect(
      bases('Ўзбекистон - Қозоғистон ҳудудлари раҳбарларининг биринчи Кенгашини 2026 йилда Қозоғистонда ўтказиш тўғрисида келишувга эришилди.', 'uz-Cyrl'),
    ).toEqual([['organisation', 'Ўзбекистон - Қозоғистон ҳудудлари раҳбарларининг Кенгаши']]);
    expect(bases('Ўзбекистон, Қозоғистон ҳудудлари раҳбарларининг Кенгаши', 'uz-Cyrl')).toEqual([
      ['organisation', 'Қозоғистон ҳудудлари раҳбарларининг Кенгаши'],
    ]);
  });
});
