/** The review queue's filters: status, type and a search over every term, variant and script. */
import { allTerms } from '../../../glossary/conceptOps';
import type { ConceptType } from '../../../glossary/model';
import { matchKey } from '../../../shared/text/transliterate';
import type { GlossaryConceptRecord, GlossaryConceptStatus } from '../../db/types';

export interface EntryFilter {
  status: GlossaryConceptStatus | 'all';
  type: ConceptType | 'all';
  query: string;
}

/** Whether `record` passes the filter; the query matches a term's text in either case or, script-blind, its sound. */
export function matchesFilter(record: GlossaryConceptRecord, filter: EntryFilter): boolean {
  if (filter.status !== 'all' && record.status !== filter.status) return false;
  if (filter.type !== 'all' && record.concept.type !== filter.type) return false;
  const q = filter.query.trim().toLowerCase();
  if (q === '') return true;
  const key = q.length >= 3 ? q.split(/\s+/).map(matchKey).join('') : '';
  return allTerms(record.concept).some((t) =>
    [t.text, ...t.variants].some((text) => text.toLowerCase().includes(q) || (key !== '' && text.split(/\s+/).map(matchKey).join('').includes(key))),
  );
}

/** A one-line label of an entry: its preferred terms, one per language. */
export function entryLabel(record: GlossaryConceptRecord): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const t of allTerms(record.concept)) {
    if (t.status !== 'preferred' || seen.has(t.text)) continue;
    seen.add(t.text);
    out.push(t.text);
  }
  return out.join(' · ') || (allTerms(record.concept)[0]?.text ?? '');
}
