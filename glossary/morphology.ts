/**
 * Folding inflected forms to a base form so that "Мирзиёевнинг", "Мирзиёева" and "Мирзиёев" count
 * as one term. Deliberately conservative: a suffix is only removed when a long enough stem is left,
 * because a wrong cut (Ташқи → Ташқ) does more harm to a glossary than a missed one.
 */
import type { GlossaryLang } from './model';

const MIN_STEM = 4;

const UZ_CYRL_CASE = ['нинг', 'даги', 'дан', 'тан', 'ни', 'га', 'ка', 'қа', 'да', 'та'];
const UZ_LATN_CASE = ['ning', 'dagi', 'dan', 'tan', 'ni', 'ga', 'ka', 'qa', 'da', 'ta'];
const UZ_CYRL_POSSESSIVE = ['лари', 'си', 'и'];
const UZ_LATN_POSSESSIVE = ['lari', 'si', 'i'];
const UZ_CYRL_PLURAL = 'лар';
const UZ_LATN_PLURAL = 'lar';

function isUpperInitial(word: string): boolean {
  const ch = word[0];
  return ch !== undefined && ch !== ch.toLowerCase();
}

function stripOne(word: string, suffixes: readonly string[], minStem = MIN_STEM): string | undefined {
  const lower = word.toLowerCase();
  for (const s of suffixes) {
    if (lower.endsWith(s) && word.length - s.length >= minStem) return word.slice(0, word.length - s.length);
  }
  return undefined;
}

/** Uzbek case endings only (the possessive of an izofa head such as "қароргоҳи" is kept). */
export function foldUzbekCase(word: string, lang: 'uz-Cyrl' | 'uz-Latn'): string {
  const cases = lang === 'uz-Cyrl' ? UZ_CYRL_CASE : UZ_LATN_CASE;
  let w = stripOne(word, cases) ?? word;
  const plural = lang === 'uz-Cyrl' ? UZ_CYRL_PLURAL : UZ_LATN_PLURAL;
  if (w !== word && isUpperInitial(w)) w = stripOne(w, [plural]) ?? w;
  return w;
}

/** Uzbek case, possessive and plural endings, for one word in either script. */
function foldUzbek(word: string, lang: 'uz-Cyrl' | 'uz-Latn'): string {
  const cyrl = lang === 'uz-Cyrl';
  let w = stripOne(word, cyrl ? UZ_CYRL_CASE : UZ_LATN_CASE) ?? word;
  // Names take case endings but their own final -и (Navoi, Ташқи) is not a possessive.
  if (isUpperInitial(word)) return w;
  w = stripOne(w, cyrl ? UZ_CYRL_POSSESSIVE : UZ_LATN_POSSESSIVE, 5) ?? w;
  w = stripOne(w, [cyrl ? UZ_CYRL_PLURAL : UZ_LATN_PLURAL], 5) ?? w;
  return w;
}

const RU_CONSONANT = 'бвгджзклмнпрстфхцчшщ';
/** Nouns with a nominative in -а whose oblique forms the consonant rule would cut wrongly. */
const RU_A_NOUNS: ReadonlyMap<string, string> = new Map(['глава', 'главы', 'главой', 'главе', 'главу'].map((form) => [form, 'глава']));

