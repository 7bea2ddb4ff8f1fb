/**
 * Editing concepts as a reviewer does: approve, change terms, merge two, split one, and keep the
 * other Uzbek script in step. Pure functions that return new concepts; storage is elsewhere.
 */
import { foldApostrophes } from '../shared/text/normalize';
import { asErrorText, englishText, errorText, type ErrorText, type LocalizedError } from '../shared/i18n/localizeError';
import { uzCyrlToLatn, uzLatnToCyrl } from '../shared/text/transliterate';
import { GLOSSARY_LANGS, type Concept, type ConceptType, type GlossaryLang, type Term, type TermSource, type TermStatus } from './model';

/** A term's identity within a project: its language and its text folded for comparison. */
export function termKey(lang: GlossaryLang, text: string): string {
  return `${lang}|${foldApostrophes(text.normalize('NFC')).toLowerCase().replace(/\s+/g, ' ').trim()}`;
}

/** Every term of a concept, language by language in GLOSSARY_LANGS order. */
export function allTerms(concept: Concept): Term[] {
  return GLOSSARY_LANGS.flatMap((lang) => concept.terms[lang] ?? []);
}

/** The stable key of an extracted concept: its type and its seen (not generated) terms, sorted. */
export function conceptKey(concept: Concept): string {
  const keys = allTerms(concept)
    .filter((t) => t.generated !== true)
    .map((t) => termKey(t.lang, t.text));
  return `${concept.type}:${[...new Set(keys)].sort().join('||')}`;
}

const sourceId = (s: TermSource): string => `${s.doc}:${s.segment}:${s.context}`;

/** `a` with the variants and sources of `b` (same term) added; seen beats generated. */
export function mergeTerm(a: Term, b: Term): Term {
  const sources = [...a.sources];
  const seen = new Set(sources.map(sourceId));
  for (const s of b.sources) if (!seen.has(sourceId(s))) sources.push(s);
  const merged: Term = { ...a, variants: [...new Set([...a.variants, ...b.variants])], sources };
  if (a.generated === true && b.generated !== true) delete merged.generated;
  return merged;
}

/** Adds `term` to a term list, merging it into an equal term when there is one. */
function addTerm(list: Term[], term: Term): Term[] {
  const key = termKey(term.lang, term.text);
  const k = list.findIndex((t) => termKey(t.lang, t.text) === key);
  if (k < 0) return [...list, term];
  return list.map((t, i) => (i === k ? mergeTerm(t, term) : t));
}

/**
 * Keeps the two Uzbek scripts in step: a script with no term of its own (only generated ones or
 * none) gets the other script's own terms transliterated, marked generated; a script that has its
 * own terms drops its generated ones.
 */
export function syncOtherScript(concept: Concept): Concept {
  const terms = { ...concept.terms };
  const pairs: [GlossaryLang, GlossaryLang, (s: string) => string][] = [
    ['uz-Cyrl', 'uz-Latn', uzCyrlToLatn],
    ['uz-Latn', 'uz-Cyrl', uzLatnToCyrl],
  ];
  for (const [from, to, convert] of pairs) {
    const own = (terms[to] ?? []).filter((t) => t.generated !== true);
    if (own.length > 0) {
      terms[to] = own;
      continue;
    }
    const source = (terms[from] ?? []).filter((t) => t.generated !== true);
    if (source.length === 0) {
      delete terms[to];
      continue;
    }
    const previous = new Map((terms[to] ?? []).map((t) => [termKey(to, t.text), t]));
    terms[to] = source.map((t) => {
      const text = convert(t.text);
      const kept = previous.get(termKey(to, text));
      return { text, lang: to, status: kept?.status ?? t.status, variants: [], sources: [], generated: true };
    });
  }
  return { ...concept, terms: dropEmpty(terms) };
}

function dropEmpty(terms: Concept['terms']): Concept['terms'] {
  const out: Concept['terms'] = {};
  for (const lang of GLOSSARY_LANGS) {
    const list = terms[lang];
    if (list !== undefined && list.length > 0) out[lang] = list;
  }
  return out;
}

/** The concept as approved: its terms are no longer generated or pending review. */
export function approveTerms(concept: Concept): Concept {
  const terms: Concept['terms'] = {};
  for (const lang of GLOSSARY_LANGS) {
    const list = concept.terms[lang];
    if (list === undefined) continue;
    terms[lang] = list.map(({ generated: _g, pending: _p, ...t }) => t);
  }
  return { ...concept, terms };
}

/** One change a reviewer makes to a concept. */
export type ConceptEdit =
  | { kind: 'type'; type: ConceptType }
  | { kind: 'note'; note: string }
  | { kind: 'add-term'; lang: GlossaryLang; text: string; status?: TermStatus }
  | { kind: 'remove-term'; lang: GlossaryLang; text: string }
  | { kind: 'change-term'; lang: GlossaryLang; text: string; newText?: string; status?: TermStatus };

export class ConceptEditError extends Error implements LocalizedError {
  readonly localized: ErrorText;

  constructor(message: string | ErrorText) {
    const text = asErrorText(message);
    super(englishText(text));
    this.name = 'ConceptEditError';
    this.localized = text;
  }
}

function findTerm(concept: Concept, lang: GlossaryLang, text: string): number {
  const key = termKey(lang, text);
  const k = (concept.terms[lang] ?? []).findIndex((t) => termKey(lang, t.text) === key);
  if (k < 0) throw new ConceptEditError(errorText('concept.noTerm', { lang, text }));
  return k;
}

