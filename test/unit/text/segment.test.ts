import { describe, expect, it } from 'vitest';
import { segmentLines, segmentText } from '../../../shared/text/segment';
import type { SegmentDraft } from '../../../shared/model';
import { readGold, readSeed, SEED_FILES, SEED_LANGS, type SeedId } from './seeds';

const texts = (segs: SegmentDraft[]): string[] => segs.map((s) => s.text);
const seedIds = Object.keys(SEED_FILES) as SeedId[];

describe('segmentText on the gold seeds', () => {
  const gold = readGold();

  it('gives exactly the gold sentences of seed 000 once the scraper metadata is dropped', () => {
    const segs = segmentText(readSeed('000'), 'uz-Cyrl');
    expect(segs[0]).toMatchObject({ text: 'date 2025-11-15', kind: 'boilerplate', reason: 'metadata', paragraph: 0 });
    expect(texts(segs.filter((s) => s.reason !== 'metadata'))).toEqual(gold.src.sentences);
  });

  it('gives exactly the gold sentences of seed 002', () => {
    expect(texts(segmentText(readSeed('002'), 'en'))).toEqual(gold.tgt.sentences);
  });

  it('marks the timestamp, Russian caption, copyright and dateline of seed 000 and nothing else', () => {
    const segs = segmentText(readSeed('000'), 'uz-Cyrl').filter((s) => s.reason !== 'metadata');
    const marked = segs.flatMap((s, i) => (s.kind === 'boilerplate' ? [[i, s.reason]] : []));
    expect(marked).toEqual([
      [1, 'timestamp'],
      [2, 'caption'],
      [3, 'copyright'],
      [5, 'dateline'],
    ]);
    expect(segs[0]!.kind).toBe('heading');
    for (const i of [4, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]) expect(segs[i]!.kind).toBe('sentence');
  });

  it('marks the source lines, end mark and disclaimer of seed 002 and keeps the article', () => {
    const segs = segmentText(readSeed('002'), 'en');
    const boilerplate = segs.flatMap((s, i) => (s.kind === 'boilerplate' ? [i] : []));
    expect(boilerplate).toEqual([0, 1, 2, 3, 17, 18, 19]);
    expect(segs[17]!.reason).toBe('end-mark');
    expect(segs[18]!.reason).toBe('disclaimer');
    expect(segs[19]!.reason).toBe('disclaimer');
    for (const i of [0, 1, 3]) expect(segs[i]!.reason).toBe('source');
    for (let i = 4; i <= 16; i++) expect(segs[i]!.kind).toBe('sentence');
  });

  it('numbers paragraphs by non-blank line', () => {
    const segs = segmentText(readSeed('002'), 'en');
    // Line 7 of seed 002 holds three sentences of one quotation.
    expect(segs.filter((s) => s.paragraph === 7).map((s) => s.text.slice(0, 6))).toEqual(['"Trade', 'The go', 'Cargo ']);
    expect(new Set(segs.map((s) => s.paragraph)).size).toBe(readSeed('002').split('\n').filter((l) => l.trim()).length);
  });
});

