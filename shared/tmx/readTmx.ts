/**
 * Reads TMX 1.1–1.4b written by any tool (OmegaT, Trados, memoQ, Qiyos) through the guarded XML
 * entry point. Pure: takes the decoded text, returns plain data.
 */
import { parseSafeXml, XmlError, type SafeXmlOptions, type XmlElement, type XmlNode } from '../xml/safeXml';
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

/** Parses a TMX document; throws XmlError (with a line number when known) for refused or invalid input. */
export function readTmx(text: string, options: ReadTmxOptions = {}): ParsedTmx {
  const inline = options.inline ?? 'strip';
  const { root, dropped } = parseSafeXml(text, options);
  if (root.name !== 'tmx') throw new XmlError('malformed', `This is not a TMX file: the root element is <${root.name}>, not <tmx>.`, root.line);
  const warnings: string[] = [];
  const warn = (line: number, message: string): void => {
    if (warnings.length < MAX_WARNINGS) warnings.push(`Line ${line}: ${message}`);
  };

  const headerElement = childElements(root, 'header')[0];
  if (!headerElement) throw new XmlError('malformed', 'The TMX file has no <header>.', root.line);
  const header: TmxHeader = {
    attrs: { ...headerElement.attrs },
    props: childElements(headerElement, 'prop').map(readProp),
    notes: childElements(headerElement, 'note').map(textOf),
  };
  const srclang = headerElement.attrs.srclang;
  if (srclang !== undefined) header.srclang = srclang.trim() === '*all*' ? '*all*' : canonicalLangTag(srclang);

  const body = childElements(root, 'body')[0];
  if (!body) throw new XmlError('malformed', 'The TMX file has no <body>.', root.line);

  const languages: string[] = [];
  const seen = new Set<string>();
  const units: TmxUnit[] = [];
  for (const tu of childElements(body, 'tu')) {
    const unit: TmxUnit = { segs: Object.create(null) as Record<string, string>, props: childElements(tu, 'prop').map(readProp), notes: childElements(tu, 'note').map(textOf), variants: [], line: tu.line };
    if (tu.attrs.tuid !== undefined) unit.tuid = tu.attrs.tuid;
    for (const tuv of childElements(tu, 'tuv')) {
      const rawLang = tuv.attrs['xml:lang'] ?? tuv.attrs.lang;
      if (rawLang === undefined || rawLang.trim() === '') {
        warn(tuv.line, 'a <tuv> without xml:lang (or lang) was left out.');
        continue;
      }
      const lang = canonicalLangTag(rawLang);
      const seg = childElements(tuv, 'seg')[0];
      if (!seg) {
        warn(tuv.line, 'a <tuv> without <seg> was left out.');
        continue;
      }
      const text = segText(seg, inline);
      unit.variants.push({ lang, text, props: childElements(tuv, 'prop').map(readProp), notes: childElements(tuv, 'note').map(textOf) });
      if (Object.prototype.hasOwnProperty.call(unit.segs, lang)) {
        warn(tuv.line, `a second ${lang} variant in one unit was kept only in its variants list.`);
        continue;
      }
      unit.segs[lang] = text;
      if (!seen.has(lang)) {
        seen.add(lang);
        languages.push(lang);
      }
    }
    units.push(unit);
  }
  if (header.srclang && header.srclang !== '*all*' && seen.has(header.srclang)) {
    languages.splice(languages.indexOf(header.srclang), 1);
    languages.unshift(header.srclang);
  }
  return { version: root.attrs.version ?? '', header, languages, units, dropped, warnings };
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
