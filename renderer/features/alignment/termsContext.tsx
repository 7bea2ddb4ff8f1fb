import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { TermMatcher } from '../../../glossary/termMatch';
import type { Concept } from '../../../glossary/model';
import { useApprovedConcepts } from '../glossary/glossaryHooks';
import { useTermMatcher } from '../glossary/TermHighlight';

/** The project's approved glossary concepts and one matcher over them, shared by every cell of the table. */
export interface ApprovedTerms {
  concepts: readonly Concept[];
  matcher: TermMatcher | undefined;
}

const NO_TERMS: ApprovedTerms = { concepts: [], matcher: undefined };
const TermsContext = createContext<ApprovedTerms>(NO_TERMS);

/** Loads the approved terms once for the table (live: approving a term in the glossary marks it here). */
export function ApprovedTermsProvider({ projectId, children }: { projectId: number; children: ReactNode }) {
  const concepts = useApprovedConcepts(projectId);
  const matcher = useTermMatcher(concepts);
  const value = useMemo(() => (concepts && matcher ? { concepts, matcher } : NO_TERMS), [concepts, matcher]);
  return <TermsContext.Provider value={value}>{children}</TermsContext.Provider>;
}

export function useApprovedTerms(): ApprovedTerms {
  return useContext(TermsContext);
}
