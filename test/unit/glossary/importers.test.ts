// Glossary import (TBX, CSV, OmegaT TSV): round trips with our exports, hostile and bad input with
// line numbers, and our TSV read by OmegaT's own glossary reader.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { glossaryToCsv, glossaryToTbx, glossaryToTsv } from '../../../glossary/exportFormats';
import { importCsv, parseDelimited } from '../../../glossary/importCsv';
import { GlossaryImportError } from '../../../glossary/importErrors';
import { readGlossaryFile } from '../../../glossary/importGlossary';
import { importTbx } from '../../../glossary/importTbx';
import type { Concept } from '../../../glossary/model';

const concepts: Concept[] = [
  {
    id: '1',
    type: 'person',
    score: 0.7,
    note: 'Президент с 2016 г.',
    terms: {
      'uz-Cyrl': [{ text: 'Шавкат Мирзиёев', lang: 'uz-Cyrl', status: 'preferred', variants: [], sources: [] }],
      'uz-Latn': [{ text: 'Shavkat Mirziyoyev', lang: 'uz-Latn', status: 'preferred', variants: [], sources: [] }],
      en: [
        { text: 'Shavkat Mirziyoyev', lang: 'en', status: 'preferred', variants: [], sources: [] },
        { text: 'Sh. Mirziyoyev', lang: 'en', status: 'admitted', variants: [], sources: [] },
      ],
    },
  },
  {
    id: '2',
    type: 'organisation',
    score: 0.5,
    terms: {
      ru: [{ text: 'Совет "А", Б', lang: 'ru', status: 'preferred', variants: [], sources: [] }],
      en: [{ text: 'Council of "A" & <B>', lang: 'en', status: 'deprecated', variants: [], sources: [] }],
    },
  },
];

/** What an import keeps: type, note and terms with their status. */
const essence = (cs: Concept[]) =>
  cs.map((c) => ({ type: c.type, note: c.note, terms: Object.fromEntries(Object.entries(c.terms).map(([l, ts]) => [l, ts!.map((t) => [t.text, t.status])])) }));

function importError(run: () => unknown): GlossaryImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof GlossaryImportError) return error;
    throw error;
  }
  throw new Error('expected a GlossaryImportError');
}

describe('importTbx', () => {
  it('reads back our TBX-Basic: types, notes, every term and its status', () => {
    expect(essence(importTbx(glossaryToTbx(concepts)))).toEqual(essence(concepts));
  });

  it('reads TBX v3 conceptEntry/langSec/termSec and maps region tags', () => {
    const tbx = `<?xml version="1.0"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader>
  <text><body>
    <conceptEntry id="c1">
      <descrip type="subjectField">place</descrip>
      <langSec xml:lang="ru-RU"><termSec><term>Ташкент</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec></langSec>
      <langSec xml:lang="uz"><termSec><term>Тошкент</term></termSec></langSec>
    </conceptEntry>
  </body></text>
</tbx>`;
    expect(essence(importTbx(tbx))).toEqual([{ type: 'place', note: undefined, terms: { ru: [['Ташкент', 'preferred']], 'uz-Cyrl': [['Тошкент', 'preferred']] } }]);
  });

  it('refuses entities, malformed XML, other roots and unknown languages, with the line', () => {
    const laughs = '<?xml version="1.0"?>\n<!DOCTYPE martif [<!ENTITY a "aaaa">]>\n<martif><text><body/></text></martif>';
    expect(importError(() => importTbx(laughs)).line).toBe(2);
    const broken = '<martif>\n<text>\n<body>\n<termEntry>\n</body></text></martif>';
    expect(importError(() => importTbx(broken)).message).toMatch(/^Line \d+: /);
    expect(importError(() => importTbx('<tmx version="1.4"><body/></tmx>')).message).toBe('Line 1: This is not a TBX file: its root element is <tmx>, not <martif> or <tbx>.');
    const german = '<martif>\n<text><body>\n<termEntry>\n<langSet xml:lang="de"><tig><term>Berlin</term></tig></langSet>\n</termEntry></body></text></martif>';
    expect(importError(() => importTbx(german)).message).toBe('Line 4: Unknown language code "de": a Qiyos glossary holds uz-Cyrl, uz-Latn, ru and en.');
    const empty = '<martif><text><body>\n<termEntry>\n<langSet xml:lang="en"><tig><term> </term></tig></langSet></termEntry></body></text></martif>';
    expect(importError(() => importTbx(empty)).message).toBe('Line 3: A term is empty.');
    const inherited = '<martif><text><body>\n<termEntry>\n<langSet xml:lang="en"><tig><term>Tashkent</term><termNote type="administrativeStatus">constructor</termNote></tig></langSet></termEntry></body></text></martif>';
    expect(importError(() => importTbx(inherited)).message).toBe('Line 3: Unknown administrative status "constructor".');
  });
});

