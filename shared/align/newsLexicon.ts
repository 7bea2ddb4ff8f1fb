/**
 * A small built-in lexicon of news vocabulary (diplomacy, economy, government) in Uzbek, Russian
 * and English, as word-start stems. Official reports about the same event reuse these words in
 * every language, so they give the aligner evidence where no name or number does
 * ("Qo'shma bayonot qabul qilindi" / "Принято совместное заявление" / "A joint statement was adopted").
 * Uzbek stems are written in Latin script; their Cyrillic forms are derived by transliteration.
 */
import { uzLatnToCyrl } from '../text/transliterate';

/** One concept per row: Uzbek (Latin) stems | Russian stems | English stems, comma-separated. */
const CONCEPTS = `
uchrash | встреч | meeting, meet
muzokara | переговор | talks, negotiat
bayonot | заявлен | statement
qo'shma | совместн | joint
qabul qil | принят, приня | adopt
vazir | министр | minister
tashqi ishlar | иностранных дел, мид | foreign affairs, foreign minist
tashqi | внешн | foreign
prezident | президент | president
hamkorlik | сотруднич | cooperat
mintaqa | регион | region
xalqaro | международ | internation
kelishuv | соглашен, договорен | agreement, agreed
shartnoma | договор | treaty, contract
savdo | торгов | trade
tovar ayirbosh | товарооборот | turnover
investitsiya | инвестиц | invest
yil | год | year
chegara | границ, пригранич | border
suv | вод | water
sherik | партнер, партнёр | partner
strategik | стратегич | strategic
tashrif | визит | visit
komissiya | комисси | commission
kengash | совет | council
hukumat | правительств | government
hukumatlararo | межправительств | intergovernmental
mamlakat | стран | countr
davlat | государств | state
ikki | два, двух, обе, обоих | two, both
muhim | важн | importan
rivojlan | развит | develop
loyiha | проект | project
korxona | предприят | enterprise, venture
qishloq xo'jalig | сельск | agricultur
madaniy | культур | cultur
gumanitar | гуманитарн | humanitarian
fikr almash | обменял | exchanged views, exchange of views
muhokama | обсу | discuss
ta'kidla | подчеркн | emphasi, stress
qayd etil | отмечен, отметил | noted
tomon | сторон | side, parties
rahbar | руковод, глав | head, leader
xalq | народ | people
do'stlik | дружб | friendship
birodar | братск | fraternal, brother
iqtisod | экономи | econom
energetika | энергетик | energy
transport | транспорт | transport
logistika | логистик | logistic
sanoat | промышлен | industr
kooperatsiya | кооперац | co-operation
qurilish | строител | construct
temir yo'l | железн | railway, rail
avtomobil yo'l | автодорог, автомобильн | highway, road
aviaqatnov, aviareys | авиасообщ, рейс | flight
yuk | груз | cargo, freight
dollar | доллар | dollar
milliard | миллиард | billion
million | миллион | million
ming | тысяч | thousand
foiz | процент | percent
o'sish | рост | growth
eksport | экспорт | export
import | импорт | import
bozor | рын | market
narx | цены, ценам, ценах | price
bank | банк | bank
kredit | кредит | credit, loan
soliq | налог | tax
byudjet | бюджет | budget
ta'lim | образован | education
sog'liqni saqlash | здравоохран | health
ilm-fan, fan | наук | science
turizm | туризм | touris
sport | спорт | sport
atrof-muhit | окружающ | environment
ekolog | эколог | ecolog
pandemiya | пандеми | pandemic
koronavirus | коронавирус | coronavirus
xavfsizlik | безопасност | security
tinchlik | мира, миру, миром, мирн | peace
barqarorlik | стабильност | stabilit
terror | террор | terror
chaqiriq, da'vat | призыв | call
poytaxt | столиц | capital
shahar | город | city
viloyat | област | region, province
hokim | хоким, губернатор | governor
parlament, oliy majlis | парламент | parliament
senat | сенат | senate
qonun | закон | law
farmon | указ | decree
qaror | постановлен, решени | resolution, decision
hujjat | документ | document
imzola | подпис | signed, signing, signature
forum | форум | forum
sammit | саммит | summit
konferensiya | конференц | conference
delegatsiya | делегац | delegation
elchi | посол | ambassador
elchixona | посольств | embassy
matbuot xizmat | пресс-служб | press service
axborot | информац | information
texnologiya | технолог | technolog
raqamli | цифров | digital
birinchi | перв | first
keyingi, navbatdagi | очередн, следующ | next
yanada | дальнейш | further
istiqbol | перспектив | prospect
imkoniyat | возможност | opportunit
salohiyat | потенциал | potential
ittifoq | союз | alliance, union
markaziy osiyo | центральн | central
yevropa | европ | europ
rossiya | росси | russia
xitoy | кита | china
qozog'iston | казахстан | kazakhstan
qirg'iziston, qirg'iz | кыргыз, киргиз | kyrgyz
tojikiston | таджикистан | tajikistan
turkmaniston | туркменистан | turkmenistan
o'zbekiston | узбекистан | uzbekistan
toshkent | ташкент | tashkent
samarqand | самарканд | samarkand
`;

export interface NewsLexicon {
  /** Concept ids of a word (any script), longest matching stem first; empty when none. */
  conceptsOf(word: string): number[];
}

const MAX_STEM = 16;

function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/[ʻʼ'‘’`]/g, '');
}

let shared: NewsLexicon | undefined;

/** The built-in lexicon, built on first use. */
export function newsLexicon(): NewsLexicon {
  if (shared) return shared;
  const byStem = new Map<string, number[]>();
  const add = (stem: string, concept: number) => {
    const key = normalizeWord(stem.trim());
    if (key.length < 3) return;
    const list = byStem.get(key) ?? [];
    if (!list.includes(concept)) list.push(concept);
    byStem.set(key, list);
  };
  CONCEPTS.trim()
    .split('\n')
    .forEach((row, concept) => {
      const [uz = '', ru = '', en = ''] = row.split('|');
      for (const stem of uz.split(',')) {
        add(stem, concept);
        add(uzLatnToCyrl(stem.trim()), concept);
      }
      for (const stem of [...ru.split(','), ...en.split(',')]) add(stem, concept);
    });
  // multi-word stems match their first word; the table is small enough that this stays precise
  const firstWords = new Map<string, number[]>();
  for (const [stem, concepts] of byStem) {
    const first = stem.split(/\s+/)[0]!;
    if (first.length >= 3) firstWords.set(first, [...(firstWords.get(first) ?? []), ...concepts]);
  }
  shared = {
    conceptsOf(word) {
      const w = normalizeWord(word);
      for (let len = Math.min(w.length, MAX_STEM); len >= 3; len--) {
        const hit = firstWords.get(w.slice(0, len));
        if (hit) return hit;
      }
      return [];
    },
  };
  return shared;
}
