import type { Progress } from '../../../shared/model';

/** A progress bar for the running alignment; indeterminate until the first report arrives. */
export function AlignProgress({ progress }: { progress: Progress | null }) {
  const percent = progress && progress.total > 0 ? Math.round((100 * progress.done) / progress.total) : null;
  return (
    <div className="progress" data-testid="align-progress">
      <progress className="progress__bar" max={100} value={percent ?? undefined} aria-label="Alignment progress" />
      <span className="progress__label small muted">{progress ? `${progress.phase} ${percent ?? 0}%` : 'Starting…'}</span>
    </div>
  );
}
