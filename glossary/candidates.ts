/**
 * Candidate terms in one sentence: persons (names with initials and hyphens), posts, bodies and
 * residences, each typed, in its base form, with the surface form and where it was seen.
 */
import { basePhrase, baseForm, foldUzbekCase } from './morphology';
import type { ConceptType, GlossaryLang } from './model';
import { BODY_HEADS, DEMONYMS, GIVEN_NAMES, NOT_NAME_WORDS, PLACE_HEADS, POST_HEADS, SURNAME, countryOf } from './lexicon';
import { isAllCaps, isCapitalised, tokenize, type Token } from './tokens';
import { matchKey } from '../shared/text/transliterate';

export interface Candidate {
  type: ConceptType;
  lang: GlossaryLang;
  /** The base (uninflected) form. */
  base: string;
  /** The text as it appears in the sentence. */
  surface: string;
  doc: number;
  segment: number;
  context: string;
  /** Language-neutral post id (president, minister…) for posts and bodies. */
  head?: string;
  /** ISO code of the country a post or body belongs to, when it names one. */
  country?: string;
}

interface Span {
  type: ConceptType;
  from: number;
  /** Exclusive. */
  to: number;
  base: string;
  head?: string;
  country?: string;
}

const lower = (t: Token | undefined): string => (t === undefined ? '' : t.text.toLowerCase());

/** Candidates in `sentence` (segment `segment` of document `doc`, in language `lang`). */
export function extractCandidates(sentence: string, lang: GlossaryLang, doc: number, segment: number): Candidate[] {
  const tokens = tokenize(sentence);
  const spans: Span[] = [...findPosts(tokens, lang), ...findBodies(tokens, lang), ...findPlaces(tokens, lang)];
  const taken = new Set<number>();
  for (const s of spans) for (let i = s.from; i < s.to; i++) taken.add(i);
  spans.push(...findPersons(tokens, lang, taken));
  return spans
    .sort((a, b) => a.from - b.from)
    .map((s) => ({
      type: s.type,
      lang,
      base: s.base,
      surface: sentence.slice(tokens[s.from]!.start, tokens[s.to - 1]!.end),
      doc,
      segment,
      context: sentence,
      ...(s.head !== undefined ? { head: s.head } : {}),
      ...(s.country !== undefined ? { country: s.country } : {}),
    }));
}

const words = (tokens: Token[], from: number, to: number): string[] => tokens.slice(from, to).map((t) => t.text);

