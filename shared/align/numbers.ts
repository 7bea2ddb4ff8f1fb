/**
 * Numbers as alignment anchors: the same quantity written differently across languages
 * ("6,5 мингта" / "6,500", "4 миллиард доллар" / "$4 billion", "15.11.2025" / "November 15")
 * is reduced to one canonical token.
 */
import type { LangTag } from '../model';

const MULTIPLIERS: readonly [RegExp, number][] = [
  [/^(thousands?|минг\p{L}*|ming\p{L}*|тыс\p{L}*)$/u, 1e3],
  [/^(millions?|миллион\p{L}*|million\p{L}*|млн|mln)$/u, 1e6],
  [/^(billions?|миллиард\p{L}*|milliard\p{L}*|млрд|mlrd|bn)$/u, 1e9],
  [/^(trillions?|триллион\p{L}*|trillion\p{L}*|трлн|trln)$/u, 1e12],
];

// Month stems in English, Russian, Uzbek Cyrillic and Uzbek Latin; index + 1 is the month number.
const MONTHS: readonly RegExp[] = [
  /^(?:jan|january|янв|январ\p{L}*|yanvar\p{L}*)$/u,
  /^(?:feb|february|фев|феврал\p{L}*|fevral\p{L}*)$/u,
  /^(?:mar|march|мар|март\p{L}*|mart\p{L}*)$/u,
  /^(?:apr|april|апр|апрел\p{L}*|aprel\p{L}*)$/u,
  /^(?:may|ма[йяе]\p{L}*|may\p{L}*)$/u,
  /^(?:jun|june|июн\p{L}*|iyun\p{L}*)$/u,
  /^(?:jul|july|июл\p{L}*|iyul\p{L}*)$/u,
  /^(?:aug|august|авг|август\p{L}*|avgust\p{L}*)$/u,
  /^(?:sep|sept|september|сен|сент|сентябр\p{L}*|сентабр\p{L}*|sentabr\p{L}*|sentyabr\p{L}*)$/u,
  /^(?:oct|october|окт|октябр\p{L}*|октабр\p{L}*|oktabr\p{L}*|oktyabr\p{L}*)$/u,
  /^(?:nov|november|ноя|ноябр\p{L}*|noyabr\p{L}*)$/u,
  /^(?:dec|december|дек|декабр\p{L}*|dekabr\p{L}*)$/u,
];

const NUMBER_OR_WORD = /(\d+(?:[.,:]\d+|[\u00A0\u202F ]\d{3}(?!\d))*)|(\p{L}+)/gu;

function monthOf(word: string): number {
  const w = word.toLowerCase();
  for (let k = 0; k < MONTHS.length; k++) if (MONTHS[k]!.test(w)) return k + 1;
  return 0;
}

function multiplierOf(word: string): number {
  const w = word.toLowerCase();
  for (const [re, value] of MULTIPLIERS) if (re.test(w)) return value;
  return 1;
}

/** Reads a digit group as written in `lang`: English uses , for thousands; Russian and Uzbek use , for decimals. */
function parseQuantity(raw: string, lang: LangTag): number | undefined {
  const compact = raw.replace(/[\u00A0\u202F ]/g, '');
  const normalized =
    lang === 'en'
      ? compact.replace(/,(?=\d{3}(?!\d))/g, '')
      : compact.replace(/\.(?=\d{3}(?!\d))/g, '').replace(',', '.');
  const value = Number(normalized);
  return Number.isFinite(value) ? value : undefined;
}

function canonical(value: number): string {
  return `n:${Number(value.toPrecision(6))}`;
}

/**
 * Canonical number tokens of a sentence: `n:<value>` for quantities (multiplier words applied),
 * `d:<day>.<month>` for dates, `y:<year>` for years in full dates, `t:<hh:mm>` for times.
 */
export function numberTokens(text: string, lang: LangTag): string[] {
  const parts: { num?: string; word?: string }[] = [];
  for (const m of text.matchAll(NUMBER_OR_WORD)) {
    parts.push(m[1] !== undefined ? { num: m[1] } : { word: m[2]! });
  }
  const out: string[] = [];
  for (let k = 0; k < parts.length; k++) {
    const raw = parts[k]!.num;
    if (raw === undefined) continue;
    const date = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(raw);
    if (date) {
      out.push(`d:${Number(date[1])}.${Number(date[2])}`, `y:${date[3]}`);
      continue;
    }
    const time = /^(\d{1,2}):(\d{2})$/.exec(raw);
    if (time) {
      out.push(`t:${Number(time[1])}:${time[2]}`);
      continue;
    }
    const next = parts[k + 1]?.word;
    const prev = parts[k - 1]?.word;
    const value = parseQuantity(raw, lang);
    if (value === undefined) continue;
    const month = Number.isInteger(value) && value >= 1 && value <= 31 ? monthOf(next ?? '') || monthOf(prev ?? '') : 0;
    if (month) {
      out.push(`d:${value}.${month}`);
      continue;
    }
    out.push(canonical(value * multiplierOf(next ?? '')));
  }
  return out;
}
