/**
 * Recognises segments that are not part of the article: scraper metadata, timestamps, datelines,
 * copyright and source lines, disclaimers, site navigation, end marks and captions in another
 * language. Precision matters more than recall: a real sentence marked boilerplate is lost to
 * alignment, while boilerplate left in is merely aligned to nothing.
 */
import { isKnownLang, type KnownLang, type LangTag } from '../model';
import { detectLanguage } from './detectLanguage';

/** What classifyBoilerplate knows about the place of a segment. */
export interface BoilerplateContext {
  /** Language detected for the whole paragraph (line); detected here when absent. */
  lang?: KnownLang;
  /** Confidence of `lang` (0..1); taken as certain when absent. */
  langConfidence?: number;
  /** The paragraph (line) the segment comes from, trimmed. */
  paragraphText: string;
  /** 0-based index of the paragraph among the non-blank lines of the document. */
  paragraphIndex: number;
  /** How many paragraphs the document has; lets a short last line be taken as a signature. */
  paragraphCount?: number;
  /** The document's language. */
  docLang: LangTag;
}

/** Words (lowercase) that make up site menus. */
const NAV_WORDS = [
  'home', 'news', 'about', 'contacts', 'contact us', 'photo gallery', 'gallery', 'video', 'search', 'menu',
  'login', 'log in', 'sign in', 'subscribe', 'events', 'главная', 'новости', 'контакты', 'о нас', 'поиск',
  'фотогалерея', 'bosh sahifa', 'yangiliklar', 'aloqa', 'бош саҳифа', 'янгиликлар', 'алоқа',
];

/** Whole lines that are site chrome. */
const NAV_LINE = /^(все новости|читать далее|подробнее|авторизуйтесь,? пожалуйста|read more|show all( useful)? links|all news|barcha yangiliklar|батафсил|batafsil|барча янгиликлар|share|поделиться)\.?$/iu;

/** Agency and signature names that end articles on their own line. */
const SIGNATURE = /^[*_#\s]*(manba|source|источник|манба|uza|узa|уза|dunyo|dunyo\.info|xinhua|sputnik|kun\.uz|gazeta\.uz|podrobno\.uz|tass|ria novosti|риа новости|тасс|reuters|ap|afp)[*_\s:.]*$/iu;

const TIME_OR_DATE = /\b\d{1,2}:\d{2}(?::\d{2})?\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b/g;

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

function endsLikeSentence(text: string): boolean {
  return /[.!?…:;][\s"'»”’)\]*_]*$/u.test(text);
}

/** Whether the segment is a scraper's metadata prefix such as "date 2025-11-15". */
function isMetadata(text: string): boolean {
  return /^(date|published|updated|modified|url|link|lang|language)\s*[:=]?\s*(\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2})?)?|https?:\/\/\S+|[a-z]{2}(-[A-Za-z]{2,4})?)$/i.test(text);
}

/** A time/date line: "11:10 15.11.2025 (янгиланди: 12:05 15.11.2025)". */
function isTimestamp(text: string): boolean {
  if (text.match(TIME_OR_DATE) === null || wordCount(text) > 12) return false;
  const rest = text.replace(TIME_OR_DATE, ' ');
  // What is left may only be a few labels such as "updated", "янгиланди", "обновлено".
  return wordCount(rest.replace(/\d+/g, ' ')) <= 3;
}

/** A dateline on its own: "ТОШКЕНТ, 15 ноя — Sputnik." or "MOSCOW, Nov. 15 (Xinhua) -". */
function isDateline(text: string): boolean {
  if (wordCount(text) > 9) return false;
  return /^[\p{Lu}][\p{L}\p{M}'ʻʼ.\- ]{1,40},\s*(\d{1,2}\s+\p{L}+\.?|\p{L}+\.?\s+\d{1,2})(\s*\([^)]{1,40}\))?\s*([—–-]\s*[\p{L}\p{N}.'’ -]{0,40})?\.?$/u.test(text);
}

function isCopyright(text: string): boolean {
  return /^©|\(c\)\s|\bcopyright\b|all rights reserved|все права защищены|барча ҳуқуқлар ҳимояланган|barcha huquqlar himoyalangan/iu.test(text);
}

