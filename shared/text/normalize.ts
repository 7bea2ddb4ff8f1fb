/**
 * Text normalisation for matching (never for display): the same words typed with different
 * quotes, dashes, apostrophes or spaces should compare equal.
 *
 * Apostrophes: Uzbek Latin writes oʻ/gʻ with U+02BB (turned comma) and the tutuq belgisi
 * (glottal stop, as in maʼlum) with U+02BC, but real text uses ' ` ‘ ’ ʹ ′ ´ interchangeably.
 * We fold an apostrophe between letters to U+02BB after o/g and to U+02BC elsewhere, which is
 * the spelling of the official 2019 keyboard layout. Apostrophes that are not between letters
 * are quotes and are left to the quote folding.
 */

/** Every character that real Uzbek Latin text uses for ʻ or ʼ. */
const APOSTROPHES = "'`\u2018\u2019\u02BB\u02BC\u02B9\u02BD\u2032\u00B4";
const TURNED_COMMA = '\u02BB'; // ʻ, after o and g
const MODIFIER_APOSTROPHE = '\u02BC'; // ʼ, the tutuq belgisi

/** Whether `ch` is one of the characters used as an Uzbek apostrophe. */
export function isApostrophe(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && APOSTROPHES.includes(ch);
}

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /\p{L}/u.test(ch);
}

/** Folds apostrophes between letters to ʻ (after o/g, as in oʻ gʻ) or ʼ (elsewhere); other characters are kept. */
export function foldApostrophes(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (!isApostrophe(ch)) {
      out += ch;
      continue;
    }
    const prev = text[i - 1];
    const next = text[i + 1];
    // A second apostrophe right after oʻ/gʻ is the tutuq (moʻʼjiza).
    const afterFolded = prev !== undefined && isApostrophe(prev) && isLetter(text[i - 2]);
    if ((isLetter(prev) || afterFolded) && isLetter(next)) {
      out += !afterFolded && prev !== undefined && 'oOgG'.includes(prev) ? TURNED_COMMA : MODIFIER_APOSTROPHE;
    } else {
      out += ch;
    }
  }
  return out;
}

/**
 * Normalises text for comparison: NFC, Uzbek apostrophes folded (see foldApostrophes), quotes
 * to " and ', dashes to -, invisible characters removed, white space collapsed. Case is kept.
 */
export function normalizeForMatch(text: string): string {
  return foldApostrophes(text.normalize('NFC'))
    .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
    .replace(/[«»„“”‟"‹›]/g, '"')
    .replace(/[‘’‚‛`´′]/g, "'")
    .replace(/[‐‑‒–—―−]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}