describe('importCsv', () => {
  it('reads back our CSV (quotes, commas, several terms per cell)', () => {
    const csv = glossaryToCsv(concepts);
    expect(csv.split('\r\n')[0]).toBe('type,uz-Cyrl,uz-Latn,ru,en,note');
    const back = importCsv(csv);
    expect(back.map((c) => c.type)).toEqual(['person', 'organisation']);
    expect(back[0]!.terms.en!.map((t) => [t.text, t.status])).toEqual([
      ['Shavkat Mirziyoyev', 'preferred'],
      ['Sh. Mirziyoyev', 'admitted'],
    ]);
    expect(back[1]!.terms.ru![0]!.text).toBe('Совет "А", Б');
    expect(back[0]!.note).toBe('Президент с 2016 г.');
  });

  it("reads OmegaT's layout with the languages given, type from Qiyos's own comment", () => {
    const tsv = glossaryToTsv(concepts, 'uz-Cyrl', 'en');
    const back = importCsv(tsv, { source: 'uz-Cyrl', target: 'en' });
    expect(essence(back)).toEqual([{ type: 'person', note: 'also: Sh. Mirziyoyev', terms: { 'uz-Cyrl': [['Шавкат Мирзиёев', 'preferred']], en: [['Shavkat Mirziyoyev', 'preferred']] } }]);
  });

  it('names the line of bad rows, unknown codes and unclosed quotes', () => {
    expect(importError(() => importCsv('en\tde\nA\tB\n')).message).toBe('Line 1: Unknown language code "de": a Qiyos glossary holds uz-Cyrl, uz-Latn, ru and en.');
    expect(importError(() => importCsv('Тошкент\tTashkent\n\nСамарқанд\tSamarkand\tcity\textra\n', { source: 'uz-Cyrl', target: 'en' })).message).toBe(
      'Line 3: Expected 2 or 3 tab-separated columns (source, target, comment), found 4.',
    );
    expect(importError(() => importCsv('Тошкент\tTashkent\n')).message).toMatch(/^Line 1: The file has no header row/);
    expect(importError(() => importCsv('type,en\nperson,"Tashkent\nmore\nstill open')).message).toBe('Line 2: A quoted field is not closed.');
    expect(importError(() => importCsv('type,en\ncity,Tashkent\n')).message).toBe('Line 2: Unknown type "city": use one of person, post, organisation, place, event, other.');
  });

  it('counts lines inside quoted fields', () => {
    expect(parseDelimited('a,"b\nc"\n\nd,e\r\nf', ',')).toEqual([
      { cells: ['a', 'b\nc'], line: 1 },
      { cells: ['d', 'e'], line: 4 },
      { cells: ['f'], line: 5 },
    ]);
  });
});

describe('readGlossaryFile', () => {
  it('decodes UTF-16 and picks the reader by name or content', () => {
    const bom = new Uint8Array([0xff, 0xfe]);
    const body = new Uint8Array(new Uint16Array([...'uz-Cyrl,en\nТошкент,Tashkent\n'].map((c) => c.charCodeAt(0))).buffer);
    const bytes = new Uint8Array([...bom, ...body]);
    expect(readGlossaryFile('g.csv', bytes)[0]!.terms.en![0]!.text).toBe('Tashkent');
    expect(importError(() => readGlossaryFile('g.tbx', new TextEncoder().encode('<martif><text><body/></text></martif>'))).message).toBe('The file holds no glossary entries.');
  });
});

const OMEGAT_JAR = '/usr/share/omegat/OmegaT.jar';

/** true: run; false: skip locally; throws on CI when OmegaT or a JDK is missing (like the other real-reader checks). */
function needOmegaT(): boolean {
  if (existsSync(OMEGAT_JAR) && spawnSync('javac', ['-version']).status === 0) return true;
  const message = 'omegat and a JDK (javac) are required for the OmegaT glossary reader test (apt-get install -y omegat default-jdk-headless)';
  if (process.env.CI === 'true') throw new Error(`${message} on CI`);
  console.warn(`[readers] Skipping: ${message}`);
  return false;
}

const READER = `import java.io.File;
import org.omegat.gui.glossary.GlossaryEntry;
import org.omegat.gui.glossary.GlossaryReaderTSV;
public class ReadGlossary {
  public static void main(String[] args) throws Exception {
    for (GlossaryEntry e : GlossaryReaderTSV.read(new File(args[0]), false)) System.out.println(e.getSrcText() + "|" + e.getLocText() + "|" + e.getCommentText());
  }
}
`;

describe("OmegaT's glossary reader", () => {
  it('reads our TSV export as source, target and comment', ({ skip }) => {
    if (!needOmegaT()) return skip();
    const dir = mkdtempSync(join(tmpdir(), 'qiyos-omegat-'));
    try {
      writeFileSync(join(dir, 'ReadGlossary.java'), READER);
      const compiled = spawnSync('javac', ['-cp', OMEGAT_JAR, '-d', dir, join(dir, 'ReadGlossary.java')], { encoding: 'utf8' });
      expect(compiled.stderr).toBe('');
      const file = join(dir, 'glossary.txt');
      writeFileSync(file, glossaryToTsv(concepts, 'uz-Cyrl', 'en'), 'utf8');
      const run = spawnSync('java', ['-Dfile.encoding=UTF-8', '-cp', `${OMEGAT_JAR}:${dir}`, 'ReadGlossary', file], { encoding: 'utf8', timeout: 60_000 });
      expect(run.status).toBe(0);
      expect(run.stdout.trim().split('\n')).toEqual(['Шавкат Мирзиёев|Shavkat Mirziyoyev|person; score 0.7; also: Sh. Mirziyoyev']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
