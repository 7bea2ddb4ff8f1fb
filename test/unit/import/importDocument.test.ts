import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../shared/import/errors';
import { extractDocx } from '../../../shared/import/extractDocx';
import { extractHtml } from '../../../shared/import/extractHtml';
import { importDocument } from '../../../shared/import/importDocument';
import { prepareDocument } from '../../../shared/pipeline';
import { RUSSIAN_CAPTION, readGold, readSeed } from '../text/seeds';
import { BOM, concat, singleByteEncoder, utf16, utf8 } from './encoders';
import { importError } from './importError';

const fixtures = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const htmlPage = readFileSync(`${fixtures}html/sputnik-000.html`);

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A minimal valid .docx: [Content_Types].xml, the package relationship, word/document.xml and docProps/core.xml. */
function docx(bodyXml: string, title?: string, extra: Record<string, Uint8Array> = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${bodyXml}<w:sectPr/></w:body></w:document>`),
    ...extra,
  };
  if (title !== undefined) {
    files['docProps/core.xml'] = strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${escapeXml(title)}</dc:title></cp:coreProperties>`,
    );
  }
  return zipSync(files);
}

/** One w:p per line, split into two runs so that text from several w:t is joined. */
function paragraphsXml(lines: string[]): string {
  return lines
    .map((line) => {
      const cut = Math.floor(line.length / 2);
      return `<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">${escapeXml(line.slice(0, cut))}</w:t></w:r><w:r><w:t xml:space="preserve">${escapeXml(line.slice(cut))}</w:t></w:r></w:p>`;
    })
    .join('');
}

