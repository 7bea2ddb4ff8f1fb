/**
 * Folding a new extraction into a project's reviewed glossary. Review work is never lost:
 * approved concepts stay approved (new variants, sources and terms are added, new terms marked
 * pending), rejected concepts stay rejected (what matches them is dropped), candidates the reviewer
 * edited are kept like approved ones; plain candidates are replaced. A new concept matches a stored
 * one by key (type and seen terms) or by sharing terms; each term goes to the entry that has it.
 * Pure: the repository loads the entries, applies the plan and writes it in one transaction.
 */
import { allTerms, conceptKey, mergeTerm, syncOtherScript, termKey } from './conceptOps';
import type { Concept, Term } from './model';

export type EntryStatus = 'candidate' | 'approved' | 'rejected';

/** A stored concept as the merge sees it. */
export interface StoredEntry {
  id: number;
  key: string;
  status: EntryStatus;
  concept: Concept;
  /** The reviewer changed this candidate (edit, merge, split): it is kept like an approved one. */
  edited?: boolean;
  /** termKey()s of the terms the reviewer removed: an extraction does not bring them back. */
  removedTerms?: readonly string[];
}

export interface ExtractionPlan {
  /** Kept entries whose concept gained variants, sources or terms. */
  updates: { id: number; concept: Concept }[];
  /** Plain candidates given the new concept (their id and creation time stay). */
  replaces: { id: number; key: string; concept: Concept }[];
  adds: { key: string; concept: Concept }[];
  /** Plain candidates the new extraction no longer has. */
  deletes: number[];
  /** New concepts dropped because they match a rejected entry. */
  skipped: number;
}

const RANK: Readonly<Record<EntryStatus, number>> = { approved: 0, rejected: 1, candidate: 2 };

const seenTerms = (c: Concept): Term[] => allTerms(c).filter((t) => t.generated !== true);

/** The entry owning most of `keys` (ties: the first in `entries` order). */
function bestOwner(keys: readonly string[], owner: ReadonlyMap<string, number>, exclude: ReadonlySet<number> = new Set()): number | undefined {
  const votes = new Map<number, number>();
  for (const k of keys) {
    const id = owner.get(k);
    if (id !== undefined && !exclude.has(id)) votes.set(id, (votes.get(id) ?? 0) + 1);
  }
  let best: number | undefined;
  let bestVotes = 0;
  for (const [id, n] of votes) {
    if (n > bestVotes) [best, bestVotes] = [id, n];
  }
  return best;
}

/** Adds `incoming` terms to a kept concept; `pending` marks terms new to an approved concept. */
function addToKept(concept: Concept, incoming: readonly Term[], removed: ReadonlySet<string>, pending: boolean): Concept {
  const terms = { ...concept.terms };
  for (const t of incoming) {
    const key = termKey(t.lang, t.text);
    if (removed.has(key)) continue;
    const list = terms[t.lang] ?? [];
    const k = list.findIndex((x) => termKey(x.lang, x.text) === key);
    if (k >= 0) {
      terms[t.lang] = list.map((x, i) => (i === k ? mergeTerm(x, t) : x));
      continue;
    }
    const own = list.filter((x) => x.generated !== true);
    const status = own.some((x) => x.status === 'preferred') ? (t.status === 'deprecated' ? 'deprecated' : 'admitted') : 'preferred';
    terms[t.lang] = [...own, { ...t, status, ...(pending ? { pending: true } : {}) }];
  }
  return syncOtherScript({ ...concept, terms });
}

/** Plans how `extracted` (best first) joins the stored `entries`. */
export function mergeExtraction(entries: readonly StoredEntry[], extracted: readonly Concept[]): ExtractionPlan {
  const kept = entries.filter((e) => e.status !== 'candidate' || e.edited === true).sort((a, b) => RANK[a.status] - RANK[b.status] || a.id - b.id);
  const plain = entries.filter((e) => e.status === 'candidate' && e.edited !== true);
  const byId = new Map(kept.map((e) => [e.id, e]));
  const working = new Map(kept.map((e) => [e.id, e.concept]));
  const owner = new Map<string, number>();
  const keptByKey = new Map<string, number>();
  for (const e of kept) {
    if (!keptByKey.has(e.key)) keptByKey.set(e.key, e.id);
    for (const k of [...allTerms(e.concept).map((t) => termKey(t.lang, t.text)), ...(e.removedTerms ?? [])]) if (!owner.has(k)) owner.set(k, e.id);
  }
  const plainOwner = new Map<string, number>();
  const plainByKey = new Map<string, number>();
  for (const e of plain) {
    if (!plainByKey.has(e.key)) plainByKey.set(e.key, e.id);
    for (const t of seenTerms(e.concept)) if (!plainOwner.has(termKey(t.lang, t.text))) plainOwner.set(termKey(t.lang, t.text), e.id);
  }

  const plan: ExtractionPlan = { updates: [], replaces: [], adds: [], deletes: [], skipped: 0 };
  const reused = new Set<number>();
  for (const concept of extracted) {
    const key = conceptKey(concept);
    const seen = seenTerms(concept);
    const keys = seen.map((t) => termKey(t.lang, t.text));
    const primary = keptByKey.get(key) ?? bestOwner(keys, owner);
    if (primary !== undefined) {
      const routed = new Map<number, Term[]>();
      seen.forEach((t, i) => {
        const to = owner.get(keys[i]!) ?? primary;
        routed.set(to, [...(routed.get(to) ?? []), t]);
      });
      if (byId.get(primary)!.status === 'rejected') plan.skipped++;
      for (const [id, terms] of routed) {
        const entry = byId.get(id)!;
        if (entry.status === 'rejected') continue;
        const updated = addToKept(working.get(id)!, terms, new Set(entry.removedTerms ?? []), entry.status === 'approved');
        working.set(id, id === primary ? { ...updated, score: concept.score } : updated);
      }
      continue;
    }
    const reuse = plainByKey.get(key);
    const target = reuse !== undefined && !reused.has(reuse) ? reuse : bestOwner(keys, plainOwner, reused);
    if (target !== undefined) {
      reused.add(target);
      plan.replaces.push({ id: target, key, concept });
    } else {
      plan.adds.push({ key, concept });
    }
  }
  for (const e of kept) {
    const now = working.get(e.id)!;
    if (JSON.stringify(now) !== JSON.stringify(e.concept)) plan.updates.push({ id: e.id, concept: now });
  }
  plan.deletes = plain.filter((e) => !reused.has(e.id)).map((e) => e.id);
  return plan;
}
