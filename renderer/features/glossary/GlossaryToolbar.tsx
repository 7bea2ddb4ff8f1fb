import type { GlossaryLang } from '../../../glossary/model';
import { useLanguageName } from '../../common/languageNames';
import { useT } from '../../i18n/useT';
import { glossaryMessages } from './messages';
import { useGlossaryExtraction } from './useGlossaryExtraction';
import { useGlossaryInterchange } from './useGlossaryInterchange';

interface Props {
  projectId: number;
  projectName: string;
  /** Source and target of OmegaT's TSV (export, and import of files without a header). */
  pair: [GlossaryLang, GlossaryLang];
  languages: readonly GlossaryLang[];
  onPairChange: (pair: [GlossaryLang, GlossaryLang]) => void;
}

/** Extract (with progress and cancel), import, and the three exports. */
export function GlossaryToolbar({ projectId, projectName, pair, languages, onPairChange }: Props) {
  const t = useT(glossaryMessages);
  const languageName = useLanguageName();
  const extraction = useGlossaryExtraction(projectId);
  const interchange = useGlossaryInterchange(projectId, projectName, pair);
  const { progress } = extraction;
  const percent = progress && progress.total > 0 ? Math.round((100 * progress.done) / progress.total) : undefined;
  const langSelect = (side: 0 | 1, label: string) => (
    <select
      className="select"
      aria-label={label}
      data-testid={`glossary-tsv-${side === 0 ? 'source' : 'target'}`}
      value={pair[side]}
      onChange={(event) => {
        const next: [GlossaryLang, GlossaryLang] = [...pair];
        next[side] = event.target.value as GlossaryLang;
        onPairChange(next);
      }}
    >
      {languages.map((lang) => (
        <option key={lang} value={lang}>
          {languageName(lang)}
        </option>
      ))}
    </select>
  );

  return (
    <div className="card__header glossary-toolbar">
      <div className="toolbar">
        {extraction.running ? (
          <>
            <progress className="progress__bar" max={100} value={percent} aria-label={t('extracting')} data-testid="glossary-progress" />
            <span className="small muted" aria-live="polite">
              {progress ? t('progress', { phase: progress.phase === 'link' ? t('phaseLink') : t('phaseExtract'), done: progress.done, total: progress.total }) : t('extracting')}
            </span>
            <button type="button" className="button" data-testid="glossary-cancel" onClick={extraction.cancel}>
              {t('cancel')}
            </button>
          </>
        ) : (
          <button type="button" className="button button--primary" data-testid="glossary-extract" onClick={() => void extraction.extract()}>
            {t('extract')}
          </button>
        )}
        <button type="button" className="button" data-testid="glossary-import" onClick={() => void interchange.importFile()}>
          {t('importGlossary')}
        </button>
      </div>
      <div className="toolbar">
        <button type="button" className="button" data-testid="glossary-export-tbx" onClick={() => void interchange.exportAs('tbx')}>
          {t('exportTbx')}
        </button>
        <button type="button" className="button" data-testid="glossary-export-csv" onClick={() => void interchange.exportAs('csv')}>
          {t('exportCsv')}
        </button>
        <span className="glossary-toolbar__pair" role="group" aria-label={t('tsvLanguages')}>
          {langSelect(0, t('tsvSource'))}
          <span aria-hidden="true">→</span>
          {langSelect(1, t('tsvTarget'))}
        </span>
        <button type="button" className="button" data-testid="glossary-export-tsv" onClick={() => void interchange.exportAs('tsv')}>
          {t('exportTsv')}
        </button>
      </div>
    </div>
  );
}
