import { useMemo } from 'react';
import { checkConsistency } from '../../../glossary/consistency';
import { allTerms } from '../../../glossary/conceptOps';
import { isGlossaryLang, type Concept } from '../../../glossary/model';
import { useLanguageName } from '../../common/languageNames';
import { useAlignmentView } from '../../db/hooks';
import { useT } from '../../i18n/useT';
import { requestAlignmentRow } from '../../shell/rowRequest';
import { useRouter } from '../../shell/RouterProvider';
import { useApprovedConcepts } from './glossaryHooks';
import { glossaryMessages } from './messages';

/** The consistency check's findings; choosing one opens the alignment at that row. */
export function ConsistencyList({ projectId }: { projectId: number }) {
  const t = useT(glossaryMessages);
  const languageName = useLanguageName();
  const view = useAlignmentView(projectId);
  const concepts = useApprovedConcepts(projectId);
  const { navigate } = useRouter();

  const issues = useMemo(() => {
    if (!view || !concepts || concepts.length === 0) return [];
    const rows = view.beads.map((bead) => ({ cells: bead.cells.map((cell) => cell.map((s) => s.text).join(' ')) }));
    const langs = view.columns.map((doc) => (isGlossaryLang(doc.lang) ? doc.lang : undefined));
    return checkConsistency(rows, langs, concepts);
  }, [view, concepts]);
  const byId = useMemo(() => new Map((concepts ?? []).map((c) => [c.id, c])), [concepts]);

  if (view === undefined || concepts === undefined) return <p className="muted">{t('loading')}</p>;
  if (view === null) return <p className="empty-state">{t('consistencyNotAligned')}</p>;
  if (concepts.length === 0) return <p className="empty-state">{t('consistencyNoApproved')}</p>;

  const expected = (concept: Concept | undefined, lang: string): string =>
    (concept ? allTerms(concept).filter((term) => term.lang === lang).map((term) => term.text) : []).join(', ') || '—';

  return (
    <div className="glossary-consistency" data-testid="glossary-consistency">
      <p className="small muted">{t('consistencyIntro')}</p>
      {issues.length === 0 ? (
        <p className="empty-state" data-testid="consistency-clean">
          {t('consistencyClean')}
        </p>
      ) : (
        <>
          <p>
            <span className="count">{t('consistencyCount', { count: new Set(issues.map((i) => i.row)).size })}</span>
          </p>
          <ul className="glossary-issues">
            {issues.map((issue) => (
              <li key={`${issue.row}-${issue.conceptId}-${issue.missingColumn}`}>
                <button
                  type="button"
                  className="link-button glossary-issue"
                  data-testid="consistency-issue"
                  data-row={issue.row + 1}
                  onClick={() => {
                    requestAlignmentRow(projectId, issue.row);
                    navigate({ view: 'project', projectId });
                  }}
                >
                  {t('consistencyIssue', {
                    row: issue.row + 1,
                    found: issue.foundText,
                    foundLang: languageName(issue.foundLang),
                    missingLang: languageName(issue.missingLang),
                    expected: expected(byId.get(issue.conceptId), issue.missingLang),
                  })}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