describe('segmentText on the other seeds', () => {
  it('keeps the Russian article of seed 001 and drops the related headlines and menu after it', () => {
    const text = readSeed('001');
    const segs = segmentText(text, 'ru');
    const articleLines = text.split('\n\n\n')[0]!.split('\n').filter((l) => l.trim()).length;
    for (const s of segs) {
      if (s.paragraph < articleLines) expect(s.kind, s.text).not.toBe('boilerplate');
      else expect(s.kind, s.text).toBe('boilerplate');
    }
    expect(segs.find((s) => s.text === 'Все новости')?.reason).toBe('navigation');
    expect(segs.find((s) => s.text.startsWith('Кыргызстан обратился'))?.reason).toBe('related-headlines');
  });

  it('drops the menus and signature of seed 003 and keeps its headline and article', () => {
    const segs = segmentText(readSeed('003'), 'en');
    const boilerplate = segs.filter((s) => s.kind === 'boilerplate');
    expect(boilerplate.map((s) => s.reason)).toEqual(['navigation', 'navigation', 'navigation', 'navigation', 'repeated-heading', 'source']);
    expect(boilerplate[5]!.text).toBe('UzA');
    // The headline is printed twice (banner, then article title): it is aligned once.
    const headings = segs.filter((s) => s.kind === 'heading');
    expect(headings.map((s) => s.text)).toEqual([
      'Talks between Uzbekistan, Kazakhstan Presidents confirm the readiness of the countries to increase collaboration',
    ]);
    expect(boilerplate[4]!.text).toBe(headings[0]!.text);
    expect(segs.filter((s) => s.kind === 'sentence').length).toBeGreaterThan(35);
  });

  it('keeps the Uzbek Latin article of seed 004 and marks only its source line', () => {
    const segs = segmentText(readSeed('004'), 'uz-Latn');
    expect(segs.filter((s) => s.kind === 'boilerplate').map((s) => [s.text, s.reason])).toEqual([['Manba', 'source']]);
    // Markdown left in the scraped text ("# …", "*…*") stays out of the segments.
    expect(segs[0]).toMatchObject({ kind: 'heading', text: "O'zbekiston Respublikasi va Qirg'iz Respublikasi tashqi ishlar vazirlarining uchrashuvi to'g'risida" });
    expect(segs[1]!.text).toMatch(/^2020-yilning .* o'tdi\.$/);
    // "…tasdiqlandi. O'zbekiston Respublikasi…": a sentence starting with O' still starts a sentence.
    expect(segs.filter((s) => s.paragraph === 6).map((s) => s.text.split(' ')[0])).toEqual(['Oliy', "O'zbekiston"]);
  });
});

describe('segment offsets', () => {
  it.each(seedIds)('point at the exact text in seed %s', (id) => {
    const text = readSeed(id);
    const segs = segmentText(text, SEED_LANGS[id]);
    expect(segs.length).toBeGreaterThan(5);
    let last = -1;
    for (const s of segs) {
      expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
      expect(s.text).toBe(s.text.trim());
      expect(s.start).toBeGreaterThan(last);
      last = s.start;
    }
  });

  it('survive Windows line ends and non-breaking spaces', () => {
    const text = readSeed('002').replace(/\n/g, '\r\n').replace('Tashkent, November', 'Tashkent,\u00A0November');
    const segs = segmentText(text, 'en');
    expect(segs).toHaveLength(20);
    for (const s of segs) expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
    expect(segs.some((s) => s.text.includes('\r'))).toBe(false);
  });
});

describe('sentence boundaries', () => {
  const one = (text: string, lang = 'en'): void => {
    expect(texts(segmentText(text, lang))).toEqual([text]);
  };

  it('does not split after Latin initials (seed 002)', () => {
    one(
      'As reported, on Saturday, private talks between the President of the Republic of Uzbekistan Sh. Mirziyoyev and the President of the Republic of Kazakhstan K.-Zh. Tokayev took place at the Kuksaroy residence.',
    );
  });

  it('does not split after Cyrillic initials (seed 000 with initials)', () => {
    one(
      'Кўксарой қароргоҳида Ўзбекистон президенти Ш. Мирзиёев ва Қозоғистон президенти Қ.-Ж. Тоқаев ўртасида тор доирадаги музокаралар бўлиб ўтди.',
      'uz-Cyrl',
    );
    one('В свою очередь, Ш. М. Мирзиёев поблагодарил Н. Назарбаева за радушный прием.', 'ru');
  });

  it('splits after an agency name that ends a dateline (seed 000)', () => {
    const line = readSeed('000').split('\n')[5]!;
    const segs = segmentText(line, 'uz-Cyrl');
    expect(texts(segs)).toEqual([
      'ТОШКЕНТ, 15 ноя — Sputnik.',
      line.slice('ТОШКЕНТ, 15 ноя — Sputnik. '.length),
    ]);
  });

  it('never splits inside numbers', () => {
    one('11:10 15.11.2025 (янгиланди: 12:05 15.11.2025)', 'uz-Cyrl');
    one('Сўнгги йилларда 6,5 мингта қўшма корхона ташкил этилди ва устувор тармоқларда йирик лойиҳалар амалга оширилмоқда.', 'uz-Cyrl');
    one('В Таджикистане за год почти 3,8 тысячи человек оштрафовали за кражу электроэнергии.', 'ru');
    const segs = segmentText(
      '"Trade turnover since the beginning of the year has reached $4.5 billion. The goal is to increase this figure to $10 billion by increasing mutual deliveries and import substitution.',
      'en',
    );
    expect(texts(segs)).toEqual([
      '"Trade turnover since the beginning of the year has reached $4.5 billion.',
      'The goal is to increase this figure to $10 billion by increasing mutual deliveries and import substitution.',
    ]);
  });

  it('does not split after Russian abbreviations before a capital or a number', () => {
    one('23 марта 2019 г. в г. Астане состоялись переговоры президентов Казахстана и Узбекистана в узком кругу.', 'ru');
    one('Встреча прошла на ул. Навои в резиденции им. Ислама Каримова 15 ноя. 2025 года.', 'ru');
    one('Подписано около 75 контрактов на сумму 1,2 млрд. долларов, т.е. Казахстан стал главным партнёром.', 'ru');
  });

  it('splits after a sentence-final т.д. or etc. before a capital', () => {
    expect(
      texts(segmentText('Обсуждались энергетика, транспорт и т.д. Подобный форум проводится впервые в нашей истории.', 'ru')),
    ).toEqual(['Обсуждались энергетика, транспорт и т.д.', 'Подобный форум проводится впервые в нашей истории.']);
    expect(texts(segmentText('They covered energy, transport, etc. The parties agreed to adopt the roadmap.', 'en'))).toHaveLength(2);
  });

  it('does not split after English abbreviations and titles', () => {
    one('The U.S. Department of State and Dr. Smith met Mr. Tokayev on Nov. 15 in Tashkent.');
    one('Agreements were signed with Uzbekneftegaz Ltd. Representatives of the two countries attended.');
  });

  it('does not split after Uzbek place abbreviations (sh., t.)', () => {
    one("Uchrashuv Toshkent sh. Mirzo Ulug'bek t. hududida bo'lib o'tdi.", 'uz-Latn');
    one('Учрашув Тошкент ш. Мирзо Улуғбек т. ҳудудида бўлиб ўтди.', 'uz-Cyrl');
    one('Uchrashuv Navoiy koʻch. Toshkent shahrida boʻlib oʻtdi.', 'uz-Latn');
  });

  it('splits after Uzbek words ending in an apostrophe syllable', () => {
    const segs = segmentText("Bu borada muammolar ko'p. Tomonlar hamkorlikni davom ettirishga kelishdilar.", 'uz-Latn');
    expect(segs).toHaveLength(2);
  });

  it('keeps closing quotes with their sentence and splits before an opening quote or dash', () => {
    const segs = segmentText(readSeed('001').split('\n')[2]!, 'ru');
    expect(texts(segs)[0]).toBe('«В настоящее время уже проделана определённая работа по углублению межгосударственного партнерства.');
    expect(texts(segs)[1]!.endsWith('- перечислил Назарбаев.')).toBe(true);
    expect(segmentText('Он спросил: «О чем договорятся?» — спросил он у журналистов.', 'ru')).toHaveLength(1);
  });

  it('treats a short line without final punctuation as a heading and a long one as a sentence', () => {
    const heading = readSeed('000').split('\n')[0]!.replace(' date 2025-11-15 ', '');
    expect(segmentText(heading, 'uz-Cyrl')[0]!.kind).toBe('heading');
    const long = readGold().src.sentences[15]!.replace(/\.$/, '');
    expect(long.split(' ').length).toBeGreaterThan(20);
    expect(segmentText(long, 'uz-Cyrl')[0]!.kind).toBe('sentence');
  });
});

describe('segmentLines', () => {
  it('keeps every non-blank line exactly and skips blank ones', () => {
    const text = ' first line \r\n\r\n  \nsecond. Line two.\n\tlast';
    const segs = segmentLines(text);
    expect(texts(segs)).toEqual([' first line ', 'second. Line two.', '\tlast']);
    expect(segs.every((s) => s.kind === 'sentence' && s.reason === undefined)).toBe(true);
    expect(segs.map((s) => s.paragraph)).toEqual([0, 1, 2]);
    for (const s of segs) expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
  });

  it('gives the gold sentences back when they are given one per line', () => {
    const gold = readGold();
    expect(texts(segmentLines(gold.tgt.sentences.join('\n')))).toEqual(gold.tgt.sentences);
  });
});
