import { describe, expect, it } from 'vitest';
import { learnLexicon, lexiconStems } from '../../../shared/align/learnLexicon';
import { newsLexicon } from '../../../shared/align/newsLexicon';

describe('newsLexicon', () => {
  const lexicon = newsLexicon();
  const same = (...words: string[]) => {
    const ids = words.map((w) => lexicon.conceptsOf(w));
    for (const list of ids) expect(list.length).toBeGreaterThan(0);
    const common = ids.reduce((a, b) => a.filter((x) => b.includes(x)));
    expect(common.length).toBeGreaterThan(0);
  };

  it('links the same news word across Uzbek (both scripts), Russian and English, inflected', () => {
    same("bayonot", 'баёнот', 'заявление', 'statement');
    same("qo'shma", 'қўшма', 'совместное', 'joint');
    same('uchrashuvi', 'учрашувда', 'встречи', 'meeting');
    same('vazirlari', 'министров', 'ministers');
    same('hamkorlikni', 'сотрудничества', 'cooperation');
  });

  it('prefers the longest stem and leaves unrelated words alone', () => {
    expect(lexicon.conceptsOf('xalqaro')).toEqual(lexicon.conceptsOf('international'));
    expect(lexicon.conceptsOf('xalqaro')).not.toEqual(lexicon.conceptsOf('xalq'));
    expect(lexicon.conceptsOf('Мирзиёев')).toEqual([]);
    expect(lexicon.conceptsOf('news')).toEqual([]);
    expect(lexicon.conceptsOf('the')).toEqual([]);
  });
});

describe('learnLexicon', () => {
  const uz = ['Ташриф муваффақиятли ўтди.', 'Ташриф давом этмоқда.', 'Делегация ташриф буюрди.', 'Ҳаво яхши.'];
  const en = ['The visit went well.', 'The visit goes on.', 'A delegation paid a visit.', 'The weather is fine.'];
  const pairs = uz.map((_, k) => ({ a: k, b: k, score: 0.9 }));

  it('learns word pairs that keep sharing confident beads', () => {
    const lexicon = learnLexicon(uz.map(lexiconStems), en.map(lexiconStems), pairs, { maxShare: 1 });
    expect(lexicon).toContainEqual(expect.objectContaining({ a: 'ташриф', b: 'visit', count: 3 }));
    // one-to-one: "ташриф" is linked to nothing else
    expect(lexicon.filter((p) => p.a === 'ташриф')).toHaveLength(1);
  });

  it('learns nothing from beads below the confidence threshold', () => {
    const weak = pairs.map((p) => ({ ...p, score: 0.3 }));
    expect(learnLexicon(uz.map(lexiconStems), en.map(lexiconStems), weak, { maxShare: 1 })).toEqual([]);
  });
});
