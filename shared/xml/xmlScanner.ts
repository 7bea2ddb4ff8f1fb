/**
 * A forward-only tag scanner, so a reader can cut a large XML document into its elements (each
 * `<tu>` of a TMX body) and parse them one at a time with parseSafeXml instead of building one tree
 * of the whole file. It finds tag boundaries only (quotes, comments, CDATA, processing instructions
 * and the DOCTYPE are skipped); well-formedness is still judged by parseSafeXml on each piece.
 * Pure: no I/O.
 */

/** One tag: `<name …>` (start), `</name>` (end) or `<name …/>` (empty); `start`/`end` are offsets (end exclusive). */
export interface XmlTag {
  kind: 'start' | 'end' | 'empty';
  name: string;
  start: number;
  end: number;
}

/** The next tag at or after `from`, or null when there is none or it is cut off (the caller then reports the error). */
export function nextTag(text: string, from: number): XmlTag | null {
  let i = text.indexOf('<', from);
  while (i >= 0) {
    const skipTo = skipNonElement(text, i);
    if (skipTo === -1) return null;
    if (skipTo === i) return readTag(text, i);
    i = text.indexOf('<', skipTo);
  }
  return null;
}

/** The end of the element whose start tag is `open`: the offset after its end tag, or -1 when it never closes. */
export function elementEnd(text: string, open: XmlTag): number {
  if (open.kind === 'empty') return open.end;
  let depth = 1;
  let at = open.end;
  while (depth > 0) {
    const tag = nextTag(text, at);
    if (!tag) return -1;
    if (tag.kind === 'start') depth++;
    else if (tag.kind === 'end') depth--;
    at = tag.end;
  }
  return at;
}

/** Counts line ends (CRLF, CR, LF) in `text` between two offsets; never split a CRLF between calls. */
export function countLineEnds(text: string, from: number, to: number): number {
  let lines = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) lines++;
    else if (c === 13) {
      lines++;
      if (text.charCodeAt(i + 1) === 10 && i + 1 < to) i++;
    }
  }
  return lines;
}

/** For `<` at `i`: `i` when an element tag starts here, else the offset after the comment, CDATA, PI or DOCTYPE (-1: not closed). */
function skipNonElement(text: string, i: number): number {
  const skipPast = (terminator: string): number => {
    const end = text.indexOf(terminator, i + 2);
    return end < 0 ? -1 : end + terminator.length;
  };
  if (text.startsWith('<!--', i)) return skipPast('-->');
  if (text.startsWith('<![CDATA[', i)) return skipPast(']]>');
  if (text.startsWith('<?', i)) return skipPast('?>');
  if (text.startsWith('<!', i)) {
    // A DOCTYPE: up to the `>` outside quotes and outside the internal subset.
    let quote = '';
    let bracket = 0;
    for (let k = i + 2; k < text.length; k++) {
      const c = text[k]!;
      if (quote) {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '[') bracket++;
      else if (c === ']') bracket--;
      else if (c === '>' && bracket <= 0) return k + 1;
    }
    return -1;
  }
  return i;
}

function readTag(text: string, i: number): XmlTag | null {
  const closing = text[i + 1] === '/';
  const nameStart = closing ? i + 2 : i + 1;
  let k = nameStart;
  while (k < text.length && !/[\s/>]/.test(text[k]!)) k++;
  const name = text.slice(nameStart, k);
  let quote = '';
  for (; k < text.length; k++) {
    const c = text[k]!;
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') {
      const kind = closing ? 'end' : text[k - 1] === '/' ? 'empty' : 'start';
      return { kind, name, start: i, end: k + 1 };
    }
  }
  return null;
}