/** Whether tokens from..to-1 are joined by white space only. */
function contiguous(tokens: Token[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (!tokens[i]!.joined) return false;
  return true;
}

function findPosts(tokens: Token[], lang: GlossaryLang): Span[] {
  const heads = POST_HEADS[lang]!;
  const out: Span[] = [];
  if (lang === 'uz-Cyrl' || lang === 'uz-Latn') {
    const republic = lang === 'uz-Cyrl' ? 'республикаси' : 'respublikasi';
    const foreign = lang === 'uz-Cyrl' ? ['ташқи', 'ишлар'] : ['tashqi', 'ishlar'];
    tokens.forEach((t, i) => {
      const headBase = foldUzbekCase(t.text, lang).toLowerCase();
      const head = heads[headBase];
      if (head === undefined) return;
      let from = i;
      if (lower(tokens[from - 1]) === foreign[1] && lower(tokens[from - 2]) === foreign[0]) from -= 2;
      if (lower(tokens[from - 1]) === republic) from -= 1;
      const country = tokens[from - 1];
      if (country === undefined || !isCapitalised(country.text) || !contiguous(tokens, from - 1, i + 1)) return;
      from -= 1;
      out.push({ type: 'post', from, to: i + 1, base: basePhrase(words(tokens, from, i + 1), lang), head, country: countryOf(country.text) });
    });
  } else if (lang === 'en') {
    for (let i = 0; i < tokens.length; i++) {
      const two = `${lower(tokens[i])} ${lower(tokens[i + 1])}`;
      const len = heads[two] !== undefined && contiguous(tokens, i, i + 2) ? 2 : heads[lower(tokens[i])] !== undefined ? 1 : 0;
      if (len === 0 || !isCapitalised(tokens[i]!.text)) continue;
      const head = heads[len === 2 ? two : lower(tokens[i])]!;
      // "President of (the Republic of) Uzbekistan"
      let j = i + len;
      if (lower(tokens[j]) === 'of' && tokens[j]!.joined) {
        let k = j + 1;
        if (lower(tokens[k]) === 'the') k++;
        if (tokens[k]?.text === 'Republic' && lower(tokens[k + 1]) === 'of') k += 2;
        const country = tokens[k];
        if (country !== undefined && isCapitalised(country.text) && countryOf(country.text) !== undefined && contiguous(tokens, i, k + 1)) {
          out.push({ type: 'post', from: i, to: k + 1, base: words(tokens, i, k + 1).join(' '), head, country: countryOf(country.text) });
          i = k;
          continue;
        }
      }
      // "Uzbek President"
      const demonym = tokens[i - 1];
      if (demonym !== undefined && DEMONYMS.has(demonym.text) && tokens[i]!.joined) {
        out.push({ type: 'post', from: i - 1, to: i + len, base: words(tokens, i - 1, i + len).join(' '), head, country: countryOf(demonym.text) });
        i += len - 1;
      }
    }
  } else if (lang === 'ru') {
    for (let i = 0; i < tokens.length; i++) {
      const headBase = baseForm(tokens[i]!.text, 'ru').toLowerCase();
      const head = heads[headBase];
      if (head === undefined) continue;
      let k = i + 1;
      let end = i + 1;
      if (head === 'minister' && lower(tokens[k]) === 'иностранных' && lower(tokens[k + 1]) === 'дел') k += 2;
      if (/^республик/i.test(tokens[k]?.text ?? '') && isCapitalised(tokens[k]!.text)) k++;
      const country = tokens[k];
      if (country === undefined || !isCapitalised(country.text) || !contiguous(tokens, i, k + 1)) continue;
      end = k + 1;
      const rest = words(tokens, i + 1, end);
      out.push({ type: 'post', from: i, to: end, base: [headBase, ...rest].join(' '), head, country: countryOf(country.text) });
      i = end - 1;
    }
  }
  return out;
}

function bodyHead(word: string, lang: GlossaryLang): string | undefined {
  const w = word.toLowerCase();
  if (lang === 'uz-Latn' && w.startsWith('qo') && !/^qo.?mita/.test(w)) return undefined;
  return BODY_HEADS[lang]!.find(([prefix]) => w.startsWith(prefix))?.[1];
}

const RU_ADJ = /(ый|ий|ой|ая|яя|ое|ее|ую|ого|ому|ым|ых)$/;

function findBodies(tokens: Token[], lang: GlossaryLang): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const head = bodyHead(t.text, lang);
    if (head === undefined || isAllCaps(t.text)) continue;
    if (lang === 'en') {
      if (!isCapitalised(t.text)) continue;
      let from = i;
      while (from > 0 && tokens[from]!.joined && isCapitalised(tokens[from - 1]!.text) && !['The', 'A', 'An'].includes(tokens[from - 1]!.text)) from--;
      let to = i + 1;
      if (['of', 'for'].includes(lower(tokens[to])) && tokens[to]!.joined && isCapitalised(tokens[to + 1]?.text ?? '') && tokens[to + 1]!.joined) {
        to += 2;
        while (tokens[to] !== undefined && tokens[to]!.joined && isCapitalised(tokens[to]!.text)) to++;
      }
      if (to - from < 2) continue;
      out.push({ type: 'organisation', from, to, base: words(tokens, from, to).join(' '), head });
      i = to - 1;
    } else if (lang === 'ru') {
      if (isCapitalised(t.text)) {
        // "Совет Безопасности ООН"
        let to = i + 1;
        while (tokens[to] !== undefined && tokens[to]!.joined && isCapitalised(tokens[to]!.text)) to++;
        if (to - i < 2) continue;
        out.push({ type: 'organisation', from: i, to, base: basePhrase(words(tokens, i, to), 'ru'), head });
        i = to - 1;
      } else {
        // "Совместной межправительственной комиссии"
        let from = i;
        while (from > 0 && tokens[from]!.joined && RU_ADJ.test(lower(tokens[from - 1]))) from--;
        while (from < i && !isCapitalised(tokens[from]!.text)) from++;
        if (from === i) continue;
        out.push({ type: 'organisation', from, to: i + 1, base: basePhrase(words(tokens, from, i + 1), 'ru'), head });
      }
    } else {
      if (isCapitalised(t.text)) {
        const span = uzbekNamedBody(tokens, i, lang, head);
        if (span !== undefined) out.push(span);
        continue;
      }
      let from = i;
      // A preceding word with a case ending is not part of the name ("Тошкентда Ҳукуматлараро комиссия").
      while (from > 0 && tokens[from]!.joined && isCapitalised(tokens[from - 1]!.text) && i - from < 3 && foldUzbekCase(tokens[from - 1]!.text, lang) === tokens[from - 1]!.text) from--;
      if (from === i) continue;
      const base = basePhrase(words(tokens, from, i + 1), lang);
      out.push({ type: 'organisation', from, to: i + 1, base, head, country: countryOf(tokens[from]!.text) });
    }
  }
  return out;
}

