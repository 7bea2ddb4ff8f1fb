/**
 * Errors a user meets with real bad input come out in Russian and Uzbek, with their line numbers
 * and file names, while the English `message` stays word for word what it was.
 */
import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readGlossaryFile } from '../../../glossary/importGlossary';
import { planOp, type EditBead } from '../../../shared/editing/beadOps';
import { UI_LOCALES } from '../../../shared/i18n/locales';
import { errorTextOf, formatErrorText, knownText, localizeError, verbatim, withErrorText } from '../../../shared/i18n/localizeError';
import { importAndPrepare } from '../../../shared/import/importAndPrepare';
import { readSrx } from '../../../shared/srx/readSrx';
import { validateRules } from '../../../shared/text/segmentationRules';
import { checkSafeXml } from '../../../shared/xml/safeXml';
import { importTmx } from '../../../shared/tmx/importTmx';
import { parseBackup } from '../../../renderer/db/backup';
import { storageErrorMessage } from '../../../renderer/db/storageErrors';
import { readSeed } from '../text/seeds';

/** The error `run` throws; fails the test when it throws none. */
function thrown(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    return error as Error;
  }
  throw new Error('expected an error');
}

/** The error's text in every UI language, after checking that its English rendering is its message. */
function inAllLanguages(error: Error): { en: string; ru: string; uz: string } {
  const text = errorTextOf(error);
  expect(text, `${error.name} carries a translatable message`).toBeDefined();
  expect(formatErrorText(text!, 'en')).toBe(error.message);
  return { en: localizeError(error, 'en'), ru: localizeError(error, 'ru'), uz: localizeError(error, 'uz-Latn') };
}

const russianLine = readSeed('001').split('\n')[0]!;

