/**
 * The one guarded XML entry point for every importer (TMX now; TBX, SRX and DOCX parts later).
 *
 * Before any parser sees the text, a linear scan rejects what makes XML dangerous: a DOCTYPE
 * internal subset that declares entities (billion laughs, quadratic blowup, external and parameter
 * entities) and any entity reference other than the five predefined ones and character references.
 * A DOCTYPE that only names an external DTD (`<!DOCTYPE tmx SYSTEM "tmx14.dtd">`) is accepted: it is
 * a name, and nothing is ever loaded. fast-xml-parser then parses with entity processing off, and
 * this module decodes the five entities and character references itself, so no custom entity can
 * ever be expanded. Pure: no I/O.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { ErrorMessageId } from '../i18n/errorMessages';
import { asErrorText, atLine, englishText, errorText, type ErrorText, type LocalizedError } from '../i18n/localizeError';

/** An element: its name, attributes (entities decoded) and children in document order. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  /** 1-based line of the element's start tag. */
  line: number;
}

/** Text (entities decoded, CDATA included as text) or an element. */
export type XmlNode = XmlElement | string;

export interface SafeXmlOptions {
  /** Longest accepted document in UTF-16 code units; default 200,000,000 (about 200 MB of text). */
  maxLength?: number;
  /** Deepest accepted element nesting; default 256. */
  maxDepth?: number;
  /**
   * The line number of the text's first line (default 1), for a reader that parses a large
   * document piece by piece: lines in elements and errors then count from the whole document.
   */
  firstLine?: number;
}

export interface SafeXmlResult {
  root: XmlElement;
  /**
   * Characters dropped because XML 1.0 forbids them even as character references (for example
   * `&#1;` written by tools that emit XML 1.1 escapes).
   */
  dropped: number;
}

export type XmlErrorKind = 'entity' | 'doctype' | 'size' | 'depth' | 'malformed';

/** Why a document was refused; `line` is 1-based when known. The message starts with the line. */
export class XmlError extends Error implements LocalizedError {
  /** The English detail, without the line. */
  readonly detail: string;
  /** The detail, translatable. */
  readonly detailText: ErrorText;
  readonly localized: ErrorText;

  constructor(
    readonly kind: XmlErrorKind,
    detail: string | ErrorText,
    readonly line?: number,
  ) {
    const detailText = asErrorText(detail);
    const english = englishText(detailText);
    super(line !== undefined ? `Line ${line}: ${english}` : english);
    this.name = 'XmlError';
    this.detail = english;
    this.detailText = detailText;
    this.localized = atLine(detailText, line);
  }
}

export const DEFAULT_MAX_XML_LENGTH = 200_000_000;
export const DEFAULT_MAX_XML_DEPTH = 256;

const PREDEFINED: ReadonlyMap<string, string> = new Map([['lt', '<'], ['gt', '>'], ['amp', '&'], ['quot', '"'], ['apos', "'"]]);

/**
 * The safety checks alone, without building a tree: size, DOCTYPE and entity references (see the
 * module comment). Returns the text without its byte-order mark. For readers that then parse a
 * large document in pieces with parseSafeXml (each piece is checked again, cheaply).
 */
export function checkSafeXml(text: string, options: SafeXmlOptions = {}): string {
  const maxLength = options.maxLength ?? DEFAULT_MAX_XML_LENGTH;
  if (typeof text !== 'string') throw new XmlError('malformed', errorText('xml.notText'));
  if (text.length > maxLength) {
    throw new XmlError('size', errorText('xml.tooLarge', { length: text.length, limit: maxLength }));
  }
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  checkMarkup(source, new LineIndex(source, options.firstLine));
  return source;
}

/** Parses `text` as XML after the safety checks; throws XmlError for anything refused or malformed. */
export function parseSafeXml(text: string, options: SafeXmlOptions = {}): SafeXmlResult {
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_XML_DEPTH;
  const source = checkSafeXml(text, options);
  const lines = new LineIndex(source, options.firstLine);

  const valid = XMLValidator.validate(source, { allowBooleanAttributes: false });
  if (valid !== true) throw new XmlError('malformed', describeValidatorError(valid.err.msg), valid.err.line + lines.firstLine - 1);

  let ordered: unknown;
  try {
    // One level of slack so that the depth error below, with its line number, is the one reported.
    ordered = new XMLParser({ ...PARSER_OPTIONS, maxNestedTags: maxDepth + 1 }).parse(source);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/nested/i.test(message)) throw new XmlError('depth', errorText('xml.tooDeep', { max: maxDepth }));
    throw new XmlError('malformed', errorText('xml.parser', { text: message }));
  }
  const state = { dropped: 0 };
  const roots = toElements(ordered, lines, maxDepth, state);
  if (roots.length !== 1) throw new XmlError('malformed', errorText(roots.length === 0 ? 'xml.noRoot' : 'xml.manyRoots'));
  return { root: roots[0]!, dropped: state.dropped };
}