/** Russian noun or surname inflection folded to the nominative singular, one word. */
function foldRussian(word: string): string {
  const lower = word.toLowerCase();
  const known = RU_A_NOUNS.get(lower);
  if (known !== undefined) return isUpperInitial(word) ? known[0]!.toUpperCase() + known.slice(1) : known;
  const cut = (n: number, add = ''): string => word.slice(0, word.length - n) + add;
  // Surnames in -ов/-ев/-ёв/-ин: Назарбаева, Каримовым, Мирзиёеву.
  let m = /(ов|ев|ёв|ин)(а|у|ым|е)$/.exec(lower);
  if (m && isUpperInitial(word) && word.length - m[2]!.length >= MIN_STEM) return cut(m[2]!.length);
  // Countries in -стан: Казахстана, Узбекистаном.
  m = /стан(а|у|ом|е)$/.exec(lower);
  if (m && word.length - m[1]!.length >= 7) return cut(m[1]!.length);
  // -ия nouns: комиссии, комиссией, комиссию → комиссия.
  m = /и(и|ей|ю)$/.exec(lower);
  if (m && word.length >= 6) return cut(m[0]!.length, 'ия');
  // First declension after к/г/х: Республики, Республике, Республикой → Республика.
  m = /([кгх])(и|е|ой|у)$/.exec(lower);
  if (m && word.length - m[2]!.length >= 6) return cut(m[2]!.length, 'а');
  // Consonant-final masculine nouns: президента, президентом, министров, Совета, Исламом.
  m = /(а|у|ом|ым|е|ов|ы|ам|ами|ах)$/.exec(lower);
  if (m && word.length - m[1]!.length >= MIN_STEM && RU_CONSONANT.includes(lower[word.length - m[1]!.length - 1]!)) {
    // Capitalised words only lose case endings that are safe for names (not -а: Астана, Ачилбай's Алма-Ата).
    if (isUpperInitial(word) && !['ом', 'ым', 'у'].includes(m[1]!) && !/^(Совет|Комитет)/i.test(word)) return word;
    return cut(m[1]!.length);
  }
  return word;
}

/** The base (uninflected) form of one word: Uzbek case/plural/possessive and Russian inflection folded; English as is. */
export function baseForm(word: string, lang: GlossaryLang | string): string {
  if (lang === 'uz-Cyrl' || lang === 'uz-Latn') return foldUzbek(word, lang);
  if (lang === 'ru') return foldRussian(word);
  if (lang === 'en') return word.replace(/['’]s$/, '');
  return word;
}

const RU_ADJECTIVE = /(ый|ий|ой|ая|яя|ое|ее|ую|юю|ого|его|ому|ему|ым|им|ых|их|ей)$/;

/** A Russian adjective (non-head word of a body name) put in agreement with a head whose base form is `head`. */
function foldRussianAdjective(word: string, head: string): string {
  const feminine = /[ая]$/.test(head);
  const m = /(ой|ей|ую|ая|ого|ому|ым|ом)$/.exec(word.toLowerCase());
  if (!m) return word;
  const stem = word.slice(0, word.length - m[1]!.length);
  const soft = /[гкхжшчщ]$/.test(stem);
  if (feminine) return stem + 'ая';
  return stem + (soft ? 'ий' : 'ый');
}

/**
 * The base form of a multi-word term. Uzbek: only the last word takes endings, and in a phrase it
 * keeps its possessive ("Ўзбекистон президентига" → "Ўзбекистон президенти"). Russian: the words
 * up to the head noun agree with it and are folded ("Совместной межправительственной комиссии" →
 * "Совместная межправительственная комиссия"); the genitive complement after it stays ("Узбекистана").
 * Persons: every word is folded.
 */
export function basePhrase(words: readonly string[], lang: GlossaryLang | string, person = false): string {
  if (words.length === 0) return '';
  if (person) return words.map((w) => (/\.$/.test(w) ? w : foldName(w, lang))).join(' ');
  if (lang === 'uz-Cyrl' || lang === 'uz-Latn') {
    const last = words[words.length - 1]!;
    const folded = words.length === 1 ? baseForm(last, lang) : foldUzbekCase(last, lang);
    return [...words.slice(0, -1), folded].join(' ');
  }
  if (lang === 'ru') {
    const headIndex = words.findIndex((w) => !RU_ADJECTIVE.test(w.toLowerCase()) || /^(совет|комитет)/i.test(w));
    if (headIndex < 0) return words.join(' ');
    const head = foldRussian(words[headIndex]!);
    const before = words.slice(0, headIndex).map((w) => foldRussianAdjective(w, head));
    return [...before, head, ...words.slice(headIndex + 1)].join(' ');
  }
  return words.map((w) => baseForm(w, lang)).join(' ');
}

/** A name word folded: Uzbek case endings; Russian surname and first-name endings. */
function foldName(word: string, lang: GlossaryLang | string): string {
  if (lang === 'uz-Cyrl' || lang === 'uz-Latn') return foldUzbekCase(word, lang);
  if (lang === 'ru') return foldRussian(word);
  return baseForm(word, lang);
}
