import { useT } from '../../i18n/useT';
import { sampleMessages } from './messages';
import { useSampleProject, type SampleStep } from './useSampleProject';

/** "Open the sample project": a real alignment in one click, for a first look. */
export function SampleProjectCard() {
  const t = useT(sampleMessages);
  const { build, cancel, step } = useSampleProject();

  const label = (s: SampleStep): string =>
    s.step === 'reading' ? t('reading', { file: s.file, done: s.done, total: s.total }) : s.step === 'aligning' ? t('aligning', { percent: s.percent ?? 0 }) : t('saving');
  const percent = step?.step === 'aligning' ? step.percent : null;

  return (
    <section className="card sample-card" aria-labelledby="sample-heading" data-testid="sample-card">
      <h2 id="sample-heading" className="card__title">
        {t('heading')}
      </h2>
      <p className="muted small">{t('intro')}</p>
      <div className="inline-form">
        <button type="button" className="button" data-testid="build-sample" disabled={step !== null} onClick={() => void build()}>
          {t('build')}
        </button>
        {step && (
          <>
            <div className="progress" data-testid="sample-progress">
              <progress className="progress__bar" max={100} value={percent ?? undefined} aria-label={t('progress')} />
              <span className="progress__label small muted" role="status">
                {label(step)}
              </span>
            </div>
            <button type="button" className="button button--small" data-testid="cancel-sample" onClick={cancel}>
              {t('cancel')}
            </button>
          </>
        )}
      </div>
    </section>
  );
}