describe('import errors', () => {
  it('an empty file: translated, with the file name', () => {
    const error = thrown(() => importAndPrepare(new Uint8Array(0), 'empty.txt'));
    expect(error.message).toBe('"empty.txt": the file is empty');
    expect(inAllLanguages(error)).toEqual({ en: '"empty.txt": the file is empty', ru: '«empty.txt»: файл пуст', uz: '“empty.txt”: fayl boʻsh' });
  });

  it('bad UTF-8 in a seed article: the line of the bad byte survives', () => {
    const lines = readSeed('001').split('\n');
    const bytes = strToU8([lines[0], lines[1], `${lines[2]}\u0000`].join('\n'));
    bytes[bytes.length - 1] = 0xff; // A byte UTF-8 never uses, on line 3.
    const error = thrown(() => importAndPrepare(bytes, 'статья.txt', { encoding: 'utf-8' }));
    const { en, ru, uz } = inAllLanguages(error);
    expect(en).toBe('"статья.txt": the file is not valid UTF-8 (first bad byte on line 3); try another encoding');
    expect(ru).toBe('«статья.txt»: файл не является корректным UTF-8 (первый ошибочный байт в строке 3); попробуйте другую кодировку');
    expect(uz).toBe('“статья.txt”: fayl yaroqli UTF-8 emas (birinchi buzuq bayt 3-qatorda); boshqa kodlashni tanlang');
  });

  it('a detail shown without a file name starts with a capital letter in every language', () => {
    const error = thrown(() => importAndPrepare(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]), ''));
    const { ru, uz } = inAllLanguages(error);
    expect(ru).toBe('Это файл PDF; Qiyos не читает PDF — скопируйте из него текст или сохраните его как обычный текст');
    expect(uz.startsWith('Bu PDF fayl')).toBe(true);
  });

  it('a DOCX whose XML is refused: the XML error (with its line) is translated inside the import error', () => {
    const xml = `<?xml version="1.0"?>\n<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>${russianLine} &foo;</w:t></w:r></w:p></w:body></w:document>`;
    const bytes = zipSync({ 'word/document.xml': strToU8(xml) });
    const error = thrown(() => importAndPrepare(bytes, 'отчёт.docx'));
    const { en, ru, uz } = inAllLanguages(error);
    expect(en).toMatch(/^"отчёт\.docx": the document's word\/document\.xml was refused as unsafe or damaged XML \(Line 2: The entity reference &foo; is not allowed/);
    expect(ru).toMatch(/^«отчёт\.docx»: часть документа word\/document\.xml отклонена как небезопасный или повреждённый XML \(Строка 2: Ссылка на сущность &foo; недопустима/);
    expect(uz).toMatch(/^“отчёт\.docx”: hujjatning word\/document\.xml qismi xavfli yoki shikastlangan XML sifatida rad etildi \(2-qator: &foo; obyekt havolasiga ruxsat yoʻq/);
  });
});

describe('sizes in messages', () => {
  const MB = 1024 * 1024;

  it('a file over the import limit: the sizes are written the way each language writes them', () => {
    const error = thrown(() => importAndPrepare(new Uint8Array(60 * MB), 'Ўзбекистон архиви.txt'));
    expect(errorTextOf(error)).toEqual({ id: 'inFile', values: { file: 'Ўзбекистон архиви.txt', detail: { id: 'import.tooLarge', values: { size: 60 * MB, limit: 50 * MB } } } });
    expect(inAllLanguages(error)).toEqual({
      en: '"Ўзбекистон архиви.txt": the file is too large (60.0 MB); Qiyos imports files up to 50.0 MB',
      ru: '«Ўзбекистон архиви.txt»: файл слишком велик (60,0 МБ); Qiyos импортирует файлы размером до 50,0 МБ',
      uz: '“Ўзбекистон архиви.txt”: fayl juda katta (60,0 MB); Qiyos 50,0 MB gacha boʻlgan fayllarni import qiladi',
    });
    // Without a file name (the detail alone, capitalised).
    expect(localizeError(thrown(() => importAndPrepare(new Uint8Array(50 * MB + 1), '')), 'ru')).toBe(
      'Файл слишком велик (50,0 МБ); Qiyos импортирует файлы размером до 50,0 МБ',
    );
  });

  it('a DOCX part that would unpack too large, by its directory entry alone', () => {
    const bytes = zipSync({ 'word/document.xml': strToU8(`<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>${russianLine}</w:t></w:r></w:p></w:body></w:document>`) });
    // Claim 200.5 MB unpacked in the central directory (signature PK\x01\x02, uncompressed size at +24).
    const view = new DataView(bytes.buffer);
    let entry = bytes.length - 22;
    while (view.getUint32(entry, true) !== 0x02014b50) entry--;
    view.setUint32(entry + 24, 200.5 * MB, true);
    const { en, ru, uz } = inAllLanguages(thrown(() => importAndPrepare(bytes, 'hisobot.docx')));
    expect(en).toBe('"hisobot.docx": the document\'s word/document.xml unpacks to 200.5 MB, more than the 128.0 MB Qiyos reads');
    expect(ru).toBe('«hisobot.docx»: часть документа word/document.xml после распаковки занимает 200,5 МБ — больше, чем 128,0 МБ, которые читает Qiyos');
    expect(uz).toBe('“hisobot.docx”: hujjatning word/document.xml qismi ochilganda 200,5 MB boʻladi, bu Qiyos oʻqiydigan 128,0 MB dan koʻp');
  });

  it('an XML text over its length limit: the counts get each language’s digit groups', () => {
    const error = thrown(() => checkSafeXml('<a>' + 'x'.repeat(1_234_560) + '</a>', { maxLength: 1_000_000 }));
    expect(inAllLanguages(error)).toEqual({
      en: 'The document is too large (1,234,567 characters; the limit is 1,000,000).',
      ru: 'Документ слишком велик (1\u00a0234\u00a0567 символов; предел — 1\u00a0000\u00a0000).',
      uz: 'Hujjat juda katta (1\u00a0234\u00a0567 ta belgi; chegara 1\u00a0000\u00a0000).',
    });
  });

  it('a size from an older worker or main (already written out) is shown as it came', () => {
    expect(formatErrorText({ id: 'import.tooLarge', values: { size: '60.0 MB', limit: '50.0 MB' } }, 'ru')).toBe('файл слишком велик (60.0 MB); Qiyos импортирует файлы размером до 50.0 MB');
  });
});

describe('TMX, TBX and SRX errors', () => {
  it('a TMX with a billion-laughs DOCTYPE: refused on line 2, in every language', () => {
    const tmx = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<!DOCTYPE tmx [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>',
      '<tmx version="1.4"><header srclang="ru" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/>',
      `<body><tu><tuv xml:lang="ru"><seg>${russianLine} &lol2;</seg></tuv></tu></body></tmx>`,
    ].join('\n');
    const error = thrown(() => importTmx({ fileName: 'memory.tmx', bytes: strToU8(tmx) }));
    const { en, ru, uz } = inAllLanguages(error);
    expect(en).toMatch(/^Line 2: The DOCTYPE declares entities/);
    expect(ru).toBe(
      'Строка 2: DOCTYPE объявляет сущности (<!ENTITY …>). Объявления сущностей отклоняются: они могут развернуться в гигабайты текста (billion laughs) или прочитать локальные файлы (внешние сущности).',
    );
    expect(uz).toMatch(/^2-qator: DOCTYPE obyektlarni eʼlon qiladi/);
  });

  it('a TMX without usable units: the RangeError users meet is translated too', () => {
    const tmx = '<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="ru"/><body></body></tmx>';
    const error = thrown(() => importTmx({ fileName: 'empty.tmx', bytes: strToU8(tmx) }));
    expect(error).toBeInstanceOf(RangeError);
    expect(inAllLanguages(error).ru).toBe('В файле TMX нет единиц перевода с языком и текстом.');
  });

  it('a TBX with an unknown language on line 6, and one with a broken tag on line 6', () => {
    const tbx = (langSet: string) =>
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<martif type="TBX" xml:lang="en">',
        '<text><body>',
        '<termEntry id="c1">',
        '<langSet xml:lang="ru"><tig><term>Нурсултан Назарбаев</term></tig></langSet>',
        langSet,
        '</termEntry>',
        '</body></text>',
        '</martif>',
      ].join('\n');
    const unknown = thrown(() => readGlossaryFile('names.tbx', strToU8(tbx('<langSet xml:lang="kk"><tig><term>Nursultan Nazarbaev</term></tig></langSet>'))));
    expect(inAllLanguages(unknown)).toEqual({
      en: 'Line 6: Unknown language code "kk": a Qiyos glossary holds uz-Cyrl, uz-Latn, ru and en.',
      ru: 'Строка 6: Неизвестный код языка «kk»: глоссарий Qiyos содержит uz-Cyrl, uz-Latn, ru и en.',
      uz: '6-qator: Nomaʼlum til kodi “kk”: Qiyos lugʻati uz-Cyrl, uz-Latn, ru va en tillarini saqlaydi.',
    });
    const broken = thrown(() => readGlossaryFile('names.tbx', strToU8(tbx('<langSet xml:lang="en"><tig><term>Nazarbayev</tem></tig></langSet>'))));
    // The XML parser's own complaint, read into a message of ours.
    expect(inAllLanguages(broken)).toEqual({
      en: "Line 6: Expected closing tag 'term' (opened in line 6, col 29) instead of closing tag 'tem'.",
      ru: 'Строка 6: Ожидался закрывающий тег </term> (открыт в строке 6, столбец 29), а найден закрывающий тег </tem>.',
      uz: '6-qator: </tem> oʻrniga </term> yopuvchi tegi kutilgan edi (u 6-qator, 29-ustunda ochilgan).',
    });
  });

  it('an SRX rule with a bad regular expression: line and pattern kept', () => {
    const srx = [
      '<?xml version="1.0"?>',
      '<srx xmlns="http://www.lisa.org/srx20" version="2.0">',
      '<header segmentsubflows="yes" cascade="yes"/>',
      '<body>',
      '<languagerules>',
      '<languagerule languagerulename="Russian">',
      '<rule break="no">',
      '  <beforebreak>(г</beforebreak>',
      '  <afterbreak>\\s</afterbreak>',
      '</rule>',
      '</languagerule>',
      '</languagerules>',
      '<maprules><languagemap languagepattern="ru.*" languagerulename="Russian"/></maprules>',
      '</body>',
      '</srx>',
    ].join('\n');
    const error = thrown(() => readSrx(srx));
    const { en, ru, uz } = inAllLanguages(error);
    expect(en).toMatch(/^Line 8: <beforebreak>: invalid regular expression \/\(г\/ \(/);
    expect(ru).toMatch(/^Строка 8: <beforebreak>: неверное регулярное выражение \/\(г\/ \(/);
    expect(uz).toMatch(/^8-qator: <beforebreak>: notoʻgʻri muntazam ifoda \/\(г\/ \(/);
  });

  it('a project rule that does not compile names the language and the rule', () => {
    const error = thrown(() => validateRules({ ru: { abbreviations: ['г'], rules: [{ break: true, before: '\\.', after: '\\s' }, { break: false, before: '(unclosed', after: '' }] } }));
    const { ru, uz } = inAllLanguages(error);
    expect(ru).toMatch(/^ru, правило 2: неверное регулярное выражение \/\(unclosed\//);
    expect(uz).toMatch(/^ru, 2-qoida: notoʻgʻri muntazam ifoda \/\(unclosed\//);
  });
});

describe('editing and storage errors', () => {
  it('an edit that does not apply is translated from its reason, rows counted from 1', () => {
    const beads: EditBead[] = [
      { cells: [[0], [0]], score: 1, status: 'confirmed' },
      { cells: [[1], [1]], score: 1, status: 'auto' },
    ];
    const last = thrown(() => planOp(beads, { kind: 'mergeWithNext', row: 1 }));
    expect(inAllLanguages(last).ru).toBe('Под последней строкой нет строки для объединения.');
    const confirmed = thrown(() => planOp(beads, { kind: 'confirm', row: 0 }));
    expect(inAllLanguages(confirmed)).toEqual({ en: 'Row 1 is already confirmed.', ru: 'Строка 1 уже подтверждена.', uz: '1-qator allaqachon tasdiqlangan.' });
  });

  it('a damaged backup names the record, and a text that is not JSON says so', () => {
    const backup = JSON.parse(readFileSync(new URL('../../fixtures/backup/v1-project.qiyos.json', import.meta.url), 'utf8')) as { segments: { documentId: number }[] };
    backup.segments[1]!.documentId = 999;
    const damaged = thrown(() => parseBackup(JSON.stringify(backup)));
    expect(inAllLanguages(damaged)).toEqual({
      en: 'This is not a usable Qiyos backup: segment 2 belongs to no document in the backup.',
      ru: 'Это непригодная резервная копия Qiyos: сегмент 2 не относится ни к одному документу копии.',
      uz: 'Bu yaroqli Qiyos zaxira nusxasi emas: 2-segment zaxiradagi birorta hujjatga tegishli emas.',
    });
    const database = thrown(() => parseBackup(JSON.stringify({ format: 'qiyos-backup', version: 2, exportedAt: '', settings: [], scope: 'database', projects: [{ project: { name: '' } }] })));
    expect(inAllLanguages(database).ru).toBe('Это непригодная резервная копия Qiyos: проект 1: у проекта нет названия.');
    expect(inAllLanguages(thrown(() => parseBackup('not json'))).ru).toMatch(/^Это непригодная резервная копия Qiyos: файл не в формате JSON \(/);
  });

  it('a full disk is said plainly in the UI language', () => {
    const quota = Object.assign(new Error('QuotaExceededError: the quota has been exceeded'), { name: 'QuotaExceededError' });
    expect(storageErrorMessage(quota, 'ru')).toMatch(/^Недостаточно места для хранения/);
    expect(storageErrorMessage(quota, 'uz-Latn')).toMatch(/^Xotirada joy yetarli emas/);
    expect(storageErrorMessage(quota)).toMatch(/^There is not enough storage space/);
  });
});

describe('localizeError', () => {
  it('falls back to the message of errors it does not know, and to a generic sentence', () => {
    expect(localizeError(new TypeError('x is not a function'), 'ru')).toBe('x is not a function');
    // A plain Error whose message is a catalog sentence word for word is still translated.
    expect(localizeError(new Error('A project needs a name.'), 'ru')).toBe('У проекта должно быть название.');
    expect(localizeError('plain text', 'ru')).toBe('plain text');
    expect(localizeError(undefined, 'ru')).toBe('Что-то пошло не так.');
    expect(localizeError(null, 'uz-Latn')).toBe('Nimadir notoʻgʻri ketdi.');
  });

  it('ignores a message id this version does not know (e.g. from a newer worker) and uses the message', () => {
    const error = Object.assign(new Error('Line 3: something new'), { localized: { id: 'xml.fromTheFuture', values: { line: 3 } } });
    expect(localizeError(error, 'ru')).toBe('Line 3: something new');
    const nested = withErrorText(new Error('outer'), { id: 'lineOf', values: { line: 3, detail: { id: 'nope' as never } } });
    expect(localizeError(nested, 'ru')).toBe('outer');
  });

  it('keeps outside texts as they are, and finds fixed English sentences in the catalog', () => {
    expect(formatErrorText(verbatim('{not a placeholder}'), 'ru')).toBe('{not a placeholder}');
    expect(knownText('The document was aligned again since this edit; it cannot be undone.')).toEqual({ id: 'segment.undoRealigned' });
    expect(knownText('Not a catalog sentence.')).toEqual(verbatim('Not a catalog sentence.'));
  });

  it('gives every UI language a text for every error', () => {
    const error = thrown(() => importAndPrepare(new Uint8Array(0), 'a.txt'));
    for (const locale of UI_LOCALES) expect(localizeError(error, locale)).toContain('a.txt');
  });
});