const PARSER_OPTIONS = {
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  allowBooleanAttributes: false,
  processEntities: false,
  htmlEntities: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  cdataPropName: '#cdata',
  commentPropName: false as const,
  ignoreDeclaration: true,
  ignorePiTags: true,
  removeNSPrefix: false,
  captureMetaData: true,
} as const;

const META = XMLParser.getMetaDataSymbol();

/**
 * The linear pre-scan: comments, CDATA and processing instructions are skipped; the DOCTYPE is
 * checked; every `&` must start one of the allowed references.
 */
function checkMarkup(text: string, lines: LineIndex): void {
  const special = /[&<]/g;
  let match: RegExpExecArray | null;
  let doctypeSeen = false;
  while ((match = special.exec(text)) !== null) {
    const i = match.index;
    if (text[i] === '&') {
      const end = text.indexOf(';', i + 1);
      const name = end < 0 || end - i > 12 ? text.slice(i + 1, i + 12) : text.slice(i + 1, end);
      if (end < 0 || end - i > 12 || !isAllowedReference(name)) {
        if (end >= 0 && /^[A-Za-z_:][\w.:-]*$/.test(name)) {
          throw new XmlError('entity', errorText('xml.entityRef', { name }), lines.lineOf(i));
        }
        throw new XmlError('malformed', errorText('xml.bareAmp'), lines.lineOf(i));
      }
      special.lastIndex = end + 1;
      continue;
    }
    if (text.startsWith('<!--', i)) special.lastIndex = skipPast(text, i, '-->', errorText('xml.commentOpen'), lines);
    else if (text.startsWith('<![CDATA[', i)) special.lastIndex = skipPast(text, i, ']]>', errorText('xml.cdataOpen'), lines);
    else if (text.startsWith('<?', i)) special.lastIndex = skipPast(text, i, '?>', errorText('xml.piOpen'), lines);
    else if (text.startsWith('<!DOCTYPE', i)) {
      if (doctypeSeen) throw new XmlError('doctype', errorText('xml.twoDoctypes'), lines.lineOf(i));
      doctypeSeen = true;
      special.lastIndex = checkDoctype(text, i, lines);
    } else if (text.startsWith('<!', i)) {
      throw new XmlError('doctype', errorText('xml.declOutside'), lines.lineOf(i));
    }
  }
}

function isAllowedReference(name: string): boolean {
  if (PREDEFINED.has(name)) return true;
  return /^#(?:[0-9]{1,7}|x[0-9A-Fa-f]{1,6})$/.test(name);
}

function skipPast(text: string, from: number, terminator: string, problem: ErrorText, lines: LineIndex): number {
  const end = text.indexOf(terminator, from + 2);
  if (end < 0) throw new XmlError('malformed', problem, lines.lineOf(from));
  return end + terminator.length;
}

/**
 * Checks `<!DOCTYPE name [externalId] [internal subset]>` starting at `start`; returns the index
 * after it. An internal subset may not declare or reference entities.
 */
function checkDoctype(text: string, start: number, lines: LineIndex): number {
  const line = lines.lineOf(start);
  let i = start + '<!DOCTYPE'.length;
  let quote = '';
  while (i < text.length) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '>') {
      return i + 1;
    } else if (c === '[') {
      const close = findSubsetEnd(text, i + 1);
      if (close < 0) throw new XmlError('malformed', errorText('xml.subsetOpen'), line);
      const subset = text.slice(i + 1, close);
      if (/<!ENTITY/i.test(subset)) {
        throw new XmlError('doctype', errorText('xml.entities'), line);
      }
      if (/%[A-Za-z_:][\w.:-]*;/.test(subset)) {
        throw new XmlError('doctype', errorText('xml.parameterEntities'), line);
      }
      i = close;
    }
    i++;
  }
  throw new XmlError('malformed', errorText('xml.doctypeOpen'), line);
}

/** Index of the `]` closing an internal subset (quotes and comments inside are skipped), or -1. */
function findSubsetEnd(text: string, from: number): number {
  let quote = '';
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") {
      quote = c;
    } else if (c === '<' && text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      if (end < 0) return -1;
      i = end + 2;
    } else if (c === ']') {
      return i;
    }
  }
  return -1;
}

/** The parser's usual complaints, read into translatable messages (the English stays the parser's own). */
const VALIDATOR_MESSAGES: readonly [RegExp, ErrorMessageId, readonly string[]][] = [
  [/^Expected closing tag '(.*)' \(opened in line (\d+), col (\d+)\) instead of closing tag '(.*)'\.$/, 'xml.closeMismatch', ['expected', 'line', 'col', 'found']],
  [/^Unclosed tag '(.*)'\.$/, 'xml.unclosedTag', ['tag']],
  [/^Closing tag '(.*)' has not been opened\.$/, 'xml.notOpened', ['tag']],
  [/^Attribute '(.*)' is repeated\.$/, 'xml.attrRepeated', ['name']],
  [/^Attribute '(.*)' is without value\.$/, 'xml.attrNoValue', ['name']],
  [/^Attributes for '(.*)' have open quote\.$/, 'xml.attrOpenQuote', ['tag']],
  [/^char '(.*)' is not expected\.$/, 'xml.charUnexpected', ['char']],
  [/^Multiple possible root nodes found\.$/, 'xml.multipleRoots', []],
  [/^Extra text at the end\.$/, 'xml.extraText', []],
];

