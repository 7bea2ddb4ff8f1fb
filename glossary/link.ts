/**
 * Linking candidates into concepts: first within a language (inflected forms, "Sh. Mirziyoyev" and
 * "Mirziyoyev" with "Shavkat Mirziyoyev", "Uzbek President" with "President of the Republic of
 * Uzbekistan"), then across languages by co-occurrence in aligned beads, transliteration
 * similarity and type agreement. Ranks the concepts and adds the other Uzbek script.
 */
import type { Bead } from '../shared/model';
import { editDistance, matchKey, uzCyrlToLatn, uzLatnToCyrl } from '../shared/text/transliterate';
import type { Candidate } from './candidates';
import type { Concept, ConceptType, GlossaryLang, Term } from './model';

/** Candidates of one type in one language that name the same thing. */
interface Node {
  lang: GlossaryLang;
  type: ConceptType;
  key: string;
  candidates: Candidate[];
  /** Indices of the beads its sources are in. */
  beads: Set<number>;
  /** Transliteration key used across languages: the surname for persons, the name word for places and bodies. */
  nameKey: string;
}

/** Below this a cross-language pair is not linked. */
const LINK_THRESHOLD = 0.55;

/** (doc, segment) → bead index, for co-occurrence. */
export function beadIndex(beads: readonly Bead[]): Map<string, number> {
  const map = new Map<string, number>();
  beads.forEach((bead, b) => bead.cells.forEach((cell, d) => cell.forEach((s) => map.set(`${d}:${s}`, b))));
  return map;
}

function lastWord(text: string): string {
  const words = text.split(' ');
  return words[words.length - 1]!;
}

/** The key that groups candidates inside one language. */
function groupKey(c: Candidate): string {
  switch (c.type) {
    case 'person':
      return matchKey(lastWord(c.base));
    case 'post':
      return c.country !== undefined ? `${c.head ?? ''}|${c.country}` : c.base.toLowerCase();
    default:
      return c.base.toLowerCase();
  }
}

function nameKeyOf(c: Candidate): string {
  if (c.type === 'person') return matchKey(lastWord(c.base));
  // The first word of a place or body carries its name (Кўксарой, Supreme, Ҳукуматлараро).
  return matchKey(c.base.split(' ')[0]!);
}

/** Similarity of two transliteration keys in 0..1. */
export function keySimilarity(a: string, b: string): number {
  if (a === '' || b === '') return 0;
  return 1 - editDistance(a, b) / Math.max(a.length, b.length);
}

function buildNodes(candidates: readonly Candidate[], beadOf: Map<string, number>): Node[] {
  const nodes = new Map<string, Node>();
  for (const c of candidates) {
    const key = groupKey(c);
    const id = `${c.lang}|${c.type}|${key}`;
    let node = nodes.get(id);
    if (node === undefined) {
      node = { lang: c.lang, type: c.type, key, candidates: [], beads: new Set(), nameKey: nameKeyOf(c) };
      nodes.set(id, node);
    }
    node.candidates.push(c);
    const b = beadOf.get(`${c.doc}:${c.segment}`);
    if (b !== undefined) node.beads.add(b);
  }
  return [...nodes.values()];
}

/** Share of the smaller node's beads that the other node also occurs in. */
function cooccurrence(a: Node, b: Node): number {
  if (a.beads.size === 0 || b.beads.size === 0) return 0;
  let shared = 0;
  for (const x of a.beads) if (b.beads.has(x)) shared++;
  return shared / Math.min(a.beads.size, b.beads.size);
}

/** How strongly two nodes in different languages look like one concept (0..1); `all` are every node, for ambiguity. */
function linkScore(a: Node, b: Node, all: readonly Node[]): number {
  if (a.type !== b.type || a.lang === b.lang) return 0;
  const cooc = cooccurrence(a, b);
  switch (a.type) {
    case 'post':
      // Same title of the same country: "Ўзбекистон президенти" = "President of the Republic of Uzbekistan".
      return a.key === b.key ? 0.7 + 0.3 * cooc : 0;
    case 'person': {
      const sim = keySimilarity(a.nameKey, b.nameKey);
      return sim >= 0.7 ? 0.6 * sim + 0.4 * cooc : 0;
    }
    default: {
      const sim = keySimilarity(a.nameKey, b.nameKey);
      // Bodies and places translate rather than transliterate: being in the same bead counts most.
      return Math.max(sim >= 0.8 ? 0.6 * sim + 0.4 * cooc : 0, cooc >= 1 && bothAlone(a, b, all) ? 0.6 + 0.2 * sim : 0);
    }
  }
}

