import { useMemo, useState } from 'react';
import { GLOSSARY_LANGS, isGlossaryLang, type GlossaryLang } from '../../../glossary/model';
import { useDocuments } from '../../db/hooks';
import { useT } from '../../i18n/useT';
import { ProjectPage } from '../project/ProjectPage';
import { ConsistencyList } from './ConsistencyList';
import { GlossaryToolbar } from './GlossaryToolbar';
import { glossaryMessages } from './messages';
import { ReviewQueue } from './ReviewQueue';

type Tab = 'review' | 'consistency';

/** The project's glossary screen: extraction, import/export, the review queue and the consistency check. */
export function GlossaryView({ projectId }: { projectId: number }) {
  const t = useT(glossaryMessages);
  const documents = useDocuments(projectId);
  const [tab, setTab] = useState<Tab>('review');
  const projectLangs = useMemo(() => [...new Set((documents ?? []).map((d) => d.lang).filter(isGlossaryLang))], [documents]);
  const [pair, setPair] = useState<[GlossaryLang, GlossaryLang] | null>(null);
  const shownPair: [GlossaryLang, GlossaryLang] = pair ?? [projectLangs[0] ?? 'uz-Cyrl', projectLangs[1] ?? (projectLangs[0] === 'en' ? 'ru' : 'en')];

  const tabButton = (id: Tab, label: string) => (
    <button
      type="button"
      role="tab"
      id={`glossary-tab-${id}`}
      aria-selected={tab === id}
      aria-controls={`glossary-panel-${id}`}
      tabIndex={tab === id ? 0 : -1}
      className={`glossary-tabs__tab${tab === id ? ' glossary-tabs__tab--active' : ''}`}
      data-testid={`glossary-tab-${id}`}
      onClick={() => setTab(id)}
      onKeyDown={(event) => {
        if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
          event.preventDefault();
          const next: Tab = id === 'review' ? 'consistency' : 'review';
          setTab(next);
          document.getElementById(`glossary-tab-${next}`)?.focus();
        }
      }}
    >
      {label}
    </button>
  );

  return (
    <ProjectPage
      projectId={projectId}
      labels={{ loading: t('loading'), missing: t('noProject'), back: t('backToProjects'), projects: t('projects') }}
      title={t('glossary')}
      projectLinkTestId="glossary-project-link"
    >
      {(project) => (
        <main className="page page--glossary" data-testid="glossary-view">
          <section className="card glossary-card" aria-label={t('glossary')}>
            <GlossaryToolbar
              projectId={projectId}
              projectName={project.name}
              pair={shownPair}
              languages={GLOSSARY_LANGS}
              onPairChange={setPair}
            />
            <div className="glossary-tabs" role="tablist" aria-label={t('glossary')}>
              {tabButton('review', t('tabReview'))}
              {tabButton('consistency', t('tabConsistency'))}
            </div>
            <div role="tabpanel" id={`glossary-panel-${tab}`} aria-labelledby={`glossary-tab-${tab}`} className="glossary-tabs__panel">
              {tab === 'review' ? <ReviewQueue projectId={projectId} /> : <ConsistencyList projectId={projectId} />}
            </div>
          </section>
        </main>
      )}
    </ProjectPage>
  );
}
