import { useId, useState } from 'react';
import type { WordComparison } from '../../../shared/compare/wordDiff';
import { LanguageBadge } from '../../common/LanguageBadge';
import { useDocuments } from '../../db/hooks';
import type { DocumentSummary } from '../../db/repository';
import { useT } from '../../i18n/useT';
import { useRouter } from '../../shell/RouterProvider';
import { ProjectPage } from '../project/ProjectPage';
import { DiffText } from './DiffText';
import { compareMessages } from './messages';
import { useWordComparison } from './useWordComparison';

type Layout = 'side' | 'inline';

interface Props {
  projectId: number;
  /** The documents chosen in the route; the first two of the project otherwise. */
  left?: number;
  right?: number;
}

const baseLanguage = (lang: string) => lang.split('-')[0];

/** Two documents of a project compared word by word, to tell a translation or an edit from a rewrite. */
export function CompareView({ projectId, left, right }: Props) {
  const t = useT(compareMessages);
  const documents = useDocuments(projectId);
  const { navigate } = useRouter();
  const [layout, setLayout] = useState<Layout>('side');
  const ids = useId();

  const leftDoc = documents?.find((d) => d.id === left) ?? documents?.[0];
  const rightDoc = documents?.find((d) => d.id === right) ?? documents?.find((d) => d.id !== leftDoc?.id);
  const comparison = useWordComparison(leftDoc, rightDoc);

  const choose = (side: 'left' | 'right', id: number) => {
    const pair = { left: leftDoc?.id ?? id, right: rightDoc?.id ?? id, [side]: id };
    navigate({ view: 'compare', projectId, left: pair.left, right: pair.right });
  };

  return (
    <ProjectPage
      projectId={projectId}
      labels={{ loading: t('loading'), missing: t('missingProject'), back: t('backToProjects'), projects: t('projects') }}
      loading={documents === undefined}
      title={t('title')}
      projectLinkTestId="compare-project-link"
    >
      {() =>
        documents && (
          <main className="page page--compare" data-testid="compare-view">
            {documents.length < 2 ? (
              <p className="empty-state" data-testid="compare-need-two">
                {t('needTwo')}
              </p>
            ) : (
              <section className="card" aria-label={t('title')}>
                <div className="toolbar compare__choices">
                  <DocumentChoice id={`${ids}-left`} label={t('left')} documents={documents} value={leftDoc?.id} onChange={(id) => choose('left', id)} testId="compare-left" />
                  <DocumentChoice id={`${ids}-right`} label={t('right')} documents={documents} value={rightDoc?.id} onChange={(id) => choose('right', id)} testId="compare-right" />
                  <button
                    type="button"
                    className="button button--small"
                    data-testid="compare-swap"
                    disabled={!leftDoc || !rightDoc}
                    onClick={() => leftDoc && rightDoc && navigate({ view: 'compare', projectId, left: rightDoc.id, right: leftDoc.id })}
                  >
                    {t('swap')}
                  </button>
                  <fieldset className="segmented" data-testid="compare-layout">
                    <legend className="field__label">{t('layout')}</legend>
                    {(['side', 'inline'] as const).map((value) => (
                      <label key={value} className="segmented__option">
                        <input type="radio" name={`${ids}-layout`} value={value} checked={layout === value} onChange={() => setLayout(value)} data-testid={`compare-layout-${value}`} />
                        {value === 'side' ? t('sideBySide') : t('inline')}
                      </label>
                    ))}
                  </fieldset>
                </div>
                {leftDoc?.id === rightDoc?.id ? (
                  <p className="empty-state" data-testid="compare-same">{t('sameDocument')}</p>
                ) : comparison.status === 'running' || comparison.status === 'idle' ? (
                  <p className="muted" role="status">
                    {t('comparing')}
                  </p>
                ) : comparison.status === 'failed' ? (
                  <p className="error-text" role="alert">
                    {t('failed', { message: comparison.message })}
                  </p>
                ) : (
                  <ComparisonResult result={comparison.result} layout={layout} left={leftDoc!} right={rightDoc!} />
                )}
              </section>
            )}
          </main>
        )
      }
    </ProjectPage>
  );
}

function DocumentChoice({ id, label, documents, value, onChange, testId }: { id: string; label: string; documents: DocumentSummary[]; value: number | undefined; onChange: (id: number) => void; testId: string }) {
  return (
    <label className="field" htmlFor={id}>
      <span className="field__label">{label}</span>
      <select id={id} className="input" data-testid={testId} value={value ?? ''} onChange={(event) => onChange(Number(event.target.value))}>
        {documents.map((doc) => (
          <option key={doc.id} value={doc.id}>
            {doc.title} ({doc.lang})
          </option>
        ))}
      </select>
    </label>
  );
}

function ComparisonResult({ result, layout, left, right }: { result: WordComparison; layout: Layout; left: DocumentSummary; right: DocumentSummary }) {
  const t = useT(compareMessages);
  const percent = Math.round(result.similarity * 100);
  const differentLanguages = baseLanguage(left.lang) !== baseLanguage(right.lang);
  const verdict = differentLanguages ? 'verdictLanguages' : result.similarity >= 0.8 ? 'verdictSame' : result.similarity >= 0.4 ? 'verdictEdited' : 'verdictRewrite';
  const labels = { removedLabel: t('removedLabel'), addedLabel: t('addedLabel') };
  return (
    <>
      <div className="compare__summary" role="status" data-testid="compare-summary">
        <meter className="compare__meter" min={0} max={1} low={0.4} high={0.8} optimum={1} value={result.similarity} aria-label={t('similarity', { percent })} />
        <strong data-testid="compare-similarity" data-similarity={result.similarity.toFixed(3)}>
          {t('similarity', { percent })}
        </strong>
        <span className="muted small">{t('counts', { common: result.commonWords, left: result.leftWords, right: result.rightWords })}</span>
        <p className="compare__verdict" data-testid="compare-verdict" data-verdict={verdict}>
          {t(verdict)}
        </p>
        {result.transliterated && (
          <p className="muted small" data-testid="compare-transliterated">
            {t('transliterated')}
          </p>
        )}
        <p className="small compare__legend">
          <span className="visually-hidden">{t('legend')}: </span>
          <del className="compare__removed">{t('onlyLeft')}</del> <ins className="compare__added">{t('onlyRight')}</ins>
        </p>
      </div>
      {layout === 'side' ? (
        <div className="compare__columns">
          <div className="compare__column">
            <h2 className="compare__heading">
              {left.title} <LanguageBadge lang={left.lang} />
            </h2>
            <DiffText parts={result.parts} side="left" testId="compare-left-text" {...labels} />
          </div>
          <div className="compare__column">
            <h2 className="compare__heading">
              {right.title} <LanguageBadge lang={right.lang} />
            </h2>
            <DiffText parts={result.parts} side="right" testId="compare-right-text" {...labels} />
          </div>
        </div>
      ) : (
        <DiffText parts={result.parts} side="inline" testId="compare-inline-text" {...labels} />
      )}
    </>
  );
}
