/** The glossary's live reads: components use these, never the database. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Concept } from '../../../glossary/model';
import { glossaryRepository } from '../../db/glossaryRepository';
import type { GlossaryConceptRecord, Stored } from '../../db/types';

/** The project's glossary entries in review order (candidates best first); `undefined` while loading. */
export function useGlossaryEntries(projectId: number): Stored<GlossaryConceptRecord>[] | undefined {
  return useLiveQuery(() => glossaryRepository.list(projectId), [projectId]);
}

/** The project's approved concepts (concept ids are entry ids); `undefined` while loading. */
export function useApprovedConcepts(projectId: number): Concept[] | undefined {
  return useLiveQuery(() => glossaryRepository.approvedConcepts(projectId), [projectId]);
}
