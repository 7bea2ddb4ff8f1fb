/**
 * Finding a concept's terms in running text whatever their ending or script: each word is folded
 * to its base form (morphology.ts), then to a script-blind key (matchKey), so "Мирзиёевнинг",
 * "Mirziyoyevga" and "Шавкат Мирзиёев" all meet. Shared by highlighting and the consistency check.
 */
import { matchKey } from '../shared/text/transliterate';
import { baseForm } from './morphology';
import { GLOSSARY_LANGS, type Concept, type GlossaryLang } from './model';
import { tokenize, type Token } from './tokens';

/** Russian adjective and noun endings left after baseForm, cut so agreeing forms compare equal. */
const RU_ENDING = /(ого|его|ому|ему|ыми|ими|ая|яя|ое|ее|ую|юю|ый|ий|ой|ей|ым|им|ых|их|ом|ем|ам|ям|ах|ях|а|я|ы|и|е|у|ю|о)$/;

/** The comparison key of one word written in `lang`. */
export function wordKey(word: string, lang: GlossaryLang): string {
  if (/\.$/.test(word)) return matchKey(word) + '.';
  let base = baseForm(word, lang);
  if (lang === 'ru') {
    const m = RU_ENDING.exec(base.toLowerCase());
    if (m && base.length - m[1]!.length >= 4) base = base.slice(0, base.length - m[1]!.length);
  }
  return matchKey(base);
}

/** Which term languages can appear in text of `lang`: the same language, and Uzbek in either script. */
export function sameLanguage(a: GlossaryLang, b: GlossaryLang): boolean {
  return a === b || (a.startsWith('uz') && b.startsWith('uz'));
}

interface Pattern {
  conceptId: string;
  lang: GlossaryLang;
  term: string;
  keys: string[];
}

/** A run of words in a text that is one of a concept's terms. */
export interface TermMatch {
  /** UTF-16 offsets into the text; `end` exclusive. */
  start: number;
  end: number;
  conceptId: string;
  /** The term (base form) that matched, and its language. */
  term: string;
  lang: GlossaryLang;
}

/** Characters allowed between the words of one term ("Ўзбекистон - Қозоғистон", "«Кўксарой»"). */
const GAP = /^[\s\-–—'"«»“”‘’]*$/u;

/** A matcher over concepts: which of their terms occur in a text of a given language. */
export interface TermMatcher {
  find(text: string, lang: GlossaryLang): TermMatch[];
}

/**
 * Builds a matcher for `concepts`: every term, its seen variants and, for persons, the surname
 * alone (four letters or more). Terms of one letter or two are ignored.
 */
export function createTermMatcher(concepts: readonly Concept[]): TermMatcher {
  const patterns = new Map<GlossaryLang, Map<string, Pattern[]>>();
  const add = (concept: Concept, lang: GlossaryLang, text: string, term: string): void => {
    const words = tokenize(text).map((t) => t.text);
    if (words.length === 0 || (words.length === 1 && words[0]!.length < 3)) return;
    const keys = words.map((w) => wordKey(w, lang));
    let byFirst = patterns.get(lang);
    if (byFirst === undefined) patterns.set(lang, (byFirst = new Map()));
    const list = byFirst.get(keys[0]!) ?? [];
    if (!list.some((p) => p.conceptId === concept.id && p.keys.join(' ') === keys.join(' '))) list.push({ conceptId: concept.id, lang, term, keys });
    byFirst.set(keys[0]!, list);
  };
  for (const concept of concepts) {
    for (const lang of GLOSSARY_LANGS) {
      for (const t of concept.terms[lang] ?? []) {
        add(concept, lang, t.text, t.text);
        for (const v of t.variants) add(concept, lang, v, t.text);
        if (concept.type === 'person') {
          const words = t.text.split(' ');
          const surname = words[words.length - 1]!;
          if (words.length > 1 && surname.length >= 4 && !surname.endsWith('.')) add(concept, lang, surname, t.text);
        }
      }
    }
  }

  return {
    find(text, lang) {
      const tokens = tokenize(text);
      const found: TermMatch[] = [];
      const keysFor = new Map<GlossaryLang, string[]>();
      const tokenKeys = (l: GlossaryLang, tks: Token[]): string[] => {
        let keys = keysFor.get(l);
        if (keys === undefined) keysFor.set(l, (keys = tks.map((t) => wordKey(t.text, l))));
        return keys;
      };
      for (const [plang, byFirst] of patterns) {
        if (!sameLanguage(plang, lang)) continue;
        // Text is folded with its own language's endings (an Uzbek Latin sentence, a Cyrillic term).
        const keys = tokenKeys(lang, tokens);
        keys.forEach((key, i) => {
          for (const p of byFirst.get(key) ?? []) {
            if (i + p.keys.length > tokens.length) continue;
            let ok = true;
            for (let j = 1; j < p.keys.length && ok; j++) ok = keys[i + j] === p.keys[j] && GAP.test(tokens[i + j]!.gap);
            if (ok) found.push({ start: tokens[i]!.start, end: tokens[i + p.keys.length - 1]!.end, conceptId: p.conceptId, term: p.term, lang: p.lang });
          }
        });
      }
      // Longest first, then leftmost; overlapping shorter matches are dropped.
      found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
      const kept: TermMatch[] = [];
      for (const m of found) if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
      return kept.sort((a, b) => a.start - b.start);
    },
  };
}