/** Source lines that syndication feeds put above the article. */
function isSourceLine(text: string): boolean {
  return /^(source|источник|манба|manba)\s*:/iu.test(text) || /^translation\.\s+region\s*:/i.test(text) || /^(region|регион)\s*:/iu.test(text);
}

function isDisclaimer(text: string, paragraph: string): boolean {
  const re = /^(please note|disclaimer|important notice|обратите внимание)\b|does not necessarily reflect|не обязательно отражает|disclaimer is (at the bottom|below)|raw content obtained/iu;
  // A "Please note:" paragraph is a disclaimer in all of its sentences.
  return re.test(text) || /^(please note|disclaimer)\s*:/i.test(paragraph);
}

function isEndMark(text: string): boolean {
  return /^[\s*_]*([-–—]+\s*(0|30)\s*[-–—]+|#{3,}|\*(\s*\*){2,}|end)[\s*_]*$/iu.test(text);
}

/** Menus and sliders: menu words, or a word or phrase repeated over and over. */
function isNavigation(text: string): boolean {
  if (NAV_LINE.test(text.trim())) return true;
  if (endsLikeSentence(text)) return false;
  const lower = ` ${text.toLowerCase().replace(/\s+/g, ' ')} `;
  const navHits = NAV_WORDS.filter((w) => lower.includes(` ${w} `)).length;
  if (navHits >= 3 || (navHits >= 2 && /^(home|главная|bosh sahifa|бош саҳифа)\b/iu.test(text))) return true;
  const words = text.toLowerCase().split(/\s+/).filter((w) => w !== '');
  if (words.length < 6) return false;
  // "Meetings Meetings", "Year of … mahalla Year of … mahalla": a phrase immediately repeated.
  for (let len = 1; len <= 12; len++) {
    for (let i = 0; i + 2 * len <= words.length; i++) {
      let same = true;
      for (let k = 0; k < len && same; k++) same = words[i + k] === words[i + len + k];
      if (same && (len > 1 || /\p{L}{3,}/u.test(words[i]!))) return true;
    }
  }
  // "First slide Second slide Third slide …": one word making up a quarter of the line.
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts.values()].some((n) => n >= 4 && n * 4 >= words.length);
}

/** A paragraph (≥ 3 words) confidently in another language than the document, e.g. a Russian photo caption in an Uzbek article. */
export function isOtherLanguage(ctx: Pick<BoilerplateContext, 'lang' | 'langConfidence' | 'paragraphText' | 'docLang'>): boolean {
  if (!isKnownLang(ctx.docLang) || wordCount(ctx.paragraphText) < 3) return false;
  const detected = ctx.lang === undefined ? detectLanguage(ctx.paragraphText) : { lang: ctx.lang, confidence: ctx.langConfidence ?? 1 };
  if (detected.lang === ctx.docLang) return false;
  const otherScript = detected.lang.endsWith('Cyrl') || detected.lang === 'ru' ? !(ctx.docLang === 'ru' || ctx.docLang === 'uz-Cyrl') : ctx.docLang === 'ru' || ctx.docLang === 'uz-Cyrl';
  // Same-script languages need firmer evidence than a change of script.
  return detected.confidence >= (otherScript ? 0.6 : 0.75);
}

/**
 * Why a segment is boilerplate ('metadata', 'timestamp', 'dateline', 'copyright', 'source',
 * 'disclaimer', 'end-mark', 'navigation', 'caption'), or undefined when it is article text.
 */
export function classifyBoilerplate(segmentText: string, context: BoilerplateContext): string | undefined {
  const text = segmentText.trim();
  if (text === '') return undefined;
  if (isMetadata(text)) return 'metadata';
  if (isEndMark(text)) return 'end-mark';
  if (isCopyright(text)) return 'copyright';
  if (isTimestamp(text)) return 'timestamp';
  if (isDateline(text)) return 'dateline';
  if (isSourceLine(text)) return 'source';
  const isLast = context.paragraphCount !== undefined && context.paragraphIndex === context.paragraphCount - 1;
  if (SIGNATURE.test(text) && (isLast || text === context.paragraphText.trim())) return 'source';
  if (isDisclaimer(text, context.paragraphText)) return 'disclaimer';
  if (isNavigation(text)) return 'navigation';
  if (isOtherLanguage(context)) return 'caption';
  return undefined;
}
