/**
 * Transliteration between Uzbek Cyrillic and Uzbek Latin (the 1995 alphabet with the 2019
 * apostrophes ʻ and ʼ), a news-style romanisation of Russian, and a script-blind phonetic key
 * for matching one name across the four languages.
 */
import { isApostrophe } from './normalize';

const TURNED_COMMA = '\u02BB'; // ʻ in oʻ gʻ
const MODIFIER_APOSTROPHE = '\u02BC'; // ʼ for ъ

/** Uzbek Cyrillic letters whose Latin form does not depend on context (е ц ъ ь are handled in code). */
const UZ_CYRL_TO_LATN: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ё: 'yo', ж: 'j', з: 'z', и: 'i', й: 'y', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'x',
  ч: 'ch', ш: 'sh', щ: 'sh', ы: 'i', э: 'e', ю: 'yu', я: 'ya',
  ў: 'o' + TURNED_COMMA, қ: 'q', ғ: 'g' + TURNED_COMMA, ҳ: 'h',
};

/** Russian letters in news-style romanisation (е is handled in code). Uzbek and Kazakh extras get their nearest English spelling. */
const RU_TO_LATIN: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ё: 'yo', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k',
  л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh',
  ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
  ў: 'u', қ: 'k', ғ: 'gh', ҳ: 'kh', ә: 'a', і: 'i', ң: 'ng', ү: 'u', ұ: 'u', ө: 'o', һ: 'h',
};

/** Uzbek Latin single letters (digraphs and apostrophes are handled in code). */
const UZ_LATN_TO_CYRL: Readonly<Record<string, string>> = {
  a: 'а', b: 'б', c: 'ц', d: 'д', e: 'е', f: 'ф', g: 'г', h: 'ҳ', i: 'и', j: 'ж', k: 'к',
  l: 'л', m: 'м', n: 'н', o: 'о', p: 'п', q: 'қ', r: 'р', s: 'с', t: 'т', u: 'у', v: 'в',
  w: 'в', x: 'х', y: 'й', z: 'з',
};

const CYRL_VOWELS = 'аеёиоуэюяўыієөүұә';

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && /\p{L}/u.test(ch);
}

function isUpperLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isLowerLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/**
 * Gives `latin` the case of the source letter at `i`. A multi-letter replacement of a capital is
 * all caps inside an all-caps word (ТОШКЕНТ → TOSHKENT) and title case otherwise (Шавкат → Shavkat).
 */
function withCase(latin: string, text: string, i: number): string {
  const ch = text[i]!;
  if (latin === '' || !isUpperLetter(ch)) return latin;
  if (latin.length === 1) return latin.toUpperCase();
  const next = text[i + 1];
  const allCaps = isUpperLetter(next) || (!isLowerLetter(next) && isUpperLetter(text[i - 1]));
  return allCaps ? latin.toUpperCase() : latin[0]!.toUpperCase() + latin.slice(1);
}

/** Whether Cyrillic е at `i` is iotated (ye): at word start or after a vowel, ъ or ь. */
function isIotatedE(lowerPrev: string | undefined): boolean {
  return lowerPrev === undefined || !isLetter(lowerPrev) || CYRL_VOWELS.includes(lowerPrev) || lowerPrev === 'ъ' || lowerPrev === 'ь';
}

/** Uzbek Cyrillic to Uzbek Latin by the official rules; other characters are kept. */
export function uzCyrlToLatn(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const c = ch.toLowerCase();
    const prev = text[i - 1]?.toLowerCase();
    const next = text[i + 1]?.toLowerCase();
    let latin: string | undefined;
    switch (c) {
      case 'е':
        latin = isIotatedE(prev) ? 'ye' : 'e';
        break;
      case 'ц':
        // ts after a vowel (militsiya), s at word start and after a consonant (sirk, konsert).
        latin = prev !== undefined && CYRL_VOWELS.includes(prev) ? 'ts' : 's';
        break;
      case 'ъ':
        // Before е ё ю я the y of the next letter already marks the break (obyekt).
        latin = next !== undefined && 'еёюя'.includes(next) ? '' : MODIFIER_APOSTROPHE;
        break;
      case 'ь':
        latin = '';
        break;
      case 'с':
        // сҳ is written sʼh so that it is not read as ш (Isʼhoq).
        latin = next === 'ҳ' ? 's' + MODIFIER_APOSTROPHE : 's';
        break;
      default:
        latin = UZ_CYRL_TO_LATN[c];
    }
    out += latin === undefined ? ch : withCase(latin, text, i);
  }
  return out;
}

/** Russian to Latin the way news agencies spell names (Zh, Kh, Ts, Shch, Yu, Ya; Ye at word start and after vowels). */
export function ruToLatin(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const c = ch.toLowerCase();
    const latin = c === 'е' ? (isIotatedE(text[i - 1]?.toLowerCase()) ? 'ye' : 'e') : RU_TO_LATIN[c];
    out += latin === undefined ? ch : withCase(latin, text, i);
  }
  return out;
}