describe('HTML pages', () => {
  it('keep the title and the article, nothing of the page around it', () => {
    const doc = importDocument(htmlPage, 'sputnik-000.html');
    expect(doc).toMatchObject({ format: 'html', encoding: 'utf-8', encodingConfident: true });
    expect(doc.title).toBe('Ўзбекистон ва Қозоғистон президентларининг тор доирадаги учрашуви бўлиб ўтди');
    for (const chrome of ['Бош саҳифа', 'Сиёсат', 'Қидирув', 'cookie', 'Розиман', 'Telegram', 'Facebook', 'Реклама', 'Мавзуга оид', 'Энг кўп', 'об-ҳаво', 'Барча ҳуқуқлар', 'Биз ҳақимизда', 'Скрипт', 'Изоҳдаги', 'кўринмаслиги', 'dataLayer', 'font-family', 'NewsArticle', 'Мирзиёев ва Тоқаев Кўксаройда']) {
      expect(doc.text, chrome).not.toContain(chrome);
    }
    expect(doc.text).toContain(`${RUSSIAN_CAPTION}\n\n© telegram sputnikuzbekistan/`);
    // Entities decoded: &mdash; &nbsp; &quot;
    expect(doc.text).toContain('ТОШКЕНТ, 15 ноя — Sputnik. Кўксарой');
    expect(doc.text).toContain('10\u00a0миллиард');
  });

  it("segment into exactly the gold sentences of seed 000", () => {
    const doc = importDocument(htmlPage, 'sputnik-000.html');
    const prepared = prepareDocument(doc.text);
    expect(prepared.lang).toBe('uz-Cyrl');
    const texts = prepared.segments.map((s) => s.text.replace(/\u00a0/g, ' '));
    expect(texts).toEqual(readGold().src.sentences);
    expect(prepared.foreignParagraphs).toEqual([{ paragraph: 2, lang: 'ru', confidence: expect.any(Number) }]);
  });

  it('are recognised by content whatever the extension, and read in their encoding', () => {
    const page = '<!DOCTYPE html>\n<html><head><title>Переговоры</title></head><body><nav>Главная Новости</nav><main><p>Президенты провели переговоры в Астане.</p></main></body></html>';
    expect(importDocument(singleByteEncoder('windows-1251')(page), 'saved.txt')).toMatchObject({
      format: 'html',
      encoding: 'windows-1251',
      title: 'Переговоры',
      text: 'Президенты провели переговоры в Астане.',
    });
    expect(importDocument(utf16(page, 'le', true), 'page.htm')).toMatchObject({ format: 'html', encoding: 'utf-16le' });
    // <meta charset> settles Windows-1251 against KOI8-R (a short page is otherwise a guess), never UTF-8.
    const short = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"><title>Да</title></head><body><p>Да.</p></body></html>';
    expect(importDocument(singleByteEncoder('koi8-r')(short), 'short.html')).toMatchObject({ encoding: 'koi8-r', encodingConfident: true, text: 'Да.' });
    expect(importDocument(utf8(short), 'short.html')).toMatchObject({ encoding: 'utf-8', text: 'Да.' });
    // A text file that merely mentions a tag stays text.
    expect(importDocument(utf8('Use the <p> tag.'), 'notes.txt').format).toBe('text');
  });

  it('without <article> or <main>: the block with the most paragraph text, headline first', () => {
    const html = `<html><body><div class="top"><h1>Talks in Tashkent</h1></div><div id="col"><p>Short link.</p></div>
      <div class="content"><p>The presidents met on Saturday.</p><p>They signed 12 agreements.</p></div><div class="footer-links"><p>About us</p></div></body></html>`;
    expect(extractHtml(html)).toEqual({ title: 'Talks in Tashkent', text: 'Talks in Tashkent\n\nThe presidents met on Saturday.\n\nThey signed 12 agreements.' });
  });

  it('take the story, not a teaser card, when the story is not in an <article>', () => {
    const story = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of the story about the talks in Tashkent on Saturday.</p>`).join('');
    const html = `<body><div class="col"><article class="card"><p>Other news: weather.</p></article></div><div class="story">${story}</div></body>`;
    const { text } = extractHtml(html);
    expect(text.split('\n\n')).toHaveLength(6);
    expect(text).not.toContain('weather');
  });

  it('keep line breaks, list items and preformatted lines; drop hidden blocks', () => {
    const html = `<title>T</title><article><p>One<br>Two</p><ul><li>First item</li><li>Second <b>item</b></li></ul><pre>a  b\nc</pre><p hidden>Hidden</p><p style="display: none">Gone</p><div aria-hidden="true">Gone too</div></article>`;
    expect(extractHtml(html).text).toBe('One\nTwo\n\nFirst item\n\nSecond item\n\na  b\n\nc');
  });

  it('are only parsed: an unterminated script or comment swallows text but never runs', () => {
    expect(extractHtml('<p>Before.</p><script>while(true){}').text).toBe('Before.');
    expect(extractHtml('<p>Before.</p><!-- <p>never</p>').text).toBe('Before.');
  });
});

describe('DOCX', () => {
  const seed = readSeed('004');
  const lines = seed.split('\n').map((l) => l.trim()).filter((l) => l !== '');

  it('reads the paragraphs of word/document.xml and the title of docProps/core.xml', () => {
    const bytes = docx(paragraphsXml(lines), "O'zbekiston va Qirg'iziston vazirlari");
    const doc = importDocument(bytes, 'mfa.docx');
    expect(doc).toEqual({ format: 'docx', title: "O'zbekiston va Qirg'iziston vazirlari", text: lines.join('\n\n') });
    expect(prepareDocument(doc.text).segments.map((s) => s.text)).toEqual(prepareDocument(seed).segments.map((s) => s.text));
  });

  it('turns w:tab into a tab and w:br into a line break, and skips deleted text and field codes', () => {
    const body = `<w:p><w:r><w:t>A</w:t><w:tab/><w:t>B</w:t><w:br/><w:t>C &amp; D</w:t></w:r><w:del><w:r><w:delText>old</w:delText></w:r></w:del><w:r><w:instrText> HYPERLINK "x" </w:instrText></w:r></w:p><w:p/><w:p><w:r><w:t>Next</w:t></w:r></w:p>`;
    expect(extractDocx(docx(body))).toEqual({ title: '', text: 'A\tB\nC & D\n\nNext' });
  });

  it('is recognised by content even when misnamed', () => {
    expect(importDocument(docx(paragraphsXml(['Salom.'])), 'report.txt').format).toBe('docx');
  });

  it('refuses an entity bomb at once', () => {
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]><w:document ${W}><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>`;
    const bytes = zipSync({ 'word/document.xml': strToU8(bomb) });
    const started = performance.now();
    const error = importError(() => importDocument(bytes, 'bomb.docx'));
    expect(performance.now() - started).toBeLessThan(500);
    expect(error).toMatchObject({ problem: 'malformed', file: 'bomb.docx' });
    expect(error.message).toBe('"bomb.docx": the document\'s word/document.xml contains a DOCTYPE or ENTITY declaration, which Word never writes; refused as unsafe (it could be an XML bomb)');
  });

  it('refuses damaged archives, archives without a document, and parts that unpack too large', () => {
    expect(importError(() => importDocument(concat([0x50, 0x4b, 0x03, 0x04], new Uint8Array(40)), 'broken.docx')).message).toMatch(/^"broken\.docx": the file is not a readable DOCX/);
    expect(importError(() => importDocument(zipSync({ 'a.txt': strToU8('hi') }), 'photos.zip')).message).toMatch(/^"photos\.zip": the file is a ZIP archive without word\/document\.xml/);
    expect(importError(() => importDocument(utf8('not a zip'), 'fake.docx')).message).toMatch(/named \.docx but is not a Word document/);
    // A 130 MB document.xml that compresses to almost nothing: refused from the archive's directory, before inflating.
    const huge = zipSync({ 'word/document.xml': new Uint8Array(130 * 1024 * 1024) }, { level: 1 });
    const started = performance.now();
    const error = importError(() => importDocument(huge, 'zipbomb.docx'));
    expect(error.problem).toBe('too-large');
    expect(error.message).toMatch(/word\/document\.xml unpacks to 130\.0 MB/);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('cannot be made to inflate more than a part declares', () => {
    const bytes = docx(paragraphsXml(['Salom, dunyo.', 'Ikkinchi xatboshi.']));
    // Patch the central directory's uncompressed size of word/document.xml down to 40 bytes.
    const name = strToU8('word/document.xml');
    for (let i = 0; i + 46 < bytes.length; i++) {
      if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x01 && bytes[i + 3] === 0x02) {
        const nameLength = bytes[i + 28]! | (bytes[i + 29]! << 8);
        const fileName = bytes.subarray(i + 46, i + 46 + nameLength);
        if (nameLength === name.length && fileName.every((b, k) => b === name[k])) new DataView(bytes.buffer, bytes.byteOffset).setUint32(i + 24, 40, true);
      }
    }
    // Either a readable prefix or a clean refusal; never the whole document and never another exception.
    try {
      expect(importDocument(bytes, 'liar.docx').text).not.toContain('Ikkinchi');
    } catch (error) {
      expect(error).toBeInstanceOf(ImportError);
    }
  });
});

describe('Markdown', () => {
  it('keeps the text and the paragraphs, not the syntax', () => {
    const doc = importDocument(readFileSync(`${fixtures}markdown/mfa-004.md`), 'mfa-004.md');
    expect(doc).toMatchObject({ format: 'markdown', encoding: 'utf-8', title: "O'zbekiston va Qirg'iziston tashqi ishlar vazirlarining uchrashuvi" });
    expect(doc.text.split('\n\n')).toEqual([
      "O'zbekiston Respublikasi va Qirg'iz Respublikasi tashqi ishlar vazirlarining uchrashuvi to'g'risida",
      "2020-yilning 5-noyabr kuni O'zbekiston Respublikasi Tashqi ishlar vaziri Abdulaziz Kamilov va Toshkent shahriga amaliy tashrif bilan kelgan Qirg'iz Respublikasi Tashqi ishlar vaziri Ruslan Kazakbayev o'rtasida uchrashuv bo'lib o'tdi.",
      "Muzokaralar chog'ida siyosiy, savdo-iqtisodiy, investitsiya, transport-kommunikatsiya, suv xo'jaligi va madaniy-gumanitar sohalarda O'zbekiston-Qirg'iziston hamkorligining hozirgi holati va uni yanada rivojlantirish istiqbollari muhokama qilindi.",
      'Muhokama qilingan mavzular',
      "ko'p tomonlama tuzilmalar doirasidagi o'zaro aloqalar;",
      'mintaqaviy va xalqaro kun tartibi;',
      'koronavirus tarqalishiga qarshi kurashish.',
      'Oliy va yuqori darajadagi muqaddam erishilgan kelishuvlarga sodiqlik tasdiqlandi.',
      'Tomon\tVazir',
      "O'zbekiston\tAbdulaziz Kamilov",
      "Qo'shma bayonot: 1-band",
      "Uchrashuv yakunlari bo'yicha Qo'shma bayonot qabul qilindi. Manba: mfa.uz",
    ]);
  });

  it('reads the Markdown-like seed 004 without its marks when named .md', () => {
    const doc = importDocument(utf8(readSeed('004')), '004.md');
    expect(doc.title).toBe("O'zbekiston Respublikasi va Qirg'iz Respublikasi tashqi ishlar vazirlarining uchrashuvi to'g'risida");
    expect(doc.text).not.toMatch(/[#*]/);
    expect(doc.text.split('\n\n').at(-1)).toBe('Manba');
  });
});

describe('plain text and errors', () => {
  it('reads text files in every encoding, saying which', () => {
    const ru = readSeed('001');
    expect(importDocument(concat(BOM['utf-8'], utf8(ru)), 'a.txt')).toEqual({ text: ru, title: '', format: 'text', encoding: 'utf-8', encodingConfident: true });
    expect(importDocument(singleByteEncoder('koi8-r')(ru), 'a.txt')).toMatchObject({ format: 'text', encoding: 'koi8-r', encodingConfident: true });
    expect(importDocument(singleByteEncoder('koi8-r')(ru), 'a.txt', { encoding: 'windows-1251' })).toMatchObject({ encoding: 'windows-1251' });
  });

  it.each([
    ['empty.txt', new Uint8Array(0), 'empty', '"empty.txt": the file is empty'],
    ['blank.md', utf8('\n\n  \n'), 'empty', '"blank.md": the file has no text (only white space)'],
    ['scripts.html', utf8('<html><body><script>x()</script><nav>Home</nav></body></html>'), 'empty', '"scripts.html": the page has no article text (only markup, scripts or menus)'],
    ['image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'binary', '"image.txt": the file is a PNG image, not text'],
    ['data.bin', new Uint8Array([1, 2, 3, 0, 4, 5]), 'binary', '"data.bin": the file looks binary (it contains NUL bytes), not like text'],
  ] as const)('%s: a message that names the file', (name, bytes, problem, message) => {
    const error = importError(() => importDocument(bytes, name));
    expect(error).toMatchObject({ problem, file: name, message });
  });

  it('refuses a file over 50 MB, naming it', () => {
    const error = importError(() => importDocument(new Uint8Array(50 * 1024 * 1024 + 1), 'huge.txt'));
    expect(error.message).toBe('"huge.txt": the file is too large (50.0 MB); Qiyos imports files up to 50.0 MB');
  });

  it('reports progress through decode and extract, and lets the caller abort', () => {
    const phases = new Set<string>();
    importDocument(htmlPage, 'p.html', { onProgress: (p) => void phases.add(p.phase) });
    expect([...phases]).toEqual(['decode', 'extract']);
    class CancelledError extends Error {
      override name = 'CancelledError';
    }
    expect(() =>
      importDocument(htmlPage, 'p.html', {
        onProgress: () => {
          throw new CancelledError('Cancelled');
        },
      }),
    ).toThrow(CancelledError);
  });
});

describe('any bytes at all', () => {
  const prefixes = [[], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0x50, 0x4b, 0x03, 0x04], [...utf8('<!DOCTYPE html><html>')], [...utf8('# Title\n')]];

  it('give a document or an ImportError, never another exception, and quickly', () => {
    const names = ['a.txt', 'a.html', 'a.md', 'a.docx', 'noextension'];
    fc.assert(
      fc.property(fc.constantFrom(...prefixes), fc.uint8Array({ maxLength: 3000 }), fc.constantFrom(...names), (prefix, body, name) => {
        const started = performance.now();
        try {
          const doc = importDocument(concat(prefix, body), name);
          expect(typeof doc.text).toBe('string');
          expect(doc.text.trim()).not.toBe('');
        } catch (error) {
          if (!(error instanceof ImportError)) throw error;
          expect(error.message).toContain(`"${name}"`);
        }
        expect(performance.now() - started).toBeLessThan(200);
      }),
      { numRuns: 400 },
    );
  });

  it('including zip archives with random parts', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.uint8Array({ maxLength: 200 }), (xml, junk) => {
        for (const bytes of [zipSync({ 'word/document.xml': strToU8(xml) }), zipSync({ 'word/document.xml': junk, 'docProps/core.xml': strToU8(xml) })]) {
          try {
            importDocument(bytes, 'r.docx');
          } catch (error) {
            if (!(error instanceof ImportError)) throw error;
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
