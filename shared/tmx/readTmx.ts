/**
 * Reads TMX 1.1–1.4b written by any tool (OmegaT, Trados, memoQ, Qiyos) through the guarded XML
 * entry point, one unit at a time. Pure: takes the decoded text, returns plain data.
 */
import { errorText } from '../i18n/localizeError';
import { checkSafeXml, DEFAULT_MAX_XML_DEPTH, parseSafeXml, XmlError, type SafeXmlOptions, type XmlElement, type XmlNode } from '../xml/safeXml';
import { countLineEnds, elementEnd, nextTag, type XmlTag } from '../xml/xmlScanner';
import { canonicalLangTag } from './langTags';

/**
 * What to do with TMX inline elements inside `<seg>`:
 * - `'strip'` (default): drop the native codes — `<bpt>`, `<ept>`, `<ph>`, `<it>`, `<ut>` with their
 *   content and any `<sub>` inside them; `<hi>` is a highlight around real text, so its text stays.
 * - `'keep'`: keep the native codes' content as literal text in place (`<bpt>&lt;b&gt;</bpt>` gives
 *   `<b>`), so the segment reads like the original markup.
 */
export type InlineMode = 'keep' | 'strip';

export interface ReadTmxOptions extends SafeXmlOptions {
  inline?: InlineMode;
}

/** A `<prop>`: its type, optional xml:lang and text. */
export interface TmxProp {
  type: string;
  value: string;
  lang?: string;
}

export interface TmxHeader {
  /** All header attributes as written (for example creationtool, o-tmf, datatype). */
  attrs: Record<string, string>;
  /** Canonically cased, or `*all*`; undefined when missing. */
  srclang?: string;
  props: TmxProp[];
  notes: string[];
}

export interface TmxVariant {
  lang: string;
  text: string;
  props: TmxProp[];
  notes: string[];
}

export interface TmxUnit {
  tuid?: string;
  /** Per language (canonical casing), the segment text; the first variant wins when a language repeats. */
  segs: Record<string, string>;
  props: TmxProp[];
  notes: string[];
  /** Every `<tuv>` in file order, with its own props and notes. */
  variants: TmxVariant[];
  /** 1-based line of the `<tu>`. */
  line: number;
}

export interface ParsedTmx {
  /** The `version` attribute of `<tmx>` (1.1, 1.2, 1.3 or 1.4). */
  version: string;
  header: TmxHeader;
  /** Languages in order of first appearance, the header's srclang first when it occurs. */
  languages: string[];
  units: TmxUnit[];
  /** Characters dropped because XML 1.0 cannot carry them (character references such as `&#1;`). */
  dropped: number;
  /** Things that were odd but not fatal, with line numbers, e.g. a `<tuv>` without a language. */
  warnings: string[];
}

const CODE_ELEMENTS = new Set(['bpt', 'ept', 'ph', 'it', 'ut']);
const MAX_WARNINGS = 50;

/**
 * Parses a TMX document; throws XmlError (with a line number when known) for refused or invalid input.
 *
 * A TMX file can hold hundreds of thousands of units, so a well-formed one is read in pieces: the
 * safety scan runs over the whole text, then the part before `<body>` (the header) and each child of
 * the body (each `<tu>`) are parsed on their own, so only one unit's tree exists at a time. Anything
 * unexpected (a cut-off tag, an error in a piece) sends the whole document through the one-tree
 * reader, which gives the reference result or error message.
 */
export function readTmx(text: string, options: ReadTmxOptions = {}): ParsedTmx {
  const source = checkSafeXml(text, options);
  try {
    const streamed = readTmxInPieces(source, options);
    if (streamed) return streamed;
  } catch (error) {
    if (!(error instanceof XmlError)) throw error;
  }
  return readTmxWhole(source, options);
}

/** The reference reader: one tree of the whole document (exported for tests; use readTmx). */
export function readTmxWhole(source: string, options: ReadTmxOptions = {}): ParsedTmx {
  const { root, dropped } = parseSafeXml(source, options);
  const reader = new TmxReader(root, options.inline ?? 'strip');
  const body = childElements(root, 'body')[0];
  if (!body) throw new XmlError('malformed', errorText('tmx.noBody'), root.line);
  for (const tu of childElements(body, 'tu')) reader.addUnit(tu);
  return reader.finish(dropped);
}

/**
 * Reads the header, then each child of `<body>` on its own; null when the document is not shaped as
 * expected. Expects text that passed checkSafeXml (exported for tests; use readTmx).
 */