function describeValidatorError(message: string): ErrorText {
  const text = message.endsWith('.') ? message : `${message}.`;
  for (const [pattern, id, names] of VALIDATOR_MESSAGES) {
    const match = pattern.exec(text);
    if (match) return errorText(id, Object.fromEntries(names.map((name, k) => [name, match[k + 1]!])));
  }
  return errorText('xml.parser', { text });
}

/** Converts fast-xml-parser's ordered output to XmlElements, decoding references as it goes. */
function toElements(nodes: unknown, lines: LineIndex, maxDepth: number, state: { dropped: number }, depth = 0): XmlElement[] {
  const out: XmlElement[] = [];
  for (const node of asArray(nodes)) {
    const element = toNode(node, lines, maxDepth, state, depth);
    if (element !== null && typeof element !== 'string') out.push(element);
  }
  return out;
}

function toChildren(nodes: unknown, lines: LineIndex, maxDepth: number, state: { dropped: number }, depth: number): XmlNode[] {
  const out: XmlNode[] = [];
  for (const node of asArray(nodes)) {
    const child = toNode(node, lines, maxDepth, state, depth);
    if (child === null) continue;
    // Adjacent text and CDATA become one string, so callers never see text split by the parser.
    const last = out[out.length - 1];
    if (typeof child === 'string' && typeof last === 'string') out[out.length - 1] = last + child;
    else out.push(child);
  }
  return out;
}

function toNode(node: unknown, lines: LineIndex, maxDepth: number, state: { dropped: number }, depth: number): XmlNode | null {
  if (node === null || typeof node !== 'object') return null;
  const record = node as Record<string, unknown>;
  if ('#text' in record) return decodeText(String(record['#text']), state);
  if ('#cdata' in record) {
    const inner = asArray(record['#cdata'])[0] as Record<string, unknown> | undefined;
    return cleanChars(String(inner?.['#text'] ?? ''), state);
  }
  const name = Object.keys(record).find((key) => key !== ':@');
  if (name === undefined) return null;
  if (depth >= maxDepth) throw new XmlError('depth', errorText('xml.tooDeep', { max: maxDepth }), lineOfNode(record, lines));
  const attrs: Record<string, string> = Object.create(null) as Record<string, string>;
  const rawAttrs = record[':@'];
  if (rawAttrs && typeof rawAttrs === 'object') {
    for (const [key, value] of Object.entries(rawAttrs as Record<string, unknown>)) {
      // Attribute-value normalization (XML 1.0 §3.3.3): literal white space becomes a space.
      attrs[key] = decodeText(String(value).replace(/[\t\n\r]/g, ' '), state);
    }
  }
  return { name, attrs, children: toChildren(record[name], lines, maxDepth, state, depth + 1), line: lineOfNode(record, lines) };
}

function lineOfNode(record: Record<string, unknown>, lines: LineIndex): number {
  const meta = (record as Record<symbol, { startIndex?: number } | undefined>)[META as symbol];
  return typeof meta?.startIndex === 'number' ? lines.lineOf(meta.startIndex) : 0;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** Decodes the five predefined entities and character references (the pre-scan allowed no others). */
function decodeText(raw: string, state: { dropped: number }): string {
  if (!raw.includes('&')) return cleanChars(raw, state);
  return raw.replace(/&(#x[0-9A-Fa-f]+|#[0-9]+|[a-z]+);/g, (whole, name: string) => {
    if (name[0] !== '#') return PREDEFINED.get(name) ?? whole;
    const code = name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    if (!isXmlChar(code)) {
      state.dropped++;
      return '';
    }
    return String.fromCodePoint(code);
  });
}

function cleanChars(text: string, state: { dropped: number }): string {
  // Raw forbidden characters never pass the validator, but CDATA content is not checked by it.
  if (!/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(text)) return text;
  const cleaned = text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
  state.dropped += text.length - cleaned.length;
  return cleaned;
}

/** XML 1.0 production Char. */
function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** Maps character offsets to 1-based line numbers (CRLF, CR and LF each end a line). */
class LineIndex {
  private starts: number[] | undefined;
  constructor(
    private readonly text: string,
    readonly firstLine = 1,
  ) {}

  lineOf(offset: number): number {
    this.starts ??= this.build();
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + this.firstLine;
  }

  private build(): number[] {
    const starts = [0];
    const re = /\r\n?|\n/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(this.text)) !== null) starts.push(m.index + m[0].length);
    return starts;
  }
}
