import { describe, expect, it } from 'vitest';
import { decodeXmlBytes, sniffEncoding } from '../../../shared/xml/decodeXml';
import { parseSafeXml, XmlError, type XmlElement } from '../../../shared/xml/safeXml';

/** Runs `fn`, expecting an XmlError; returns it with the time taken and the heap growth. */
function refused(fn: () => unknown): { error: XmlError; ms: number; heapGrowth: number } {
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  const ms = performance.now() - t0;
  const heapGrowth = process.memoryUsage().heapUsed - heapBefore;
  expect(caught).toBeInstanceOf(XmlError);
  return { error: caught as XmlError, ms, heapGrowth };
}

const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<tmx version="1.4"><header/><body><tu><tuv xml:lang="en"><seg>&lol9;</seg></tuv></tu></body></tmx>`;

const QUADRATIC = `<?xml version="1.0"?>
<!DOCTYPE tmx [<!ENTITY a "${'x'.repeat(50_000)}">]>
<tmx version="1.4"><header/><body><tu><tuv xml:lang="en"><seg>${'&a;'.repeat(50_000)}</seg></tuv></tu></body></tmx>`;

const EXTERNAL = `<?xml version="1.0"?>
<!DOCTYPE tmx [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<tmx version="1.4"><header/><body><tu><tuv xml:lang="en"><seg>&xxe;</seg></tuv></tu></body></tmx>`;

const PARAMETER = `<?xml version="1.0"?>
<!DOCTYPE tmx [<!ENTITY % remote SYSTEM "http://example.invalid/evil.dtd"> %remote;]>
<tmx version="1.4"><header/><body/></tmx>`;

const PARAMETER_ONLY_REFERENCE = `<?xml version="1.0"?>
<!DOCTYPE tmx [ %remote; ]>
<tmx version="1.4"><header/><body/></tmx>`;

const UNDECLARED = `<?xml version="1.0"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
<header/>
<body><tu><tuv xml:lang="en"><seg>Caf&eacute;</seg></tuv></tu></body></tmx>`;

describe('parseSafeXml refuses hostile documents quickly and without memory growth', () => {
  it.each([
    ['billion laughs', BILLION_LAUGHS, 'doctype', 2],
    ['quadratic blowup', QUADRATIC, 'doctype', 2],
    ['external entity (file:///etc/passwd)', EXTERNAL, 'doctype', 2],
    ['parameter entities', PARAMETER, 'doctype', 2],
    ['a parameter entity reference', PARAMETER_ONLY_REFERENCE, 'doctype', 2],
    ['an undeclared entity reference', UNDECLARED, 'entity', 5],
  ])('%s', (_name, xml, kind, line) => {
    const { error, ms, heapGrowth } = refused(() => parseSafeXml(xml));
    expect(error.kind).toBe(kind);
    expect(error.line).toBe(line);
    expect(error.message).toMatch(new RegExp(`^Line ${line}: `));
    expect(ms).toBeLessThan(1000);
    expect(heapGrowth).toBeLessThan(50 * 1024 * 1024);
  });

  it('refuses names of built-in object properties as entities', () => {
    for (const name of ['constructor', 'toString', '__proto__']) {
      expect(refused(() => parseSafeXml(`<a>\n&${name};</a>`)).error.kind, name).toBe('entity');
    }
  });

  it('says why entities are refused', () => {
    expect(refused(() => parseSafeXml(BILLION_LAUGHS)).error.message).toMatch(/declares entities.*billion laughs/);
    expect(refused(() => parseSafeXml(UNDECLARED)).error.message).toContain('&eacute;');
  });

  it('refuses markup declarations outside a DOCTYPE and a second DOCTYPE', () => {
    expect(refused(() => parseSafeXml('<!ENTITY x "y"><a/>')).error.kind).toBe('doctype');
    expect(refused(() => parseSafeXml('<!DOCTYPE a><!DOCTYPE a><a/>')).error.kind).toBe('doctype');
  });

  it('refuses documents over the size limit before parsing', () => {
    const { error, ms } = refused(() => parseSafeXml(`<a>${'x'.repeat(2000)}</a>`, { maxLength: 1000 }));
    expect(error.kind).toBe('size');
    expect(ms).toBeLessThan(100);
  });

  it('refuses nesting deeper than the limit', () => {
    const deep = '<a>'.repeat(10_000) + '</a>'.repeat(10_000);
    expect(refused(() => parseSafeXml(deep)).error.kind).toBe('depth');
    expect(parseSafeXml('<a><b><c/></b></a>', { maxDepth: 3 }).root.name).toBe('a');
    expect(refused(() => parseSafeXml('<a><b><c/></b></a>', { maxDepth: 2 })).error.kind).toBe('depth');
  });
});

describe('parseSafeXml reads ordinary documents', () => {
  it('accepts a DOCTYPE that only names an external DTD (never loaded)', () => {
    const { root } = parseSafeXml('<?xml version="1.0"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n<tmx version="1.4"><header/><body/></tmx>');
    expect(root.name).toBe('tmx');
    expect(root.attrs.version).toBe('1.4');
    expect(parseSafeXml('<!DOCTYPE tmx PUBLIC "-//LISA//DTD TMX 1.4//EN" "http://example.invalid/tmx14.dtd"><tmx/>').root.name).toBe('tmx');
    expect(parseSafeXml('<!DOCTYPE a [ <!ELEMENT a (#PCDATA)> ]><a>x</a>').root.children).toEqual(['x']);
  });

  it('decodes the five entities and character references, in text and attributes', () => {
    const { root, dropped } = parseSafeXml('<a t="x &amp; &quot;y&quot;&#9;z\tw">&lt;b&gt; &amp; &apos;&#1050;&#x1F600;&#13;</a>');
    expect(root.attrs.t).toBe('x & "y"\tz w');
    expect(root.children).toEqual(["<b> & 'К😀\r"]);
    expect(dropped).toBe(0);
  });

  it('keeps CDATA literally and ignores comments and processing instructions', () => {
    const { root } = parseSafeXml('<a>one <![CDATA[&amp; <b>]]><!-- &bogus; --><?pi &x; ?> two</a>');
    expect(root.children).toEqual(['one &amp; <b> two']);
  });

  it('keeps mixed content in order with line numbers', () => {
    const { root } = parseSafeXml('<seg>\r\nA <bpt i="1">&lt;b&gt;</bpt>bold<ept i="1">&lt;/b&gt;</ept>\n end</seg>');
    expect(root.line).toBe(1);
    const kinds = root.children.map((c) => (typeof c === 'string' ? c : `<${c.name}@${c.line}>`));
    expect(kinds).toEqual(['\nA ', '<bpt@2>', 'bold', '<ept@2>', '\n end']);
    expect((root.children[1] as XmlElement).children).toEqual(['<b>']);
  });

  it('drops character references XML 1.0 forbids and counts them', () => {
    const { root, dropped } = parseSafeXml('<a>x&#1;y&#xFFFE;z&#0;</a>');
    expect(root.children).toEqual(['xyz']);
    expect(dropped).toBe(3);
  });

  it('reports malformed XML with a line number', () => {
    const unclosed = refused(() => parseSafeXml('<a>\n<b>\n</a>')).error;
    expect(unclosed.kind).toBe('malformed');
    expect(unclosed.line).toBe(3);
    expect(refused(() => parseSafeXml('<a>\nTom & Jerry</a>')).error.message).toMatch(/^Line 2: A "&"/);
    expect(refused(() => parseSafeXml('')).error.kind).toBe('malformed');
    expect(refused(() => parseSafeXml('just text')).error.kind).toBe('malformed');
    expect(refused(() => parseSafeXml('<a/><b/>')).error.kind).toBe('malformed');
  });
});

describe('decodeXmlBytes', () => {
  const encoder = new TextEncoder();
  it('reads UTF-8 with and without a BOM, and UTF-16 with a BOM', () => {
    const xml = '<?xml version="1.0"?><a>Ўзбек</a>';
    expect(decodeXmlBytes(encoder.encode(xml))).toBe(xml);
    expect(decodeXmlBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode(xml)]))).toBe(xml);
    const utf16 = new Uint8Array(2 + xml.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < xml.length; i++) {
      utf16[2 + 2 * i] = xml.charCodeAt(i) & 0xff;
      utf16[3 + 2 * i] = xml.charCodeAt(i) >> 8;
    }
    expect(decodeXmlBytes(utf16)).toBe(xml);
    expect(sniffEncoding(utf16.subarray(2))).toBe('utf-16le');
  });

  it('follows the declared encoding and rejects undecodable bytes with a message', () => {
    const latin1 = new Uint8Array([...encoder.encode('<?xml version="1.0" encoding="ISO-8859-1"?><a>caf'), 0xe9, ...encoder.encode('</a>')]);
    expect(decodeXmlBytes(latin1)).toContain('café');
    expect(() => decodeXmlBytes(new Uint8Array([0x3c, 0x61, 0x3e, 0xff, 0xfe, 0xfd]))).toThrow(/not valid UTF-8/);
    expect(() => decodeXmlBytes(encoder.encode('<?xml version="1.0" encoding="x-klingon"?><a/>'))).toThrow(/not supported/);
  });
});
