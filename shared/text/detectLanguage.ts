/**
 * Language identification for the four languages Qiyos knows: first the script by letter counts,
 * then, within a script, evidence from letters only one language uses and frequent function words.
 */
import type { KnownLang } from '../model';

export interface DetectedLanguage {
  lang: KnownLang;
  /** 0..1: how sure; low for short or mixed text. */
  confidence: number;
}

/** Frequent Uzbek words (both scripts) and their rivals; space-padded so that includes() matches whole words. */
const UZ_CYRL_WORDS = ' ва билан учун ҳам бу бўйича эса деб билан ҳақида орқали бўлиб мазкур ушбу йил йилда ';
const RU_WORDS = ' и в на что не с по для как это от о к из у за также был была были его её он она ';
const UZ_LATN_WORDS = " va bilan uchun ham bu bo'yicha esa deb haqida orqali bo'lib mazkur ushbu yil yilda o'rtasida qilindi etildi ";
const EN_WORDS = ' the and of to in a is was for with on that by as at are be this from it has have were an ';

const wordSets = new Map<string, Set<string>>();

function countWords(words: string[], list: string): number {
  let set = wordSets.get(list);
  if (set === undefined) {
    set = new Set(list.trim().split(' '));
    wordSets.set(list, set);
  }
  let n = 0;
  for (const w of words) if (set.has(w)) n++;
  return n;
}

function countMatches(text: string, re: RegExp): number {
  return text.match(re)?.length ?? 0;
}

/**
 * Turns two evidence scores into a choice and a confidence: the margin between them, damped when
 * there is little evidence at all.
 */
function decide<T>(a: T, aScore: number, b: T, bScore: number, fallback: T, scale: number): { lang: T; confidence: number } {
  const total = aScore + bScore;
  if (total === 0) return { lang: fallback, confidence: 0.5 };
  const margin = Math.abs(aScore - bScore) / total;
  const amount = Math.min(1, total / scale);
  return { lang: aScore >= bScore ? a : b, confidence: 0.5 + 0.5 * margin * amount };
}

/** Detects which of uz-Cyrl, uz-Latn, ru, en the text is written in, with a confidence in 0..1. */
export function detectLanguage(text: string): DetectedLanguage {
  const lower = text.normalize('NFC').toLowerCase();
  const cyrillic = countMatches(lower, /[\u0400-\u04FF]/g);
  const latin = countMatches(lower, /[a-z\u00C0-\u024F]/g);
  if (cyrillic + latin === 0) return { lang: 'en', confidence: 0 };
  const purity = Math.max(cyrillic, latin) / (cyrillic + latin);
  // Apostrophes count as letters so that oʻzbekiston and maʼlum stay one word.
  const words = lower.match(/[\p{L}'`\u2018\u2019\u02BB\u02BC]+/gu) ?? [];

  if (cyrillic >= latin) {
    // ў қ ғ ҳ are Uzbek only; ы щ are Russian only (Uzbek Cyrillic has neither).
    const uzLetters = countMatches(lower, /[ўқғҳ]/g);
    const ruLetters = countMatches(lower, /[ыщ]/g);
    // Inflectional endings typical of one language only (нинг, ларни / ого, ые, ся).
    const uzEndings = words.filter((w) => /\p{L}{2}(нинг|лар|лари|ларни|ларга|даги|ган|моқда|ди)$/u.test(w)).length;
    const ruEndings = words.filter((w) => /\p{L}{2}(ого|его|ые|ых|ый|ий|ая|ое|ть|ся|сь|ии|ие|ют|ет)$/u.test(w)).length;
    const uz = 2 * uzLetters + 3 * countWords(words, UZ_CYRL_WORDS) + uzEndings;
    const ru = 2 * ruLetters + 3 * countWords(words, RU_WORDS) + ruEndings;
    const d = decide<KnownLang>('uz-Cyrl', uz, 'ru', ru, 'ru', 12);
    return { lang: d.lang, confidence: d.confidence * purity };
  }

  const folded = lower.replace(/['`\u2018\u2019\u02BB\u02BC]/g, "'");
  const foldedWords = words.map((w) => w.replace(/['`\u2018\u2019\u02BB\u02BC]/g, "'"));
  // oʻ gʻ and a q not followed by u are Uzbek; th and w are English (Uzbek Latin has no w).
  const uzLetters = countMatches(folded, /[og]'(?=\p{L})/gu) + countMatches(folded, /q(?!u)/g);
  const enLetters = countMatches(folded, /th|w/g);
  const uz = 2 * uzLetters + 3 * countWords(foldedWords, UZ_LATN_WORDS) + countMatches(folded, /\p{L}(?:ning|lari|larni|dagi)\b/gu);
  const en = 2 * enLetters + 3 * countWords(foldedWords, EN_WORDS);
  const d = decide<KnownLang>('uz-Latn', uz, 'en', en, 'en', 12);
  return { lang: d.lang, confidence: d.confidence * purity };
}
