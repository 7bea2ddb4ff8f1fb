/**
 * XML 1.0 text helpers for the TMX writer: escaping and removal of characters XML 1.0 cannot carry.
 * Pure functions, no state.
 */

/** A string made safe for XML 1.0, and how many characters had to be dropped to get there. */
export interface CleanText {
  text: string;
  dropped: number;
}

/**
 * Removes what XML 1.0 forbids (production `Char`): C0 controls other than tab, LF and CR,
 * U+FFFE, U+FFFF and unpaired surrogates. Each removed UTF-16 code unit counts as one.
 * Such characters cannot even be written as character references, so dropping them is the only way
 * to keep the file loadable by CAT tools.
 */
export function stripForbiddenXmlChars(input: string): CleanText {
  // Fast path: almost every sentence is clean, so avoid building a new string for it.
  if (!/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/.test(input)) {
    return { text: input, dropped: 0 };
  }
  let text = '';
  let dropped = 0;
  for (let i = 0; i < input.length; i++) {
    const c = input.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = i + 1 < input.length ? input.charCodeAt(i + 1) : 0;
      if (next >= 0xdc00 && next <= 0xdfff) {
        text += input[i]! + input[i + 1]!;
        i++;
      } else {
        dropped++;
      }
    } else if (c >= 0xdc00 && c <= 0xdfff) {
      dropped++;
    } else if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffe || c === 0xffff) {
      dropped++;
    } else {
      text += input[i]!;
    }
  }
  return { text, dropped };
}

/**
 * Escapes already-clean text for element content. `"` is escaped too so the same text can be
 * pasted into attributes by hand; CR becomes a reference because parsers would fold CRLF to LF.
 */
export function escapeXmlText(text: string): string {
  return text.replace(/[&<>"\r]/g, escapeChar);
}

/**
 * Escapes already-clean text for a double-quoted attribute value. Tab, LF and CR become
 * references because attribute-value normalization would otherwise turn them into spaces.
 */
export function escapeXmlAttr(text: string): string {
  return text.replace(/[&<>"\t\n\r]/g, escapeChar);
}

function escapeChar(c: string): string {
  switch (c) {
    case '&':
      return '&amp;';
    case '<':
      return '&lt;';
    case '>':
      return '&gt;';
    case '"':
      return '&quot;';
    default:
      return `&#${c.charCodeAt(0)};`;
  }
}
