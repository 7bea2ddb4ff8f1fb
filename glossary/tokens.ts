/** Splitting a sentence into word tokens for the candidate patterns: words, hyphenated names, initials. */

export interface Token {
  text: string;
  start: number;
  end: number;
  /** True when only white space (or nothing) separates this token from the one before. */
  joined: boolean;
  /** An initial such as "Sh.", "K.-Zh.", "Ш.". */
  initial: boolean;
  /** The text between the previous token and this one. */
  gap: string;
}

const APOS = "'`\u2018\u2019\u02BB\u02BC";
const WORD = `[\\p{L}\\p{M}]+(?:[${APOS}][\\p{L}\\p{M}]+)*`;
const INITIAL = `\\p{Lu}\\p{Ll}?\\.(?:-\\p{Lu}\\p{Ll}?\\.)?(?=\\s)`;
const TOKEN = new RegExp(`${INITIAL}|${WORD}(?:-${WORD})*`, 'gu');

/** The word tokens of `text` in order. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let prevEnd = 0;
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    const gap = text.slice(prevEnd, start);
    const t = m[0];
    out.push({ text: t, start, end: start + t.length, joined: out.length > 0 && /^\s*$/.test(gap), initial: t.endsWith('.'), gap });
    prevEnd = start + t.length;
  }
  return out;
}

/** Whether a word starts with a capital letter. */
export function isCapitalised(word: string): boolean {
  const ch = word[0];
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** Whether a word is written in capitals only (menu and heading text). */
export function isAllCaps(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}