/** Uzbek Latin to Uzbek Cyrillic: sh ch oʻ gʻ yo yu ya ye digraphs, any apostrophe variant; other characters are kept. */
export function uzLatnToCyrl(text: string): string {
  let out = '';
  let prevOut: string | undefined;
  const emit = (cyr: string, upper: boolean): void => {
    out += upper ? cyr.toUpperCase() : cyr;
    prevOut = cyr;
  };
  for (let i = 0; i < text.length; ) {
    const ch = text[i]!;
    const c = ch.toLowerCase();
    const n1 = text[i + 1]?.toLowerCase();
    const upper = isUpperLetter(ch);
    const apostropheNext = isApostrophe(n1) && isLetter(text[i + 2]);
    if ((c === 'o' || c === 'g') && apostropheNext) {
      emit(c === 'o' ? 'ў' : 'ғ', upper);
      i += 2;
    } else if (c === 's' && apostropheNext && text[i + 2]!.toLowerCase() === 'h') {
      emit('с', upper);
      emit('ҳ', isUpperLetter(text[i + 2]));
      i += 3;
    } else if ((c === 's' || c === 'c') && n1 === 'h') {
      emit(c === 's' ? 'ш' : 'ч', upper);
      i += 2;
    } else if (c === 'y' && n1 !== undefined && 'ouae'.includes(n1) && !(n1 === 'o' && isApostrophe(text[i + 2]))) {
      emit({ o: 'ё', u: 'ю', a: 'я', e: 'е' }[n1 as 'o' | 'u' | 'a' | 'e'], upper);
      i += 2;
    } else if (c === 'e') {
      const afterVowelOrStart = prevOut === undefined || !isLetter(text[i - 1]) || CYRL_VOWELS.includes(prevOut);
      emit(afterVowelOrStart ? 'э' : 'е', upper);
      i += 1;
    } else if (isApostrophe(ch) && (isLetter(text[i - 1]) || prevOut === 'ў' || prevOut === 'ғ') && isLetter(text[i + 1])) {
      // After oʻ/gʻ a second apostrophe is the tutuq (moʻʼjiza → мўъжиза).
      emit('ъ', false);
      i += 1;
    } else {
      const cyr = UZ_LATN_TO_CYRL[c];
      if (cyr === undefined) {
        out += ch;
        prevOut = undefined;
      } else {
        emit(cyr, upper);
      }
      i += 1;
    }
  }
  return out;
}

/**
 * A lowercase ASCII phonetic skeleton of one word in any of uz-Cyrl, uz-Latn, ru, en, so that one
 * name in different scripts and spellings gives equal or near-equal keys (compare with editDistance).
 * Inflection is kept on purpose: stripping suffixes is the glossary's job.
 */
export function matchKey(word: string): string {
  let s = word.normalize('NFC');
  if (/[\u0400-\u04FF]/.test(s)) s = /[ўқғҳЎҚҒҲ]/.test(s) ? uzCyrlToLatn(s) : ruToLatin(s);
  s = s.toLowerCase();
  // Uzbek ў (oʻ) is often spelt u in Russian-style romanisation (Kuksaroy): give both one symbol.
  s = s.replace(/o['`\u2018\u2019\u02BB\u02BC\u02B9\u02BD\u2032\u00B4](?=\p{L})/gu, 'u');
  s = s.replace(/ë/g, 'yo');
  s = s.normalize('NFD').replace(/\p{M}/gu, '');
  s = s.replace(/[^a-z0-9]/g, '');
  // Capitals stand for sh and ch while the single letters s, c, h are folded.
  s = s
    .replace(/shch/g, 'S')
    .replace(/sh/g, 'S')
    .replace(/ch/g, 'C')
    .replace(/zh/g, 'j')
    .replace(/kh/g, 'h')
    .replace(/ph/g, 'f')
    .replace(/ts/g, 's')
    .replace(/ck/g, 'k')
    .replace(/[xq]/g, (m) => (m === 'x' ? 'h' : 'k'))
    .replace(/c/g, 'k')
    .replace(/w/g, 'v');
  // The y glide is spelt, dropped or doubled differently everywhere (Mirziyoyev, Mirziyoev, Tokayev, Tokaev).
  s = s
    .replace(/^ye/, 'e')
    .replace(/iy(?=[aeiou])/g, 'i')
    .replace(/([aeiou])y(?=[aeiou])/g, '$1')
    .replace(/(?<![aeiou])y(?![aeiou])/g, 'i');
  s = s.replace(/(.)\1+/g, '$1');
  return s.replace(/S/g, 'sh').replace(/C/g, 'ch');
}

/** Levenshtein distance between two strings (UTF-16 code units). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length < b.length) [a, b] = [b, a];
  if (b.length === 0) return a.length;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}
