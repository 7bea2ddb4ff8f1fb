/**
 * SRX files come from Java tools (OmegaT, Okapi), whose regular expressions differ from
 * JavaScript's in a few common ways. This rewrites those into the JavaScript (`u` flag) form with
 * the same meaning: escaped punctuation (`\"`, `\'`, `\«`: an error in JavaScript), `\h`, `\Q…\E`
 * quoting, `\A` / `\z` / `\Z`, `\e`, `\a`, and the inline flag `(?i)` (`(?-i)` ends it), whose
 * letters become both cases (`(?i)e\.g\.` → `[eE]\.[gG]\.`). Anything else is left as written,
 * so what JavaScript cannot read (other inline flags, possessive quantifiers, class
 * intersections) is reported by the caller with its line. Pure.
 */

const JS_SYNTAX = '^$\\.*+?()[]{}|/';
const HORIZONTAL_SPACE = ' \\t\\u00A0\\u1680\\u180E\\u2000-\\u200A\\u202F\\u205F\\u3000';

/** The other case of a letter that has exactly one, else undefined. */
function otherCase(ch: string): string | undefined {
  const lower = ch.toLowerCase();
  const upper = ch.toUpperCase();
  const other = ch === lower ? upper : lower;
  return other !== ch && [...other].length === 1 ? other : undefined;
}

function quoteChar(ch: string, inClass: boolean, caseless = false): string {
  if (JS_SYNTAX.includes(ch) || (inClass && ch === '-')) return `\\${ch}`;
  const other = caseless ? otherCase(ch) : undefined;
  if (other === undefined) return ch;
  return inClass ? `${ch}${other}` : `[${ch}${other}]`;
}

/** Inline flag groups that only switch case-insensitivity (and Unicode case, already on in JavaScript). */
const CASE_FLAGS = /^\(\?(-?)([iu]+)\)/;

/** The JavaScript form of a Java regular expression (see the module comment). */
export function javaRegexToJs(pattern: string): string {
  let out = '';
  let inClass = false;
  let caseless = false;
  const chars = [...pattern];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (!inClass && ch === '(' && chars[i + 1] === '?' && chars[i + 2] === '<' && /\p{L}/u.test(chars[i + 3] ?? '')) {
      // A named group: its name is copied as written.
      const close = chars.indexOf('>', i);
      out += chars.slice(i, close + 1).join('');
      i = close;
      continue;
    }
    if (!inClass && ch === '(') {
      const flags = CASE_FLAGS.exec(chars.slice(i, i + 6).join(''));
      if (flags !== null && flags[2]!.includes('i')) {
        caseless = flags[1] !== '-';
        i += [...flags[0]].length - 1;
        continue;
      }
    }
    if (ch === '\\') {
      const next = chars[i + 1];
      if (next === undefined) return out + ch;
      i++;
      if (next === 'Q') {
        let end = i + 1;
        while (end < chars.length && !(chars[end] === '\\' && chars[end + 1] === 'E')) end++;
        for (const q of chars.slice(i + 1, end)) out += quoteChar(q, inClass, caseless);
        i = end + 1;
        continue;
      }
      if (/[A-Za-z0-9]/.test(next)) {
        if (next === 'h') out += inClass ? HORIZONTAL_SPACE : `[${HORIZONTAL_SPACE}]`;
        else if (next === 'A' && !inClass) out += '^';
        else if ((next === 'z' || next === 'Z') && !inClass) out += '$';
        else if (next === 'e') out += '\\x1B';
        else if (next === 'a') out += '\\x07';
        else {
          // \p{…}, \x{…} or \xFF, \uFFFF, \cX, \k<name>: copied whole, never case-folded.
          let end = i + 1;
          if ('pPxk'.includes(next) && (chars[end] === '{' || chars[end] === '<')) {
            const close = chars[end] === '{' ? '}' : '>';
            while (end < chars.length && chars[end] !== close) end++;
            end++;
          } else if (next === 'x') end += 2;
          else if (next === 'u') end += 4;
          else if (next === 'c') end += 1;
          out += `\\${next}${chars.slice(i + 1, end).join('')}`;
          i = end - 1;
        }
        continue;
      }
      out += quoteChar(next, inClass);
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      else if (caseless && chars[i + 1] === '-' && chars[i + 2] !== undefined && chars[i + 2] !== ']') {
        // A range: both cases of both ends ("a-z" → "a-zA-Z").
        const to = chars[i + 2]!;
        const [a, b] = [otherCase(ch), otherCase(to)];
        out += `${ch}-${to}${a !== undefined && b !== undefined ? `${a}-${b}` : ''}`;
        i += 2;
        continue;
      } else if (caseless && otherCase(ch) !== undefined) {
        out += `${ch}${otherCase(ch)!}`;
        continue;
      }
      out += ch;
      continue;
    }
    if (ch === '[') {
      inClass = true;
      out += ch;
      // A "]" right after "[" or "[^" is a literal in Java.
      if (chars[i + 1] === '^') {
        out += '^';
        i++;
      }
      if (chars[i + 1] === ']') {
        out += '\\]';
        i++;
      }
      continue;
    }
    const other = caseless ? otherCase(ch) : undefined;
    out += other === undefined ? ch : `[${ch}${other}]`;
  }
  return out;
}
