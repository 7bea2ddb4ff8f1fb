// Properties on arbitrary text: extraction never throws, terms are never empty, and the TBX stays well-formed.
import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { baseForm } from '../../../glossary/morphology';
import { extractGlossary } from '../../../glossary/extract';
import { glossaryToJson, glossaryToTbx } from '../../../glossary/exportFormats';
import { GLOSSARY_LANGS } from '../../../glossary/model';

const nameish = fc.constantFrom('Шавкат', 'Мирзиёев', 'Sh.', 'K.-Zh.', 'Tokayev', 'President', 'of', 'the', 'Republic', 'Uzbekistan', 'президенти', 'Ўзбекистон', 'Совета', 'комиссии', 'Council', '&', '<', '"', '\u0001', '\uD800', 'қароргоҳида', 'residence', 'Kuksaroy', "O'zbekiston", 'vaziri');
const sentence = fc.oneof(fc.string(), fc.array(nameish, { maxLength: 12 }).map((ws) => ws.join(' ')));

describe('glossary properties', () => {
  it('extracts from any text without throwing and writes well-formed TBX and JSON', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...GLOSSARY_LANGS, 'de'), fc.array(sentence, { maxLength: 4 })), { minLength: 1, maxLength: 4 }), (docs) => {
        const concepts = extractGlossary(docs.map(([lang, texts]) => ({ lang, segments: texts.map((text) => ({ text, kind: 'sentence' as const })) })));
        for (const c of concepts) for (const terms of Object.values(c.terms)) for (const t of terms ?? []) expect(t.text.trim()).not.toBe('');
        expect(XMLValidator.validate(glossaryToTbx(concepts))).toBe(true);
        expect(() => JSON.parse(glossaryToJson(concepts))).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it('never returns an empty base form', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.constantFrom(...GLOSSARY_LANGS), (word, lang) => {
        expect(baseForm(word, lang).length).toBeGreaterThan(0);
      }),
    );
  });
});