export function readTmxInPieces(source: string, options: ReadTmxOptions = {}): ParsedTmx | null {
  const pieceOptions = { maxLength: Infinity, maxDepth: (options.maxDepth ?? DEFAULT_MAX_XML_DEPTH) - 2 };
  const rootTag = nextTag(source, 0);
  if (!rootTag || rootTag.kind !== 'start') return null;
  // Find `<body>` among the root's children.
  let depth = 1;
  let at = rootTag.end;
  let bodyTag: XmlTag | null = null;
  while (!bodyTag) {
    const tag = nextTag(source, at);
    if (!tag) return null;
    if (depth === 1 && tag.name === 'body' && tag.kind !== 'end') bodyTag = tag;
    else if (tag.kind === 'start') depth++;
    else if (tag.kind === 'end' && --depth === 0) return null;
    at = tag.end;
  }
  // The header: everything before the body, with an empty body and the root's end tag.
  const head = parseSafeXml(`${source.slice(0, bodyTag.start)}<body/></${rootTag.name}>`, { ...options, maxLength: Infinity });
  const reader = new TmxReader(head.root, options.inline ?? 'strip');
  let dropped = head.dropped;

  let line = 1 + countLineEnds(source, 0, bodyTag.end);
  at = bodyTag.end;
  if (bodyTag.kind === 'start') {
    for (;;) {
      const tag = nextTag(source, at);
      if (!tag || (tag.kind === 'end' && tag.name !== 'body')) return null;
      // Text between units is white space in practice; a reference there still counts if it was dropped.
      const between = source.slice(at, tag.start);
      if (between.includes('&')) dropped += parseSafeXml(`<x>${between}</x>`, pieceOptions).dropped;
      line += countLineEnds(source, at, tag.start);
      at = tag.start;
      if (tag.kind === 'end') break;
      const end = elementEnd(source, tag);
      if (end < 0) return null;
      const piece = parseSafeXml(source.slice(tag.start, end), { ...pieceOptions, firstLine: line });
      dropped += piece.dropped;
      if (piece.root.name === 'tu') reader.addUnit(piece.root);
      line += countLineEnds(source, tag.start, end);
      at = end;
    }
  }
  // The rest: `</body>` (when the body was not empty), then the root's other children and its end tag.
  const tail = parseSafeXml(`<${rootTag.name}>${source.slice(bodyTag.kind === 'start' ? nextTag(source, at)!.end : at)}`, {
    ...pieceOptions,
    firstLine: line,
  });
  return reader.finish(dropped + tail.dropped);
}

/** Builds the ParsedTmx from the root (for its header) and the units added one by one. */
class TmxReader {
  private readonly header: TmxHeader;
  private readonly languages: string[] = [];
  private readonly seen = new Set<string>();
  private readonly units: TmxUnit[] = [];
  private readonly warnings: string[] = [];
  private readonly version: string;

  constructor(
    root: XmlElement,
    private readonly inline: InlineMode,
  ) {
    if (root.name !== 'tmx') throw new XmlError('malformed', errorText('tmx.notTmx', { root: root.name }), root.line);
    const headerElement = childElements(root, 'header')[0];
    if (!headerElement) throw new XmlError('malformed', errorText('tmx.noHeader'), root.line);
    this.header = {
      attrs: { ...headerElement.attrs },
      props: childElements(headerElement, 'prop').map(readProp),
      notes: childElements(headerElement, 'note').map(textOf),
    };
    const srclang = headerElement.attrs.srclang;
    if (srclang !== undefined) this.header.srclang = srclang.trim() === '*all*' ? '*all*' : canonicalLangTag(srclang);
    this.version = root.attrs.version ?? '';
  }

  private warn(line: number, message: string): void {
    if (this.warnings.length < MAX_WARNINGS) this.warnings.push(`Line ${line}: ${message}`);
  }

  addUnit(tu: XmlElement): void {
    const unit: TmxUnit = { segs: Object.create(null) as Record<string, string>, props: childElements(tu, 'prop').map(readProp), notes: childElements(tu, 'note').map(textOf), variants: [], line: tu.line };
    if (tu.attrs.tuid !== undefined) unit.tuid = tu.attrs.tuid;
    for (const tuv of childElements(tu, 'tuv')) {
      const rawLang = tuv.attrs['xml:lang'] ?? tuv.attrs.lang;
      if (rawLang === undefined || rawLang.trim() === '') {
        this.warn(tuv.line, 'a <tuv> without xml:lang (or lang) was left out.');
        continue;
      }
      const lang = canonicalLangTag(rawLang);
      const seg = childElements(tuv, 'seg')[0];
      if (!seg) {
        this.warn(tuv.line, 'a <tuv> without <seg> was left out.');
        continue;
      }
      const text = segText(seg, this.inline);
      unit.variants.push({ lang, text, props: childElements(tuv, 'prop').map(readProp), notes: childElements(tuv, 'note').map(textOf) });
      if (Object.prototype.hasOwnProperty.call(unit.segs, lang)) {
        this.warn(tuv.line, `a second ${lang} variant in one unit was kept only in its variants list.`);
        continue;
      }
      unit.segs[lang] = text;
      if (!this.seen.has(lang)) {
        this.seen.add(lang);
        this.languages.push(lang);
      }
    }
    this.units.push(unit);
  }

  finish(dropped: number): ParsedTmx {
    const { header, languages } = this;
    if (header.srclang && header.srclang !== '*all*' && this.seen.has(header.srclang)) {
      languages.splice(languages.indexOf(header.srclang), 1);
      languages.unshift(header.srclang);
    }
    return { version: this.version, header, languages, units: this.units, dropped, warnings: this.warnings };
  }
}

function childElements(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

function readProp(element: XmlElement): TmxProp {
  const prop: TmxProp = { type: element.attrs.type ?? '', value: textOf(element) };
  const lang = element.attrs['xml:lang'] ?? element.attrs.lang;
  if (lang !== undefined) prop.lang = lang;
  return prop;
}

/** All text inside an element, markup removed. */
function textOf(node: XmlNode): string {
  if (typeof node === 'string') return node;
  return node.children.map(textOf).join('');
}

/** The text of a `<seg>` with inline elements kept as text or stripped (see InlineMode). */
export function segText(seg: XmlElement, inline: InlineMode): string {
  let out = '';
  const walk = (node: XmlNode): void => {
    if (typeof node === 'string') {
      out += node;
      return;
    }
    if (CODE_ELEMENTS.has(node.name) && inline === 'strip') return;
    for (const child of node.children) walk(child);
  };
  for (const child of seg.children) walk(child);
  return out;
}
