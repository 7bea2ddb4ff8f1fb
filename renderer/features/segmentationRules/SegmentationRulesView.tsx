import { useState } from 'react';
import { KNOWN_LANGS, type KnownLang } from '../../../shared/model';
import { SegmentationRuleError, sameRules, type LanguageSegmentationRules, type SegmentationRules } from '../../../shared/text/segmentationRules';
import { useLanguageName } from '../../common/languageNames';
import type { ProjectRecord, Stored } from '../../db/types';
import { useT } from '../../i18n/useT';
import { useErrorMessage, useNotifications } from '../../shell/NotificationsProvider';
import { ProjectPage } from '../project/ProjectPage';
import { AbbreviationsEditor } from './AbbreviationsEditor';
import { messages } from './messages';
import { RulesEditor, ruleProblem } from './RulesEditor';
import { useResegmentProject } from './useResegmentProject';
import { useSrxTransfer } from './useSrxTransfer';

const EMPTY: LanguageSegmentationRules = { abbreviations: [], rules: [] };

/** The rules without languages that have nothing. */
function compact(rules: SegmentationRules): SegmentationRules {
  const out: SegmentationRules = {};
  for (const lang of KNOWN_LANGS) {
    const entry = rules[lang];
    if (entry && (entry.abbreviations.length || entry.rules.length)) out[lang] = entry;
  }
  return out;
}

/**
 * The project's own segmentation rules per language (abbreviations, break / no-break rules),
 * edited as a draft; saving re-segments the project's documents. SRX import fills the draft,
 * export writes the saved rules with the built-in ones.
 */
export function SegmentationRulesView({ projectId }: { projectId: number }) {
  const t = useT(messages);
  return (
    <ProjectPage projectId={projectId} labels={{ loading: t('loading'), missing: t('missing'), back: t('projects'), projects: t('projects') }} title={t('title')}>
      {(project) => <RulesPage projectId={projectId} project={project} />}
    </ProjectPage>
  );
}

/** The editor itself, once the project is loaded: the draft starts from the saved rules. */
function RulesPage({ projectId, project }: { projectId: number; project: Stored<ProjectRecord> }) {
  const t = useT(messages);
  const languageName = useLanguageName();
  const errorMessage = useErrorMessage();
  const { notify } = useNotifications();
  const saved = project.segmentationRules;
  const [draft, setDraft] = useState<SegmentationRules>(() => project.segmentationRules ?? {});
  const [lang, setLang] = useState<KnownLang>('uz-Cyrl');
  const [confirming, setConfirming] = useState(false);
  const resegment = useResegmentProject(projectId);
  const srx = useSrxTransfer();

  const entry = draft[lang] ?? EMPTY;
  const setEntry = (next: LanguageSegmentationRules) => setDraft({ ...draft, [lang]: next });
  const dirty = !sameRules(compact(draft), saved);
  const invalid = KNOWN_LANGS.some((l) => (draft[l]?.rules ?? []).some((r) => ruleProblem(r) !== undefined));

  async function save(): Promise<void> {
    setConfirming(false);
    try {
      const outcome = await resegment.save(compact(draft));
      notify(
        'success',
        outcome.realigned
          ? `${t('savedRealigned', { changed: outcome.changed })}${outcome.confirmedBefore > 0 ? ` ${t('keptConfirmed', { kept: outcome.keptConfirmed, confirmed: outcome.confirmedBefore })}` : ''}`
          : t('saved', { changed: outcome.changed }),
      );
    } catch (error) {
      const message = error instanceof SegmentationRuleError ? `${languageName(error.lang)} — ${errorMessage(error)}` : errorMessage(error);
      notify('error', t('saveFailed', { message }));
    }
  }

  async function importSrx(): Promise<void> {
    const rules = await srx.importSrx();
    if (rules) setDraft(rules);
  }

  return (
    <main className="page page--rules" data-testid="segmentation-rules-view">
      <section className="card" aria-labelledby="rules-heading">
        <div className="card__header">
          <h2 id="rules-heading" className="card__title">
            {t('title')} {dirty && <span className="badge" data-testid="rules-unsaved">{t('unsaved')}</span>}
          </h2>
          <div className="toolbar">
            <button type="button" className="button" data-testid="srx-import" disabled={resegment.busy} onClick={() => void importSrx()}>
              {t('importSrx')}
            </button>
            <button type="button" className="button" data-testid="srx-export" onClick={() => void srx.exportSrx(saved ?? {}, project.name)}>
              {t('exportSrx')}
            </button>
          </div>
        </div>
        <p className="small muted">{t('intro')}</p>
        <div className="toolbar" role="group" aria-label={t('languages')}>
          {KNOWN_LANGS.map((l) => (
            <button key={l} type="button" className={`button button--small${l === lang ? ' button--primary' : ''}`} aria-pressed={l === lang} data-testid={`rules-lang-${l}`} onClick={() => setLang(l)}>
              {l} — {languageName(l)} <span className="count">{(draft[l]?.abbreviations.length ?? 0) + (draft[l]?.rules.length ?? 0)}</span>
            </button>
          ))}
        </div>
        <div className="rules-editor" data-testid="rules-editor" data-lang={lang}>
          <AbbreviationsEditor key={`a-${lang}`} lang={lang} value={entry.abbreviations} onChange={(abbreviations) => setEntry({ ...entry, abbreviations })} />
          <RulesEditor key={`r-${lang}`} lang={lang} value={entry.rules} onChange={(rules) => setEntry({ ...entry, rules })} />
        </div>
        <div className="rules-footer">
          {invalid && (
            <p className="small rule__error" role="alert">
              {t('invalid')}
            </p>
          )}
          {confirming ? (
            <div className="confirm" role="group" aria-label={t('save')}>
              <p className="small">{t('confirmSave')}</p>
              <button type="button" className="button button--primary" data-testid="rules-confirm-save" onClick={() => void save()}>
                {t('confirm')}
              </button>
              <button type="button" className="button" onClick={() => setConfirming(false)}>
                {t('cancel')}
              </button>
            </div>
          ) : (
            <div className="toolbar">
              <button type="button" className="button button--primary" data-testid="rules-save" disabled={!dirty || invalid || resegment.busy} onClick={() => setConfirming(true)}>
                {t('save')}
              </button>
              <button type="button" className="button" data-testid="rules-discard" disabled={!dirty || resegment.busy} onClick={() => setDraft(saved ?? {})}>
                {t('discard')}
              </button>
            </div>
          )}
          {resegment.busy && (
            <p className="small muted" role="status" data-testid="rules-saving">
              {t('saving')} {resegment.progress && <progress max={resegment.progress.total || 1} value={resegment.progress.done} aria-label={t('saving')} />}
            </p>
          )}
        </div>
      </section>
    </main>
  );
}
