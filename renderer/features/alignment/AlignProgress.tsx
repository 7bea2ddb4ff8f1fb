import type { Progress } from '../../../shared/model';
import { useT } from '../../i18n/useT';
import { messages } from './messages';

/** A progress bar for a running alignment; indeterminate until the first report arrives. */
export function AlignProgress({ progress, label, testId = 'align-progress' }: { progress: Progress | null; label?: string; testId?: string }) {
  const t = useT(messages);
  const percent = progress && progress.total > 0 ? Math.round((100 * progress.done) / progress.total) : null;
  return (
    <div className="progress" data-testid={testId}>
      <progress className="progress__bar" max={100} value={percent ?? undefined} aria-label={label ?? t('progressLabel')} />
      <span className="progress__label small muted">{progress ? `${progress.phase} ${percent ?? 0}%` : t('starting')}</span>
    </div>
  );
}