const UZ_ORDINALS = new Set(['биринчи', 'иккинчи', 'навбатдаги', 'birinchi', 'ikkinchi', 'navbatdagi']);
const UZ_GENITIVE_CHAIN = /(нинг|ning|лари|lari|и|i)$/;

/**
 * A capitalised Uzbek body head after a chain of genitives: "Ўзбекистон - Қозоғистон ҳудудлари
 * раҳбарларининг биринчи Кенгаши" → "Ўзбекистон - Қозоғистон ҳудудлари раҳбарларининг Кенгаши"
 * (ordinals are not part of the name).
 */
function uzbekNamedBody(tokens: Token[], i: number, lang: GlossaryLang, head: string): Span | undefined {
  let from = i;
  while (from > 0 && tokens[from]!.joined && i - from < 4) {
    const prev = lower(tokens[from - 1]);
    if (isCapitalised(tokens[from - 1]!.text) || !(UZ_ORDINALS.has(prev) || UZ_GENITIVE_CHAIN.test(prev))) break;
    from--;
  }
  if (from === i || UZ_ORDINALS.has(lower(tokens[from]))) return undefined;
  // The countries in front, written "Ўзбекистон - Қозоғистон" or "Ўзбекистон ва Қозоғистон".
  const anchor: string[] = [];
  if (from > 0 && tokens[from]!.joined && isCapitalised(tokens[from - 1]!.text)) {
    from--;
    anchor.push(tokens[from]!.text);
    if (from > 0 && /^\s*[-–—]\s*$/.test(tokens[from]!.gap) && isCapitalised(tokens[from - 1]!.text)) {
      from--;
      anchor.unshift(tokens[from]!.text, '-');
    }
  } else {
    return undefined;
  }
  const middle = tokens
    .slice(from + (anchor.length > 1 ? 2 : 1), i)
    .map((t) => t.text)
    .filter((w) => !UZ_ORDINALS.has(w.toLowerCase()));
  const base = basePhrase([...anchor, ...middle, tokens[i]!.text], lang);
  return { type: 'organisation', from, to: i + 1, base, head, country: countryOf(anchor[0]!) };
}

function findPlaces(tokens: Token[], lang: GlossaryLang): Span[] {
  const heads = PLACE_HEADS[lang]!;
  const out: Span[] = [];
  tokens.forEach((t, i) => {
    if (!heads.some((h) => t.text.toLowerCase().startsWith(h))) return;
    if (lang === 'ru') {
      const name = tokens[i + 1];
      if (name === undefined || !isCapitalised(name.text)) return;
      out.push({ type: 'place', from: i, to: i + 2, base: `${baseForm(t.text, 'ru')} ${name.text}` });
      return;
    }
    const name = tokens[i - 1];
    if (name === undefined || !isCapitalised(name.text) || !t.joined) return;
    out.push({ type: 'place', from: i - 1, to: i + 1, base: basePhrase([name.text, t.text], lang) });
  });
  return out;
}

function nameLike(t: Token): boolean {
  if (t.initial) return true;
  if (!isCapitalised(t.text) || isAllCaps(t.text.replace(/-/g, ''))) return false;
  if (NOT_NAME_WORDS.has(t.text.toLowerCase())) return false;
  // Kazakbayev starts like Kazakh: a surname ending wins over a country stem.
  if (!SURNAME.test(t.text) && countryOf(t.text) !== undefined) return false;
  return !/(stan|стан|iston|истон|стана|стане)$/i.test(t.text);
}

function findPersons(tokens: Token[], lang: GlossaryLang, taken: Set<number>): Span[] {
  const out: Span[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (taken.has(i) || !nameLike(tokens[i]!)) {
      i++;
      continue;
    }
    let to = i + 1;
    while (to < tokens.length && to - i < 3 && !taken.has(to) && tokens[to]!.joined && nameLike(tokens[to]!)) to++;
    // An initial must be followed by a name: "Sh. Mirziyoyev".
    while (to > i && tokens[to - 1]!.initial) to--;
    if (to === i) {
      i++;
      continue;
    }
    const ws = words(tokens, i, to);
    const base = basePhrase(ws, lang, true);
    const baseWords = base.split(' ');
    const last = baseWords[baseWords.length - 1]!;
    const surname = last.length >= 5 && SURNAME.test(last);
    const given = GIVEN_NAMES.has(matchKey(baseWords[0]!)) && ws.length >= 2;
    // A lone surname must follow another word ("сообщил Мирзиёев"): a sentence's first word is often a capitalised noun (Основа).
    const lone = ws.length === 1 && (i === 0 || !tokens[i]!.joined);
    if ((surname || given) && !lone) out.push({ type: 'person', from: i, to, base });
    i = to;
  }
  return out;
}