/** Whether each node is the only one of its type in its language within their shared beads (so co-occurrence is unambiguous). */
function bothAlone(a: Node, b: Node, all: readonly Node[]): boolean {
  const shared = [...a.beads].filter((x) => b.beads.has(x));
  const rivals = (n: Node) => all.some((o) => o !== n && o.lang === n.lang && o.type === n.type && shared.some((x) => o.beads.has(x)));
  return !rivals(a) && !rivals(b);
}

function find(parent: number[], i: number): number {
  while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
  return i;
}

/**
 * Groups candidates into concepts, best first. `beads` (from alignDocuments over the same documents,
 * one cell per document) gives co-occurrence; without it linking uses the names alone.
 */
export function linkCandidates(candidates: readonly Candidate[], beads: readonly Bead[] = []): Concept[] {
  const beadOf = beadIndex(beads);
  const nodes = buildNodes(candidates, beadOf);
  const pairs: { i: number; j: number; score: number }[] = [];
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      const score = linkScore(nodes[i]!, nodes[j]!, nodes);
      if (score >= LINK_THRESHOLD) pairs.push({ i, j, score });
    }
  }
  pairs.sort((x, y) => y.score - x.score || x.i - y.i || x.j - y.j);
  const parent = nodes.map((_, i) => i);
  const langsOf = nodes.map((n) => new Set([n.lang]));
  for (const { i, j } of pairs) {
    const ri = find(parent, i);
    const rj = find(parent, j);
    if (ri === rj) continue;
    // One node per language per concept: a second "Mirzi…" in the same language stays apart.
    if ([...langsOf[rj]!].some((l) => langsOf[ri]!.has(l))) continue;
    parent[rj] = ri;
    for (const l of langsOf[rj]!) langsOf[ri]!.add(l);
  }
  const groups = new Map<number, Node[]>();
  nodes.forEach((n, i) => {
    const r = find(parent, i);
    groups.set(r, [...(groups.get(r) ?? []), n]);
  });
  const concepts = [...groups.values()].map((group) => toConcept(group));
  concepts.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  return concepts;
}

const TYPE_WEIGHT: Readonly<Record<ConceptType, number>> = { person: 1, post: 1, organisation: 0.9, place: 0.8, event: 0.7, other: 0.5 };

function toConcept(group: Node[]): Concept {
  const terms: Partial<Record<GlossaryLang, Term[]>> = {};
  let sources = 0;
  for (const node of group) {
    terms[node.lang] = termsOf(node);
    sources += node.candidates.length;
  }
  addOtherScript(terms);
  const langs = group.length;
  const type = group[0]!.type;
  const score = Math.round(1000 * TYPE_WEIGHT[type] * (1 - Math.exp(-(sources + 2 * (langs - 1)) / 4))) / 1000;
  const first = group.map((n) => terms[n.lang]![0]!.text).sort()[0]!;
  return { id: `${type}:${matchKey(first)}`, type, score, terms };
}

/** A person's full name (two words or more, no initials) is preferred over initials or a lone surname. */
function preference(text: string, count: number, type: ConceptType): number {
  const words = text.split(' ');
  const initials = words.some((w) => w.endsWith('.'));
  if (type === 'person') return (words.length >= 2 && !initials ? 1000 : 0) + count * 10 + words.length;
  return count * 10 + words.length;
}

function termsOf(node: Node): Term[] {
  const byBase = new Map<string, Candidate[]>();
  for (const c of node.candidates) byBase.set(c.base, [...(byBase.get(c.base) ?? []), c]);
  const ranked = [...byBase.entries()].sort(
    (a, b) => preference(b[0], b[1].length, node.type) - preference(a[0], a[1].length, node.type) || a[0].localeCompare(b[0]),
  );
  return ranked.map(([base, cs], k) => ({
    text: base,
    lang: node.lang,
    status: k === 0 ? 'preferred' : 'admitted',
    variants: [...new Set(cs.map((c) => c.surface))],
    sources: cs.map((c) => ({ doc: c.doc, segment: c.segment, context: c.context })),
  }));
}

/** An Uzbek term in one script gets its counterpart in the other, marked generated until approved. */
function addOtherScript(terms: Partial<Record<GlossaryLang, Term[]>>): void {
  const make = (from: GlossaryLang, to: GlossaryLang, convert: (s: string) => string) => {
    const source = terms[from];
    if (source === undefined || terms[to] !== undefined || source[0]!.generated === true) return;
    terms[to] = source.map((t) => ({ text: convert(t.text), lang: to, status: t.status, variants: [], sources: [], generated: true }));
  };
  make('uz-Cyrl', 'uz-Latn', uzCyrlToLatn);
  make('uz-Latn', 'uz-Cyrl', uzLatnToCyrl);
}