function cleanText(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean === '') throw new ConceptEditError(errorText('concept.emptyTerm'));
  return clean;
}

/**
 * Applies one edit. A term typed by the reviewer is their own (not generated); the other Uzbek
 * script follows (syncOtherScript). Throws ConceptEditError when the edit does not apply.
 */
export function editConcept(concept: Concept, edit: ConceptEdit): Concept {
  switch (edit.kind) {
    case 'type':
      return { ...concept, type: edit.type };
    case 'note': {
      const note = edit.note.trim();
      const { note: _old, ...rest } = concept;
      return note === '' ? rest : { ...rest, note };
    }
    case 'add-term': {
      const text = cleanText(edit.text);
      const list = concept.terms[edit.lang] ?? [];
      const existing = list.find((t) => termKey(edit.lang, t.text) === termKey(edit.lang, text));
      if (existing !== undefined && existing.generated !== true) throw new ConceptEditError(errorText('concept.duplicateTerm', { text }));
      const own = list.filter((t) => t.generated !== true);
      const term: Term = { text, lang: edit.lang, status: edit.status ?? (own.length === 0 ? 'preferred' : 'admitted'), variants: [], sources: [] };
      return syncOtherScript({ ...concept, terms: { ...concept.terms, [edit.lang]: [...own, term] } });
    }
    case 'remove-term': {
      const k = findTerm(concept, edit.lang, edit.text);
      const list = concept.terms[edit.lang]!.filter((_, i) => i !== k);
      if (allTerms(concept).filter((t) => t.generated !== true).length <= 1 && concept.terms[edit.lang]![k]!.generated !== true) {
        throw new ConceptEditError(errorText('concept.lastTerm'));
      }
      return syncOtherScript({ ...concept, terms: dropEmpty({ ...concept.terms, [edit.lang]: list }) });
    }
    case 'change-term': {
      const k = findTerm(concept, edit.lang, edit.text);
      const old = concept.terms[edit.lang]![k]!;
      const text = edit.newText === undefined ? old.text : cleanText(edit.newText);
      if (text !== old.text && (concept.terms[edit.lang] ?? []).some((t, i) => i !== k && termKey(edit.lang, t.text) === termKey(edit.lang, text))) {
        throw new ConceptEditError(errorText('concept.duplicateTerm', { text }));
      }
      const { generated: _g, pending: _p, ...rest } = old;
      const changed: Term = { ...rest, text, status: edit.status ?? old.status };
      // Only a preferred term stays preferred: making one preferred makes the old one admitted.
      const list = concept.terms[edit.lang]!.map((t, i) =>
        i === k ? changed : changed.status === 'preferred' && t.status === 'preferred' ? { ...t, status: 'admitted' as const } : t,
      );
      return syncOtherScript({ ...concept, terms: { ...concept.terms, [edit.lang]: list } });
    }
  }
}

/** `a` and `b` as one concept: `a`'s type, both notes, every term (equal terms merged), the higher score. */
export function mergeConcepts(a: Concept, b: Concept): Concept {
  const terms: Concept['terms'] = {};
  for (const lang of GLOSSARY_LANGS) {
    let list = (a.terms[lang] ?? []).filter((t) => t.generated !== true);
    for (const t of (b.terms[lang] ?? []).filter((x) => x.generated !== true)) {
      list = addTerm(list, list.some((x) => x.status === 'preferred') && t.status === 'preferred' ? { ...t, status: 'admitted' } : t);
    }
    if (list.length > 0) terms[lang] = list;
  }
  const notes = [a.note, b.note].filter((n): n is string => n !== undefined && n !== '');
  const merged: Concept = { id: a.id, type: a.type, score: Math.max(a.score, b.score), terms };
  if (notes.length > 0) merged.note = [...new Set(notes)].join('\n');
  return syncOtherScript(merged);
}

/** A term chosen by language and text. */
export interface TermRef {
  lang: GlossaryLang;
  text: string;
}

/**
 * Moves the chosen terms out of `concept` into a new one of the same type. Returns [rest, moved];
 * throws when nothing or everything (of the reviewer's own terms) would move.
 */
export function splitConcept(concept: Concept, chosen: readonly TermRef[]): [Concept, Concept] {
  const picked = new Set(chosen.map((r) => termKey(r.lang, r.text)));
  const keep: Concept['terms'] = {};
  const move: Concept['terms'] = {};
  for (const lang of GLOSSARY_LANGS) {
    for (const t of concept.terms[lang] ?? []) {
      if (t.generated === true) continue;
      const side = picked.has(termKey(lang, t.text)) ? move : keep;
      side[lang] = [...(side[lang] ?? []), t];
    }
  }
  if (Object.keys(move).length === 0) throw new ConceptEditError(errorText('concept.chooseTerms'));
  if (Object.keys(keep).length === 0) throw new ConceptEditError(errorText('concept.keepTerm'));
  const preferFirst = (terms: Concept['terms']): Concept['terms'] => {
    for (const lang of GLOSSARY_LANGS) {
      const list = terms[lang];
      if (list !== undefined && !list.some((t) => t.status === 'preferred')) terms[lang] = list.map((t, i) => (i === 0 ? { ...t, status: 'preferred' as const } : t));
    }
    return terms;
  };
  const rest = syncOtherScript({ ...concept, terms: preferFirst(keep) });
  const moved = syncOtherScript({ id: `${concept.id}/split`, type: concept.type, score: concept.score, terms: preferFirst(move) });
  return [rest, moved];
}
