/**
 * Small word lists the candidate patterns and the linker share: titles, body and place heads,
 * countries, given names. Matching is on lowercased base forms (see morphology.ts).
 */
import { matchKey } from '../shared/text/transliterate';

/** Post head words per language (base forms, lowercased) → a language-neutral post id. */
export const POST_HEADS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'uz-Cyrl': { президенти: 'president', вазири: 'minister', 'бош вазири': 'prime-minister', раиси: 'chairman', раҳбари: 'head' },
  'uz-Latn': { prezidenti: 'president', vaziri: 'minister', 'bosh vaziri': 'prime-minister', raisi: 'chairman', rahbari: 'head' },
  ru: {
    президент: 'president',
    'вице-премьер': 'vice-premier',
    'премьер-министр': 'prime-minister',
    министр: 'minister',
    глава: 'head',
    председатель: 'chairman',
  },
  en: {
    president: 'president',
    'foreign minister': 'minister',
    'prime minister': 'prime-minister',
    'vice premier': 'vice-premier',
    'deputy prime minister': 'vice-premier',
    minister: 'minister',
    leader: 'head',
    head: 'head',
    chairman: 'chairman',
  },
};

/** Body head words (lowercased prefixes of base forms) → a neutral id. */
export const BODY_HEADS: Readonly<Record<string, readonly [string, string][]>> = {
  'uz-Cyrl': [['комисси', 'commission'], ['кенгаш', 'council'], ['қўмита', 'committee'], ['вазирлиг', 'ministry'], ['гуруҳ', 'group']],
  'uz-Latn': [['komissiya', 'commission'], ['kengash', 'council'], ['qo', 'committee'], ['vazirlig', 'ministry'], ['guruh', 'group']],
  ru: [['комисси', 'commission'], ['совет', 'council'], ['комитет', 'committee'], ['министерств', 'ministry'], ['групп', 'group']],
  en: [['council', 'council'], ['commission', 'commission'], ['committee', 'committee'], ['ministry', 'ministry'], ['group', 'group'], ['center', 'center'], ['centre', 'center'], ['assembly', 'assembly']],
};

/** Place heads: residences. */
export const PLACE_HEADS: Readonly<Record<string, readonly string[]>> = {
  'uz-Cyrl': ['қароргоҳ'],
  'uz-Latn': ['qarorgoh'],
  ru: ['резиденци'],
  en: ['residence'],
};

/** Country and demonym stems (on matchKey) → ISO code, so "Ўзбекистон", "Узбекистана", "Uzbek" agree. */
const COUNTRY_STEMS: readonly [RegExp, string][] = [
  [/^uzbek/, 'UZ'],
  [/^(kazah|kozog|kozok|kazak)/, 'KZ'],
  [/^(kirgiz|kyrgyz|kirg|kyrg)/, 'KG'],
  [/^(tajik|tojik|tadzhik|tadjik)/, 'TJ'],
  [/^(turkmen)/, 'TM'],
  [/^(rosi|rusia|russia|rossi)/, 'RU'],
  [/^(china|hitoi|kitai|kitay)/, 'CN'],
];

/** The country a word names (Ўзбекистон, Узбекистана, Uzbek, O'zbekiston…), if any. */
export function countryOf(word: string): string | undefined {
  const key = matchKey(word);
  for (const [re, code] of COUNTRY_STEMS) if (re.test(key)) return code;
  return undefined;
}

/** English demonyms used before a title ("Uzbek President"). */
export const DEMONYMS: ReadonlySet<string> = new Set(['Uzbek', 'Kazakh', 'Kyrgyz', 'Tajik', 'Turkmen', 'Russian', 'Chinese']);

/** Given names that mark a capitalised run as a person even without a surname ending (Alisher Navoi, Эмомали Рахмон). */
export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  ['alisher', 'emomali', 'shavkat', 'nursultan', 'islam', 'abdulaziz', 'ruslan', 'kasim', 'kasym', 'achilbai', 'vladimir'].map(matchKey),
);

/** A surname ending on a base form: -ov/-ev/-yev/-in and their Cyrillic and feminine forms. */
export const SURNAME = /(ov|ev|yev|ova|eva|yeva|in|ina|ов|ев|ёв|ова|ева|ёва|ин|ина)$/i;

/** Capitalised words that are never part of a person's name. */
export const NOT_NAME_WORDS: ReadonlySet<string> = new Set(
  [
    'president', 'republic', 'council', 'commission', 'minister', 'ministers', 'the', 'of', 'and', 'state', 'heads', 'head',
    'presidents', 'leaders', 'leader', 'source', 'translation', 'region', 'please', 'during', 'as', 'this', 'there', 'it', 'to',
    'президент', 'президенти', 'республика', 'совет', 'respublikasi', 'республикаси', 'tashqi', 'ташқи', 'vaziri', 'вазири',
  ].map((w) => w.toLowerCase()),
);
